package fr.passerelle.interop;

import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferRepository;
import fr.passerelle.catalogue.StructureRepository;
import fr.passerelle.interop.imports.ImportOptions;
import fr.passerelle.interop.imports.ImportReport;
import fr.passerelle.interop.imports.Importer;
import fr.passerelle.support.Api;
import fr.passerelle.support.DataInclusionSchemas;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.passerelle.interop.ImportFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Legacy data·inclusion v0 rows (field names of gip-inclusion/data-inclusion-schema, schema/v0). */
@MicronautTest(transactional = false)
class LegacyV0ImportTest {

    @Inject
    Importer importer;
    @Inject
    OfferRepository offers;
    @Inject
    StructureRepository structures;
    @Inject
    DataInclusionMapper mapper;
    @Inject
    JsonMapper json;
    @Inject
    TransactionOperations<Connection> tx;
    @TempDir
    Path dir;

    static Map<String, Object> v0Structure(String id) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("nom", "Association Perrin");
        s.put("presentation_resume", "Insertion par l'activité économique.");
        s.put("presentation_detail", "Chantier d'insertion en maraîchage, accompagnement socio-professionnel.");
        s.put("typologie", "ACI");
        s.put("labels_nationaux", List.of("france-travail", "label-inconnu"));
        s.put("thematiques", List.of("famille--garde-denfants"));
        s.put("code_insee", "77288");
        s.put("code_postal", "77000");
        s.put("commune", "Melun");
        s.put("siret", "76475938700658");
        s.put("date_maj", "2023-01-01");
        return s;
    }

    static Map<String, Object> v0Service(String id, String structureId) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("structure_id", structureId);
        s.put("nom", "Cours de français à visée professionnelle");
        s.put("presentation_resume", "Apprendre le français pour travailler.");
        s.put("presentation_detail", "Douze semaines de cours, en petit groupe, avec un stage en entreprise.");
        s.put("types", List.of("formation"));
        s.put("thematiques", List.of("apprendre-francais--accompagnement-insertion-pro", "famille--garde-denfants",
                "acces-aux-droits-et-citoyennete--developpement-durable"));
        s.put("frais", List.of("gratuit"));
        s.put("frais_autres", "Adhésion de 5 € par an.");
        s.put("profils", List.of("beneficiaires-rsa", "femmes", "profil-inconnu"));
        s.put("profils_precisions", "Niveau A1 minimum");
        s.put("pre_requis", List.of("Savoir lire"));
        s.put("justificatifs", List.of("Pièce d'identité"));
        s.put("modes_accueil", List.of("en-presentiel"));
        s.put("modes_orientation_beneficiaire", List.of("telephoner", "se-presenter"));
        s.put("modes_orientation_accompagnateur", List.of("envoyer-un-mail"));
        s.put("modes_orientation_accompagnateur_autres", "Fiche de liaison à joindre.");
        s.put("prise_rdv", "https://exemple.fr/rdv");
        s.put("page_web", "https://exemple.fr/francais");
        s.put("zone_diffusion_type", "region");
        s.put("zone_diffusion_code", "11");
        s.put("zone_diffusion_nom", "Île-de-France");
        s.put("code_insee", "77288");
        s.put("code_postal", "77000");
        s.put("commune", "Melun");
        s.put("cumulable", true);
        s.put("date_maj", "2023-01-01");
        return s;
    }

    @Test
    void aV0ServiceMapsToAValidV1Service() throws Exception {
        String source = newSource();
        Path file = jsonArray(dir, "v0.json", List.of(v0Structure("s"), v0Service("o", "s")));

        ImportReport report = importer.run(file, ImportOptions.of(source, false));

        assertThat(report.rejected()).isEmpty();
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.unmappedThemes()).containsExactly("acces-aux-droits-et-citoyennete--developpement-durable");
        Offer offer = tx.executeRead(status -> offers.findById(source + "--o")).orElseThrow();
        assertThat(offer.description()).startsWith("Apprendre le français pour travailler.\n\nDouze semaines")
                .endsWith("Thématiques d'origine : acces-aux-droits-et-citoyennete--developpement-durable.");
        assertThat(offer.thematiques()).containsExactly("lecture-ecriture-calcul--maitriser-le-francais",
                "famille--garde-denfants");
        assertThat(offer.publics()).containsExactly("beneficiaires-des-minimas-sociaux", "femmes");
        assertThat(offer.publicsPrecisions()).contains("Niveau A1").contains("profil-inconnu");
        assertThat(offer.zoneEligibilite()).containsExactlyInAnyOrder("75", "77", "78", "91", "92", "93", "94", "95");
        assertThat(offer.modesMobilisation()).containsExactly("telephoner", "se-presenter", "envoyer-un-courriel");
        assertThat(offer.mobilisablePar()).containsExactly("usagers", "professionnels");
        assertThat(offer.mobilisationPrecisions()).isEqualTo("Fiche de liaison à joindre.");
        assertThat(offer.type()).isEqualTo("formation");
        assertThat(offer.frais()).isEqualTo("gratuit");
        assertThat(offer.fraisPrecisions()).isEqualTo("Adhésion de 5 € par an.");
        assertThat(offer.conditionsAcces()).isEqualTo("Prérequis : Savoir lire. Justificatifs : Pièce d'identité.");
        assertThat(offer.lienMobilisation()).isEqualTo("https://exemple.fr/rdv");
        var structure = tx.executeRead(status -> structures.findById(source + "--s")).orElseThrow();
        assertThat(structure.description()).contains("maraîchage");
        assertThat(structure.reseauxPorteurs()).containsExactly("france-travail");

        DataInclusionSchemas.assertValidService(Api.JSON.readTree(json.writeValueAsString(mapper.service(offer))));
        DataInclusionSchemas.assertValidStructure(Api.JSON.readTree(json.writeValueAsString(mapper.structure(structure))));
    }

    @Test
    void v0AndV1RowsMayShareAFile() throws Exception {
        String source = newSource();
        Path file = jsonLines(dir, "mixed.jsonl", List.of(v0Structure("s"), v0Service("old", "s"), service("new", "s")));

        ImportReport report = importer.run(file, ImportOptions.of(source, false));

        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.rejected()).isEmpty();
    }

    @Test
    void aV0ServiceWithoutAnyMappableThemeIsRejectedWithTheReason() throws Exception {
        String source = newSource();
        Map<String, Object> orphanTheme = v0Service("o", "s");
        orphanTheme.put("thematiques", List.of("handicap"));

        ImportReport report = importer.run(jsonArray(dir, "t.json", List.of(v0Structure("s"), orphanTheme)),
                ImportOptions.of(source, false));

        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("thematiques");
            assertThat(r.reason()).contains("au moins une thématique");
        });
        assertThat(report.unmappedThemes()).containsExactly("handicap");
    }
}
