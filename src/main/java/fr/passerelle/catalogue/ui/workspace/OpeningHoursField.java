package fr.passerelle.catalogue.ui.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fr.passerelle.shared.ui.MessagesI18NProvider;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Opening hours without knowing the OSM syntax: rows of days (check boxes) and time ranges; the
 * generated text is shown and stored. Texts the rows cannot express (holidays, months…) stay
 * editable as text.
 */
class OpeningHoursField extends CustomField<String> {

    private final Div rows = new Div();
    private final List<RowEditor> editors = new ArrayList<>();
    private final TextField text = new TextField();
    private final Paragraph advanced = new Paragraph();
    private final Button addRow;

    OpeningHoursField(String label) {
        setLabel(label);
        addClassName("opening-hours");
        rows.addClassName("opening-hours-rows");
        addRow = new Button(getTranslation("workspace.hours.addRow"), click -> {
            addRow(new OpeningHoursRows.Row(EnumSet.noneOf(DayOfWeek.class),
                    List.of(new OpeningHoursRows.Range(LocalTime.of(9, 0), LocalTime.of(12, 0)))));
            changedByRows();
        });
        addRow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        text.setLabel(getTranslation("workspace.hours.text"));
        text.setHelperText(getTranslation("workspace.hours.text.helper"));
        text.addClassName("opening-hours-text");
        text.setWidthFull();
        text.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showRowsOf(e.getValue());
                updateValue();
                check();
            }
        });
        advanced.addClassName("opening-hours-advanced");
        add(rows, addRow, advanced, text);
    }

    @Override
    protected String generateModelValue() {
        return text.getValue().strip();
    }

    @Override
    protected void setPresentationValue(String value) {
        text.setValue(value == null ? "" : value);
        showRowsOf(text.getValue());
        check();
    }

    /** The rows of a text, or the text alone when rows cannot say it. */
    private void showRowsOf(String value) {
        Optional<List<OpeningHoursRows.Row>> parsed = OpeningHoursRows.fromOsm(value);
        rows.removeAll();
        editors.clear();
        parsed.ifPresent(list -> list.forEach(this::addRow));
        boolean simple = parsed.isPresent();
        rows.setVisible(simple);
        addRow.setVisible(simple);
        advanced.setVisible(!simple);
        advanced.setText(simple ? "" : getTranslation("workspace.hours.advanced"));
    }

    private void addRow(OpeningHoursRows.Row row) {
        RowEditor editor = new RowEditor(row);
        editors.add(editor);
        rows.add(editor);
    }

    private void changedByRows() {
        List<OpeningHoursRows.Row> model = editors.stream().map(RowEditor::row).toList();
        Optional<OpeningHoursRows.Range> wrong = OpeningHoursRows.invalidRange(model);
        if (wrong.isPresent()) {
            setInvalid(true);
            setErrorMessage(getTranslation("workspace.hours.error.range"));
            return;
        }
        text.setValue(OpeningHoursRows.toOsm(model));
        updateValue();
        check();
    }

    private void check() {
        Optional<String> problem = OpeningHoursRows.problemWith(text.getValue());
        setInvalid(problem.isPresent());
        setErrorMessage(problem.map(p -> getTranslation("workspace.hours.error.syntax")).orElse(null));
    }

    /** One row: days, then time ranges. */
    private class RowEditor extends Div {

        private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
        private final Div ranges = new Div();
        private final List<TimePicker[]> pickers = new ArrayList<>();

        RowEditor(OpeningHoursRows.Row row) {
            addClassName("opening-hours-row");
            days.setLabel(getTranslation("workspace.hours.days"));
            days.setItems(DayOfWeek.values());
            days.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT, MessagesI18NProvider.FRENCH));
            days.setValue(row.days());
            days.addClassName("opening-hours-days");
            days.addValueChangeListener(e -> changedByRows());
            ranges.addClassName("opening-hours-ranges");
            row.ranges().forEach(this::addRange);
            Button more = new Button(getTranslation("workspace.hours.addRange"), click -> {
                addRange(new OpeningHoursRows.Range(LocalTime.of(14, 0), LocalTime.of(17, 0)));
                changedByRows();
            });
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button remove = new Button(getTranslation("workspace.hours.removeRow"), click -> {
                editors.remove(this);
                rows.remove(this);
                changedByRows();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Div actions = new Div(more, remove);
            actions.addClassName("opening-hours-actions");
            add(days, ranges, actions);
        }

        private void addRange(OpeningHoursRows.Range range) {
            TimePicker start = picker(getTranslation("workspace.hours.from"), range.start());
            TimePicker end = picker(getTranslation("workspace.hours.to"), range.end());
            TimePicker[] pair = {start, end};
            Button remove = new Button(getTranslation("workspace.hours.removeRange"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Div line = new Div(start, end, remove);
            line.addClassName("opening-hours-range");
            remove.addClickListener(click -> {
                pickers.remove(pair);
                ranges.remove(line);
                changedByRows();
            });
            pickers.add(pair);
            ranges.add(line);
        }

        private TimePicker picker(String label, LocalTime value) {
            TimePicker picker = new TimePicker(label, value);
            picker.setStep(Duration.ofMinutes(15));
            picker.setLocale(MessagesI18NProvider.FRENCH);
            picker.addValueChangeListener(e -> changedByRows());
            return picker;
        }

        OpeningHoursRows.Row row() {
            List<OpeningHoursRows.Range> list = pickers.stream()
                    .filter(pair -> pair[0].getValue() != null && pair[1].getValue() != null)
                    .map(pair -> new OpeningHoursRows.Range(pair[0].getValue(), pair[1].getValue())).toList();
            return new OpeningHoursRows.Row(days.getValue(), list);
        }
    }
}
