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
import fr.passerelle.shared.ui.MainLayout;
import io.micronaut.context.annotation.Prototype;

import java.util.List;

/** {@code /orientations/a-valider}: the requests of the persons a referent follows, waiting for him. */
@Route(value = ValidationQueueView.ROUTE, layout = MainLayout.class)
@RequiresRole(Role.REFERENT)
@Prototype
public class ValidationQueueView extends RequestListView {

    public static final String ROUTE = "orientations/a-valider";

    public ValidationQueueView(OrientationService orientations) {
        super(orientations, "validation-queue-view");
    }

    @Override
    String titleKey() {
        return "orientation.queue.title";
    }

    @Override
    String leadKey() {
        return "orientation.queue.lead";
    }

    @Override
    String emptyKey() {
        return "orientation.queue.empty";
    }

    @Override
    List<Orientation> requests() {
        return orientations.visibleTo(who, OrientationStatus.A_VALIDER);
    }

    @Override
    List<Component> actions(Orientation o) {
        Button validate = move(o, OrientationStatus.TRANSMISE, "orientation.action.validate", "action-validate", true);
        Button refuse = new Button(getTranslation("orientation.action.refuse"), click ->
                ReasonDialog.text(this, "orientation.refuse.title", "orientation.refuse.reasonText",
                        reason -> apply(o, OrientationStatus.REFUSEE_REFERENT, reason)).open());
        refuse.addClassName("action-refuse");
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return List.of(validate, refuse);
    }
}
