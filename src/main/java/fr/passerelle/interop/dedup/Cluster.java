package fr.passerelle.interop.dedup;

import java.util.Map;
import java.util.Set;

/**
 * Offers that describe the same service, with the one search shows.
 *
 * @param members every offer of the cluster (the representative too) → why it was grouped
 */
record Cluster(String representativeId, Map<String, Set<DuplicateReason>> members) {
}
