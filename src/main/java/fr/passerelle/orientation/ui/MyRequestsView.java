package fr.passerelle.orientation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.Route;
import fr.passerelle.account.Role;
import fr.passerelle.account.ui.RequiresRole;
import fr.passerelle.orientation.Orientation;
import fr.passerelle.orientation.OrientationService;
import fr.passerelle.orientation.OrientationStatus;
import fr.passerelle.shared.ui.MainLayout;
import io.micronaut.context.annotation.Prototype;

import java.util.List;

/** {@code /mes-demandes}: a beneficiary's requests, where each stands, its history; cancel while open. */
@Route(value = MyRequestsView.ROUTE, layout = MainLayout.class)
@RequiresRole(Role.BENEFICIAIRE)
@Prototype
public class MyRequestsView extends RequestListView {

    public static final String ROUTE = "mes-demandes";

    public MyRequestsView(OrientationService orientations) {
        super(orientations, "my-requests-view");
    }

    @Override
    String titleKey() {
        return "orientation.mine.title";
    }

    @Override
    String leadKey() {
        return "orientation.mine.lead";
    }

    @Override
    String emptyKey() {
        return "orientation.mine.empty";
    }

    @Override
    boolean showsPerson() {
        return false;
    }

    @Override
    List<Orientation> requests() {
        return orientations.visibleTo(who);
    }

    @Override
    List<Component> actions(Orientation o) {
        // Only the person who made the request may withdraw it (a referent's prescription is his).
        if (!o.status().canMoveTo(OrientationStatus.ANNULEE) || o.requestedBy() == null
                || o.requestedBy() != who.id()) {
            return List.of();
        }
        Button cancel = new Button(getTranslation("orientation.action.cancel"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("orientation.cancel.title"),
                    getTranslation("orientation.cancel.text", o.offerName()), getTranslation("orientation.cancel.yes"),
                    yes -> apply(o, OrientationStatus.ANNULEE, null));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("orientation.cancel.no"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        cancel.addClassName("action-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return List.of(cancel);
    }
}
