package fr.passerelle.support;

import fr.passerelle.catalogue.Address;
import fr.passerelle.catalogue.ModerationStatus;
import fr.passerelle.catalogue.Structure;

import java.time.LocalDate;
import java.util.List;

/** A valid, validated structure in Melun to start from. */
public final class StructureBuilder {

    private final String id;
    private String nom = "Structure de test";
    private Address address = new Address("1 place Saint-Jean", null, "77000", "77288", "Melun", 48.5397, 2.6590);
    private ModerationStatus moderation = ModerationStatus.VALIDEE;
    private String parentId;
    private String siret = "12345678900011";

    private StructureBuilder(String id) {
        this.id = id;
    }

    public static StructureBuilder structure(String id) {
        return new StructureBuilder(id);
    }

    public StructureBuilder nom(String value) { nom = value; return this; }
    public StructureBuilder address(Address value) { address = value; return this; }
    public StructureBuilder moderation(ModerationStatus value) { moderation = value; return this; }
    public StructureBuilder parent(String value) { parentId = value; return this; }
    public StructureBuilder siret(String value) { siret = value; return this; }

    public Structure build() {
        String source = id.contains("--") ? id.substring(0, id.indexOf("--")) : "test";
        return new Structure(id, source, siret, nom, "Une structure créée pour les tests.", address,
                "+33160000001", "contact@test.example", "https://structure.test.example", null,
                "Mo-Fr 09:00-17:00", null, List.of("ccas-cias"), "CCAS", parentId, moderation,
                LocalDate.of(2026, 9, 1), 1);
    }
}
