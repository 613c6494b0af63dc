package fr.passerelle.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;

/**
 * Declares the page language ({@code <html lang="fr">}) so screen readers pronounce French
 * and browsers do not offer to translate; Vaadin's bootstrap page has no language otherwise.
 */
@Singleton
class FrenchPages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response ->
                response.getDocument().getElementsByTag("html").attr("lang", "fr"));
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(MessagesI18NProvider.FRENCH));
    }
}
