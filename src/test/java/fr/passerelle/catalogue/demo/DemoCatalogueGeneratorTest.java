package fr.passerelle.catalogue.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferValidator;
import fr.passerelle.catalogue.Structure;
import fr.passerelle.geo.Gazetteer;
import fr.passerelle.interop.DataInclusionMapper;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator on its own: same seed, same catalogue; streaming; data·inclusion-valid rows. */
@MicronautTest(transactional = false)
class DemoCatalogueGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Inject
    Gazetteer gazetteer;
    @Inject
    DataInclusionMapper dataInclusion;
    @Inject
    JsonMapper json;
    @Inject
    OfferValidator validator;

    private DemoCatalogueGenerator generator(long seed, int structures, int offers, DemoScope scope) {
        return new DemoCatalogueGenerator(new DemoCatalogueSpec(seed, structures, offers, scope, TODAY),
                DemoGeography.from(gazetteer, scope));
    }

    @Test
    void theSameSeedGivesAnEqualCatalogueAndAnotherSeedADifferentOne() {
        DemoGeography idf = DemoGeography.from(gazetteer, DemoScope.ILE_DE_FRANCE);
        DemoCatalogueSpec spec = new DemoCatalogueSpec(7, 400, 1600, DemoScope.ILE_DE_FRANCE, TODAY);
        DemoCatalogueGenerator first = new DemoCatalogueGenerator(spec, idf);
        DemoCatalogueGenerator second = new DemoCatalogueGenerator(spec,
                DemoGeography.from(gazetteer, DemoScope.ILE_DE_FRANCE));
        assertThat(second.structures().toList()).isEqualTo(first.structures().toList());
        assertThat(second.offers().toList()).isEqualTo(first.offers().toList());

        DemoCatalogueGenerator other = new DemoCatalogueGenerator(
                new DemoCatalogueSpec(8, 400, 1600, DemoScope.ILE_DE_FRANCE, TODAY), idf);
        List<String> firstNames = first.offers().map(Offer::nom).toList();
        List<String> otherNames = other.offers().map(Offer::nom).toList();
        assertThat(otherNames).isNotEqualTo(firstNames);
        assertThat(other.structures().map(Structure::siret).toList())
                .isNotEqualTo(first.structures().map(Structure::siret).toList());
    }

    @Test
    void anOfferIsTheSameWhetherAskedAloneOrReadFromTheStream() {
        DemoCatalogueGenerator generator = generator(20260101, 300, 1500, DemoScope.ILE_DE_FRANCE);
        List<Offer> streamed = generator.offers().toList();
        for (int index : new int[] {0, 9, 10, 299, 300, 1499}) {
            assertThat(generator.offer(index)).isEqualTo(streamed.get(index));
        }
        assertThat(generator.structure(42)).isEqualTo(generator.structures().skip(42).findFirst().orElseThrow());
    }

    @Test
    void twentyThousandOffersAcrossFranceAreGeneratedOneByOne() {
        DemoCatalogueGenerator generator = generator(99, 4_000, 20_000, DemoScope.FRANCE);
        // Counted from the stream without collecting it: the generator holds only its plan.
        long offers = generator.offers().filter(o -> o.nom() != null).count();
        long departements = generator.structures().map(s -> s.address().codeInsee().substring(0, 2)).distinct().count();
        assertThat(offers).isEqualTo(20_000);
        assertThat(departements).isGreaterThan(80);
    }

    @Test
    void everyDemoOfferPassesTheOfferRulesAndEveryRowTheDataInclusionSchemas() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        // Stricter than support/DataInclusionSchemas: formats (e-mail, URI, date) are asserted too.
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema service = schema(factory, config, "reference/data-inclusion-v1/service.json");
        JsonSchema structure = schema(factory, config, "reference/data-inclusion-v1/structure.json");
        DemoCatalogueGenerator generator = generator(20260101, 1600, 6400, DemoScope.ILE_DE_FRANCE);
        for (Iterator<Offer> it = generator.offers().iterator(); it.hasNext(); ) {
            Offer offer = it.next();
            assertThat(validator.problemsOf(offer)).as(offer.id()).isEmpty();
            JsonNode node = mapper.readTree(json.writeValueAsString(dataInclusion.service(offer)));
            Set<ValidationMessage> errors = service.validate(node);
            assertThat(errors).as(offer.id() + " " + node).isEmpty();
        }
        for (Iterator<Structure> it = generator.structures().iterator(); it.hasNext(); ) {
            Structure s = it.next();
            JsonNode node = mapper.readTree(json.writeValueAsString(dataInclusion.structure(s)));
            assertThat(structure.validate(node)).as(s.id() + " " + node).isEmpty();
        }
    }

    private static JsonSchema schema(JsonSchemaFactory factory, SchemaValidatorsConfig config, String resource)
            throws IOException {
        try (InputStream in = DemoCatalogueGeneratorTest.class.getClassLoader().getResourceAsStream(resource)) {
            return factory.getSchema(in, config);
        }
    }

    @Test
    void siretCheckDigitsFollowTheLuhnRule() {
        assertThat(DemoCatalogueGenerator.luhnValid("73282932000074")).isTrue(); // a well-known valid SIRET shape
        assertThat(DemoCatalogueGenerator.luhnValid("73282932000075")).isFalse();
    }
}
