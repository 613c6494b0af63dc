package fr.passerelle.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.passerelle.catalogue.Family;
import fr.passerelle.catalogue.SiaeBlock;
import fr.passerelle.catalogue.Vocabularies;
import fr.passerelle.catalogue.VocabularyKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The filters beside the results (a drawer on narrow screens), each value with its count among
 * the matching offers. Knows no service: it shows a state and facets, and hands back the state
 * the person chose.
 */
class SearchFilters extends Aside {

    static final String ID = "filtres";
    private static final int SHOWN_THEMES = 15;

    private final Vocabularies vocabularies;
    private final CheckboxGroup<String> familles = group("search.filters.familles");
    private final CheckboxGroup<String> thematiques = group("search.filters.thematiques");
    private final CheckboxGroup<String> types = group("search.filters.types");
    private final CheckboxGroup<String> frais = group("search.filters.frais");
    private final CheckboxGroup<String> publics = group("search.filters.publics");
    private final CheckboxGroup<String> modes = group("search.filters.modes");
    private final CheckboxGroup<String> siae = group("search.filters.siae");
    private final Checkbox places = new Checkbox();
    private final Checkbox ouvert = new Checkbox();
    private final Paragraph ouvertHint = new Paragraph();
    private final Details themesBox;
    private final List<Details> closedByDefault = new ArrayList<>();
    private final Button showResults = new Button();
    private final Button clear = new Button();
    private final H2 heading = new H2();
    private Consumer<SearchState> onChange = s -> { };
    private SearchState state = SearchState.empty();

    SearchFilters(Vocabularies vocabularies, Runnable close) {
        this.vocabularies = vocabularies;
        setId(ID);
        addClassName("search-filters");
        getElement().setAttribute("aria-labelledby", ID + "-titre");

        heading.setText(getTranslation("search.filters.title"));
        heading.setId(ID + "-titre");
        heading.getElement().setAttribute("tabindex", "-1");
        Button closeButton = new Button(VaadinIcon.CLOSE.create(), e -> close.run());
        closeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        closeButton.getElement().setAttribute("aria-label", getTranslation("search.filters.close"));
        closeButton.addClassName("filters-close");
        Div top = new Div(heading, closeButton);
        top.addClassName("filters-top");

        places.setLabel(getTranslation("search.filters.places"));
        ouvert.setLabel(getTranslation("search.filters.ouvert"));
        ouvertHint.setText(getTranslation("search.filters.ouvert.hint"));
        ouvertHint.addClassName("filter-hint");
        ouvertHint.setId(ID + "-ouvert-aide");
        ouvert.getElement().setAttribute("aria-describedby", ID + "-ouvert-aide");
        Div toggles = new Div(places, ouvert, ouvertHint);
        toggles.addClassName("filter-toggles");

        Details familyBox = box("search.filters.familles", familles, true);
        themesBox = box("search.filters.thematiques", thematiques, false);
        add(top, toggles, familyBox, themesBox, box("search.filters.frais", frais, false),
                box("search.filters.modes", modes, false), box("search.filters.types", types, false),
                box("search.filters.publics", publics, false), box("search.filters.siae", siae, false));

        clear.setText(getTranslation("search.filters.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> onChange.accept(state.withoutFilters()));
        showResults.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showResults.addClassName("filters-show-results");
        showResults.addClickListener(e -> close.run());
        Div actions = new Div(clear, showResults);
        actions.addClassName("filters-actions");
        add(actions);

        for (CheckboxGroup<String> g : List.of(familles, thematiques, types, frais, publics, modes, siae)) {
            g.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    onChange.accept(chosen());
                }
            });
        }
        places.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(chosen());
            }
        });
        ouvert.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(chosen());
            }
        });
        // Escape closes the drawer (narrow screens); harmless beside the results.
        getElement().addEventListener("keydown", e -> close.run()).setFilter("event.key === 'Escape'");
    }

    void onChange(Consumer<SearchState> listener) {
        this.onChange = listener;
    }

    void focusHeading() {
        heading.getElement().executeJs("this.focus()");
    }

    private SearchState chosen() {
        return state.withFilters(List.copyOf(familles.getValue()), List.copyOf(thematiques.getValue()),
                List.copyOf(types.getValue()), List.copyOf(frais.getValue()), List.copyOf(publics.getValue()),
                List.copyOf(modes.getValue()), List.copyOf(siae.getValue()), places.getValue(), ouvert.getValue());
    }

    /** Shows the state's choices and the counts of the current results. */
    void show(SearchState newState, Map<String, Map<String, Long>> facets, long total) {
        this.state = newState;
        Map<String, Long> familyCounts = facets.getOrDefault("familles", Map.of());
        List<String> familyOrder = vocabularies.families().stream()
                .sorted(Comparator.comparingInt(Family::position)).map(Family::code).toList();
        fill(familles, familyOrder, familyCounts, newState.familles(), code -> vocabularies.family(code)
                .map(Family::beneficiaryLabel).orElse(code), Integer.MAX_VALUE);
        Map<String, Long> themeCounts = facets.getOrDefault("thematiques", Map.of());
        fill(thematiques, List.copyOf(themeCounts.keySet()), themeCounts, newState.thematiques(),
                code -> vocabularies.label(VocabularyKind.THEMATIQUE, code), SHOWN_THEMES);
        fill(types, vocabularies.values(VocabularyKind.TYPE), facets.getOrDefault("types", Map.of()),
                newState.types(), code -> vocabularies.label(VocabularyKind.TYPE, code), Integer.MAX_VALUE);
        fill(frais, vocabularies.values(VocabularyKind.FRAIS), facets.getOrDefault("frais", Map.of()),
                newState.frais(), code -> vocabularies.label(VocabularyKind.FRAIS, code), Integer.MAX_VALUE);
        fill(publics, vocabularies.values(VocabularyKind.PUBLIC), facets.getOrDefault("publics", Map.of()),
                newState.publics(), code -> vocabularies.label(VocabularyKind.PUBLIC, code), Integer.MAX_VALUE);
        fill(modes, vocabularies.values(VocabularyKind.MODE_ACCUEIL), facets.getOrDefault("modes_accueil", Map.of()),
                newState.modes(), code -> getTranslation("search.filters.modes." + code), Integer.MAX_VALUE);
        fill(siae, SiaeBlock.KINDS, facets.getOrDefault("siae", Map.of()), newState.siae(),
                code -> getTranslation("search.filters.siae." + code), Integer.MAX_VALUE);
        long withPlaces = facets.getOrDefault("places", Map.of()).getOrDefault("true", 0L);
        places.setLabel(getTranslation("search.filters.places") + " (" + withPlaces + ")");
        places.setValue(newState.places());
        ouvert.setValue(newState.ouvert());
        themesBox.setOpened(themesBox.isOpened() || !newState.thematiques().isEmpty());
        closedByDefault.forEach(box -> {
            @SuppressWarnings("unchecked")
            CheckboxGroup<String> inner = (CheckboxGroup<String>) box.getContent().findFirst().orElseThrow();
            if (!inner.getValue().isEmpty()) {
                box.setOpened(true);
            }
        });
        clear.setEnabled(newState.filterCount() > 0);
        showResults.setText(getTranslation("search.filters.show", total));
    }

    private void fill(CheckboxGroup<String> group, List<String> order, Map<String, Long> counts, List<String> selected,
                      Function<String, String> label, int limit) {
        Set<String> items = new LinkedHashSet<>();
        order.stream().filter(code -> counts.getOrDefault(code, 0L) > 0).limit(limit).forEach(items::add);
        items.addAll(selected);
        group.setItems(List.copyOf(items));
        group.setItemLabelGenerator(code -> label.apply(code) + " (" + counts.getOrDefault(code, 0L) + ")");
        group.setValue(new LinkedHashSet<>(selected));
        group.setVisible(!items.isEmpty());
        group.getParent().ifPresent(parent -> parent.setVisible(!items.isEmpty()));
    }

    private CheckboxGroup<String> group(String key) {
        CheckboxGroup<String> group = new CheckboxGroup<>();
        group.setLabel(getTranslation(key));
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.addClassName("filter-group");
        return group;
    }

    private Details box(String key, CheckboxGroup<String> group, boolean opened) {
        // The group keeps its own label for screen readers; the summary says the same for sighted users.
        group.addClassName("label-hidden");
        Details details = new Details(getTranslation(key), group);
        details.setOpened(opened);
        details.addClassName("filter-box");
        if (!opened) {
            closedByDefault.add(details);
        }
        return details;
    }
}
