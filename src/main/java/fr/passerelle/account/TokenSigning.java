package fr.passerelle.account;

import com.nimbusds.jose.JWSAlgorithm;
import fr.passerelle.shared.PasserelleHome;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that signs and verifies bearer tokens (HMAC-SHA256). From PASSERELLE_JWT_SECRET
 * when set (every instance of a cluster must share it); otherwise generated once and kept in
 * PASSERELLE_HOME/jwt-secret, so tokens survive a restart of a single instance.
 */
@Factory
class TokenSigning {

    static final String SECRET_FILE = "jwt-secret";
    /** HS256 needs a key of at least 256 bits. */
    static final int MIN_SECRET_LENGTH = 32;
    private static final Logger LOG = LoggerFactory.getLogger(TokenSigning.class);

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration signature(@Value("${passerelle.security.jwt-secret:}") String configured) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        configuration.setSecret(secret(configured));
        return new SecretSignature(configuration);
    }

    static String secret(String configured) {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_SECRET_LENGTH) {
                throw new IllegalStateException("PASSERELLE_JWT_SECRET must be at least " + MIN_SECRET_LENGTH
                        + " characters long");
            }
            return configured;
        }
        return storedSecret(PasserelleHome.path().resolve(SECRET_FILE));
    }

    static String storedSecret(Path file) {
        try {
            if (Files.exists(file)) {
                return readSecret(file);
            }
            Files.createDirectories(file.getParent());
            byte[] bytes = new byte[64];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getEncoder().encodeToString(bytes);
            try {
                // CREATE_NEW: when two processes start at once, one writes and the other reads.
                Files.writeString(file, secret, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException raced) {
                return readSecret(file);
            }
            restrictToOwner(file);
            LOG.info("Generated a token signing key in {} (set PASSERELLE_JWT_SECRET to share one between instances)",
                    file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the token signing key " + file, e);
        }
    }

    private static String readSecret(Path file) throws IOException {
        String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("The token signing key in " + file + " is too short: delete it to regenerate");
        }
        return secret;
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            LOG.warn("Cannot restrict the permissions of {} on this file system", file);
        }
    }
}
