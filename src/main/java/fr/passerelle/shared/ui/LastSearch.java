package fr.passerelle.shared.ui;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

/**
 * The search the visitor made last in this browser session, so that an offer page's "back to the
 * results" link returns to the same results (the search page writes it, offer pages read it).
 */
public final class LastSearch {

    private static final String ATTRIBUTE = LastSearch.class.getName();

    private LastSearch() {
    }

    public static void remember(QueryParameters parameters) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, parameters);
        }
    }

    public static QueryParameters recall() {
        VaadinSession session = VaadinSession.getCurrent();
        Object remembered = session == null ? null : session.getAttribute(ATTRIBUTE);
        return remembered instanceof QueryParameters parameters ? parameters : QueryParameters.empty();
    }
}
