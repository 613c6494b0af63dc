package fr.passerelle.shared.ui;

import com.vaadin.flow.router.NotFoundException;

/**
 * A "not found" whose message is French and may be shown as is (unlike Vaadin's own
 * route-not-found message): {@code event.rerouteToError(new PageNotFound(text), text)}.
 */
public class PageNotFound extends NotFoundException {

    public PageNotFound(String frenchMessage) {
        super(frenchMessage);
    }
}
