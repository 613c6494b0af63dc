package fr.passerelle.orientation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import fr.passerelle.account.AccountRef;
import fr.passerelle.account.ui.CurrentUser;
import fr.passerelle.orientation.Orientation;
import fr.passerelle.orientation.OrientationService;
import fr.passerelle.orientation.OrientationStatus;
import fr.passerelle.shared.DomainException;
import io.micronaut.core.annotation.Nullable;

import java.util.Comparator;
import java.util.List;

/** A page listing requests as cards, each with its timeline and the moves its reader may make. */
abstract class RequestListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected final OrientationService orientations;
    protected AccountRef who;
    private final Div list = new Div();

    RequestListView(OrientationService orientations, String className) {
        this.orientations = orientations;
        addClassNames("orientation-view", className);
        list.addClassName("orientation-list");
    }

    /** The title's message key. */
    abstract String titleKey();

    /** The page's lead text and empty-list message keys. */
    abstract String leadKey();

    abstract String emptyKey();

    /** The requests to show. */
    abstract List<Orientation> requests();

    /** The buttons for one request. */
    abstract List<Component> actions(Orientation o);

    /** Whether cards name the person (referents and structures read other people's requests). */
    boolean showsPerson() {
        return true;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // RequiresRole let us in: a signed-in user of the right role.
        who = CurrentUser.ref().orElseThrow();
        removeAll();
        add(new H1(getTranslation(titleKey())), lead(), list);
        refresh();
    }

    private Paragraph lead() {
        Paragraph lead = new Paragraph(getTranslation(leadKey()));
        lead.addClassName("lead");
        return lead;
    }

    void refresh() {
        list.removeAll();
        List<Orientation> shown = requests().stream()
                .sorted(Comparator.comparing(Orientation::statusSince).reversed()).toList();
        if (shown.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(emptyKey()));
            empty.addClassName("orientation-empty");
            list.add(empty);
            return;
        }
        for (Orientation o : shown) {
            String person = showsPerson() && o.beneficiaryId() != null ? orientations.displayName(o.beneficiaryId())
                    : null;
            Div card = OrientationTexts.card(this, o, person, actions(o).toArray(Component[]::new));
            Details history = new Details(getTranslation("orientation.history.title"),
                    OrientationTexts.timeline(this, orientations, orientations.detail(o.id(), who).history()));
            history.addClassName("orientation-history");
            card.add(history);
            list.add(card);
        }
    }

    /** A button that makes one move, then shows the list again. */
    Button move(Orientation o, OrientationStatus next, String labelKey, String className, boolean primary) {
        Button button = new Button(getTranslation(labelKey), click -> apply(o, next, null));
        button.addClassName(className);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    /** Makes the move; false (message shown) when the service says no. */
    boolean apply(Orientation o, OrientationStatus next, @Nullable String motif) {
        try {
            orientations.move(o.id(), next, motif, who);
            Notification done = Notification.show(getTranslation("orientation.moved", o.offerName(), next.label()),
                    4000, Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            return true;
        } catch (DomainException e) {
            Notification failed = Notification.show(OrientationTexts.problem(this, e), 8000,
                    Notification.Position.MIDDLE);
            failed.addThemeVariants(NotificationVariant.LUMO_ERROR);
            refresh();
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey()) + " — " + getTranslation("app.title.suffix");
    }
}
