package fr.passerelle.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fr.passerelle.account.Role;
import fr.passerelle.shared.ui.HeaderExtension;
import jakarta.inject.Singleton;

/**
 * The header's account area: "Se connecter" for visitors; for signed-in users who they are,
 * "Mon espace" (operators and administrators), the administrators' "Imports" and "Doublons",
 * "Modération" (territory managers and administrators), and
 * "Se déconnecter".
 */
@Singleton
class AccountHeader implements HeaderExtension {

    /** The operators' workspace (catalogue room); a path, so this room does not import its views. */
    static final String WORKSPACE = "/espace";
    /** The administrators' import page (interop room). */
    static final String IMPORTS = "/admin/imports";
    /** The administrators' duplicates page (interop room). */
    static final String DUPLICATES = "/admin/doublons";
    /** The territory managers' and administrators' moderation page (catalogue room). */
    static final String MODERATION = "/moderation";

    @Override
    public Component create() {
        Div area = new Div();
        area.addClassName("account-area");
        CurrentUser.get().ifPresentOrElse(who -> {
            Span prefix = new Span(area.getTranslation("account.header.signedIn"));
            prefix.addClassName("account-prefix");
            Span name = new Span(prefix, new Span(who.displayName()));
            name.addClassName("account-name");
            area.add(name);
            if (who.role() == Role.OPERATEUR || who.role() == Role.ADMINISTRATEUR) {
                Anchor workspace = new Anchor(WORKSPACE, area.getTranslation("account.header.workspace"));
                workspace.addClassName("account-link");
                area.add(workspace);
            }
            if (who.role() == Role.ADMINISTRATEUR) {
                Anchor imports = new Anchor(IMPORTS, area.getTranslation("imports.header.link"));
                imports.addClassName("account-link");
                Anchor duplicates = new Anchor(DUPLICATES, area.getTranslation("dedup.nav"));
                duplicates.addClassNames("account-link", "dedup-link");
                area.add(imports, duplicates);
            }
            if (who.role() == Role.GESTIONNAIRE || who.role() == Role.ADMINISTRATEUR) {
                Anchor moderation = new Anchor(MODERATION, area.getTranslation("moderation.nav"));
                moderation.addClassNames("account-link", "moderation-link");
                area.add(moderation);
            }
            Button signOut = new Button(area.getTranslation("account.header.signOut"), click -> {
                // Vaadin's documented order: ask the browser to leave, then end the session.
                UI.getCurrent().getPage().setLocation("/");
                CurrentUser.signOut();
            });
            signOut.addClassName("account-sign-out");
            area.add(signOut);
        }, () -> {
            Anchor signIn = new Anchor("/" + LoginView.ROUTE, area.getTranslation("account.header.signIn"));
            signIn.addClassName("account-link");
            area.add(signIn);
        });
        return area;
    }
}
