package fr.passerelle.account;

import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.DomainException.FieldError;
import jakarta.inject.Singleton;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;

/**
 * Password hashing (Argon2id, Spring Security's 2022 parameters: 16 MiB, 2 passes) and the
 * password policy. Hashes carry their parameters, so raising them later keeps old hashes valid.
 */
@Singleton
class Passwords {

    /** CNIL recommendation (deliberation 2022-100) for a password alone: 12 characters, 4 kinds. */
    static final int MIN_LENGTH = 12;
    /** Argon2 hashes any length; the cap keeps one request from costing much. */
    static final int MAX_LENGTH = 128;

    private final PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    // Compared against when the username is unknown, so both answers take the same time.
    private final String decoy = encoder.encode("decoy password that matches nothing");

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    /** Spends the time a real check would, for a username that does not exist. */
    void spendTimeOfAFailedCheck(String password) {
        encoder.matches(password, decoy);
    }

    /** Refuses a password users are asked to choose when it is too weak. */
    void requireStrong(String password) {
        String message = null;
        if (password == null || password.length() < MIN_LENGTH) {
            message = "Le mot de passe doit contenir au moins " + MIN_LENGTH + " caractères.";
        } else if (password.length() > MAX_LENGTH) {
            message = "Le mot de passe ne doit pas dépasser " + MAX_LENGTH + " caractères.";
        } else if (kinds(password) < 4) {
            message = "Le mot de passe doit contenir des minuscules, des majuscules, des chiffres et des caractères spéciaux.";
        }
        if (message != null) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, message,
                    List.of(new FieldError("password", message)));
        }
    }

    private static int kinds(String password) {
        boolean lower = false, upper = false, digit = false, other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
