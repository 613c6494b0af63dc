package fr.passerelle.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The data·inclusion v1 JSON Schemas shipped with the application, as a test oracle. */
public final class DataInclusionSchemas {

    private static final JsonSchema SERVICE = load("service.json");
    private static final JsonSchema STRUCTURE = load("structure.json");

    private DataInclusionSchemas() {
    }

    private static JsonSchema load(String name) {
        String resource = "reference/data-inclusion-v1/" + name;
        try (InputStream in = DataInclusionSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertValidService(JsonNode service) {
        Set<ValidationMessage> errors = SERVICE.validate(service);
        assertThat(errors).as("service %s against service.json", service.path("id").asText()).isEmpty();
    }

    public static void assertValidStructure(JsonNode structure) {
        Set<ValidationMessage> errors = STRUCTURE.validate(structure);
        assertThat(errors).as("structure %s against structure.json", structure.path("id").asText()).isEmpty();
    }
}
