package fr.passerelle.interop.dedup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import fr.passerelle.account.Role;
import fr.passerelle.account.ui.CurrentUser;
import fr.passerelle.shared.ui.HeaderExtension;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;

/** The header's link to the duplicates page, for administrators. */
@Singleton
@Order(-5)
class DuplicatesHeader implements HeaderExtension {

    @Override
    public Component create() {
        Div area = new Div();
        area.addClassName("dedup-links");
        CurrentUser.get().filter(who -> who.role() == Role.ADMINISTRATEUR).ifPresent(who -> {
            Anchor link = new Anchor("/" + DuplicatesView.ROUTE, area.getTranslation("dedup.nav"));
            link.addClassNames("account-link", "dedup-link");
            area.add(link);
        });
        area.setVisible(area.getChildren().findAny().isPresent());
        return area;
    }
}
