package fr.passerelle.interop.dedup;

import fr.passerelle.catalogue.OfferEditor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs → clusters (union-find), under the admins' decisions: a merge always joins its two offers;
 * a split forbids its two offers to end in one cluster, whatever chain of pairs would join them.
 */
final class Clustering {

    private final List<CatalogueEntry> entries;
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final int[] parent;
    /** Members of each root, and why each member joined. */
    private final Map<Integer, List<Integer>> members = new HashMap<>();
    private final Map<Integer, Set<DuplicateReason>> reasons = new HashMap<>();
    /** Offers each offer must never share a cluster with. */
    private final Map<Integer, Set<Integer>> apart = new HashMap<>();

    Clustering(List<CatalogueEntry> entries) {
        this.entries = entries;
        this.parent = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            parent[i] = i;
            indexOf.put(entries.get(i).id(), i);
        }
    }

    /**
     * @param choices offers chosen as representative → when (the latest choice wins in a cluster)
     */
    List<Cluster> clusters(List<CandidatePairs.Pair> pairs, List<Decision> decisions, Map<String, Instant> choices) {
        List<int[]> merges = new ArrayList<>();
        for (Decision decision : decisions) {
            Integer a = indexOf.get(decision.offerId());
            Integer b = indexOf.get(decision.otherId());
            if (a == null || b == null) {
                continue; // an archived offer: the decision waits for its return
            }
            if (decision.together()) {
                merges.add(new int[]{a, b});
            } else {
                apart.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                apart.computeIfAbsent(b, k -> new HashSet<>()).add(a);
            }
        }
        for (int[] merge : merges) {
            join(merge[0], merge[1], DuplicateReason.REGROUPEMENT);
        }
        for (CandidatePairs.Pair pair : pairs) {
            join(pair.a(), pair.b(), pair.reason());
        }
        List<Cluster> clusters = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> cluster : members.entrySet()) {
            if (find(cluster.getKey()) != cluster.getKey() || cluster.getValue().size() < 2) {
                continue;
            }
            Map<String, Set<DuplicateReason>> byId = new LinkedHashMap<>();
            cluster.getValue().stream().sorted(Comparator.comparing(i -> entries.get(i).id()))
                    .forEach(i -> byId.put(entries.get(i).id(), Set.copyOf(reasons.get(i))));
            clusters.add(new Cluster(representative(cluster.getValue(), choices), byId));
        }
        clusters.sort(Comparator.comparing(Cluster::representativeId));
        return clusters;
    }

    /** Joins the clusters of a and b unless a split separates one of their members from the other. */
    private void join(int a, int b, DuplicateReason reason) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            List<Integer> left = membersOf(ra);
            List<Integer> right = membersOf(rb);
            for (int m : left.size() <= right.size() ? left : right) {
                for (int other : apart.getOrDefault(m, Set.of())) {
                    if (find(other) == (left.size() <= right.size() ? rb : ra)) {
                        return;
                    }
                }
            }
            parent[rb] = ra;
            left.addAll(right);
            members.put(ra, left);
            members.remove(rb);
        }
        reasons.computeIfAbsent(a, k -> EnumSet.noneOf(DuplicateReason.class)).add(reason);
        reasons.computeIfAbsent(b, k -> EnumSet.noneOf(DuplicateReason.class)).add(reason);
    }

    private List<Integer> membersOf(int root) {
        return members.computeIfAbsent(root, k -> new ArrayList<>(List.of(k)));
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * The admins' latest choice; else an offer search can show (a draft must not hide a published
     * twin), then the département's own (kept by its operators), the most recently updated, the
     * smallest id.
     */
    private String representative(List<Integer> cluster, Map<String, Instant> choices) {
        return cluster.stream().map(entries::get)
                .filter(e -> choices.containsKey(e.id()))
                .max(Comparator.comparing((CatalogueEntry e) -> choices.get(e.id())))
                .or(() -> cluster.stream().map(entries::get).min(Comparator
                        .comparing((CatalogueEntry e) -> !e.isPublic())
                        .thenComparing(e -> !OfferEditor.SOURCE.equals(e.source()))
                        .thenComparing(CatalogueEntry::dateMaj, Comparator.reverseOrder())
                        .thenComparing(CatalogueEntry::id)))
                .orElseThrow().id();
    }
}
