package fr.passerelle.interop.dedup;

import fr.passerelle.geo.GeoPoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds pairs of offers of different sources that the rules call likely duplicates. Blocking keeps
 * it near-linear: offers are compared only within a SIRET (and commune) group, or with the offers
 * of the same and the eight neighbouring cells of a grid whose cells are as wide as "near".
 */
final class CandidatePairs {

    static final double NEAR_METRES = 150;
    private static final double METRES_PER_DEGREE = 111_320;
    /** A little wider than "near": the spherical scale above is up to 1 % off the ellipsoid's. */
    private static final double CELL_METRES = NEAR_METRES * 1.02;

    record Pair(int a, int b, DuplicateReason reason) {
    }

    private final List<CatalogueEntry> entries;
    private final List<NameSimilarity.Folded> names;
    private final List<String> phones;

    CandidatePairs(List<CatalogueEntry> entries) {
        this.entries = entries;
        this.names = entries.stream().map(e -> NameSimilarity.fold(e.nom())).toList();
        this.phones = entries.stream().map(e -> Phones.normalise(e.telephone())).toList();
    }

    List<Pair> find() {
        List<Pair> pairs = new ArrayList<>();
        sameSiret(pairs);
        near(pairs);
        return pairs;
    }

    /**
     * Same SIRET and similar names, in the same commune when both say where: a network with one
     * SIRET runs « Atelier numérique » in many towns, and those are different offers.
     */
    private void sameSiret(List<Pair> pairs) {
        Map<String, List<Integer>> bySiret = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String siret = entries.get(i).siret();
            if (siret != null) {
                bySiret.computeIfAbsent(siret, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> group : bySiret.values()) {
            Map<String, List<Integer>> byCommune = new HashMap<>();
            List<Integer> nowhere = new ArrayList<>();
            for (int i : group) {
                String commune = entries.get(i).codeInsee();
                (commune == null ? nowhere : byCommune.computeIfAbsent(commune, k -> new ArrayList<>())).add(i);
            }
            for (List<Integer> commune : byCommune.values()) {
                compareWithin(commune, pairs);
                compareAcross(nowhere, commune, pairs);
            }
            compareWithin(nowhere, pairs);
        }
    }

    private void compareWithin(List<Integer> group, List<Pair> pairs) {
        for (int x = 0; x < group.size(); x++) {
            for (int y = x + 1; y < group.size(); y++) {
                sameSiretPair(group.get(x), group.get(y), pairs);
            }
        }
    }

    private void compareAcross(List<Integer> left, List<Integer> right, List<Pair> pairs) {
        for (int a : left) {
            for (int b : right) {
                sameSiretPair(a, b, pairs);
            }
        }
    }

    private void sameSiretPair(int a, int b, List<Pair> pairs) {
        if (differentSources(a, b) && NameSimilarity.similar(names.get(a), names.get(b))) {
            pairs.add(new Pair(a, b, DuplicateReason.MEME_SIRET));
        }
    }

    /** Near (exact points only) and similar names, or near and the same phone number. */
    private void near(List<Pair> pairs) {
        Map<Long, List<Integer>> cells = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            CatalogueEntry e = entries.get(i);
            if (e.hasExactPoint()) {
                long row = row(e.latitude());
                cells.computeIfAbsent(cell(column(e.longitude(), row), row), k -> new ArrayList<>()).add(i);
            }
        }
        for (int a = 0; a < entries.size(); a++) {
            CatalogueEntry e = entries.get(a);
            if (!e.hasExactPoint()) {
                continue;
            }
            long ownRow = row(e.latitude());
            for (long row = ownRow - 1; row <= ownRow + 1; row++) {
                long column = column(e.longitude(), row);
                for (long c = column - 1; c <= column + 1; c++) {
                    for (int b : cells.getOrDefault(cell(c, row), List.of())) {
                        if (b > a) {
                            nearPair(a, b, pairs);
                        }
                    }
                }
            }
        }
    }

    private void nearPair(int a, int b, List<Pair> pairs) {
        if (!differentSources(a, b)) {
            return;
        }
        CatalogueEntry x = entries.get(a);
        CatalogueEntry y = entries.get(b);
        double metres = new GeoPoint(x.latitude(), x.longitude()).distanceKm(new GeoPoint(y.latitude(), y.longitude()))
                * 1000;
        if (metres > NEAR_METRES) {
            return;
        }
        if (NameSimilarity.similar(names.get(a), names.get(b))) {
            pairs.add(new Pair(a, b, DuplicateReason.PROCHES_NOM));
        } else if (phones.get(a) != null && Objects.equals(phones.get(a), phones.get(b))) {
            pairs.add(new Pair(a, b, DuplicateReason.PROCHES_TELEPHONE));
        }
    }

    private boolean differentSources(int a, int b) {
        return !entries.get(a).source().equals(entries.get(b).source());
    }

    /** Rows of the grid: bands of latitude {@link #CELL_METRES} high. */
    private static long row(double latitude) {
        return (long) Math.floor(latitude * METRES_PER_DEGREE / CELL_METRES);
    }

    /**
     * Columns within a row, measured at the row's middle latitude: every point of a row uses the
     * same scale, so two points {@link #NEAR_METRES} apart are at most one column apart.
     */
    private static long column(double longitude, long row) {
        double middle = (row + 0.5) * CELL_METRES / METRES_PER_DEGREE;
        return (long) Math.floor(longitude * METRES_PER_DEGREE * Math.cos(Math.toRadians(middle)) / CELL_METRES);
    }

    private static long cell(long column, long row) {
        return column * 1_000_003L + row;
    }
}
