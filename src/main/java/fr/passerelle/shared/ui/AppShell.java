package fr.passerelle.shared.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import jakarta.inject.Singleton;

/** Page-wide settings: theme (frontend/themes/passerelle) and favicon; the page template is frontend/index.html. */
@Singleton
@Theme("passerelle")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
