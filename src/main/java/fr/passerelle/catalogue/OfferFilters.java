package fr.passerelle.catalogue;

import fr.passerelle.shared.DomainException;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.regex.Pattern;

/** Checks filters against the vocabularies, with the API's parameter names in the errors. */
@Singleton
public class OfferFilters {

    private static final Pattern DEPARTEMENT = Pattern.compile("^(\\d{2}|2A|2B|\\d{3})$");
    private static final Pattern COMMUNE = Pattern.compile("^[0-9AB]{5}$");

    private final Vocabularies vocabularies;

    public OfferFilters(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    /** Filters of the public catalogue: published offers only. */
    public OfferFilter published(OfferFilterRequest r) {
        vocabularies.requireKnown(VocabularyKind.FRAIS, r.frais(), "frais");
        vocabularies.requireKnown(VocabularyKind.PUBLIC, r.publics(), "publics");
        vocabularies.requireKnown(VocabularyKind.MODE_ACCUEIL, r.modesAccueil(), "modes_accueil");
        vocabularies.requireKnown(VocabularyKind.TYPE, r.types(), "types");
        requireFormat(DEPARTEMENT, r.codeDepartement(), "code_departement", "un code département (ex. 77, 2A, 974)");
        requireFormat(COMMUNE, r.codeCommune(), "code_commune", "un code INSEE de commune à 5 caractères");
        return new OfferFilter(r.sources(), vocabularies.thematiquesMatching(r.thematiques(), "thematiques"),
                r.codeDepartement(), r.codeCommune(), r.frais(), r.publics(), r.modesAccueil(), r.types(),
                r.structureId(), r.regleAcces() == null ? null : AccessRule.ofCode(r.regleAcces()),
                List.of(OfferStatus.PUBLIEE), null);
    }

    /** Filters of the public structures list: validated structures only. */
    public StructureFilter structures(List<String> sources, String codeDepartement, String codeCommune,
                                      List<String> reseauxPorteurs) {
        vocabularies.requireKnown(VocabularyKind.RESEAU_PORTEUR, reseauxPorteurs, "reseaux_porteurs");
        requireFormat(DEPARTEMENT, codeDepartement, "code_departement", "un code département (ex. 77, 2A, 974)");
        requireFormat(COMMUNE, codeCommune, "code_commune", "un code INSEE de commune à 5 caractères");
        return new StructureFilter(sources, codeDepartement, codeCommune, reseauxPorteurs, true);
    }

    static void requireFormat(Pattern pattern, String value, String parameter, String expected) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw DomainException.badParameter(parameter,
                    "« " + value + " » n'est pas valide pour « " + parameter + " » : attendu " + expected + ".");
        }
    }
}
