package fr.passerelle.orientation;

import fr.passerelle.account.AccountRef;
import fr.passerelle.account.AccountService;
import fr.passerelle.account.Profile;
import fr.passerelle.account.Role;
import fr.passerelle.shared.DomainException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A beneficiary's rights over her data (RGPD): export what Passerelle holds about her, erase her
 * account. Erasing cancels her open requests (places are given back), anonymises every request
 * (statuses, dates and reasons stay for the statistics) and deletes the account, in one transaction.
 */
@Singleton
public class PersonalData {

    private static final Logger LOG = LoggerFactory.getLogger(PersonalData.class);

    /** Everything about her: her profile, her requests with their history, her notifications. */
    public record Export(Instant exportedAt, Profile profile, List<OrientationService.Detail> orientations,
                         List<Notification> notifications) {
    }

    private final OrientationService orientations;
    private final OrientationRepository repository;
    private final Notifications notifications;
    private final AccountService accounts;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    PersonalData(OrientationService orientations, OrientationRepository repository, Notifications notifications,
                 AccountService accounts, TransactionOperations<Connection> transactions, Clock clock) {
        this.orientations = orientations;
        this.repository = repository;
        this.notifications = notifications;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Export export(AccountRef who) {
        requireBeneficiary(who);
        Profile profile = accounts.profile(who);
        List<OrientationService.Detail> details = new ArrayList<>();
        for (Orientation o : orientations.visibleTo(who)) {
            details.add(orientations.detail(o.id(), who));
        }
        return new Export(Instant.now(clock), profile, details, notifications.of(who));
    }

    public void erase(AccountRef who) {
        requireBeneficiary(who);
        accounts.profile(who); // 401 when the account is already gone or disabled
        int anonymised = transactions.executeWrite(status -> {
            for (Orientation o : repository.ofBeneficiaries(List.of(who.id()))) {
                if (!o.status().isFinal()) {
                    orientations.cancelForErasure(repository.lock(o.id()).orElseThrow(), who);
                }
            }
            int count = repository.anonymiseOfBeneficiary(who.id(), Instant.now(clock));
            accounts.eraseBeneficiary(who);
            return count;
        });
        LOG.info("Account {} erased by its holder; {} orientations anonymised", who.id(), anonymised);
    }

    private static void requireBeneficiary(AccountRef who) {
        if (who.role() != Role.BENEFICIAIRE) {
            throw new DomainException(DomainException.Kind.FORBIDDEN,
                    "Cette démarche est réservée aux comptes bénéficiaires.");
        }
    }
}
