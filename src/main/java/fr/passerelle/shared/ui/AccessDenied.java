package fr.passerelle.shared.ui;

/**
 * A signed-in user opened a page his role or structure does not give him: shown by
 * {@link AccessDeniedView} with HTTP 403. Visitors are sent to the login page instead.
 * {@code event.rerouteToError(new AccessDenied(frenchMessage), frenchMessage)}.
 */
public class AccessDenied extends RuntimeException {

    /** For {@code rerouteToError(AccessDenied.class)}: Vaadin creates the exception itself. */
    public AccessDenied() {
        super();
    }

    public AccessDenied(String frenchMessage) {
        super(frenchMessage);
    }
}
