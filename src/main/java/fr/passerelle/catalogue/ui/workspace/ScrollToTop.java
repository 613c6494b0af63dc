package fr.passerelle.catalogue.ui.workspace;

import com.vaadin.flow.component.UI;

/**
 * Pages of the workspace open at their top: the frame scrolls inside the layout (not the
 * window), and Vaadin keeps that scroll position when the router swaps the view, so a form
 * opened from the bottom of a long list would open in its middle.
 */
final class ScrollToTop {

    static final String SCRIPT = "window.scrollTo(0, 0);"
            + " for (let e = document.getElementById('contenu'); e;"
            + " e = e.assignedSlot || e.parentElement || (e.getRootNode() && e.getRootNode().host))"
            + " { if (e.scrollTop) { e.scrollTop = 0; } }";

    private ScrollToTop() {
    }

    static void on(UI ui) {
        ui.getPage().executeJs(SCRIPT);
    }
}
