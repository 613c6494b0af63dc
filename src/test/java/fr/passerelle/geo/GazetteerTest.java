package fr.passerelle.geo;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class GazetteerTest {

    @Inject
    Gazetteer gazetteer;

    private static String folded(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private List<String> codes(String q) {
        return gazetteer.search(q, 10).stream().map(Commune::code).toList();
    }

    @Test
    void melunIsFoundByItsNameAndByItsPostcode() {
        assertThat(codes("melun")).first().isEqualTo("77288");
        assertThat(codes("MELUN")).first().isEqualTo("77288");
        assertThat(codes("77000")).first().isEqualTo("77288");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91000", "91080", "evry courcouronnes", "EVRY-COURCOURONNES", "Évry Courcouronnes",
            "courcouronnes"})
    void evryCourcouronnesIsFoundWhateverTheAccentsHyphensOrPostcode(String q) {
        assertThat(codes(q)).first().isEqualTo("91228");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evry", "Évry", "EVRY"})
    void evryGivesTheCommuneNamedExactlyEvryThenEvryCourcouronnes(String q) {
        // Exact names come first: Évry (Yonne, 89) is exactly "Évry"; Évry-Courcouronnes is the
        // largest commune starting with it.
        assertThat(codes(q)).startsWith("89162", "91228");
    }

    @Test
    void namesAreMatchedWithoutRegardToHyphensApostrophesAndCase() {
        assertThat(gazetteer.search("saint ouen", 10)).isNotEmpty()
                .allSatisfy(c -> assertThat(folded(c.nom())).contains("saint-ouen"));
        assertThat(codes("saint ouen sur seine")).first().isEqualTo("93070");
        assertThat(codes("le mee sur seine")).first().isEqualTo("77285");
        assertThat(codes("l’hay les roses")).first().isEqualTo("94038");
    }

    @Test
    void anExactNameComesBeforeLargerCommunesThatStartWithIt() {
        // "Paris" exact before "Parisot"; "Melun" exact even though no larger commune starts with it.
        assertThat(codes("paris")).first().isEqualTo("75056");
        List<Commune> saint = gazetteer.search("saint", 5);
        assertThat(saint).extracting(Commune::population).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    void aMisspelledNameIsFoundBySimilarity() {
        assertThat(codes("melum")).contains("77288");
        assertThat(codes("fontainebleu")).first().isEqualTo("77186");
    }

    @Test
    void parisArrondissementsAndTheirPostcodesLeadToParis() {
        IntStream.rangeClosed(1, 20).forEach(n -> {
            String arrondissement = "751" + String.format("%02d", n);
            String postcode = "750" + String.format("%02d", n);
            assertThat(gazetteer.commune(arrondissement)).get().extracting(Commune::code).isEqualTo("75056");
            assertThat(codes(postcode)).as(postcode).containsExactly("75056");
        });
        assertThat(codes("75116")).containsExactly("75056");
        assertThat(codes("Paris 11")).first().isEqualTo("75056");
        assertThat(codes("Paris 11e arrondissement")).first().isEqualTo("75056");
    }

    @Test
    void lyonAndMarseilleArrondissementsLeadToTheirCommune() {
        assertThat(gazetteer.commune("69381")).get().extracting(Commune::code).isEqualTo("69123");
        assertThat(gazetteer.commune("13201")).get().extracting(Commune::code).isEqualTo("13055");
        assertThat(codes("69003")).containsExactly("69123"); // also Albigny-sur-Saône's INSEE code
    }

    @Test
    void aPostcodePrefixListsTheCommunesItCoversLargestFirst() {
        List<Commune> found = gazetteer.search("770", 5);
        assertThat(found).hasSize(5).allSatisfy(c ->
                assertThat(c.codesPostaux()).anyMatch(cp -> cp.startsWith("770")));
        assertThat(found.get(0).code()).isEqualTo("77288");
        assertThat(gazetteer.search("91", 50)).hasSize(50)
                .allSatisfy(c -> assertThat(c.departementCode()).isEqualTo("91"));
    }

    @Test
    void anUnknownOrEmptyQueryFindsNothing() {
        assertThat(gazetteer.search("", 10)).isEmpty();
        assertThat(gazetteer.search(" - ' ", 10)).isEmpty();
        assertThat(gazetteer.search("00000", 10)).isEmpty();
        assertThat(gazetteer.search("zzzzqqqxxx", 10)).isEmpty();
        assertThat(gazetteer.commune("00000")).isEmpty();
        assertThat(gazetteer.commune(null)).isEmpty();
    }

    @Test
    void aCommuneKnowsItsDepartementRegionEpciPopulationAndPoint() {
        Commune melun = gazetteer.commune("77288").orElseThrow();
        assertThat(melun.nom()).isEqualTo("Melun");
        assertThat(melun.codesPostaux()).containsExactly("77000");
        assertThat(melun.departementCode()).isEqualTo("77");
        assertThat(melun.regionCode()).isEqualTo("11");
        assertThat(melun.population()).isGreaterThan(30_000);
        assertThat(gazetteer.epci(melun.epciCode())).get().extracting(Epci::nom).isEqualTo("CA Melun Val de Seine");
        assertThat(gazetteer.departement("77")).get().extracting(Departement::nom).isEqualTo("Seine-et-Marne");
        assertThat(gazetteer.region("11")).get().extracting(Region::nom).isEqualTo("Île-de-France");
        assertThat(melun.point().distanceKm(gazetteer.commune("75056").orElseThrow().point()))
                .isBetween(35.0, 50.0);
    }

    @Test
    void theZoneCodesOfMelunAreItselfItsEpciItsDepartementAndFrance() {
        Commune melun = gazetteer.commune("77288").orElseThrow();
        assertThat(gazetteer.zoneCodesOf(melun)).containsExactly("77288", "247700057", "77", "france");
    }

    @Test
    void aCommuneOutsideAnyEpciHasNoEpciZoneCode() {
        Commune ouessant = gazetteer.commune("29155").orElseThrow();
        assertThat(gazetteer.zoneCodesOf(ouessant)).containsExactly("29155", "29", "france");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            77                       | Habitants de Seine-et-Marne
            91                       | Habitants de l'Essonne
            94                       | Habitants du Val-de-Marne
            13                       | Habitants des Bouches-du-Rhône
            77288                    | Habitants de Melun
            91228                    | Habitants d'Évry-Courcouronnes
            77285                    | Habitants du Mée-sur-Seine
            247700057                | Habitants de la CA Melun Val de Seine
            200054781                | Habitants de la Métropole du Grand Paris
            246700488                | Habitants de l'Eurométropole de Strasbourg
            244500468                | Habitants d'Orléans Métropole
            france                   | Toute la France
            77288,france             | Toute la France
            77288,91228              | Habitants de Melun et d'Évry-Courcouronnes
            77288,247700057,91       | Habitants de Melun, de la CA Melun Val de Seine et de l'Essonne
            """)
    void aZoneIsDescribedInPlainFrench(String codes, String expected) {
        assertThat(gazetteer.describeZone(List.of(codes.split(",")))).isEqualTo(expected);
    }

    @Test
    void anEmptyZoneMeansTheWholeCountry() {
        assertThat(gazetteer.describeZone(List.of())).isEqualTo("Toute la France");
        assertThat(gazetteer.describeZone(null)).isEqualTo("Toute la France");
    }

    @Test
    void everyCommuneOfParisAndItsNeighboursHasAPointInsideItsDepartement() {
        // Rough bounding boxes (south, west, north, east), with a margin.
        Map<String, double[]> boxes = Map.of(
                "75", new double[] {48.80, 2.22, 48.91, 2.47},
                "77", new double[] {48.10, 2.38, 49.13, 3.57},
                "91", new double[] {48.28, 1.90, 48.78, 2.59},
                "94", new double[] {48.68, 2.30, 48.87, 2.62});
        boxes.forEach((departement, box) -> {
            List<Commune> communes = gazetteer.communesOfDepartement(departement);
            assertThat(communes).as(departement).isNotEmpty().allSatisfy(c -> {
                assertThat(c.latitude()).as(c.code()).isBetween(box[0], box[2]);
                assertThat(c.longitude()).as(c.code()).isBetween(box[1], box[3]);
            });
        });
        assertThat(gazetteer.communesOfDepartement("77")).hasSizeGreaterThan(500);
        assertThat(gazetteer.communesOfDepartement("91")).hasSizeGreaterThan(190);
    }

    @Test
    void allCurrentCommunesOfFranceAreKnownIncludingOverseas() {
        int communes = gazetteer.departements().stream()
                .mapToInt(d -> gazetteer.communesOfDepartement(d.code()).size()).sum();
        assertThat(communes).isGreaterThan(34_000);
        assertThat(gazetteer.departements()).hasSize(101)
                .extracting(Departement::code).contains("01", "2A", "2B", "971", "976").startsWith("01");
        assertThat(gazetteer.communesOfDepartement("974")).extracting(Commune::nom).contains("Saint-Denis");
        assertThat(gazetteer.communesOfDepartement("976")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.latitude()).isBetween(-13.1, -12.5));
    }

    @Test
    void theEpciOfADepartementAreTheOnesWithACommuneThere() {
        assertThat(gazetteer.epcisOfDepartement("77")).extracting(Epci::code).contains("247700057");
        assertThat(gazetteer.epcisOfDepartement("91")).extracting(Epci::nom)
                .contains("CA Grand Paris Sud Seine Essonne Sénart");
        assertThat(gazetteer.epcisOfDepartement("99")).isEmpty();
    }
}
