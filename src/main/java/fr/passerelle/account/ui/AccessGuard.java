package fr.passerelle.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import fr.passerelle.account.AccountService;
import fr.passerelle.account.Profile;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.ui.AccessDenied;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Route guard of every UI: before a view annotated {@link RequiresRole} opens, visitors are
 * forwarded to the login page (which brings them back afterwards) and signed-in users of
 * another role get the 403 page. The role is read again from the database: a disabled account
 * is signed out, a changed role counts at once.
 */
@Singleton
class AccessGuard implements VaadinServiceInitListener {

    private final AccountService accounts;

    AccessGuard(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        RequiresRole rule = event.getNavigationTarget().getAnnotation(RequiresRole.class);
        if (rule == null) {
            return;
        }
        Optional<CurrentUser.SignedIn> who = CurrentUser.get();
        Optional<Profile> profile = who.flatMap(this::profileOf);
        if (profile.isEmpty()) {
            if (who.isPresent()) {
                VaadinSession.getCurrent().setAttribute(CurrentUser.SignedIn.class, null);
            }
            QueryParameters back = QueryParameters.simple(Map.of("redirect", pathOf(event.getLocation())));
            event.forwardTo(LoginView.ROUTE, back);
            // On the first load of a page (initial UIDL) forwarding does not change the address bar;
            // a real redirect does, so reloading or bookmarking lands on the login page.
            event.getUI().getPage().setLocation("/" + new Location(LoginView.ROUTE, back).getPathWithQueryParameters());
            return;
        }
        if (Arrays.stream(rule.value()).noneMatch(role -> role == profile.get().role())) {
            String message = event.getUI().getTranslation("error.forbidden.role", profile.get().role().label());
            event.rerouteToError(new AccessDenied(message), message);
        }
    }

    private Optional<Profile> profileOf(CurrentUser.SignedIn who) {
        try {
            return Optional.of(accounts.profile(who.ref()));
        } catch (DomainException disabled) {
            return Optional.empty();
        }
    }

    private static String pathOf(Location location) {
        return "/" + location.getPathWithQueryParameters();
    }
}
