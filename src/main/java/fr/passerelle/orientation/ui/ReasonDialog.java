package fr.passerelle.orientation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.AbstractField;
import fr.passerelle.shared.Coded;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** Asks for the reason of a move (a refusal, an outcome) before making it. */
class ReasonDialog extends Dialog {

    private final Paragraph error = new Paragraph();

    /** A choice among coded values (refusal reasons, outcomes). */
    static <E extends Enum<E> & Coded> ReasonDialog choice(Component owner, String titleKey, String fieldKey,
                                                            List<E> values, Predicate<String> confirm) {
        Select<E> select = new Select<>();
        select.setLabel(owner.getTranslation(fieldKey));
        select.setItems(values);
        select.setItemLabelGenerator(Coded::label);
        select.setWidthFull();
        select.addClassName("field-reason");
        return new ReasonDialog(owner, titleKey, select, field -> select.isEmpty() ? null : select.getValue().code(),
                confirm);
    }

    /** Free text (a referent's refusal). */
    static ReasonDialog text(Component owner, String titleKey, String fieldKey, Predicate<String> confirm) {
        TextArea area = new TextArea(owner.getTranslation(fieldKey));
        area.setMaxLength(2000);
        area.setWidthFull();
        area.addClassName("field-reason");
        return new ReasonDialog(owner, titleKey, area, field -> area.getValue().isBlank() ? null : area.getValue(),
                confirm);
    }

    private ReasonDialog(Component owner, String titleKey, AbstractField<?, ?> field,
                         Function<AbstractField<?, ?>, String> value, Predicate<String> confirm) {
        addClassName("reason-dialog");
        setHeaderTitle(owner.getTranslation(titleKey));
        setWidth("min(30rem, 100vw)");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(field, error);
        field.addValueChangeListener(change -> error.setVisible(false));
        Button ok = new Button(owner.getTranslation("orientation.reason.confirm"), click -> {
            String reason = value.apply(field);
            if (reason == null) {
                error.setText(owner.getTranslation("orientation.reason.missing"));
                error.setVisible(true);
                return;
            }
            if (confirm.test(reason)) {
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("reason-confirm");
        Button cancel = new Button(owner.getTranslation("interest.dialog.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, ok);
    }
}
