package fr.passerelle.search.ui;

import com.vaadin.flow.router.QueryParameters;
import fr.passerelle.search.SearchQuery;
import fr.passerelle.search.SearchRequest;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Everything the search page shows, as it is written in its address: a shared link or the back
 * button gives the same state, hence the same results and the same map view. Lists are written
 * comma-separated ({@code ?familles=garde-enfants,mobilite}); repeated parameters are read too.
 *
 * @param page how many pages of {@link #PAGE_SIZE} results are shown ("Voir plus")
 * @param sources data sources (partners' links and tests); not offered as a filter on the page
 */
public record SearchState(@Nullable String q, @Nullable String commune, @Nullable Double lat, @Nullable Double lon,
                          @Nullable Double distance, List<String> familles, List<String> thematiques,
                          List<String> types, List<String> frais, List<String> publics, List<String> modes,
                          List<String> siae, boolean places, boolean ouvert, List<String> sources, int page) {

    public static final int PAGE_SIZE = 20;
    /** "Voir plus" stops here: past 200 results, narrowing the search helps more than scrolling. */
    public static final int MAX_PAGES = 10;

    public SearchState {
        q = q == null || q.isBlank() ? null : q.strip();
        commune = commune == null || commune.isBlank() ? null : commune.strip();
        if (lat == null || lon == null) {
            lat = null;
            lon = null;
        }
        familles = List.copyOf(familles);
        thematiques = List.copyOf(thematiques);
        types = List.copyOf(types);
        frais = List.copyOf(frais);
        publics = List.copyOf(publics);
        modes = List.copyOf(modes);
        siae = List.copyOf(siae);
        sources = List.copyOf(sources);
        page = Math.max(1, Math.min(page, MAX_PAGES));
    }

    public static SearchState empty() {
        return new SearchState(null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), false, false, List.of(), 1);
    }

    public static SearchState of(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        return new SearchState(single(p, "q"), single(p, "commune"), number(p, "lat"), number(p, "lon"),
                number(p, "distance"), list(p, "familles"), list(p, "thematiques"), list(p, "types"),
                list(p, "frais"), list(p, "publics"), list(p, "modes"), list(p, "siae"), flag(p, "places"),
                flag(p, "ouvert"), list(p, "sources"), page(p));
    }

    public QueryParameters toQueryParameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "q", q);
        put(p, "commune", commune);
        put(p, "lat", lat == null ? null : format(lat));
        put(p, "lon", lon == null ? null : format(lon));
        put(p, "distance", distance == null ? null : format(distance));
        put(p, "familles", familles);
        put(p, "thematiques", thematiques);
        put(p, "types", types);
        put(p, "frais", frais);
        put(p, "publics", publics);
        put(p, "modes", modes);
        put(p, "siae", siae);
        put(p, "places", places ? "1" : null);
        put(p, "ouvert", ouvert ? "1" : null);
        put(p, "sources", sources);
        put(p, "page", page > 1 ? Integer.toString(page) : null);
        return new QueryParameters(p);
    }

    /** The one query of the page: its first {@code page × 20} results, with facets. */
    public SearchRequest toRequest() {
        return new SearchRequest(q, commune, lat, lon, distance, null, thematiques, frais, publics, modes, types,
                sources, familles, siae, places ? Boolean.TRUE : null, null, 1, page * PAGE_SIZE, true);
    }

    public boolean hasLocation() {
        return commune != null || lat != null;
    }

    public double radiusKm() {
        return distance == null ? SearchQuery.DEFAULT_RADIUS_KM : distance;
    }

    /** How many filters are on (the count on the "Filtres" button). */
    public int filterCount() {
        return familles.size() + thematiques.size() + types.size() + frais.size() + publics.size() + modes.size()
                + siae.size() + (places ? 1 : 0) + (ouvert ? 1 : 0);
    }

    public SearchState withText(@Nullable String text) {
        return new SearchState(text, commune, lat, lon, distance, familles, thematiques, types, frais, publics, modes,
                siae, places, ouvert, sources, 1);
    }

    public SearchState withCommune(@Nullable String code) {
        return new SearchState(q, code, null, null, distance, familles, thematiques, types, frais, publics, modes,
                siae, places, ouvert, sources, 1);
    }

    public SearchState withPoint(double latitude, double longitude, @Nullable Double radiusKm) {
        return new SearchState(q, null, latitude, longitude, radiusKm, familles, thematiques, types, frais, publics,
                modes, siae, places, ouvert, sources, 1);
    }

    public SearchState withDistance(@Nullable Double km) {
        return new SearchState(q, commune, lat, lon, km, familles, thematiques, types, frais, publics, modes, siae,
                places, ouvert, sources, 1);
    }

    public SearchState withFilters(List<String> newFamilles, List<String> newThematiques, List<String> newTypes,
                                   List<String> newFrais, List<String> newPublics, List<String> newModes,
                                   List<String> newSiae, boolean newPlaces, boolean newOuvert) {
        return new SearchState(q, commune, lat, lon, distance, newFamilles, newThematiques, newTypes, newFrais,
                newPublics, newModes, newSiae, newPlaces, newOuvert, sources, 1);
    }

    public SearchState withoutFilters() {
        return withFilters(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false, false);
    }

    public SearchState withPage(int newPage) {
        return new SearchState(q, commune, lat, lon, distance, familles, thematiques, types, frais, publics, modes,
                siae, places, ouvert, sources, newPage);
    }

    private static void put(Map<String, List<String>> p, String name, @Nullable String value) {
        if (value != null) {
            p.put(name, List.of(value));
        }
    }

    private static void put(Map<String, List<String>> p, String name, List<String> values) {
        if (!values.isEmpty()) {
            p.put(name, List.of(String.join(",", values)));
        }
    }

    @Nullable
    private static String single(Map<String, List<String>> p, String name) {
        List<String> values = p.getOrDefault(name, List.of());
        return values.stream().filter(Objects::nonNull).filter(v -> !v.isBlank()).findFirst().orElse(null);
    }

    private static List<String> list(Map<String, List<String>> p, String name) {
        List<String> values = new ArrayList<>();
        p.getOrDefault(name, List.of()).stream().filter(Objects::nonNull)
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).distinct().forEach(values::add);
        return values;
    }

    @Nullable
    private static Double number(Map<String, List<String>> p, String name) {
        String value = single(p, name);
        if (value == null) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value.replace(',', '.'));
            return Double.isFinite(parsed) ? parsed : null;
        } catch (NumberFormatException e) {
            return null; // a damaged link: the rest of it still works
        }
    }

    private static boolean flag(Map<String, List<String>> p, String name) {
        String value = single(p, name);
        return value != null && Stream.of("1", "true", "oui").anyMatch(value.toLowerCase(Locale.ROOT)::equals);
    }

    private static int page(Map<String, List<String>> p) {
        String value = single(p, "page");
        try {
            return value == null ? 1 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String format(double value) {
        String text = String.format(Locale.ROOT, "%.4f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
