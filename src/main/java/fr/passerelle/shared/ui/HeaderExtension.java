package fr.passerelle.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of the site header that belongs to a room (e.g. the account room's "Se connecter" /
 * "Se déconnecter" area): {@link MainLayout} adds one component per bean, in bean order,
 * without importing the rooms.
 */
public interface HeaderExtension {

    /** A new component for one page frame (layouts are prototypes: never share components). */
    Component create();
}
