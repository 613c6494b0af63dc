package fr.passerelle.account.ui;

import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import fr.passerelle.account.AccountRef;
import fr.passerelle.account.AccountService;
import fr.passerelle.account.LoginService;
import fr.passerelle.account.LoginThrottled;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.ui.MainLayout;
import io.micronaut.context.annotation.Prototype;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * {@code /connexion}: username and password checked by the same {@link LoginService} as the
 * API (same throttling), then back to the page that asked for it ({@code ?redirect=/espace}).
 */
@Route(value = LoginView.ROUTE, layout = MainLayout.class)
@Prototype
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "connexion";
    private static final Logger LOG = LoggerFactory.getLogger(LoginView.class);

    private final LoginService login;
    private final AccountService accounts;
    private final LoginForm form = new LoginForm();
    private String redirect = "/";

    public LoginView(LoginService login, AccountService accounts) {
        this.login = login;
        this.accounts = accounts;
        addClassName("login-view");
        form.setI18n(i18n(null));
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(this::signIn);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        redirect = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("redirect", List.of()).stream().findFirst()
                .flatMap(CurrentUser::safeRedirect).orElse("/");
        removeAll();
        add(new H1(getTranslation("login.title")));
        CurrentUser.get().ifPresentOrElse(who -> add(new Paragraph(getTranslation("login.already", who.displayName()))),
                () -> {
                    Paragraph intro = new Paragraph(getTranslation("login.intro"));
                    intro.addClassName("login-intro");
                    add(intro, form);
                });
    }

    private void signIn(AbstractLogin.LoginEvent event) {
        try {
            AccountRef who = login.login(event.getUsername(), event.getPassword(), clientAddress());
            CurrentUser.signIn(who, accounts.profile(who).displayName());
            // A full load: the header and every view are built again for the signed-in session.
            UI.getCurrent().getPage().setLocation(redirect);
        } catch (LoginThrottled e) {
            refuse(getTranslation("login.error.throttled.title"), getTranslation("login.error.throttled",
                    e.retryAfter().toMinutes()));
        } catch (DomainException e) {
            refuse(getTranslation("login.error.title"), getTranslation("login.error.credentials"));
        }
    }

    private void refuse(String title, String message) {
        form.setI18n(i18n(new String[] {title, message}));
        form.setError(true);
        form.setEnabled(true);
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        // Behind the proxy, Tomcat's RemoteIpValve has already put the client's address here.
        String address = request == null ? null : request.getRemoteAddr();
        if (address == null) {
            LOG.warn("Login without a client address");
            return "unknown";
        }
        return address;
    }

    private LoginI18n i18n(String[] error) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.form.title"));
        texts.setUsername(getTranslation("login.form.username"));
        texts.setPassword(getTranslation("login.form.password"));
        texts.setSubmit(getTranslation("login.form.submit"));
        texts.setForgotPassword(getTranslation("login.form.forgot"));
        LoginI18n.ErrorMessage message = i18n.getErrorMessage();
        message.setTitle(error == null ? getTranslation("login.error.title") : error[0]);
        message.setMessage(error == null ? getTranslation("login.error.credentials") : error[1]);
        message.setUsername(getTranslation("login.error.username"));
        message.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " — " + getTranslation("app.title.suffix");
    }
}
