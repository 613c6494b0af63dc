package fr.passerelle.catalogue.demo;

import fr.passerelle.geo.Commune;
import fr.passerelle.geo.Departement;
import fr.passerelle.geo.Epci;
import fr.passerelle.geo.Gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The communes a catalogue is spread over, and the weighted draws the generator makes among them:
 * a département by the scope's weights, then a commune by population. Places are sorted by code so
 * that the same gazetteer always gives the same draws.
 */
public final class DemoGeography {

    /**
     * Bigger towns get more structures, but less than in proportion, so that small towns get some
     * too (a département's offer is not only in its prefecture).
     */
    private static final double POPULATION_EXPONENT = 0.8;

    private final DemoScope scope;
    private final List<DemoPlace> places;
    private final Map<String, Integer> indexByCode = new HashMap<>();
    private final String[] departements;
    private final double[] departementCumulative;
    private final Map<String, int[]> placesByDepartement = new LinkedHashMap<>();
    private final Map<String, double[]> cumulativeByDepartement = new HashMap<>();

    public DemoGeography(DemoScope scope, List<DemoPlace> communes) {
        this.scope = scope;
        this.places = communes.stream().filter(p -> scope.includes(p.departementCode()))
                .sorted(Comparator.comparing(DemoPlace::code)).toList();
        if (places.isEmpty()) {
            throw new IllegalArgumentException("No commune in scope " + scope);
        }
        Map<String, List<Integer>> byDepartement = new LinkedHashMap<>();
        for (int i = 0; i < places.size(); i++) {
            DemoPlace place = places.get(i);
            indexByCode.put(place.code(), i);
            byDepartement.computeIfAbsent(place.departementCode(), k -> new ArrayList<>()).add(i);
        }
        List<String> codes = byDepartement.keySet().stream().sorted().toList();
        departements = codes.toArray(String[]::new);
        departementCumulative = new double[departements.length];
        double total = 0;
        for (int d = 0; d < departements.length; d++) {
            int[] indexes = byDepartement.get(departements[d]).stream().mapToInt(Integer::intValue).toArray();
            double[] cumulative = new double[indexes.length];
            double sum = 0;
            double population = 0;
            for (int i = 0; i < indexes.length; i++) {
                DemoPlace place = places.get(indexes[i]);
                sum += Math.pow(Math.max(place.population(), 50), POPULATION_EXPONENT);
                population += place.population();
                cumulative[i] = sum;
            }
            placesByDepartement.put(departements[d], indexes);
            cumulativeByDepartement.put(departements[d], cumulative);
            total += scope.departementWeights().isEmpty() ? population
                    : scope.departementWeights().getOrDefault(departements[d], 0.0);
            departementCumulative[d] = total;
        }
    }

    /**
     * The scope's communes from the gazetteer. French complements ("de Melun", "du Val-de-Marne")
     * come from {@link Gazetteer#describeZone}, which knows each name's TNCC.
     */
    public static DemoGeography from(Gazetteer gazetteer, DemoScope scope) {
        List<DemoPlace> places = new ArrayList<>();
        for (Departement departement : gazetteer.departements()) {
            if (!scope.includes(departement.code())) {
                continue;
            }
            String departementDe = complement(gazetteer, departement.code(), DemoText.de(departement.nom()));
            for (Commune commune : gazetteer.communesOfDepartement(departement.code())) {
                String epciNom = commune.epciCode() == null ? null
                        : gazetteer.epci(commune.epciCode()).map(Epci::nom).orElse(null);
                places.add(new DemoPlace(commune.code(), commune.nom(),
                        complement(gazetteer, commune.code(), DemoText.de(commune.nom())), commune.codesPostaux(),
                        commune.departementCode(), departement.nom(), departementDe, commune.regionCode(),
                        commune.epciCode(), epciNom, commune.population() == null ? 0 : commune.population(),
                        commune.latitude(), commune.longitude()));
            }
        }
        return new DemoGeography(scope, places);
    }

    private static String complement(Gazetteer gazetteer, String code, String fallback) {
        String described = gazetteer.describeZone(List.of(code));
        return described.startsWith("Habitants ") ? described.substring("Habitants ".length()) : fallback;
    }

    public DemoScope scope() {
        return scope;
    }

    public int size() {
        return places.size();
    }

    public DemoPlace place(int index) {
        return places.get(index);
    }

    public Optional<DemoPlace> place(String code) {
        Integer index = indexByCode.get(code);
        return index == null ? Optional.empty() : Optional.of(places.get(index));
    }

    int indexOf(String code) {
        Integer index = indexByCode.get(code);
        if (index == null) {
            throw new IllegalStateException("Commune " + code + " is not in the demo geography (scope " + scope + ")");
        }
        return index;
    }

    /** A commune anywhere in the scope: département by the scope's weights, then by population. */
    int pick(SplittableRandom random) {
        int d = draw(departementCumulative, random);
        return pickIn(departements[d], random);
    }

    /** A commune of the département, by population. */
    int pickIn(String departementCode, SplittableRandom random) {
        int[] indexes = placesByDepartement.get(departementCode);
        return indexes[draw(cumulativeByDepartement.get(departementCode), random)];
    }

    private static int draw(double[] cumulative, SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, target);
        int index = found >= 0 ? found + 1 : -found - 1;
        return Math.min(index, cumulative.length - 1);
    }
}
