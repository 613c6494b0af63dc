package fr.passerelle.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import fr.passerelle.account.Given;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.interop.imports.ImportOptions;
import fr.passerelle.interop.imports.ImportReport;
import fr.passerelle.interop.imports.Importer;
import fr.passerelle.support.Api;
import fr.passerelle.support.DataInclusionSchemas;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.passerelle.interop.ImportFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class OpenDataTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;
    @Inject
    Importer importer;
    @Inject
    Given given;
    @TempDir
    Path dir;

    /** A validated structure and two published offers under a fresh source, through the importer. */
    private String catalogueOfANewSource() throws Exception {
        String source = newSource();
        Map<String, Object> structure = structure("s");
        structure.put("passerelle", Map.of("version", 1, "statut_moderation", "validee"));
        Map<String, Object> second = service("o2", "s");
        second.put("publics", List.of("jeunes", "femmes"));
        second.put("zone_eligibilite", List.of("77", "91"));
        ImportReport report = importer.run(jsonArray(dir, "seed.json", List.of(structure, service("o1", "s"), second)),
                ImportOptions.of(source, false));
        assertThat(report.rejected()).isEmpty();
        return source;
    }

    /** Dumps are bigger than the Micronaut client's buffer: read them as a plain HTTP client would. */
    private Api.Answer get(String path) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(server.getURI().resolve(path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Api.Answer(response.statusCode(), response.body(),
                response.headers().firstValue("Content-Type").orElse(null), null);
    }

    private static List<JsonNode> rowsOf(String body, String source) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode row : Api.JSON.readTree(body)) {
            if (row.path("source").asText().equals(source)) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void theIndexListsTheDatedDumps() throws Exception {
        Api.Answer index = get("/donnees");

        assertThat(index.status()).isEqualTo(200);
        assertThat(index.json().get("fichiers")).extracting(f -> f.get("nom").asText())
                .containsExactly("services.json", "services.csv", "structures.json", "structures.csv");
        assertThat(index.json().get("fichiers").get(0).get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void everyExportedRowIsValidAgainstTheDataInclusionSchemasAndOnlyPublicOffersAreExported() throws Exception {
        String source = catalogueOfANewSource();
        String pending = given.pendingStructure("Structure en attente, non exportée");
        String ofPending = given.offer(pending, OfferStatus.PUBLIEE);
        String draft = given.offer(given.structure("Structure validée"), OfferStatus.BROUILLON);

        Api.Answer services = get("/donnees/services.json");
        Api.Answer structures = get("/donnees/structures.json");

        assertThat(services.status()).isEqualTo(200);
        JsonNode serviceRows = Api.JSON.readTree(services.body());
        assertThat(serviceRows.size()).isGreaterThan(2);
        for (JsonNode row : serviceRows) {
            DataInclusionSchemas.assertValidService(row);
            assertThat(row.get("passerelle").get("statut").asText()).isEqualTo("publiee");
        }
        for (JsonNode row : Api.JSON.readTree(structures.body())) {
            DataInclusionSchemas.assertValidStructure(row);
            assertThat(row.get("passerelle").get("statut_moderation").asText()).isEqualTo("validee");
        }
        assertThat(services.body()).contains(source + "--o1").doesNotContain(ofPending).doesNotContain(draft);
        assertThat(structures.body()).contains(source + "--s").doesNotContain(pending);
    }

    @Test
    void aJsonDumpImportedIntoAnEmptySourceGivesTheSameRows() throws Exception {
        String source = catalogueOfANewSource();
        List<JsonNode> services = rowsOf(get("/donnees/services.json").body(), source);
        List<JsonNode> structures = rowsOf(get("/donnees/structures.json").body(), source);
        assertThat(services).hasSize(2);
        String copy = newSource();
        List<JsonNode> unqualified = new ArrayList<>();
        for (JsonNode row : concat(structures, services)) {
            ObjectNode local = row.deepCopy();
            local.put("id", row.get("id").asText().substring(source.length() + 2));
            if (row.has("structure_id")) {
                local.put("structure_id", row.get("structure_id").asText().substring(source.length() + 2));
            }
            local.remove("source");
            unqualified.add(local);
        }

        ImportReport report = importer.run(jsonArray(dir, "dump.json", unqualified), ImportOptions.of(copy, false));

        assertThat(report.imported()).isEqualTo(3);
        List<JsonNode> copies = rowsOf(get("/donnees/services.json").body(), copy);
        assertThat(copies).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(withIdentity(copies.get(i), copy)).isEqualTo(withIdentity(services.get(i), source));
        }
        assertThat(withIdentity(rowsOf(get("/donnees/structures.json").body(), copy).get(0), copy))
                .isEqualTo(withIdentity(structures.get(0), source));
    }

    @Test
    void theCsvDumpHasListsAsJsonArraysAndImportsBackUnchanged() throws Exception {
        String source = catalogueOfANewSource();
        String csv = get("/donnees/services.csv").body();
        List<String> lines = new ArrayList<>();
        lines.add(csv.substring(0, csv.indexOf('\n')));
        Map<String, String> o2 = new LinkedHashMap<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv)) {
            for (NamedCsvRecord record : reader) {
                if (record.getField("source").equals(source)) {
                    if (record.getField("id").endsWith("--o2")) {
                        o2 = record.getFieldsAsMap();
                    }
                }
            }
        }
        assertThat(o2.get("publics")).isEqualTo("[\"jeunes\",\"femmes\"]");
        assertThat(o2.get("zone_eligibilite")).isEqualTo("[\"77\",\"91\"]");
        assertThat(o2.get("passerelle")).startsWith("{");
        StringBuilder ours = new StringBuilder(lines.get(0)).append('\n');
        csv.lines().filter(line -> line.contains(source + "--o")).forEach(line -> ours.append(line).append('\n'));

        ImportReport again = importer.run(write(dir.resolve("services.csv"), ours.toString()), ImportOptions.of(null, false));

        assertThat(again.rejected()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(2);
    }

    private static JsonNode withIdentity(JsonNode row, String source) {
        ObjectNode neutral = row.deepCopy();
        neutral.put("id", row.get("id").asText().substring(source.length()));
        if (row.has("structure_id")) {
            neutral.put("structure_id", row.get("structure_id").asText().substring(source.length()));
        }
        neutral.remove("source");
        return neutral;
    }

    private static List<JsonNode> concat(List<JsonNode> a, List<JsonNode> b) {
        List<JsonNode> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
