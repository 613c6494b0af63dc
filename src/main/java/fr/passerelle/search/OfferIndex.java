package fr.passerelle.search;

/**
 * Every name of the offer index: index, fields, analyzers. Queries, mapping, facets and tests
 * use these constants only. Changing a field here changes the mapping hash, hence a rebuild.
 */
public final class OfferIndex {

    private OfferIndex() {
    }

    /** Bump when the mapping or the document content changes without a visible field change. */
    public static final int MAPPING_VERSION = 1;

    public static final String INDEX = "offers";
    public static final String ENTITY = "Offer";

    // Analyzers and normalizer, defined in search-config/analysis.json
    public static final String ANALYZER = "french";
    public static final String SEARCH_ANALYZER = "french_search";
    public static final String NORMALIZER = "folded";

    // Full text
    public static final String NOM = "nom";
    public static final String NOM_EXACT = "nom_exact";
    public static final String DESCRIPTION = "description";
    public static final String STRUCTURE = "structure";
    public static final String LIBELLES = "libelles";
    public static final String CONDITIONS = "conditions";

    // Filters and facets (keywords)
    public static final String ID_SORT = "id_tri";
    public static final String SOURCE = "source";
    public static final String CATEGORIES = "categories";
    public static final String THEMATIQUES = "thematiques";
    public static final String FAMILLES = "familles";
    public static final String TYPE = "type";
    public static final String FRAIS = "frais";
    public static final String PUBLICS = "publics";
    public static final String MODES_ACCUEIL = "modes_accueil";
    public static final String SIAE = "siae";
    public static final String REGLE_ACCES = "regle_acces";
    public static final String DEPARTEMENT = "departement";
    /** Eligibility zone codes; {@link #ZONE_EVERYWHERE} when the offer's zone is empty. */
    public static final String ZONE = "zone";
    public static final String ZONE_EVERYWHERE = "*";

    // Other values
    public static final String PLACES = "places";
    public static final String A_DISTANCE = "a_distance";
    public static final String POINT = "point";
    public static final String DATE_MAJ = "date_maj";
    public static final String PROCHAINE_SESSION = "prochaine_session";
}
