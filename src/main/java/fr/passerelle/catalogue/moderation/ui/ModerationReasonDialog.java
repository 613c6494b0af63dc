package fr.passerelle.catalogue.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.function.Predicate;

/**
 * Asks for the required text of a decision (a refusal's reason, why a report is dismissed)
 * before making it. Shaped like orientation's ReasonDialog, which is private to its room; the
 * service still checks the text, and the dialog stays open when it says no.
 */
class ModerationReasonDialog extends Dialog {

    private final TextArea text;
    private final Paragraph error = new Paragraph();

    ModerationReasonDialog(Component owner, String title, String fieldLabel, String helper,
                           Predicate<String> confirm) {
        addClassName("moderation-reason-dialog");
        setHeaderTitle(title);
        setWidth("min(30rem, 100vw)");
        text = new TextArea(fieldLabel);
        // The label stays short so a phone shows it whole; the longer word goes below.
        text.setHelperText(helper);
        text.setRequired(true);
        text.setMaxLength(2000);
        text.setWidthFull();
        text.addClassName("field-reason");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        text.addValueChangeListener(change -> error.setVisible(false));
        add(text, error);
        Button ok = new Button(owner.getTranslation("moderation.reason.confirm"), click -> {
            if (text.getValue().isBlank()) {
                error.setText(owner.getTranslation("moderation.reason.missing"));
                error.setVisible(true);
                text.focus();
                return;
            }
            if (confirm.test(text.getValue())) {
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("reason-confirm");
        Button cancel = new Button(owner.getTranslation("moderation.reason.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, ok);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                text.focus();
            }
        });
    }
}
