package fr.passerelle.catalogue;

import fr.passerelle.geo.Gazetteer;
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
    private final Gazetteer gazetteer;

    public OfferFilters(Vocabularies vocabularies, Gazetteer gazetteer) {
        this.vocabularies = vocabularies;
        this.gazetteer = gazetteer;
    }

    /** Filters of the public catalogue: published offers of validated structures only. */
    public OfferFilter published(OfferFilterRequest r) {
        requireKnownValues(r.frais(), r.publics(), r.modesAccueil(), r.types());
        requirePlaces(r.codeDepartement(), r.codeCommune());
        return new OfferFilter(r.sources(), vocabularies.thematiquesMatching(r.thematiques(), "thematiques"),
                r.codeDepartement(), r.codeCommune(), r.frais(), r.publics(), r.modesAccueil(), r.types(),
                r.structureId(), r.regleAcces() == null ? null : AccessRule.ofCode(r.regleAcces()),
                List.of(OfferStatus.PUBLIEE), null, true);
    }

    /** Filters of the public structures list: validated structures only. */
    public StructureFilter structures(List<String> sources, String codeDepartement, String codeCommune,
                                      List<String> reseauxPorteurs) {
        vocabularies.requireKnown(VocabularyKind.RESEAU_PORTEUR, reseauxPorteurs, "reseaux_porteurs");
        requirePlaces(codeDepartement, codeCommune);
        return new StructureFilter(sources, codeDepartement, codeCommune, reseauxPorteurs, true);
    }

    /** The vocabulary filters the list API and the search share, named as their parameters. */
    public void requireKnownValues(List<String> frais, List<String> publics, List<String> modesAccueil,
                                   List<String> types) {
        vocabularies.requireKnown(VocabularyKind.FRAIS, frais, "frais");
        vocabularies.requireKnown(VocabularyKind.PUBLIC, publics, "publics");
        vocabularies.requireKnown(VocabularyKind.MODE_ACCUEIL, modesAccueil, "modes_accueil");
        vocabularies.requireKnown(VocabularyKind.TYPE, types, "types");
    }

    public static void requireDepartementFormat(String code) {
        requireFormat(DEPARTEMENT, code, "code_departement", "un code département (ex. 77, 2A, 974)");
    }

    public static void requireCommuneFormat(String code) {
        requireFormat(COMMUNE, code, "code_commune", "un code INSEE de commune à 5 caractères");
    }

    private void requirePlaces(String codeDepartement, String codeCommune) {
        requireDepartementFormat(codeDepartement);
        requireCommuneFormat(codeCommune);
        if (codeDepartement != null && gazetteer.departement(codeDepartement).isEmpty()) {
            throw DomainException.badParameter("code_departement", "Le département « " + codeDepartement + " » n'existe pas.");
        }
        if (codeCommune != null && gazetteer.commune(codeCommune).isEmpty()) {
            throw DomainException.badParameter("code_commune", "La commune « " + codeCommune + " » n'existe pas.");
        }
    }

    static void requireFormat(Pattern pattern, String value, String parameter, String expected) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw DomainException.badParameter(parameter,
                    "« " + value + " » n'est pas valide pour « " + parameter + " » : attendu " + expected + ".");
        }
    }
}
