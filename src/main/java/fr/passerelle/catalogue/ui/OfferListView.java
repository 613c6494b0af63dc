package fr.passerelle.catalogue.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferCatalogue;
import fr.passerelle.catalogue.OfferFilter;
import fr.passerelle.catalogue.Vocabularies;
import fr.passerelle.shared.Page;
import fr.passerelle.shared.PageRequest;
import fr.passerelle.shared.ui.MainLayout;
import io.micronaut.context.annotation.Prototype;

/**
 * Home page: published offers, narrowed by the words typed in the filter. A first door on the
 * catalogue; the search room's index (facets, map, distance) will replace the text filter.
 */
@Route(value = "", layout = MainLayout.class)
@Prototype
public class OfferListView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE_SIZE = 20;

    private final OfferCatalogue catalogue;
    private final TextField filter = new TextField();
    private final Paragraph count = new Paragraph();
    private final OfferCards cards;

    public OfferListView(OfferCatalogue catalogue, Vocabularies vocabularies) {
        this.catalogue = catalogue;
        this.cards = new OfferCards(vocabularies);
        addClassName("offer-list-view");

        filter.setLabel(getTranslation("offers.filter.label"));
        filter.setPlaceholder(getTranslation("offers.filter.placeholder"));
        filter.setHelperText(getTranslation("offers.filter.helper"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setValueChangeTimeout(350);
        filter.addClassName("offer-filter");
        filter.addValueChangeListener(event -> show(event.getValue()));

        // Announced by screen readers after each update of the list.
        count.addClassName("offer-count");
        count.getElement().setAttribute("role", "status");

        Paragraph intro = new Paragraph(getTranslation("offers.intro"));
        intro.addClassName("lead");
        Div results = new Div(count, cards);
        results.addClassName("offer-results");
        add(new H1(getTranslation("offers.title")), intro, filter, results);
        show("");
    }

    private void show(String text) {
        String words = text == null || text.isBlank() ? null : text.strip();
        Page<Offer> page = catalogue.offers(OfferFilter.publishedOnly().withText(words), new PageRequest(1, PAGE_SIZE));
        if (page.total() == 0 && words == null) {
            count.setText(getTranslation("offers.none"));
        } else if (page.total() > page.items().size()) {
            count.setText(getTranslation("offers.count.partial", page.total(), page.items().size()));
        } else {
            count.setText(getTranslation("offers.count", page.total()));
        }
        cards.show(page.items());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offers.title") + " — " + getTranslation("app.title.suffix");
    }
}
