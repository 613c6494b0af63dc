package fr.passerelle.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferCatalogue;
import fr.passerelle.catalogue.OpeningHours;
import fr.passerelle.catalogue.Vocabularies;
import fr.passerelle.geo.Commune;
import fr.passerelle.geo.Gazetteer;
import fr.passerelle.geo.ui.MapConfiguration;
import fr.passerelle.geo.ui.OfferMap;
import fr.passerelle.search.OfferSearch;
import fr.passerelle.search.SearchResult;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.ui.LastSearch;
import fr.passerelle.shared.ui.MainLayout;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.core.annotation.Nullable;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Home page: the map-and-list search. One {@link SearchState}, read from the address, gives one
 * {@link OfferSearch} query (the same as {@code GET /api/v1/search/services}); the list and the
 * map are two views of its results. Every choice the person makes becomes a new address (pushed
 * to the history, so Back returns to the previous search); "Voir plus" replaces the address.
 */
@Route(value = "", layout = MainLayout.class)
@Prototype
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<Double> RADII = List.of(2.0, 5.0, 10.0, 20.0, 30.0, 50.0, 100.0);
    private static final int PLACE_SUGGESTIONS = 20;

    private final OfferSearch search;
    private final Gazetteer gazetteer;
    private final OfferCatalogue catalogue;
    private final Clock clock;

    private final TextField text = new TextField();
    private final ComboBox<Commune> place = new ComboBox<>();
    private final Select<Double> radius = new Select<>();
    private final Button aroundMe = new Button();
    private final Button filtersToggle = new Button();
    private final Button listToggle = new Button();
    private final Button mapToggle = new Button();
    private final SearchFilters filters;
    private final ResultCards cards;
    private final Paragraph count = new Paragraph();
    private final Paragraph countDetail = new Paragraph();
    private final Button more = new Button();
    private final OfferMap map;
    private final Button searchHere = new Button();
    private final Div mapSelection = new Div();

    private SearchState state;
    private final Map<String, ResultCards.Card> shown = new LinkedHashMap<>();
    private OfferMap.View movedTo;
    private LocalDate today;

    public SearchView(OfferSearch search, Gazetteer gazetteer, Vocabularies vocabularies, OfferCatalogue catalogue,
                      MapConfiguration mapConfiguration, Clock clock) {
        this.search = search;
        this.gazetteer = gazetteer;
        this.catalogue = catalogue;
        this.clock = clock;
        this.cards = new ResultCards(vocabularies);
        this.filters = new SearchFilters(vocabularies, () -> openFilters(false));
        this.map = new OfferMap(mapConfiguration, true, getTranslation("search.map.label"));
        addClassNames("search-view", "show-list");

        H1 title = new H1(getTranslation("search.title"));
        Paragraph intro = new Paragraph(getTranslation("search.intro"));
        intro.addClassName("lead");
        add(title, intro, searchBar(), toolbar());

        count.addClassName("offer-count");
        count.getElement().setAttribute("role", "status");
        countDetail.addClassName("offer-count-detail");
        more.setText(getTranslation("search.more"));
        more.addClassName("search-more");
        more.addClickListener(e -> showMore());
        cards.onShowOnMap(this::showOnMap);
        Section results = new Section(count, countDetail, cards, more);
        results.addClassName("search-results");
        results.getElement().setAttribute("aria-label", getTranslation("search.results.label"));

        searchHere.setText(getTranslation("search.map.here"));
        searchHere.setIcon(VaadinIcon.SEARCH.create());
        searchHere.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        searchHere.addClassName("search-here");
        searchHere.setVisible(false);
        searchHere.addClickListener(e -> searchInMovedArea());
        map.addViewChangeListener(e -> {
            movedTo = e.view();
            searchHere.setVisible(true);
        });
        map.addMarkerSelectListener(e -> select(e.offerId()));
        mapSelection.addClassName("map-selection");
        Div mapPane = new Div(map, searchHere, mapSelection);
        mapPane.addClassName("search-map");

        Div body = new Div(filters, results, mapPane);
        body.addClassName("search-body");
        add(body);
        filters.onChange(this::go);
    }

    private Div searchBar() {
        text.setLabel(getTranslation("search.what.label"));
        text.setPlaceholder(getTranslation("search.what.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        text.addClassName("search-what");
        text.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withText(e.getValue()));
            }
        });

        place.setLabel(getTranslation("search.where.label"));
        place.setPlaceholder(getTranslation("search.where.placeholder"));
        place.setClearButtonVisible(true);
        place.addClassName("search-where");
        place.setItemLabelGenerator(SearchView::communeLabel);
        // Offline autocompletion from the gazetteer (names and postcodes); no geocoding service.
        place.setItems(query -> {
            String filter = query.getFilter().orElse("");
            return gazetteer.search(filter, Math.min(query.getOffset() + query.getLimit(), PLACE_SUGGESTIONS))
                    .stream().skip(query.getOffset()).limit(query.getLimit());
        });
        place.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withCommune(e.getValue() == null ? null : e.getValue().code()));
            }
        });

        radius.setLabel(getTranslation("search.radius.label"));
        radius.addClassName("search-radius");
        radius.setItemLabelGenerator(km -> getTranslation("search.radius.option", ResultCards.kilometres(km)));
        radius.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(state.withDistance(e.getValue()));
            }
        });

        aroundMe.setText(getTranslation("search.where.aroundMe"));
        aroundMe.setIcon(VaadinIcon.CROSSHAIRS.create());
        aroundMe.addClassName("search-around-me");
        aroundMe.setVisible(false);
        aroundMe.addClickListener(e -> getElement().executeJs(
                "const view = this; navigator.geolocation.getCurrentPosition("
                        + "p => view.$server.located(p.coords.latitude, p.coords.longitude),"
                        + "err => view.$server.notLocated(err.code), {timeout: 15000, maximumAge: 600000});"));

        Button submit = new Button(getTranslation("search.submit"), e -> go(state.withText(text.getValue())));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("search-submit");
        submit.addClickShortcut(Key.ENTER).listenOn(text);

        Div bar = new Div(text, place, radius, aroundMe, submit);
        bar.addClassName("search-bar");
        bar.getElement().setAttribute("role", "search");
        return bar;
    }

    private Div toolbar() {
        filtersToggle.setIcon(VaadinIcon.FILTER.create());
        filtersToggle.addClassName("filters-toggle");
        filtersToggle.getElement().setAttribute("aria-controls", SearchFilters.ID);
        filtersToggle.getElement().setAttribute("aria-expanded", "false");
        filtersToggle.addClickListener(e -> openFilters(!hasClassName("filters-open")));

        listToggle.setText(getTranslation("search.view.list"));
        listToggle.setIcon(VaadinIcon.LIST.create());
        mapToggle.setText(getTranslation("search.view.map"));
        mapToggle.setIcon(VaadinIcon.MAP_MARKER.create());
        listToggle.addClickListener(e -> showMap(false));
        mapToggle.addClickListener(e -> showMap(true));
        Div views = new Div(listToggle, mapToggle);
        views.addClassName("view-toggle");
        views.getElement().setAttribute("role", "group");
        views.getElement().setAttribute("aria-label", getTranslation("search.view.label"));
        showMap(false);

        Div toolbar = new Div(filtersToggle, views);
        toolbar.addClassName("search-toolbar");
        return toolbar;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // "Autour de moi" only where the browser can locate (a secure page with the Geolocation API).
        getElement().executeJs("return !!(navigator.geolocation && window.isSecureContext)")
                .then(Boolean.class, aroundMe::setVisible);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(SearchState.of(event.getLocation().getQueryParameters()));
    }

    /** A new search chosen by the person: a new history entry, then the router shows it. */
    private void go(SearchState next) {
        if (next.equals(state)) {
            return;
        }
        UI.getCurrent().navigate("", next.toQueryParameters());
    }

    /** "Voir plus": the same search, longer; replaces the address so Back skips it. */
    private void showMore() {
        SearchState next = state.withPage(state.page() + 1);
        show(next);
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("", next.toQueryParameters()));
    }

    private void show(SearchState next) {
        state = next;
        LastSearch.remember(next.toQueryParameters());
        today = LocalDate.now(clock);
        Optional<Commune> commune = gazetteer.commune(next.commune());
        fillFields(next, commune.orElse(null));

        SearchResult result;
        String problem = null;
        try {
            result = search.find(next.toRequest());
        } catch (DomainException e) {
            // A damaged or outdated link (unknown commune or filter value): say so, show nothing.
            problem = e.getMessage();
            result = new SearchResult(List.of(), 0, 1, SearchState.PAGE_SIZE, Map.of());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, String> structures = catalogue.structureNames(
                new TreeSet<>(result.hits().stream().map(hit -> hit.offer().structureId()).toList()));
        shown.clear();
        List<OfferMap.Marker> markers = new ArrayList<>();
        int loaded = 0;
        for (SearchResult.Hit hit : result.hits()) {
            loaded++;
            Offer offer = hit.offer();
            Boolean open = OpeningHours.parse(offer.horairesAccueil()).isOpenAt(now).orElse(null);
            if (next.ouvert() && !Boolean.TRUE.equals(open)) {
                continue;
            }
            double[] point = point(offer);
            shown.put(offer.id(), new ResultCards.Card(offer, hit.distanceKm(), structures.get(offer.structureId()),
                    point != null, open, hit.alsoListed()));
            if (point != null) {
                markers.add(new OfferMap.Marker(offer.id(), point[0], point[1], offer.nom()));
            }
        }
        cards.show(List.copyOf(shown.values()), today);
        map.show(markers, view(next, commune.orElse(null)));
        mapSelection.removeAll();
        searchHere.setVisible(false);
        movedTo = null;

        filters.show(next, result.facets(), result.total());
        filtersToggle.setText(next.filterCount() == 0 ? getTranslation("search.filters.toggle")
                : getTranslation("search.filters.toggle.count", next.filterCount()));
        count.setText(problem != null ? problem : countText(next, commune.orElse(null), result.total()));
        countDetail.setText(detailText(next, result.total(), loaded, shown.size()));
        countDetail.setVisible(!countDetail.getText().isEmpty());
        more.setVisible(result.total() > loaded && next.page() < SearchState.MAX_PAGES);
    }

    private void fillFields(SearchState s, @Nullable Commune commune) {
        text.setValue(s.q() == null ? "" : s.q());
        place.setValue(commune);
        if (s.lat() != null) {
            place.setHelperText(getTranslation("search.where.point"));
        } else {
            place.setHelperText(null);
        }
        List<Double> radii = new ArrayList<>(RADII);
        if (!radii.contains(s.radiusKm())) {
            radii.add(s.radiusKm());
            radii.sort(Double::compare);
        }
        radius.setItems(radii);
        radius.setValue(s.radiusKm());
        radius.setEnabled(s.hasLocation());
        radius.setHelperText(s.hasLocation() ? null : getTranslation("search.radius.needsPlace"));
    }

    /** The searched circle, so a shared link shows the same map; without a place, the results decide. */
    @Nullable
    private static OfferMap.View view(SearchState s, @Nullable Commune commune) {
        if (s.lat() != null) {
            return new OfferMap.View(s.lat(), s.lon(), s.radiusKm());
        }
        if (commune != null) {
            return new OfferMap.View(commune.latitude(), commune.longitude(), s.radiusKm());
        }
        return null;
    }

    /** Where the offer's marker goes: its own point, else its commune's (as the index does); none for remote offers. */
    @Nullable
    private double[] point(Offer offer) {
        if (!offer.isOnSite()) {
            return null;
        }
        if (offer.address().hasPoint()) {
            return new double[]{offer.address().latitude(), offer.address().longitude()};
        }
        return gazetteer.commune(offer.address().codeInsee())
                .map(c -> new double[]{c.latitude(), c.longitude()}).orElse(null);
    }

    private String countText(SearchState s, @Nullable Commune commune, long total) {
        if (total == 0) {
            return getTranslation("search.count.none");
        }
        if (commune != null) {
            return getTranslation("search.count.near", total, ResultCards.kilometres(s.radiusKm()), commune.nom());
        }
        if (s.lat() != null) {
            return getTranslation("search.count.point", total, ResultCards.kilometres(s.radiusKm()));
        }
        return getTranslation("search.count", total);
    }

    private String detailText(SearchState s, long total, int loaded, int kept) {
        List<String> parts = new ArrayList<>();
        if (total > loaded) {
            parts.add(getTranslation("search.count.shown", loaded));
        }
        if (s.ouvert()) {
            parts.add(getTranslation("search.count.open", kept, loaded));
        }
        return String.join(" ", parts);
    }

    private void select(String offerId) {
        cards.select(offerId);
        mapSelection.removeAll();
        ResultCards.Card card = shown.get(offerId);
        if (card != null) {
            mapSelection.add(cards.card(card, today, false));
        }
    }

    private void showOnMap(String offerId) {
        showMap(true);
        map.highlight(offerId);
        select(offerId);
    }

    private void searchInMovedArea() {
        if (movedTo != null) {
            double km = Math.max(1, Math.min(Math.ceil(movedTo.radiusKm()), 1000));
            go(state.withPoint(movedTo.latitude(), movedTo.longitude(), km));
        }
    }

    @ClientCallable
    void located(double latitude, double longitude) {
        go(state.withPoint(Math.round(latitude * 10000) / 10000.0, Math.round(longitude * 10000) / 10000.0,
                state.distance()));
    }

    @ClientCallable
    void notLocated(int code) {
        Notification.show(getTranslation(code == 1 ? "search.where.aroundMe.refused" : "search.where.aroundMe.failed"),
                6000, Notification.Position.BOTTOM_CENTER);
    }

    private void openFilters(boolean open) {
        setClassName("filters-open", open);
        filtersToggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
        if (open) {
            filters.focusHeading();
        } else {
            filtersToggle.focus();
        }
    }

    /** Phones show the list or the map; wider screens show both and ignore this. */
    private void showMap(boolean mapShown) {
        setClassName("show-map", mapShown);
        setClassName("show-list", !mapShown);
        mapToggle.getElement().setAttribute("aria-pressed", Boolean.toString(mapShown));
        listToggle.getElement().setAttribute("aria-pressed", Boolean.toString(!mapShown));
    }

    private static String communeLabel(Commune commune) {
        return commune.codesPostaux().isEmpty() ? commune.nom()
                : commune.nom() + " (" + commune.codesPostaux().get(0) + ")";
    }

    @Override
    public String getPageTitle() {
        String base = getTranslation("search.title") + " — " + getTranslation("app.title.suffix");
        return state != null && state.q() != null ? "« " + state.q() + " » — " + base : base;
    }
}
