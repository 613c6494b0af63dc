package fr.passerelle.catalogue.ui.workspace;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short French messages after an action; errors stay longer, long enough to read twice. */
final class Notifications {

    private Notifications() {
    }

    static void success(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.addClassName("notification-success");
    }

    static void error(String text) {
        Notification notification = Notification.show(text, 10000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("notification-error");
        notification.getElement().setAttribute("role", "alert");
    }
}
