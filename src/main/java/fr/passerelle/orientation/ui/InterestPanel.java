package fr.passerelle.orientation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinService;
import fr.passerelle.account.AccountRef;
import fr.passerelle.account.AccountService;
import fr.passerelle.account.Role;
import fr.passerelle.account.ui.CurrentUser;
import fr.passerelle.catalogue.AccessRule;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.orientation.Orientation;
import fr.passerelle.orientation.OrientationService;
import io.micronaut.context.annotation.Prototype;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The orientation block of an offer page: "Je suis intéressé(e)" for a beneficiary (offers she
 * may ask for herself), "Orienter une personne" for a referent, a sign-in link for visitors.
 * Embedded by the catalogue's offer page with {@link #forOffer}.
 */
@Prototype
public class InterestPanel extends Div {

    private final OrientationService orientations;
    private final AccountService accounts;

    InterestPanel(OrientationService orientations, AccountService accounts) {
        this.orientations = orientations;
        this.accounts = accounts;
        addClassName("interest-panel");
    }

    /** A new panel for this offer, its services injected (one line in the offer page). */
    public static Component forOffer(Offer offer) {
        InterestPanel panel = VaadinService.getCurrent().getInstantiator().getOrCreate(InterestPanel.class);
        panel.show(offer);
        return panel;
    }

    void show(Offer offer) {
        removeAll();
        add(new H2(getTranslation("interest.title")));
        AccountRef who = CurrentUser.ref().orElse(null);
        if (who == null) {
            String target = "/offres/" + offer.id();
            Anchor signIn = new Anchor("/connexion?redirect=" + URLEncoder.encode(target, StandardCharsets.UTF_8),
                    getTranslation("interest.signIn"));
            signIn.addClassName("interest-sign-in");
            add(new Paragraph(signIn));
            return;
        }
        if (who.role() == Role.BENEFICIAIRE) {
            if (offer.accessRule() == AccessRule.PRESCRIPTION) {
                add(new Paragraph(getTranslation("interest.prescriptionOnly")));
                return;
            }
            Orientation pending = orientations.visibleTo(who).stream()
                    .filter(o -> o.offerId().equals(offer.id()) && !o.status().isFinal()).findFirst().orElse(null);
            if (pending != null) {
                Paragraph already = new Paragraph(getTranslation("interest.alreadyAsked", pending.status().label()));
                already.addClassName("interest-already");
                add(already, new Paragraph(new Anchor("/" + MyRequestsView.ROUTE, getTranslation("interest.seeMine"))));
                return;
            }
            add(new Paragraph(getTranslation(offer.accessRule() == AccessRule.VALIDATION
                    ? "interest.explain.validation" : "interest.explain.auto")));
            Button interested = new Button(getTranslation("interest.button"),
                    click -> new InterestDialog(orientations, offer, who, null, this::confirmed).open());
            interested.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            interested.addClassName("interest-button");
            add(interested);
        } else if (who.role() == Role.REFERENT) {
            Button orient = new Button(getTranslation("interest.refer"),
                    click -> new InterestDialog(orientations, offer, who, accounts, this::confirmed).open());
            orient.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            orient.addClassName("refer-button");
            add(orient);
        } else {
            setVisible(false);
        }
    }

    /** After a request was made: what happens next, in plain words. */
    private void confirmed(String nextStep) {
        removeAll();
        add(new H2(getTranslation("interest.title")));
        Paragraph next = new Paragraph(nextStep);
        next.addClassName("interest-next-step");
        next.getElement().setAttribute("role", "status");
        add(next);
        if (CurrentUser.ref().map(AccountRef::role).orElse(null) == Role.BENEFICIAIRE) {
            add(new Paragraph(new Anchor("/" + MyRequestsView.ROUTE, getTranslation("interest.seeMine"))));
        }
    }
}
