package fr.passerelle.interop;

import fr.passerelle.catalogue.Structure;
import fr.passerelle.shared.DomainException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.List;

/**
 * Structure write bodies in the data·inclusion v1 shape: a JSON merge patch (RFC 7386) over the
 * stored structure, like {@link DiServiceWrites} for offers. Bad JSON types become a 400.
 */
@Singleton
public class DiStructureWrites {

    private final DataInclusionMapper mapper;
    private final DataInclusionReader reader;
    private final JsonMapper json;

    public DiStructureWrites(DataInclusionMapper mapper, DataInclusionReader reader, JsonMapper json) {
        this.mapper = mapper;
        this.reader = reader;
        this.json = json;
    }

    /** The stored structure with the patch applied; {@code null} values in the patch clear fields. */
    public Structure patched(Structure current, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw DomainException.badParameter("body", "Le corps de la requête doit être un objet JSON.");
        }
        JsonNode merged;
        DiStructure structure;
        try {
            merged = DiServiceWrites.merge(json.writeValueToTree(mapper.structure(current)), patch);
            structure = json.readValueFromTree(merged, DiStructure.class);
        } catch (IOException | RuntimeException e) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST,
                    "Le corps de la requête ne respecte pas le format d'une structure data·inclusion v1 "
                            + "(un champ a un type inattendu, par exemple du texte à la place d'une liste).",
                    List.of(new DomainException.FieldError("body", "Format invalide")));
        }
        if (structure.nom() == null) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "Le nom de la structure est obligatoire.",
                    List.of(new DomainException.FieldError("nom", "Obligatoire")));
        }
        try {
            return reader.structure(structure);
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "Le bloc « passerelle » est invalide.",
                    List.of(new DomainException.FieldError("passerelle.statut_moderation", "Valeur inconnue")));
        }
    }

    /** The version the writer last saw, required on every PATCH (same rule as offers). */
    public static int expectedVersion(JsonNode patch) {
        JsonNode ours = patch != null && patch.isObject() ? patch.get("passerelle") : null;
        JsonNode version = ours == null ? null : ours.get("version");
        if (version == null || !version.isNumber()) {
            throw DomainException.badParameter("passerelle.version",
                    "Indiquez « passerelle.version », la version de la structure que vous modifiez.");
        }
        return version.getIntValue();
    }
}
