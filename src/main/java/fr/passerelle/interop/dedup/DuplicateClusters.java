package fr.passerelle.interop.dedup;

import fr.passerelle.account.AccountRef;
import fr.passerelle.account.AccountService;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.Page;
import fr.passerelle.shared.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the stored clusters: for admins (every member and why), for search (who is hidden
 * behind a representative) and for public pages (« Aussi référencé par … »: sources and
 * structures only, never a person).
 */
@Singleton
public class DuplicateClusters {

    /** One offer of a cluster, as admins see it. */
    public record Member(String id, String nom, String source, String structure, @Nullable String commune,
                         boolean representative, boolean isPublic, List<DuplicateReason> reasons) {
    }

    public record ClusterView(String representativeId, List<Member> members) {
    }

    /** Another public listing of the same service: which source, which structure, where to read it. */
    public record Listed(String offerId, String nom, String source, String structure) {
    }

    /**
     * What a page says about an offer in a cluster.
     *
     * @param representative the offer search shows for the cluster; null when it is this one
     * @param others         the other public listings (the representative excepted)
     */
    public record Mention(@Nullable Listed representative, List<Listed> others) {
    }

    private final DuplicateRepository repository;
    private final AccountService accounts;
    private final TransactionOperations<Connection> transactions;

    DuplicateClusters(DuplicateRepository repository, AccountService accounts,
                      TransactionOperations<Connection> transactions) {
        this.repository = repository;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    /** Every cluster, by representative id; administrators only. */
    public Page<ClusterView> list(PageRequest page, AccountRef who) {
        return transactions.executeRead(status -> {
            if (!accounts.isAdministrator(who)) {
                throw new DomainException(DomainException.Kind.FORBIDDEN,
                        "Seuls les administrateurs peuvent consulter les doublons.");
            }
            long total = repository.countClusters();
            List<ClusterView> clusters = new ArrayList<>();
            DuplicateRepository.byRepresentative(repository.clusterPage(page.offset(), page.size()))
                    .forEach((representative, listings) -> clusters.add(new ClusterView(representative,
                            listings.stream().map(l -> new Member(l.offerId(), l.nom(), l.source(), l.structure(),
                                    l.commune(), l.offerId().equals(representative), l.isPublic(),
                                    List.copyOf(l.reasons()))).toList())));
            return new Page<>(clusters, total, page.page(), page.size());
        });
    }

    /** Among these offers, those search must not show: another offer of their cluster stands for them. */
    public Set<String> hiddenAmong(Collection<String> offerIds) {
        if (offerIds.isEmpty()) {
            return Set.of();
        }
        return transactions.executeRead(status -> repository.hiddenAmong(offerIds));
    }

    /** How many public offers search leaves out for that reason. */
    public long countHiddenPublic() {
        return transactions.executeRead(status -> repository.countHiddenPublic());
    }

    /** The mentions of these offers; offers in no cluster (or alone in public) have none. */
    public Map<String, Mention> mentions(Collection<String> offerIds) {
        if (offerIds.isEmpty()) {
            return Map.of();
        }
        List<DuplicateRepository.Listing> listings = transactions.executeRead(status ->
                repository.clustersOf(offerIds));
        Map<String, List<DuplicateRepository.Listing>> clusters = DuplicateRepository.byRepresentative(listings);
        Map<String, Mention> mentions = new HashMap<>();
        for (String id : offerIds) {
            for (List<DuplicateRepository.Listing> cluster : clusters.values()) {
                if (cluster.stream().noneMatch(l -> l.offerId().equals(id))) {
                    continue;
                }
                String representativeId = cluster.get(0).representativeId();
                Listed representative = null;
                List<Listed> others = new ArrayList<>();
                for (DuplicateRepository.Listing l : cluster) {
                    if (l.offerId().equals(id) || !l.isPublic()) {
                        continue;
                    }
                    Listed listed = new Listed(l.offerId(), l.nom(), l.source(), l.structure());
                    if (l.offerId().equals(representativeId)) {
                        representative = listed;
                    } else {
                        others.add(listed);
                    }
                }
                if (representative != null || !others.isEmpty()) {
                    mentions.put(id, new Mention(representative, others));
                }
            }
        }
        return mentions;
    }
}
