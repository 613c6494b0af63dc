package fr.passerelle.search;

import fr.passerelle.catalogue.OfferFilters;
import fr.passerelle.catalogue.SiaeBlock;
import fr.passerelle.catalogue.Vocabularies;
import fr.passerelle.geo.Commune;
import fr.passerelle.geo.Gazetteer;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.PageRequest;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;

/** Checks a {@link SearchRequest} and turns it into a {@link SearchQuery}; messages name the API parameters. */
@Singleton
public class SearchRequests {

    /** Deepest result reachable by paging (Elasticsearch's default max_result_window). */
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_TEXT = 200;
    public static final double MAX_RADIUS_KM = 1000;

    private final Vocabularies vocabularies;
    private final OfferFilters filters;
    private final Gazetteer gazetteer;

    public SearchRequests(Vocabularies vocabularies, OfferFilters filters, Gazetteer gazetteer) {
        this.vocabularies = vocabularies;
        this.filters = filters;
        this.gazetteer = gazetteer;
    }

    public SearchQuery check(SearchRequest r) {
        filters.requireKnownValues(r.frais(), r.publics(), r.modesAccueil(), r.types());
        for (String famille : r.familles()) {
            if (vocabularies.family(famille).isEmpty()) {
                throw DomainException.badParameter("famille", "Famille inconnue : « " + famille + " ».");
            }
        }
        List<String> siae = r.siae().stream().map(k -> k.toUpperCase(Locale.ROOT)).toList();
        for (String kind : siae) {
            if (!SiaeBlock.KINDS.contains(kind)) {
                throw DomainException.badParameter("siae", "Type de SIAE inconnu : « " + kind + " » (attendu : "
                        + String.join(", ", SiaeBlock.KINDS) + ").");
            }
        }
        OfferFilters.requireDepartementFormat(r.codeDepartement());
        String text = r.q() == null || r.q().isBlank() ? null : r.q().strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw DomainException.badParameter("q", "La recherche est limitée à " + MAX_TEXT + " caractères.");
        }
        double radius = r.distanceKm() == null ? SearchQuery.DEFAULT_RADIUS_KM : r.distanceKm();
        if (!(radius > 0 && radius <= MAX_RADIUS_KM)) {
            throw DomainException.badParameter("distance",
                    "La distance doit être comprise entre 0 et " + (int) MAX_RADIUS_KM + " km.");
        }
        SearchQuery.Location location = location(r);
        SearchSort sort = r.sort() == null
                ? (text != null ? SearchSort.PERTINENCE : location != null ? SearchSort.DISTANCE : SearchSort.DATE_MAJ)
                : SearchSort.ofCode(r.sort());
        if (sort == SearchSort.DISTANCE && location == null) {
            throw DomainException.badParameter("sort",
                    "Le tri par distance demande une commune (code_commune) ou un point (lat, lon).");
        }
        PageRequest page = PageRequest.of(r.page(), r.size());
        if (page.offset() + page.size() > MAX_WINDOW) {
            throw DomainException.badParameter("page",
                    "Seuls les " + MAX_WINDOW + " premiers résultats sont accessibles : affinez la recherche.");
        }
        return new SearchQuery(text, location, radius, vocabularies.thematiquesMatching(r.thematiques(), "thematiques"),
                r.frais(), r.publics(), r.modesAccueil(), r.types(), r.sources(), r.codeDepartement(), r.familles(),
                siae, Boolean.TRUE.equals(r.places()), sort, page, Boolean.TRUE.equals(r.facets()));
    }

    /** A commune gives the zone rule and, without lat/lon, the centre; lat/lon alone give a point. */
    private SearchQuery.Location location(SearchRequest r) {
        if ((r.latitude() == null) != (r.longitude() == null)) {
            throw DomainException.badParameter(r.latitude() == null ? "lat" : "lon",
                    "Donnez la latitude (lat) et la longitude (lon) ensemble.");
        }
        if (r.latitude() != null && !(r.latitude() >= -90 && r.latitude() <= 90)) {
            throw DomainException.badParameter("lat", "La latitude doit être comprise entre -90 et 90.");
        }
        if (r.longitude() != null && !(r.longitude() >= -180 && r.longitude() <= 180)) {
            throw DomainException.badParameter("lon", "La longitude doit être comprise entre -180 et 180.");
        }
        if (r.codeCommune() != null) {
            OfferFilters.requireCommuneFormat(r.codeCommune());
            Commune commune = gazetteer.commune(r.codeCommune())
                    .orElseThrow(() -> DomainException.notFound("La commune", r.codeCommune()));
            List<String> zone = gazetteer.zoneCodesOf(commune);
            return r.latitude() != null
                    ? new SearchQuery.Location(r.latitude(), r.longitude(), zone)
                    : new SearchQuery.Location(commune.latitude(), commune.longitude(), zone);
        }
        return r.latitude() == null ? null : new SearchQuery.Location(r.latitude(), r.longitude(), List.of());
    }
}
