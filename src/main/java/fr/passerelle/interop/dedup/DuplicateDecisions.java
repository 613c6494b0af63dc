package fr.passerelle.interop.dedup;

import fr.passerelle.account.AccountRef;
import fr.passerelle.account.AccountService;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.shared.DomainException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Admins' corrections of the detector: merge two offers (or their clusters), split an offer out
 * of its cluster, choose a cluster's representative. Each is stored as a decision the detector
 * respects on every later run, then the clusters are recomputed at once.
 */
@Singleton
public class DuplicateDecisions {

    private final DuplicateRepository repository;
    private final DuplicateDetector detector;
    private final AccountService accounts;
    private final TransactionOperations<Connection> transactions;

    DuplicateDecisions(DuplicateRepository repository, DuplicateDetector detector, AccountService accounts,
                       TransactionOperations<Connection> transactions) {
        this.repository = repository;
        this.detector = detector;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    /** « Regrouper avec… »: the two offers, and the clusters they are in, become one. */
    public DuplicateDetector.Report merge(String offerId, String otherId, AccountRef who) {
        return transactions.executeWrite(status -> {
            requireAdministrator(who);
            if (offerId.equals(otherId)) {
                throw new DomainException(DomainException.Kind.UNPROCESSABLE,
                        "Choisissez deux offres différentes à regrouper.");
            }
            requireLive(offerId);
            requireLive(otherId);
            List<String> left = repository.clusterOf(offerId);
            List<String> right = repository.clusterOf(otherId);
            if (left.contains(otherId)) {
                throw new DomainException(DomainException.Kind.CONFLICT,
                        "Ces deux offres sont déjà regroupées.");
            }
            // The newer word wins: splits between the two groups no longer hold.
            repository.deleteDecisionsBetween(left, right, false);
            repository.saveDecision(Decision.of(offerId, otherId, true), who.username());
            return detector.detect();
        });
    }

    /** « Ce n'est pas un doublon »: the offer leaves its cluster and never joins it again by itself. */
    public DuplicateDetector.Report split(String offerId, AccountRef who) {
        return transactions.executeWrite(status -> {
            requireAdministrator(who);
            requireExisting(offerId);
            List<String> others = new ArrayList<>(repository.clusterOf(offerId));
            others.remove(offerId);
            if (others.isEmpty()) {
                throw new DomainException(DomainException.Kind.CONFLICT,
                        "Cette offre n'est regroupée avec aucune autre.");
            }
            repository.deleteDecisionsBetween(List.of(offerId), others, true);
            for (String other : others) {
                repository.saveDecision(Decision.of(offerId, other, false), who.username());
            }
            repository.deleteChoices(List.of(offerId));
            return detector.detect();
        });
    }

    /** « Choisir comme offre principale »: search shows this offer for its cluster. */
    public DuplicateDetector.Report choose(String offerId, AccountRef who) {
        return transactions.executeWrite(status -> {
            requireAdministrator(who);
            requireLive(offerId);
            List<String> cluster = repository.clusterOf(offerId);
            if (cluster.size() < 2) {
                throw new DomainException(DomainException.Kind.CONFLICT,
                        "Cette offre n'est regroupée avec aucune autre.");
            }
            repository.deleteChoices(cluster);
            repository.choose(offerId, who.username());
            return detector.detect();
        });
    }

    /** « Relancer la détection ». */
    public DuplicateDetector.Report detect(AccountRef who) {
        return transactions.executeWrite(status -> {
            requireAdministrator(who);
            return detector.detect();
        });
    }

    /** Inside the transaction: the account room reads the current role through it. */
    private void requireAdministrator(AccountRef who) {
        if (!accounts.isAdministrator(who)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN,
                    "Seuls les administrateurs peuvent corriger les doublons.");
        }
    }

    private String requireExisting(String offerId) {
        return repository.offerStatus(offerId).orElseThrow(() -> DomainException.notFound("L'offre", offerId));
    }

    private void requireLive(String offerId) {
        if (OfferStatus.ARCHIVEE.code().equals(requireExisting(offerId))) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE,
                    "L'offre « " + offerId + " » est archivée : elle ne peut pas être regroupée.");
        }
    }
}
