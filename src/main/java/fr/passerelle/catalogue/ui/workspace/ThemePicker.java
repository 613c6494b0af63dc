package fr.passerelle.catalogue.ui.workspace;

import com.vaadin.flow.component.accordion.Accordion;
import com.vaadin.flow.component.accordion.AccordionPanel;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Paragraph;
import fr.passerelle.catalogue.Vocabularies;
import fr.passerelle.catalogue.VocabularyKind;
import fr.passerelle.catalogue.VocabularyTerm;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Thématiques as check boxes, one accordion panel per data·inclusion category ("Mobilité (2)"):
 * big targets on a phone, and the chosen ones listed above so nothing hides in a closed panel.
 */
class ThemePicker extends CustomField<Set<String>> {

    private final Vocabularies vocabularies;
    private final Map<String, CheckboxGroup<String>> groups = new LinkedHashMap<>();
    private final Map<String, AccordionPanel> panels = new LinkedHashMap<>();
    private final Paragraph chosen = new Paragraph();

    ThemePicker(String label, Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
        setLabel(label);
        addClassName("theme-picker");
        chosen.addClassName("theme-chosen");
        Accordion accordion = new Accordion();
        accordion.close();
        for (VocabularyTerm category : vocabularies.terms(VocabularyKind.CATEGORIE)) {
            List<String> themes = vocabularies.values(VocabularyKind.THEMATIQUE).stream()
                    .filter(t -> Vocabularies.categoryOf(t).equals(category.value())).toList();
            if (themes.isEmpty()) {
                continue;
            }
            CheckboxGroup<String> group = new CheckboxGroup<>();
            group.setItems(themes);
            group.setItemLabelGenerator(t -> vocabularies.label(VocabularyKind.THEMATIQUE, t));
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.setAriaLabel(category.label());
            group.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    updateValue();
                }
                refreshSummary();
            });
            groups.put(category.value(), group);
            panels.put(category.value(), accordion.add(category.label(), group));
        }
        add(chosen, accordion);
        refreshSummary();
    }

    @Override
    protected Set<String> generateModelValue() {
        Set<String> value = new LinkedHashSet<>();
        groups.values().forEach(group -> value.addAll(group.getSelectedItems()));
        return value;
    }

    @Override
    protected void setPresentationValue(Set<String> value) {
        groups.forEach((category, group) -> group.setValue(value == null ? Set.of()
                : value.stream().filter(t -> Vocabularies.categoryOf(t).equals(category))
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new))));
        refreshSummary();
    }

    private void refreshSummary() {
        Set<String> value = generateModelValue();
        chosen.setText(value.isEmpty() ? getTranslation("workspace.form.themes.none")
                : getTranslation("workspace.form.themes.chosen", String.join(", ",
                value.stream().map(t -> vocabularies.label(VocabularyKind.THEMATIQUE, t)).toList())));
        groups.forEach((category, group) -> {
            int count = group.getSelectedItems().size();
            String label = vocabularies.label(VocabularyKind.CATEGORIE, category);
            panels.get(category).setSummaryText(count == 0 ? label : label + " (" + count + ")");
        });
    }
}
