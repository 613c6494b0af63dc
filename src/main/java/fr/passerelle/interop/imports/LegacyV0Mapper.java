package fr.passerelle.interop.imports;

import fr.passerelle.catalogue.Vocabularies;
import fr.passerelle.catalogue.VocabularyKind;
import fr.passerelle.geo.Departement;
import fr.passerelle.geo.Gazetteer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * data·inclusion v0 rows → v1, row by row (the version is detected on each row, so one file may
 * mix both). Field names of v0 come from gip-inclusion/data-inclusion-schema (schema/v0); the
 * thématiques table and its source are in {@code reference/data-inclusion-v0/}.
 */
@Singleton
public class LegacyV0Mapper {

    static final String THEMES_TABLE = "reference/data-inclusion-v0/thematiques-v0-v1.csv";

    /** Fields only v0 services have. */
    private static final Set<String> V0_SERVICE_FIELDS = Set.of("presentation_resume", "presentation_detail",
            "profils", "profils_precisions", "zone_diffusion_type", "zone_diffusion_code", "zone_diffusion_nom",
            "types", "modes_orientation_beneficiaire", "modes_orientation_accompagnateur",
            "modes_orientation_beneficiaire_autres", "modes_orientation_accompagnateur_autres", "prise_rdv",
            "formulaire_en_ligne", "page_web", "frais_autres", "pre_requis", "justificatifs", "cumulable",
            "recurrence", "date_creation", "date_suspension", "contact_public");
    /** Fields only v0 structures have. */
    private static final Set<String> V0_STRUCTURE_FIELDS = Set.of("presentation_resume", "presentation_detail",
            "labels_nationaux", "labels_autres", "accessibilite", "horaires_ouverture", "typologie", "thematiques",
            "rna", "antenne");
    /** Bookkeeping fields of the data·inclusion API, in both versions. */
    private static final Set<String> API_FIELDS = Set.of("score_qualite", "doublons", "_di_surrogate_id",
            "_di_structure_surrogate_id");

    /** v0 profils → v1 publics (by meaning); unknown profils are kept in publics_precisions. */
    private static final Map<String, String> PUBLICS = Map.ofEntries(
            Map.entry("adultes", "tous-publics"), Map.entry("tous-publics", "tous-publics"),
            Map.entry("alternants", "actifs"), Map.entry("salaries", "actifs"),
            Map.entry("beneficiaires-rsa", "beneficiaires-des-minimas-sociaux"),
            Map.entry("demandeurs-demploi", "demandeurs-emploi"), Map.entry("demandeurs-d-emploi", "demandeurs-emploi"),
            Map.entry("etudiants", "etudiants"), Map.entry("familles-enfants", "familles"),
            Map.entry("femmes", "femmes"), Map.entry("jeunes", "jeunes"), Map.entry("jeunes-16-26", "jeunes"),
            Map.entry("personnes-en-situation-de-handicap", "personnes-en-situation-de-handicap"),
            Map.entry("personnes-handicapees", "personnes-en-situation-de-handicap"),
            Map.entry("deficience-visuelle", "personnes-en-situation-de-handicap"),
            Map.entry("personnes-de-nationalite-etrangere", "personnes-exilees"),
            Map.entry("public-langues-etrangeres", "personnes-exilees"),
            Map.entry("retraites", "seniors"), Map.entry("seniors-65", "seniors"),
            Map.entry("sortants-de-detention", "personnes-en-situation-juridique-specifique"),
            Map.entry("sans-domicile-fixe", "personnes-en-situation-durgence"),
            Map.entry("personnes-en-situation-durgence", "personnes-en-situation-durgence"),
            Map.entry("victimes", "personnes-en-situation-durgence"),
            Map.entry("habitants-qpv", "residents-qpv-frr"), Map.entry("residents-qpv", "residents-qpv-frr"));
    /** v0 modes d'orientation → v1 modes de mobilisation. */
    private static final Map<String, String> MOBILISATION = Map.of(
            "se-presenter", "se-presenter", "telephoner", "telephoner", "envoyer-un-mail", "envoyer-un-courriel",
            "envoyer-un-mail-avec-une-fiche-de-prescription", "envoyer-un-courriel",
            "envoyer-fiche-prescription", "envoyer-un-courriel",
            "completer-le-formulaire-dadhesion", "utiliser-lien-mobilisation",
            "prendre-rdv", "utiliser-lien-mobilisation");

    private final Vocabularies vocabularies;
    private final Gazetteer gazetteer;
    private final Map<String, List<String>> themes;

    public LegacyV0Mapper(Vocabularies vocabularies, Gazetteer gazetteer) {
        this.vocabularies = vocabularies;
        this.gazetteer = gazetteer;
        this.themes = loadThemes();
    }

    private static Map<String, List<String>> loadThemes() {
        Map<String, List<String>> table = new LinkedHashMap<>();
        try (InputStream in = LegacyV0Mapper.class.getClassLoader().getResourceAsStream(THEMES_TABLE)) {
            if (in == null) {
                throw new IllegalStateException(THEMES_TABLE + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                int comma = line.indexOf(',');
                if (comma < 0) {
                    continue;
                }
                String right = line.substring(comma + 1).strip();
                table.put(line.substring(0, comma).strip(), right.isEmpty() ? List.of() : List.of(right.split("\\|")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    public boolean isV0Service(Map<String, JsonNode> row) {
        JsonNode frais = row.get("frais");
        return (frais != null && frais.isArray()) || row.keySet().stream().anyMatch(V0_SERVICE_FIELDS::contains);
    }

    public boolean isV0Structure(Map<String, JsonNode> row) {
        return row.keySet().stream().anyMatch(V0_STRUCTURE_FIELDS::contains);
    }

    /** The v1 thématiques of a v0 list; values with no equivalent are added to {@code unmapped}. */
    List<String> themesOf(List<String> v0, Set<String> unmapped) {
        Set<String> v1 = new LinkedHashSet<>();
        for (String value : v0) {
            if (vocabularies.contains(VocabularyKind.THEMATIQUE, value)) {
                v1.add(value);
            } else if (!themes.getOrDefault(value, List.of()).isEmpty()) {
                v1.addAll(themes.get(value));
            } else {
                unmapped.add(value);
            }
        }
        return List.copyOf(v1);
    }

    public Map<String, JsonNode> serviceToV1(Map<String, JsonNode> row, Set<String> unmappedThemes) {
        Map<String, JsonNode> v1 = new LinkedHashMap<>(row);
        V0_SERVICE_FIELDS.forEach(v1::remove);
        API_FIELDS.forEach(v1::remove);

        Set<String> unmappedHere = new LinkedHashSet<>();
        List<String> themesV1 = themesOf(strings(row.get("thematiques")), unmappedHere);
        unmappedThemes.addAll(unmappedHere);
        putList(v1, "thematiques", themesV1);

        String description = description(row);
        if (!unmappedHere.isEmpty()) {
            description = (description == null ? "" : description + "\n\n")
                    + "Thématiques d'origine : " + String.join(", ", unmappedHere) + ".";
        }
        putText(v1, "description", description == null ? text(row, "nom") : description);

        List<String> publics = new ArrayList<>();
        List<String> unknownProfils = new ArrayList<>();
        for (String profil : strings(row.get("profils"))) {
            String mapped = vocabularies.contains(VocabularyKind.PUBLIC, profil) ? profil : PUBLICS.get(profil);
            if (mapped == null) {
                unknownProfils.add(profil);
            } else if (!publics.contains(mapped)) {
                publics.add(mapped);
            }
        }
        putList(v1, "publics", publics);
        putText(v1, "publics_precisions", join(". ", text(row, "profils_precisions"),
                unknownProfils.isEmpty() ? null : "Profils d'origine : " + String.join(", ", unknownProfils)));

        String type = strings(row.get("types")).stream()
                .filter(t -> vocabularies.contains(VocabularyKind.TYPE, t)).findFirst().orElse(null);
        putText(v1, "type", type);

        List<String> frais = strings(row.get("frais"));
        String fraisV1 = frais.isEmpty() ? null : frais.stream().allMatch(f -> f.startsWith("gratuit")) ? "gratuit" : "payant";
        putText(v1, "frais", fraisV1);
        putText(v1, "frais_precisions", text(row, "frais_autres"));

        putText(v1, "conditions_acces", join(" ", listSentence("Prérequis", strings(row.get("pre_requis"))),
                listSentence("Justificatifs", strings(row.get("justificatifs")))));

        mobilisation(row, v1);
        putText(v1, "lien_mobilisation", first(text(row, "prise_rdv"), text(row, "formulaire_en_ligne"),
                text(row, "page_web")));
        putList(v1, "zone_eligibilite", zone(text(row, "zone_diffusion_type"), text(row, "zone_diffusion_code")));
        return v1;
    }

    public Map<String, JsonNode> structureToV1(Map<String, JsonNode> row) {
        Map<String, JsonNode> v1 = new LinkedHashMap<>(row);
        V0_STRUCTURE_FIELDS.forEach(v1::remove);
        API_FIELDS.forEach(v1::remove);
        putText(v1, "description", description(row));
        putText(v1, "accessibilite_lieu", text(row, "accessibilite"));
        putText(v1, "horaires_accueil", text(row, "horaires_ouverture"));
        putList(v1, "reseaux_porteurs", strings(row.get("labels_nationaux")).stream()
                .filter(label -> vocabularies.contains(VocabularyKind.RESEAU_PORTEUR, label)).toList());
        return v1;
    }

    /** modes_orientation_* → modes_mobilisation, mobilisable_par and mobilisation_precisions. */
    private static void mobilisation(Map<String, JsonNode> row, Map<String, JsonNode> v1) {
        List<String> beneficiaire = strings(row.get("modes_orientation_beneficiaire"));
        List<String> accompagnateur = strings(row.get("modes_orientation_accompagnateur"));
        Set<String> modes = new LinkedHashSet<>();
        for (String mode : concat(beneficiaire, accompagnateur)) {
            String mapped = MOBILISATION.get(mode);
            if (mapped != null) {
                modes.add(mapped);
            }
        }
        List<String> par = new ArrayList<>();
        if (!beneficiaire.isEmpty() || text(row, "modes_orientation_beneficiaire_autres") != null) {
            par.add("usagers");
        }
        if (!accompagnateur.isEmpty() || text(row, "modes_orientation_accompagnateur_autres") != null) {
            par.add("professionnels");
        }
        putList(v1, "modes_mobilisation", List.copyOf(modes));
        putList(v1, "mobilisable_par", par);
        putText(v1, "mobilisation_precisions", join(" ", text(row, "modes_orientation_beneficiaire_autres"),
                text(row, "modes_orientation_accompagnateur_autres")));
    }

    /** zone_diffusion_type/code → zone_eligibilite; a région becomes its départements. */
    private List<String> zone(@Nullable String type, @Nullable String code) {
        if (type == null) {
            return List.of();
        }
        return switch (type) {
            case "pays" -> List.of(Gazetteer.FRANCE);
            case "region" -> code == null ? List.of() : gazetteer.departements().stream()
                    .filter(d -> code.equals(d.regionCode())).map(Departement::code).toList();
            case "commune", "epci", "departement" -> code == null ? List.of() : List.of(code);
            default -> List.of();
        };
    }

    @Nullable
    private static String description(Map<String, JsonNode> row) {
        String resume = text(row, "presentation_resume");
        String detail = text(row, "presentation_detail");
        if (detail == null) {
            return resume;
        }
        return resume == null || detail.contains(resume) ? detail : resume + "\n\n" + detail;
    }

    @Nullable
    private static String listSentence(String label, List<String> values) {
        return values.isEmpty() ? null : label + " : " + String.join(", ", values) + ".";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Nullable
    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    @Nullable
    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part.strip());
            }
        }
        return present.isEmpty() ? null : String.join(separator, present);
    }

    @Nullable
    private static String text(Map<String, JsonNode> row, String name) {
        JsonNode value = row.get(name);
        if (value == null || !value.isString() || value.getStringValue().isBlank()) {
            return null;
        }
        return value.getStringValue().strip();
    }

    /** A list field; a single text value counts as a one-item list. */
    private static List<String> strings(@Nullable JsonNode value) {
        List<String> values = new ArrayList<>();
        if (value == null) {
            return values;
        }
        if (value.isString()) {
            values.add(value.getStringValue().strip());
        } else if (value.isArray()) {
            value.values().forEach(v -> {
                if (v.isString() && !v.getStringValue().isBlank()) {
                    values.add(v.getStringValue().strip());
                }
            });
        }
        return values;
    }

    private static void putText(Map<String, JsonNode> row, String name, @Nullable String value) {
        if (value == null) {
            row.remove(name);
        } else {
            row.put(name, JsonNode.createStringNode(value));
        }
    }

    private static void putList(Map<String, JsonNode> row, String name, List<String> values) {
        if (values.isEmpty()) {
            row.remove(name);
        } else {
            row.put(name, JsonNode.createArrayNode(values.stream().map(JsonNode::createStringNode).toList()));
        }
    }
}
