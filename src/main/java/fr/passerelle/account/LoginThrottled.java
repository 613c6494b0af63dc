package fr.passerelle.account;

import fr.passerelle.shared.DomainException;

import java.time.Duration;

/** Too many failed logins: the API answers 429 with a Retry-After header. */
public class LoginThrottled extends DomainException {

    private final Duration retryAfter;

    LoginThrottled(Duration retryAfter) {
        super(Kind.TOO_MANY_REQUESTS, "Trop de tentatives de connexion échouées. Réessayez dans "
                + retryAfter.toMinutes() + " minutes.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
