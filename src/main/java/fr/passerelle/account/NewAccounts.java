package fr.passerelle.account;

import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.DomainException.FieldError;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Creating an account, whoever asks (sign-up, invitation, demo): one set of checks. */
@Singleton
class NewAccounts {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,39}$");
    // Deliberately loose: the address is proven by the mail we send, not by a pattern.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final AccountRepository accounts;
    private final Passwords passwords;

    NewAccounts(AccountRepository accounts, Passwords passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** Checks what a person typed, then creates the account; runs in the caller's transaction. */
    long create(String username, String email, String nom, String password, Role role) {
        String name = LoginService.normalise(username);
        List<FieldError> errors = new ArrayList<>();
        if (!USERNAME.matcher(name).matches()) {
            errors.add(new FieldError("username", "L'identifiant compte 2 à 40 caractères : lettres sans accent, "
                    + "chiffres, point, tiret ou tiret bas."));
        }
        String mail = email == null ? "" : email.strip();
        if (mail.length() > 254 || !EMAIL.matcher(mail).matches()) {
            errors.add(new FieldError("email", "L'adresse e-mail n'est pas valide."));
        }
        String displayName = nom == null ? "" : nom.strip();
        if (displayName.isEmpty() || displayName.length() > 200) {
            errors.add(new FieldError("nom", "Indiquez votre nom (200 caractères au plus)."));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "Certaines informations ne sont pas valides.",
                    errors);
        }
        passwords.requireStrong(password);
        return insert(name, mail, displayName, passwords.hash(password), role);
    }

    /** For accounts we create ourselves (demo): no policy on the password, the caller chose it. */
    long createTrusted(String username, String email, String nom, String password, Role role) {
        return insert(username, email, nom, passwords.hash(password), role);
    }

    private long insert(String username, String email, String displayName, String hash, Role role) {
        if (accounts.exists(username)) {
            throw taken();
        }
        try {
            return accounts.insert(username, email, displayName, hash, role);
        } catch (DataAccessException e) {
            // Two sign-ups for one name at once: the unique index decides. Not logged, the
            // driver's message would quote the name.
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                throw taken();
            }
            throw e;
        }
    }

    private static DomainException taken() {
        return new DomainException(DomainException.Kind.CONFLICT, "Cet identifiant est déjà pris : choisissez-en un autre.",
                List.of(new FieldError("username", "Déjà pris")));
    }

}
