package fr.passerelle.interop.imports;

import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Set;

/** data·inclusion v0 rows → v1, row by row (the version is detected on each row). */
@Singleton
public class LegacyV0Mapper {

    public boolean isV0Service(Map<String, JsonNode> row) {
        return false;
    }

    public boolean isV0Structure(Map<String, JsonNode> row) {
        return false;
    }

    public Map<String, JsonNode> serviceToV1(Map<String, JsonNode> row, Set<String> unmappedThemes) {
        return row;
    }

    public Map<String, JsonNode> structureToV1(Map<String, JsonNode> row) {
        return row;
    }
}
