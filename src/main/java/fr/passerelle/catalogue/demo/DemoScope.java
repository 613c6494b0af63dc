package fr.passerelle.catalogue.demo;

import java.util.Map;

/** Where a generated catalogue lives: the demo's Île-de-France, or all of France for benchmarks. */
public enum DemoScope {
    /**
     * Weighted to the départements of the product owner's demo (77, 91, 94, 75); the other
     * four share what is left.
     */
    ILE_DE_FRANCE(Map.of("77", 30.0, "91", 20.0, "94", 18.0, "75", 17.0,
            "92", 3.75, "93", 3.75, "95", 3.75, "78", 3.75)),
    /** Every département, weighted by the population of its communes. */
    FRANCE(Map.of());

    private final Map<String, Double> departementWeights;

    DemoScope(Map<String, Double> departementWeights) {
        this.departementWeights = departementWeights;
    }

    /** Fixed weights by département code; empty means "weigh by population". */
    public Map<String, Double> departementWeights() {
        return departementWeights;
    }

    public boolean includes(String departementCode) {
        return departementWeights.isEmpty() || departementWeights.containsKey(departementCode);
    }
}
