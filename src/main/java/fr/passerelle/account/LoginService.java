package fr.passerelle.account;

import fr.passerelle.shared.DomainException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Optional;

/**
 * Checks a username and password, throttled per username and per client address. Shared by
 * every door: the API token endpoint now, the UI login page later.
 */
@Singleton
public class LoginService {

    private static final Logger LOG = LoggerFactory.getLogger(LoginService.class);
    /** One message for an unknown name, a wrong password and a disabled account: no account discovery. */
    static final String BAD_CREDENTIALS = "Identifiant ou mot de passe incorrect.";
    private static final int MAX_STORED_USERNAME = 100;

    private final LoginAttempts attempts;
    private final AccountService reader;
    private final Passwords passwords;

    LoginService(LoginAttempts attempts, AccountService reader, Passwords passwords) {
        this.attempts = attempts;
        this.reader = reader;
        this.passwords = passwords;
    }

    /**
     * @throws LoginThrottled after too many failures (even when the password is right)
     * @throws DomainException UNAUTHORIZED on wrong credentials
     */
    public AccountRef login(String username, String password, String clientIp) {
        String name = normalise(username);
        if (name.isEmpty() || password == null || password.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNAUTHORIZED, BAD_CREDENTIALS);
        }
        long attempt = attempts.begin(name, clientIp);
        if (attempts.isThrottled(name, clientIp)) {
            attempts.settle(attempt, LoginAttempts.Outcome.THROTTLED);
            LOG.info("Login throttled (attempt {})", attempt);
            throw new LoginThrottled(attempts.window());
        }
        Optional<Account> account = reader.byUsername(name);
        boolean valid;
        if (account.isEmpty()) {
            passwords.spendTimeOfAFailedCheck(password);
            valid = false;
        } else {
            valid = passwords.matches(password, account.get().passwordHash()) && !account.get().disabled();
        }
        attempts.settle(attempt, valid ? LoginAttempts.Outcome.SUCCESS : LoginAttempts.Outcome.FAILURE);
        if (!valid) {
            LOG.info("Login failed (attempt {})", attempt);
            throw new DomainException(DomainException.Kind.UNAUTHORIZED, BAD_CREDENTIALS);
        }
        return account.get().ref();
    }

    static String normalise(String username) {
        if (username == null) {
            return "";
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        return name.length() > MAX_STORED_USERNAME ? name.substring(0, MAX_STORED_USERNAME) : name;
    }
}
