package fr.passerelle.orientation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.Route;
import fr.passerelle.account.Role;
import fr.passerelle.account.ui.RequiresRole;
import fr.passerelle.orientation.Orientation;
import fr.passerelle.orientation.OrientationService;
import fr.passerelle.orientation.OrientationStatus;
import fr.passerelle.orientation.Outcome;
import fr.passerelle.orientation.RefusalReason;
import fr.passerelle.shared.ui.MainLayout;
import io.micronaut.context.annotation.Prototype;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code /orientations/recues}: the requests transmitted to an operator's structures, with the next moves. */
@Route(value = InboxView.ROUTE, layout = MainLayout.class)
@RequiresRole(Role.OPERATEUR)
@Prototype
public class InboxView extends RequestListView {

    public static final String ROUTE = "orientations/recues";

    public InboxView(OrientationService orientations) {
        super(orientations, "inbox-view");
    }

    @Override
    String titleKey() {
        return "orientation.inbox.title";
    }

    @Override
    String leadKey() {
        return "orientation.inbox.lead";
    }

    @Override
    String emptyKey() {
        return "orientation.inbox.empty";
    }

    @Override
    List<Orientation> requests() {
        return orientations.visibleTo(who);
    }

    @Override
    List<Component> actions(Orientation o) {
        OrientationStatus at = o.status();
        List<Component> actions = new ArrayList<>();
        if (at.canMoveTo(OrientationStatus.EN_ETUDE)) {
            actions.add(move(o, OrientationStatus.EN_ETUDE, "orientation.action.study", "action-study", false));
        }
        if (at.canMoveTo(OrientationStatus.ACCEPTEE)) {
            actions.add(move(o, OrientationStatus.ACCEPTEE, "orientation.action.accept", "action-accept", true));
        }
        if (at.canMoveTo(OrientationStatus.ENTREE)) {
            actions.add(move(o, OrientationStatus.ENTREE, "orientation.action.enter", "action-enter", true));
        }
        if (at.canMoveTo(OrientationStatus.TERMINEE)) {
            Button end = new Button(getTranslation("orientation.action.end"), click ->
                    ReasonDialog.choice(this, "orientation.end.title", "orientation.end.outcome",
                            Arrays.asList(Outcome.values()), code -> apply(o, OrientationStatus.TERMINEE, code)).open());
            end.addClassName("action-end");
            end.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(end);
        }
        if (at.canMoveTo(OrientationStatus.REFUSEE)) {
            Button refuse = new Button(getTranslation("orientation.action.refuse"), click ->
                    ReasonDialog.choice(this, "orientation.refuse.title", "orientation.refuse.reasonChoice",
                            Arrays.asList(RefusalReason.values()), code -> apply(o, OrientationStatus.REFUSEE, code))
                            .open());
            refuse.addClassName("action-refuse");
            refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(refuse);
        }
        return actions;
    }
}
