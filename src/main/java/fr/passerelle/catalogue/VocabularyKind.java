package fr.passerelle.catalogue;

/** The data·inclusion v1 reference lists, with the resource each comes from. */
public enum VocabularyKind {
    CATEGORIE("categories.json"),
    THEMATIQUE("extra/thematiques.json"),
    TYPE("extra/types-de-services.json"),
    FRAIS("extra/frais.json"),
    PUBLIC("extra/publics.json"),
    MODE_ACCUEIL("extra/modes-accueil.json"),
    MODE_MOBILISATION("extra/modes-mobilisation.json"),
    PERSONNE_MOBILISATRICE("extra/personnes-mobilisatrices.json"),
    RESEAU_PORTEUR("extra/reseaux-porteurs.json"),
    TYPOLOGIE("extra/typologies-de-services.json");

    static final String RESOURCE_ROOT = "reference/data-inclusion-v1/";

    private final String file;

    VocabularyKind(String file) {
        this.file = file;
    }

    String resource() {
        return RESOURCE_ROOT + file;
    }

    /** The name stored in the vocabulary table. */
    public String code() {
        return name().toLowerCase();
    }
}
