package fr.passerelle.account.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import fr.passerelle.account.AccountRef;
import fr.passerelle.account.Role;
import io.micronaut.core.annotation.Nullable;

import java.io.Serializable;
import java.util.Optional;

/**
 * Who uses this browser session, for the UI: stored in the {@link VaadinSession} at login.
 * Permission questions still go to {@code AccountService} with the {@link AccountRef}: it reads
 * the account's current role and state, not the ones of the login.
 */
public final class CurrentUser {

    /** What the session remembers: the account, and the name to greet it by. */
    public record SignedIn(AccountRef ref, String displayName) implements Serializable {

        public Role role() {
            return ref.role();
        }
    }

    private CurrentUser() {
    }

    public static Optional<SignedIn> get() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(SignedIn.class));
    }

    public static Optional<AccountRef> ref() {
        return get().map(SignedIn::ref);
    }

    /**
     * Starts the signed-in session. The HTTP session gets a new id first, so an id planted
     * before login (session fixation) is worth nothing afterwards.
     */
    static void signIn(AccountRef ref, String displayName) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            VaadinService.reinitializeSession(request);
        }
        VaadinSession.getCurrent().setAttribute(SignedIn.class, new SignedIn(ref, displayName));
    }

    /** Ends the session entirely: the next request starts a fresh, anonymous one. */
    static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return;
        }
        session.setAttribute(SignedIn.class, null);
        session.getSession().invalidate();
    }

    /** Only local paths: {@code ?redirect=https://evil.example} must not send users away. */
    static Optional<String> safeRedirect(@Nullable String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")
                || target.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(target);
    }
}
