package fr.passerelle.catalogue.reminders;

import fr.passerelle.account.AccountService;
import fr.passerelle.account.OperatorContact;
import fr.passerelle.catalogue.Lifecycle;
import fr.passerelle.shared.Sql;
import fr.passerelle.shared.mail.Mailer;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reminds operators of their stale public offers: each active operator of a structure gets one
 * digest e-mail listing the structure's offers older than their update frequency, with links.
 * An offer is not reminded again within {@value #QUIET_DAYS} days (table offer_reminder). Without
 * an SMTP server nothing is sent nor recorded: the run is logged as skipped.
 */
@Singleton
public class StaleOfferReminders {

    private static final Logger LOG = LoggerFactory.getLogger(StaleOfferReminders.class);
    static final int QUIET_DAYS = 14;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    /** What one run did. */
    public record Run(int structures, int emails, int failures, boolean skipped) {
    }

    record DueOffer(String id, String nom, LocalDate dateMaj, int updateFrequencyMonths) {
    }

    record DueStructure(String id, String nom, List<DueOffer> offers) {
    }

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final AccountService accounts;
    private final Mailer mailer;
    private final Clock clock;
    private final String publicUrl;

    StaleOfferReminders(JdbcOperations jdbc, TransactionOperations<Connection> transactions, AccountService accounts,
                        Mailer mailer, Clock clock, @Value("${passerelle.public-url:}") String publicUrl) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.accounts = accounts;
        this.mailer = mailer;
        this.clock = clock;
        this.publicUrl = publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
    }

    /** Sends the reminders due today; one structure's failure does not stop the others. */
    public Run sendDue() {
        LocalDate today = LocalDate.now(clock);
        List<DueStructure> due = transactions.executeRead(status -> due(today));
        if (!mailer.isEnabled()) {
            LOG.info("Stale offer reminders skipped, no SMTP host configured: {} structures with {} offers due",
                    due.size(), due.stream().mapToInt(d -> d.offers().size()).sum());
            return new Run(due.size(), 0, 0, true);
        }
        int emails = 0;
        int failures = 0;
        int withoutOperator = 0;
        for (DueStructure structure : due) {
            List<OperatorContact> contacts = transactions.executeRead(status -> accounts.operatorContacts(structure.id()));
            if (contacts.isEmpty()) {
                // Most imported structures have no operator on Passerelle yet: their managers see these offers.
                LOG.debug("Structure {} has {} stale offers and no operator to remind", structure.id(),
                        structure.offers().size());
                withoutOperator++;
                continue;
            }
            String subject = subject(structure);
            String text = text(structure);
            for (OperatorContact contact : contacts) {
                try {
                    mailer.send(contact.email(), subject, text);
                    transactions.executeWrite(status -> record(structure, contact));
                    emails++;
                } catch (RuntimeException e) {
                    failures++;
                    LOG.warn("Stale offer reminder to account {} for structure {} failed: {}", contact.accountId(),
                            structure.id(), e.getClass().getSimpleName());
                }
            }
        }
        LOG.info("Stale offer reminders: {} e-mails sent, {} failed; {} structures due, {} of them without operator",
                emails, failures, due.size(), withoutOperator);
        return new Run(due.size(), emails, failures, false);
    }

    /**
     * Public offers (published, of a validated structure) stale by {@link Lifecycle#isStale}, not
     * reminded in the last {@value #QUIET_DAYS} days, grouped by structure. The SQL pre-selects
     * with the same formula; the Java check is the rule.
     */
    List<DueStructure> due(LocalDate today) {
        return jdbc.prepareStatement("""
                select s.id, s.nom, o.id, o.nom, o.date_maj, o.update_frequency_months
                from offer o join structure s on s.id = o.structure_id
                where o.status = 'publiee' and s.moderation_status = 'validee'
                  and (o.date_maj + make_interval(months => o.update_frequency_months))::date < ?
                  and not exists (select 1 from offer_reminder r
                                  where r.offer_id = o.id and r.sent_at > now() - make_interval(days => ?))
                order by s.id, o.date_maj, o.id""", ps -> {
            Sql.setDate(ps, 1, today);
            ps.setInt(2, QUIET_DAYS);
            Map<String, DueStructure> byStructure = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String structureId = rs.getString(1);
                    String structureNom = rs.getString(2);
                    DueOffer offer = new DueOffer(rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate(),
                            rs.getInt(6));
                    if (Lifecycle.published(offer.updateFrequencyMonths()).isStale(offer.dateMaj(), today)) {
                        byStructure.computeIfAbsent(structureId,
                                id -> new DueStructure(id, structureNom, new ArrayList<>())).offers().add(offer);
                    }
                }
            }
            return List.copyOf(byStructure.values());
        });
    }

    private int record(DueStructure structure, OperatorContact contact) {
        return jdbc.prepareStatement("insert into offer_reminder (offer_id, account_id) values (?, ?)", ps -> {
            for (DueOffer offer : structure.offers()) {
                ps.setString(1, offer.id());
                ps.setLong(2, contact.accountId());
                ps.addBatch();
            }
            return ps.executeBatch().length;
        });
    }

    static String subject(DueStructure structure) {
        int count = structure.offers().size();
        return "Passerelle : " + count + (count == 1 ? " offre à mettre à jour" : " offres à mettre à jour")
                + " pour " + structure.nom();
    }

    /** Plain French text; nothing personal but what the recipient already knows (his structure). */
    String text(DueStructure structure) {
        StringBuilder text = new StringBuilder()
                .append("Bonjour,\n\n")
                .append("Les offres suivantes de « ").append(structure.nom())
                .append(" » n'ont pas été mises à jour depuis plus longtemps que prévu. ")
                .append("Les personnes qui les consultent sur Passerelle ont besoin d'informations à jour.\n\n");
        for (DueOffer offer : structure.offers()) {
            text.append("- ").append(offer.nom()).append("\n")
                    .append("  Dernière mise à jour : ").append(DAY.format(offer.dateMaj()))
                    .append(" (à revoir tous les ").append(offer.updateFrequencyMonths()).append(" mois)\n")
                    .append("  ").append(publicUrl).append("/offres/").append(offer.id()).append("\n\n");
        }
        text.append("Si une offre est toujours exacte, il suffit de la marquer « à jour » dans votre espace. ")
                .append("Si elle a changé, modifiez-la ; si elle n'existe plus, archivez-la.\n\n")
                .append("Vous recevez ce message parce que vous êtes membre de cette structure sur Passerelle. ")
                .append("Une même offre ne vous sera pas rappelée avant ").append(QUIET_DAYS).append(" jours.\n\n")
                .append("L'équipe Passerelle\n");
        return text.toString();
    }
}
