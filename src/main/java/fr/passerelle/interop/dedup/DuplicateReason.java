package fr.passerelle.interop.dedup;

import fr.passerelle.shared.Coded;

/** Why two offers were grouped: the codes are stored and shown by the API, the labels by pages. */
public enum DuplicateReason implements Coded {
    MEME_SIRET("meme-siret", "Même SIRET et noms proches"),
    PROCHES_NOM("proches-nom", "À moins de 150 m et noms proches"),
    PROCHES_TELEPHONE("proches-telephone", "À moins de 150 m et même téléphone"),
    REGROUPEMENT("regroupement", "Regroupées par un administrateur");

    private final String code;
    private final String label;

    DuplicateReason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
