package fr.passerelle.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.time.Duration;

/**
 * Login throttling kept in PostgreSQL, so it survives restarts and holds across instances.
 * An attempt is written as {@code pending} before the password is checked and counted as a
 * failure until it is settled: parallel guesses see each other and cannot all slip through.
 * Each method commits on its own, whatever happens to the caller.
 */
@Singleton
class LoginAttempts {

    enum Outcome { PENDING, FAILURE, SUCCESS, THROTTLED }

    private final JdbcOperations jdbc;
    private final int maxFailures;
    private final Duration window;

    LoginAttempts(JdbcOperations jdbc,
                  @Value("${passerelle.security.login.max-failures:5}") int maxFailures,
                  @Value("${passerelle.security.login.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    Duration window() {
        return window;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long begin(String username, String clientIp) {
        // Bounded retention: names typed and addresses are personal data.
        jdbc.prepareStatement("delete from login_attempt where attempted_at < now() - interval '1 day'",
                ps -> ps.executeUpdate());
        return jdbc.prepareStatement("""
                insert into login_attempt (username, client_ip, outcome) values (?, ?, 'pending') returning id""", ps -> {
            ps.setString(1, username);
            ps.setString(2, clientIp);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * True when this attempt comes after {@code max-failures} failures within the window, for
     * the username (since its last success) or for the address (a success there resets
     * nothing: one valid account must not unlock guessing at the others).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean isThrottled(String username, String clientIp) {
        return jdbc.prepareStatement("""
                select (select count(*) from login_attempt
                        where username = ? and outcome in ('pending', 'failure')
                          and attempted_at > greatest(now() - make_interval(secs => ?),
                              coalesce((select max(attempted_at) from login_attempt
                                        where username = ? and outcome = 'success'), '-infinity'))),
                       (select count(*) from login_attempt
                        where client_ip = ? and outcome in ('pending', 'failure')
                          and attempted_at > now() - make_interval(secs => ?))""", ps -> {
            ps.setString(1, username);
            ps.setLong(2, window.toSeconds());
            ps.setString(3, username);
            ps.setString(4, clientIp);
            ps.setLong(5, window.toSeconds());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                // The attempt being made is among the pending rows: more than max means max before it.
                return rs.getLong(1) > maxFailures || rs.getLong(2) > maxFailures;
            }
        });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void settle(long attemptId, Outcome outcome) {
        jdbc.prepareStatement("update login_attempt set outcome = ? where id = ?", ps -> {
            ps.setString(1, outcome.name().toLowerCase());
            ps.setLong(2, attemptId);
            return ps.executeUpdate();
        });
    }
}
