package fr.passerelle.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HighlightCondition;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;

import java.util.List;
import java.util.Objects;

/**
 * The frame of every page: header with the name and tagline, main navigation, a skip link and
 * a {@code <main>} landmark around the current view. The navigation is two links in the
 * header (no drawer), which wrap under the name on a 360 px screen.
 */
@Prototype
public class MainLayout extends AppLayout {

    public static final String CONTENT_ID = "contenu";

    private final Main content = new Main();

    private final List<HeaderExtension> extensions;

    public MainLayout(List<HeaderExtension> extensions) {
        this.extensions = List.copyOf(extensions);
        content.setId(CONTENT_ID);
        content.addClassName("page-content");
        // Focusable by script only, so the skip link can move focus to it.
        content.getElement().setAttribute("tabindex", "-1");
        setContent(content);
        addToNavbar(true, header());
    }

    private Component header() {
        Anchor skip = new Anchor("#" + CONTENT_ID, getTranslation("layout.skip"));
        skip.addClassName("skip-link");
        // Handled in the browser: Vaadin's router must not treat the fragment as a navigation.
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("this.addEventListener('click', e => {"
                + " e.preventDefault(); const main = document.getElementById($0);"
                + " if (main) { main.focus(); main.scrollIntoView(); } })", CONTENT_ID);

        // The home view belongs to a room (catalogue): found by its path, shared/ does not import rooms.
        Class<? extends Component> home = RouteConfiguration.forApplicationScope().getRoute("")
                .orElseThrow(() -> new IllegalStateException("No view is routed at /"));
        RouterLink name = new RouterLink(getTranslation("app.name"), home);
        name.addClassName("brand-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("brand-tagline");
        Div brand = new Div(name, tagline);
        brand.addClassName("brand");

        UnorderedList links = new UnorderedList(
                navigationItem(getTranslation("layout.nav.offers"), home, HighlightConditions.sameLocation()),
                navigationItem(getTranslation("layout.nav.about"), AboutView.class, HighlightConditions.locationPrefix()));
        Nav navigation = new Nav(links);
        navigation.addClassName("main-navigation");
        navigation.getElement().setAttribute("aria-label", getTranslation("layout.nav.label"));

        Header header = new Header(skip, brand, navigation);
        header.addClassName("site-header");
        extensions.forEach(extension -> header.add(extension.create()));
        return header;
    }

    private static ListItem navigationItem(String text, Class<? extends Component> target,
                                           HighlightCondition<RouterLink> isCurrent) {
        RouterLink link = new RouterLink(text, target);
        link.setHighlightCondition(isCurrent);
        // Screen readers announce the current page; the style keys on the same attribute.
        link.setHighlightAction((routerLink, current) -> {
            if (current) {
                routerLink.getElement().setAttribute("aria-current", "page");
            } else {
                routerLink.getElement().removeAttribute("aria-current");
            }
        });
        return new ListItem(link);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(Objects.requireNonNull(view).getElement());
    }
}
