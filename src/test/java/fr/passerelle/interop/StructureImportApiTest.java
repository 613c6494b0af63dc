package fr.passerelle.interop;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import fr.passerelle.account.Given;
import fr.passerelle.account.MembershipRole;
import fr.passerelle.account.Role;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An operator's bulk CSV import through the API: template, upload, report, and its rules. */
@MicronautTest(transactional = false)
public class StructureImportApiTest {

    /** A header-only template: accepted, changes nothing (the authorization matrix sends it). */
    public static final String EMPTY_TEMPLATE = "id;nom;description\n";

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Given given;

    public static MutableHttpRequest<?> templateRequest(String structureId) {
        return HttpRequest.GET("/api/v1/structures/" + structureId + "/modele-import.csv");
    }

    public static MutableHttpRequest<?> uploadRequest(String structureId, String csv) {
        MultipartBody body = MultipartBody.builder()
                .addPart("file", "offres.csv", MediaType.TEXT_CSV_TYPE, csv.getBytes(StandardCharsets.UTF_8))
                .build();
        return HttpRequest.POST("/api/v1/structures/" + structureId + "/imports", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    @Test
    void theTemplateSentBackUnchangedChangesNothing() {
        Fixture f = new Fixture();
        given.offer(f.structure, OfferStatus.PUBLIEE);
        given.offer(f.structure, OfferStatus.BROUILLON);

        Api.Answer template = f.api.send(Api.as(templateRequest(f.structure), f.token));
        assertThat(template.status()).as(template.body()).isEqualTo(200);
        assertThat(template.contentType()).startsWith("text/csv");
        assertThat(template.header("Content-Disposition")).contains("attachment", ".csv");
        List<Map<String, String>> rows = rows(template.body());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).keySet()).startsWith("id", "nom").doesNotContain("source", "structure_id", "passerelle");

        Api.Answer again = f.api.send(Api.as(uploadRequest(f.structure, template.body()), f.token));

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("unchanged").asInt()).as(again.body()).isEqualTo(2);
        assertThat(again.json().get("imported").asInt()).isZero();
        assertThat(again.json().get("updated").asInt()).isZero();
        assertThat(again.json().get("rejected")).isEmpty();
    }

    @Test
    void rowsWithoutIdAreCreatedOnTheStructureAndTheSameFileTwiceCreatesNothingNew() {
        Fixture f = new Fixture();
        String elsewhere = given.structure("Une structure que la ligne voudrait viser");
        // The operator's columns, plus structure_id and source that try to go elsewhere: both are forced.
        String csv = csv(List.of("nom", "description", "thematiques", "publics", "frais", "code_insee",
                        "code_postal", "commune", "modes_accueil", "structure_id", "source"),
                List.of(
                        List.of("Atelier CV du mardi", "Écrire son CV avec une conseillère, en petit groupe.",
                                "numerique--maitriser-les-fondamentaux-du-numerique", "tous-publics", "gratuit",
                                "77288", "77000", "Melun", "en-presentiel", elsewhere, "autre-source"),
                        List.of("Permanence numérique", "Aide aux démarches en ligne, sans rendez-vous.",
                                "numerique--acceder-a-des-services-en-ligne|numerique--maitriser-les-fondamentaux-du-numerique",
                                "tous-publics", "gratuit", "77288", "77000", "Melun", "en-presentiel", "", "")));

        Api.Answer first = f.api.send(Api.as(uploadRequest(f.structure, csv), f.token));
        Api.Answer second = f.api.send(Api.as(uploadRequest(f.structure, csv), f.token));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("imported").asInt()).as(first.body()).isEqualTo(2);
        assertThat(second.json().get("imported").asInt()).as(second.body()).isZero();
        assertThat(second.json().get("unchanged").asInt()).isEqualTo(2);
        assertThat(offersOf(f.structure)).hasSize(2);
        assertThat(offersOf(elsewhere)).isEmpty();
        assertThat(value("select count(*) from offer where source = 'autre-source'")).isEqualTo("0");
        // The list cell with « | » became two themes.
        assertThat(value("select cardinality(thematiques) from offer where structure_id = ? and nom = ?", f.structure,
                "Permanence numérique")).isEqualTo("2");
    }

    @Test
    void aRowNamingAnotherStructuresOfferIsRejectedAndThatOfferIsLeftAlone() {
        Fixture f = new Fixture();
        String other = given.structure("Structure voisine");
        String foreign = given.offer(other, OfferStatus.PUBLIEE);
        String csv = csv(List.of("id", "nom", "description"),
                List.of(List.of(foreign, "Offre détournée", "Une description qui ne doit pas arriver.")));

        Api.Answer answer = f.api.send(Api.as(uploadRequest(f.structure, csv), f.token));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("rejected")).hasSize(1);
        assertThat(answer.json().get("rejected").get(0).get("id").asText()).isEqualTo(foreign);
        assertThat(answer.json().get("rejected").get(0).get("field").asText()).isEqualTo("id");
        assertThat(answer.json().get("rejected").get(0).get("reason").asText()).contains("autre structure");
        assertThat(answer.json().get("imported").asInt() + answer.json().get("updated").asInt()).isZero();
        assertThat(offersOf(other)).containsExactly(foreign);
        assertThat(value("select nom from offer where id = ?", foreign)).isNotEqualTo("Offre détournée");
    }

    @Test
    void anEditedTemplateUpdatesTheOfferItNames() {
        Fixture f = new Fixture();
        String offer = given.offer(f.structure, OfferStatus.PUBLIEE);
        List<Map<String, String>> rows = rows(f.api.send(Api.as(templateRequest(f.structure), f.token)).body());
        rows.get(0).put("description", "Une description revue dans un tableur, avec des accents : é, à, ç.");

        Api.Answer answer = f.api.send(Api.as(uploadRequest(f.structure, csvOf(rows)), f.token));

        assertThat(answer.json().get("updated").asInt()).as(answer.body()).isEqualTo(1);
        assertThat(value("select description from offer where id = ?", offer)).isEqualTo("Une description revue dans un tableur, avec des accents : é, à, ç.");
    }

    @Test
    void aFileThatIsNotTheTemplateIsA400InFrench() {
        Fixture f = new Fixture();

        f.api.send(Api.as(uploadRequest(f.structure, "{\"pas\": \"un csv\"}"), f.token)).isProblem(400);
    }

    @Test
    void anOperatorOfAnotherStructureGets403AndAVisitor401() {
        Fixture f = new Fixture();
        String outsider = f.api.token(given.operator(given.structure("Structure d'à côté"), MembershipRole.ADMIN),
                Given.PASSWORD);

        f.api.send(Api.as(templateRequest(f.structure), outsider)).isProblem(403);
        f.api.send(Api.as(uploadRequest(f.structure, EMPTY_TEMPLATE), outsider)).isProblem(403);
        assertThat(f.api.send(templateRequest(f.structure)).status()).isEqualTo(401);
        assertThat(f.api.send(uploadRequest(f.structure, EMPTY_TEMPLATE)).status()).isEqualTo(401);
        f.api.send(Api.as(templateRequest("nope--nope"), f.token)).isProblem(404);
    }

    /** A structure and one of its operators, signed in. */
    private final class Fixture {
        final Api api = new Api(http);
        final String structure = given.structure("Structure qui importe un CSV");
        final String token = api.token(given.operator(structure, MembershipRole.MEMBRE), Given.PASSWORD);
    }

    /** The first column of the first row, as text. */
    private String value(String query, String... parameters) {
        String found = given.sql(query, ps -> {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
        return found;
    }

    private List<String> offersOf(String structure) {
        return given.sql("select id from offer where structure_id = ? order by id", ps -> {
            ps.setString(1, structure);
            List<String> ids = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    public static List<Map<String, String>> rows(String csv) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().fieldSeparator(';').detectBomHeader(true)
                .ofNamedCsvRecord(csv.startsWith("\uFEFF") ? csv.substring(1) : csv)) {
            reader.forEach(r -> rows.add(new LinkedHashMap<>(r.getFieldsAsMap())));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }

    public static String csvOf(List<Map<String, String>> rows) {
        List<String> header = List.copyOf(rows.get(0).keySet());
        return csv(header, rows.stream().map(r -> header.stream().map(r::get).toList()).toList());
    }

    public static String csv(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        CsvWriter writer = CsvWriter.builder().fieldSeparator(';').build(out);
        writer.writeRecord(header);
        rows.forEach(writer::writeRecord);
        try {
            writer.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }
}
