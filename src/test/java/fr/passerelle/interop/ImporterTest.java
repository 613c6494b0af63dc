package fr.passerelle.interop;

import fr.passerelle.account.Given;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferRepository;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.catalogue.StructureRepository;
import fr.passerelle.interop.imports.ImportOptions;
import fr.passerelle.interop.imports.ImportReport;
import fr.passerelle.interop.imports.Importer;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static fr.passerelle.interop.ImportFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The indexer is off so the outbox rows the import records stay visible. */
@MicronautTest(transactional = false)
@Property(name = "passerelle.search.indexer.enabled", value = "false")
class ImporterTest {

    @Inject
    Importer importer;
    @Inject
    OfferRepository offers;
    @Inject
    StructureRepository structures;
    @Inject
    Given given;
    @Inject
    io.micronaut.transaction.TransactionOperations<java.sql.Connection> tx;
    @TempDir
    Path dir;

    @Test
    void structuresAndServicesAreImportedUnderTheirSourceAndReimportingChangesNothing() throws Exception {
        String source = newSource();
        Path file = jsonArray(dir, "mixed.json", List.of(service("svc-1", "str-1"), structure("str-1"),
                service("svc-2", "str-1")));

        ImportReport first = importer.run(file, ImportOptions.of(source, false));

        assertThat(first.imported()).isEqualTo(3);
        assertThat(first.rejected()).isEmpty();
        Offer imported = offer(source + "--svc-1").orElseThrow();
        assertThat(imported.structureId()).isEqualTo(source + "--str-1");
        assertThat(imported.source()).isEqualTo(source);
        assertThat(imported.address().hasPoint()).as("point filled from the commune").isTrue();
        assertThat(flag("offer", imported.id())).isTrue();
        assertThat(flag("structure", source + "--str-1")).isFalse();
        assertThat(outboxRows(imported.id())).isEqualTo(1);

        ImportReport again = importer.run(file, ImportOptions.of(source, false));

        assertThat(again.imported()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(outboxRows(imported.id())).isEqualTo(1);
        assertThat(offer(imported.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void servicesReadBeforeTheirStructureWaitForItAndOrphansAreRejected() throws Exception {
        String source = newSource();
        // Batches of one: each service is written (or set aside) before the structure is even read.
        Path file = jsonLines(dir, "services-first.jsonl", List.of(service("early-1", "late"),
                service("orphan", "never"), service("early-2", "late"), structure("late")));

        ImportReport report = importer.run(file, ImportOptions.of(source, false).inBatchesOf(1));

        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(source + "--orphan");
            assertThat(r.field()).isEqualTo("structure_id");
        });
        assertThat(offer(source + "--early-1").orElseThrow().structureId()).isEqualTo(source + "--late");
        assertThat(exists(source + "--early-2")).isTrue();
        assertThat(exists(source + "--orphan")).isFalse();
    }

    @Test
    void aNewerDateAloneIsNotAChangeButNewContentIsAnUpdate() throws Exception {
        String source = newSource();
        importer.run(jsonLines(dir, "a.jsonl", List.of(structure("s"), service("o", "s"))), ImportOptions.of(source, false));
        Map<String, Object> newerDate = service("o", "s");
        newerDate.put("date_maj", "2026-11-01");
        Map<String, Object> newName = service("o", "s");
        newName.put("nom", "Atelier renommé");

        ImportReport sameContent = importer.run(jsonLines(dir, "b.jsonl", List.of(newerDate)), ImportOptions.of(source, false));
        ImportReport changed = importer.run(jsonLines(dir, "c.jsonl", List.of(newName)), ImportOptions.of(source, false));

        assertThat(sameContent.unchanged()).isEqualTo(1);
        assertThat(changed.updated()).isEqualTo(1);
        Offer stored = offer(source + "--o").orElseThrow();
        assertThat(stored.nom()).isEqualTo("Atelier renommé");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(outboxRows(stored.id())).isEqualTo(2);
    }

    @Test
    void badRowsAreReportedAndNothingOfThemIsWritten() throws Exception {
        String source = newSource();
        Map<String, Object> unknownTheme = service("bad-theme", "s");
        unknownTheme.put("thematiques", List.of("cuisine--gateaux"));
        Map<String, Object> orphan = service("orphan", "nowhere");
        Map<String, Object> noName = structure("s2");
        noName.remove("nom");
        Map<String, Object> wrongType = service("wrong-type", "s");
        wrongType.put("publics", "pas une liste");
        Path file = jsonArray(dir, "bad.json", List.of(structure("s"), noName, service("good", "s"), unknownTheme,
                orphan, wrongType));

        ImportReport report = importer.run(file, ImportOptions.of(source, false));

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.rejected()).extracting(ImportReport.Rejection::id).containsExactlyInAnyOrder(
                source + "--s2", source + "--bad-theme", source + "--orphan", source + "--wrong-type");
        assertThat(report.rejected()).filteredOn(r -> r.id().endsWith("--bad-theme")).singleElement()
                .satisfies(r -> {
                    assertThat(r.field()).isEqualTo("thematiques");
                    assertThat(r.reason()).contains("Valeur inconnue");
                });
        assertThat(report.rejected()).filteredOn(r -> r.id().endsWith("--orphan")).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("introuvable"));
        assertThat(exists(source + "--bad-theme")).isFalse();
        assertThat(exists(source + "--orphan")).isFalse();
        assertThat(exists(source + "--wrong-type")).isFalse();
        assertThat(storedStructure(source + "--s2")).isEmpty();
        assertThat(outboxRows(source + "--bad-theme")).isZero();
    }

    @Test
    void aRejectedUpdateLeavesTheStoredOfferAsItWas() throws Exception {
        String source = newSource();
        importer.run(jsonArray(dir, "a.json", List.of(structure("s"), service("o", "s"))), ImportOptions.of(source, false));
        Map<String, Object> broken = service("o", "s");
        broken.put("nom", "Nouveau nom");
        broken.put("courriel", "pas-une-adresse");

        ImportReport report = importer.run(jsonArray(dir, "b.json", List.of(broken)), ImportOptions.of(source, false));

        assertThat(report.rejected()).singleElement().satisfies(r -> assertThat(r.field()).isEqualTo("courriel"));
        assertThat(offer(source + "--o").orElseThrow().nom()).isEqualTo("Atelier importé o");
    }

    @Test
    void csvListsAreReadAsJsonArraysOrSeparatedText() throws Exception {
        String source = newSource();
        Path structuresCsv = write(dir.resolve("structures.csv"), """
                id,nom,code_insee,code_postal,commune,date_maj,reseaux_porteurs
                s,Structure du fichier CSV,77288,77000,Melun,2026-09-01,"[""ccas-cias""]"
                """);
        Path servicesCsv = write(dir.resolve("services.csv"), """
                id;structure_id;nom;description;thematiques;publics;modes_accueil;code_insee;latitude;longitude;date_maj
                a;s;Atelier CSV;Un atelier décrit dans un fichier CSV.;numerique--maitriser-les-fondamentaux-du-numerique|mobilite--acceder-a-un-vehicule;tous-publics;en-presentiel;77288;48,54;2,66;2026-10-01
                b;s;Atelier CSV bis;Un autre atelier décrit dans un CSV.;["numerique--maitriser-les-fondamentaux-du-numerique"];tous-publics,jeunes;a-distance;;;;2026-10-01
                """);

        ImportReport s = importer.run(structuresCsv, ImportOptions.of(source, false));
        ImportReport o = importer.run(servicesCsv, ImportOptions.of(source, false));

        assertThat(s.rejected()).isEmpty();
        assertThat(o.rejected()).isEmpty();
        assertThat(o.imported()).isEqualTo(2);
        Offer a = offer(source + "--a").orElseThrow();
        assertThat(a.thematiques()).containsExactly("numerique--maitriser-les-fondamentaux-du-numerique",
                "mobilite--acceder-a-un-vehicule");
        assertThat(a.address().latitude()).isEqualTo(48.54);
        assertThat(offer(source + "--b").orElseThrow().publics()).containsExactly("tous-publics", "jeunes");
        assertThat(storedStructure(source + "--s").orElseThrow().reseauxPorteurs()).containsExactly("ccas-cias");
    }

    @Test
    void savedApiPagesAndSearchHitsAreRead() throws Exception {
        String source = newSource();
        importer.run(jsonArray(dir, "s.json", List.of(structure("s"))), ImportOptions.of(source, false));
        Path page = write(dir.resolve("page.json"), json(Map.of("total", 2, "items",
                List.of(service("p1", "s"), service("p2", "s")), "page", 1)));
        Path hits = write(dir.resolve("hits.json"), json(Map.of("items", List.of(
                Map.of("service", service("h1", "s"), "distance", 1.5)))));

        assertThat(importer.run(page, ImportOptions.of(source, false)).imported()).isEqualTo(2);
        assertThat(importer.run(hits, ImportOptions.of(source, false)).imported()).isEqualTo(1);
        assertThat(exists(source + "--h1")).isTrue();
    }

    @Test
    void rowsTakeTheirOwnSourceWhenNoneIsGiven() throws Exception {
        String source = newSource();
        Map<String, Object> s = structure("s");
        s.put("source", source);
        Map<String, Object> o = service("o", "s");
        o.put("source", source);
        Map<String, Object> sourceless = service("x", "s");

        ImportReport report = importer.run(jsonArray(dir, "own.json", List.of(s, o, sourceless)), ImportOptions.of(null, false));

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.rejected()).singleElement().satisfies(r -> assertThat(r.field()).isEqualTo("source"));
        assertThat(exists(source + "--o")).isTrue();
    }

    @Test
    void aFullImportArchivesTheSourcesOffersMissingFromTheFile() throws Exception {
        String source = newSource();
        importer.run(jsonArray(dir, "a.json", List.of(structure("s"), service("kept", "s"), service("gone", "s"))),
                ImportOptions.of(source, false));

        ImportReport report = importer.run(jsonArray(dir, "b.json", List.of(service("kept", "s"))),
                ImportOptions.of(source, true));

        assertThat(report.archived()).isEqualTo(1);
        assertThat(offer(source + "--gone").orElseThrow().lifecycle().status()).isEqualTo(OfferStatus.ARCHIVEE);
        assertThat(offer(source + "--kept").orElseThrow().lifecycle().status()).isEqualTo(OfferStatus.PUBLIEE);
    }

    @Test
    void anImportKilledMidwayConvergesWhenRunAgainWithoutDuplicates() throws Exception {
        String source = newSource();
        List<Object> rows = new ArrayList<>();
        rows.add(structure("s"));
        for (int i = 0; i < 120; i++) {
            rows.add(service("o" + i, "s"));
        }
        Path file = jsonLines(dir, "big.jsonl", rows);

        // Killed while reading the 71st service: the first 50 are written, the next 20 were pending.
        assertThatThrownBy(() -> importer.run(file, ImportOptions.of(source, false).inBatchesOf(50).crashingAfter(1 + 70)))
                .isInstanceOf(Importer.SimulatedCrash.class);
        long afterCrash = count(source);
        ImportReport rerun = importer.run(file, ImportOptions.of(source, false).inBatchesOf(50));

        assertThat(afterCrash).as("whole batches only").isEqualTo(50);
        assertThat(rerun.unchanged()).isEqualTo(50 + 1);
        assertThat(rerun.imported()).isEqualTo(70);
        assertThat(count(source)).isEqualTo(120);
        assertThat((long) given.<Long>sql("select count(*) from outbox where aggregate_id like ?", ps -> {
            ps.setString(1, source + "--o%");
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        })).as("one outbox row per offer written").isEqualTo(120);
    }

    private java.util.Optional<Offer> offer(String id) {
        return tx.executeRead(status -> offers.findById(id));
    }

    private boolean exists(String id) {
        return tx.executeRead(status -> offers.exists(id));
    }

    private java.util.Optional<fr.passerelle.catalogue.Structure> storedStructure(String id) {
        return tx.executeRead(status -> structures.findById(id));
    }

    private long count(String source) {
        return given.sql("select count(*) from offer where source = ?", ps -> {
            ps.setString(1, source);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private boolean flag(String table, String id) {
        return given.sql("select point_approximate from " + table + " where id = ?", ps -> {
            ps.setString(1, id);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    private long outboxRows(String id) {
        return given.sql("select count(*) from outbox where aggregate_type = 'offer' and aggregate_id = ?", ps -> {
            ps.setString(1, id);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
