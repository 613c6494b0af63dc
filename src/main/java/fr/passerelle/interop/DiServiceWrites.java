package fr.passerelle.interop;

import fr.passerelle.catalogue.Offer;
import fr.passerelle.shared.DomainException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Write bodies in the data·inclusion v1 shape: a full service to create, or a JSON merge
 * patch (RFC 7386) over the stored one. Bad JSON types become a 400 naming the field.
 */
@Singleton
public class DiServiceWrites {

    private final DataInclusionMapper mapper;
    private final DataInclusionReader reader;
    private final JsonMapper json;

    public DiServiceWrites(DataInclusionMapper mapper, DataInclusionReader reader, JsonMapper json) {
        this.mapper = mapper;
        this.reader = reader;
        this.json = json;
    }

    /** A new offer from a body; id, source, date_maj and our block get defaults when absent. */
    public Offer creation(JsonNode body, String generatedId, String source, LocalDate today) {
        requireObject(body);
        Map<String, JsonNode> defaults = new LinkedHashMap<>();
        defaults.put("id", JsonNode.createStringNode(generatedId));
        defaults.put("source", JsonNode.createStringNode(source));
        defaults.put("date_maj", JsonNode.createStringNode(today.toString()));
        defaults.put("passerelle", tree(DataInclusionReader.DEFAULTS));
        JsonNode merged = merge(JsonNode.createObjectNode(defaults), body);
        return read(merged);
    }

    /** The stored offer with the patch applied; {@code null} values in the patch clear fields. */
    public Offer patched(Offer current, JsonNode patch) {
        requireObject(patch);
        return read(merge(tree(mapper.service(current)), patch));
    }

    /** The version the writer last saw, required on every PATCH. */
    public static int expectedVersion(JsonNode patch) {
        JsonNode ours = patch.isObject() ? patch.get("passerelle") : null;
        JsonNode version = ours == null ? null : ours.get("version");
        if (version == null || !version.isNumber()) {
            throw DomainException.badParameter("passerelle.version",
                    "Indiquez « passerelle.version », la version de l'offre que vous modifiez.");
        }
        return version.getIntValue();
    }

    private static void requireObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw DomainException.badParameter("body", "Le corps de la requête doit être un objet JSON.");
        }
    }

    private Offer read(JsonNode tree) {
        DiService service;
        try {
            service = json.readValueFromTree(tree, DiService.class);
        } catch (IOException | RuntimeException e) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST,
                    "Le corps de la requête ne respecte pas le format d'un service data·inclusion v1 "
                            + "(un champ a un type inattendu, par exemple du texte à la place d'une liste).",
                    List.of(new DomainException.FieldError("body", "Format invalide")));
        }
        if (service.id() == null || service.source() == null || service.structureId() == null
                || service.nom() == null || service.description() == null || service.dateMaj() == null) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE,
                    "Champs obligatoires : structure_id, nom, description.",
                    List.of(new DomainException.FieldError("structure_id", "Obligatoire"),
                            new DomainException.FieldError("nom", "Obligatoire"),
                            new DomainException.FieldError("description", "Obligatoire")));
        }
        // Our block always has every field here: creation merges the defaults, a patch the stored offer.
        return reader.offer(service);
    }

    private JsonNode tree(Object value) {
        try {
            return json.writeValueToTree(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 7386: objects merge key by key, null removes, anything else replaces. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        Map<String, JsonNode> result = new LinkedHashMap<>();
        if (target != null && target.isObject()) {
            target.entries().forEach(e -> result.put(e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, JsonNode> entry : patch.entries()) {
            if (entry.getValue().isNull()) {
                result.remove(entry.getKey());
            } else {
                result.put(entry.getKey(), merge(result.get(entry.getKey()), entry.getValue()));
            }
        }
        return JsonNode.createObjectNode(result);
    }
}
