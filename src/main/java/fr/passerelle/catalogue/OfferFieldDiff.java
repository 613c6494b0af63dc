package fr.passerelle.catalogue;

import fr.passerelle.interop.DataInclusionMapper;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which fields a change touched, named as operators and API clients know them (the
 * data·inclusion field names, ours as {@code passerelle.*}), with old and new values as text.
 */
@Singleton
public class OfferFieldDiff {

    /** Bookkeeping the writer does not choose: not worth a line in the history. */
    private static final List<String> IGNORED = List.of("date_maj", "passerelle.version",
            "passerelle.a_mettre_a_jour");
    // Structures and offers share date_maj and passerelle.version.

    private final DataInclusionMapper mapper;
    private final JsonMapper json;

    public OfferFieldDiff(DataInclusionMapper mapper, JsonMapper json) {
        this.mapper = mapper;
        this.json = json;
    }

    public List<OfferChange.FieldChange> between(Offer before, Offer after) {
        return changes(flatten(mapper.service(before)), flatten(mapper.service(after)));
    }

    /** The same for a structure, in its data·inclusion shape. */
    public List<OfferChange.FieldChange> between(Structure before, Structure after) {
        return changes(flatten(mapper.structure(before)), flatten(mapper.structure(after)));
    }

    private static List<OfferChange.FieldChange> changes(Map<String, String> old, Map<String, String> now) {
        List<OfferChange.FieldChange> changes = new ArrayList<>();
        for (String field : now.keySet()) {
            if (!IGNORED.contains(field) && !Objects.equals(old.get(field), now.get(field))) {
                changes.add(new OfferChange.FieldChange(field, old.get(field), now.get(field)));
            }
        }
        return changes;
    }

    private Map<String, String> flatten(Object document) {
        try {
            JsonNode tree = json.writeValueToTree(document);
            Map<String, String> fields = new LinkedHashMap<>();
            flatten("", tree, fields);
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flatten(String prefix, JsonNode node, Map<String, String> fields) throws IOException {
        for (Map.Entry<String, JsonNode> entry : node.entries()) {
            String name = prefix + entry.getKey();
            JsonNode value = entry.getValue();
            if (value.isObject() && prefix.isEmpty() && entry.getKey().equals("passerelle")) {
                flatten(name + ".", value, fields);
            } else {
                fields.put(name, value.isNull() ? null : value.isString() ? value.getStringValue()
                        : new String(json.writeValueAsBytes(value), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
