package fr.passerelle.orientation;

import fr.passerelle.account.AccountRef;
import fr.passerelle.account.AccountService;
import fr.passerelle.account.OperatorContact;
import fr.passerelle.shared.mail.Mailer;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * In-app notifications (table notification, written in the request's transaction) and their
 * e-mails (sent after the commit, so a slow or failing SMTP server never undoes a decision).
 * Logs hold account and request ids only.
 */
@Singleton
public class Notifications {

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final AccountService accounts;
    private final Mailer mailer;
    private final Clock clock;
    private final String publicUrl;

    Notifications(JdbcOperations jdbc, TransactionOperations<Connection> transactions, AccountService accounts,
                  Mailer mailer, Clock clock, @Value("${passerelle.public-url:}") String publicUrl) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.accounts = accounts;
        this.mailer = mailer;
        this.clock = clock;
        this.publicUrl = publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
    }

    /** Records the notices; must run inside the transaction of the change they tell about. */
    void record(Collection<Notice> notices) {
        Instant now = Instant.now(clock);
        for (Notice notice : notices) {
            jdbc.prepareStatement("""
                    insert into notification (account_id, orientation_id, kind, text, created_at)
                    values (?, ?, ?, ?, ?)""", ps -> {
                ps.setLong(1, notice.accountId());
                ps.setObject(2, notice.orientationId());
                ps.setString(3, notice.kind().name());
                ps.setString(4, notice.kind().text());
                ps.setTimestamp(5, Timestamp.from(now));
                return ps.executeUpdate();
            });
        }
    }

    /** Sends the e-mails of committed notices; one failure does not stop the others. */
    void email(Collection<Notice> notices) {
        for (Notice notice : notices) {
            try {
                Optional<OperatorContact> contact = transactions.executeRead(
                        status -> accounts.contactOf(notice.accountId()));
                if (contact.isEmpty()) {
                    continue;
                }
                if (!mailer.send(contact.get().email(), notice.kind().subject(), text(notice))) {
                    LOG.debug("No SMTP host: e-mail {} to account {} about orientation {} skipped", notice.kind(),
                            notice.accountId(), notice.orientationId());
                }
            } catch (RuntimeException e) {
                LOG.warn("E-mail {} to account {} about orientation {} failed: {}", notice.kind(), notice.accountId(),
                        notice.orientationId(), e.getClass().getSimpleName());
            }
        }
    }

    /** Plain French text; the details are behind the link, where access is checked. */
    String text(Notice notice) {
        return "Bonjour,\n\n" + notice.kind().text() + "\n\n"
                + "Pour la consulter, connectez-vous à Passerelle :\n"
                + publicUrl + "/orientations/" + notice.orientationId() + "\n\n"
                + "Vous recevez ce message parce que vous suivez cette demande sur Passerelle.\n\n"
                + "L'équipe Passerelle\n";
    }

    /** The caller's notifications, newest first (at most 100). */
    public List<Notification> of(AccountRef who) {
        return transactions.executeRead(status -> jdbc.prepareStatement("""
                select id, orientation_id, kind, text, created_at, read_at from notification
                where account_id = ? order by created_at desc, id desc limit 100""", ps -> {
            ps.setLong(1, who.id());
            List<Notification> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp read = rs.getTimestamp(6);
                    found.add(new Notification(rs.getLong(1), rs.getObject(2, UUID.class),
                            NoticeKind.valueOf(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant(),
                            read == null ? null : read.toInstant()));
                }
            }
            return found;
        }));
    }

    /** Marks one of the caller's notifications read; false when it is not his. */
    public boolean markRead(AccountRef who, long id) {
        return transactions.executeWrite(status -> jdbc.prepareStatement(
                "update notification set read_at = coalesce(read_at, ?) where id = ? and account_id = ?", ps -> {
                    ps.setTimestamp(1, Timestamp.from(Instant.now(clock)));
                    ps.setLong(2, id);
                    ps.setLong(3, who.id());
                    return ps.executeUpdate() == 1;
                }));
    }
}
