package fr.passerelle.shared;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HexFormat;

/**
 * "At most N per window" for anonymous writes, per client address, kept in PostgreSQL like
 * account's login throttling (survives restarts, holds across instances). The hit is written
 * before it is counted, in its own transaction: parallel requests see each other, and a hit
 * counts even when the caller's work fails afterwards. Only a hash of the address is stored.
 */
@Singleton
public class RateLimiter {

    /** A named limit: {@code max} hits per {@code window}, and the French words of its refusal. */
    public record Limit(String bucket, int max, Duration window, String refusal) {
    }

    private final JdbcOperations jdbc;

    public RateLimiter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a hit of {@code clientAddress} and refuses it with a 429 when it is past the limit.
     *
     * @throws Throttled past the limit
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void hit(Limit limit, String clientAddress) {
        String key = hash(limit.bucket() + "|" + clientAddress);
        jdbc.prepareStatement("delete from rate_limit_hit where hit_at < now() - interval '1 day'",
                ps -> ps.executeUpdate());
        jdbc.prepareStatement("insert into rate_limit_hit (bucket, client_key) values (?, ?)", ps -> {
            ps.setString(1, limit.bucket());
            ps.setString(2, key);
            return ps.executeUpdate();
        });
        long count = jdbc.prepareStatement("""
                select count(*) from rate_limit_hit
                where bucket = ? and client_key = ? and hit_at > now() - make_interval(secs => ?)""", ps -> {
            ps.setString(1, limit.bucket());
            ps.setString(2, key);
            ps.setLong(3, limit.window().toSeconds());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        if (count > limit.max()) {
            throw new Throttled(limit.refusal(), limit.window());
        }
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Past a limit: the API answers 429 with a Retry-After header. */
    public static class Throttled extends DomainException {

        private final Duration retryAfter;

        public Throttled(String message, Duration retryAfter) {
            super(Kind.TOO_MANY_REQUESTS, message);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }
}
