package fr.passerelle.orientation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import fr.passerelle.account.Role;
import fr.passerelle.account.ui.CurrentUser;
import fr.passerelle.shared.ui.HeaderExtension;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;

/** The header's link to the signed-in user's requests: hers, his queue, the structure's inbox. */
@Singleton
@Order(-10)
class OrientationHeader implements HeaderExtension {

    @Override
    public Component create() {
        Div area = new Div();
        area.addClassName("orientation-links");
        CurrentUser.get().ifPresent(who -> {
            String[] link = switch (who.role()) {
                case BENEFICIAIRE -> new String[]{MyRequestsView.ROUTE, "orientation.nav.mine"};
                case REFERENT -> new String[]{ValidationQueueView.ROUTE, "orientation.nav.queue"};
                case OPERATEUR -> new String[]{InboxView.ROUTE, "orientation.nav.inbox"};
                case GESTIONNAIRE, ADMINISTRATEUR -> null;
            };
            if (link != null) {
                Anchor anchor = new Anchor("/" + link[0], area.getTranslation(link[1]));
                anchor.addClassNames("account-link", "orientation-link");
                area.add(anchor);
            }
        });
        if (area.getChildren().findAny().isEmpty()) {
            area.setVisible(false);
        }
        return area;
    }
}
