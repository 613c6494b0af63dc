package fr.passerelle.orientation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.passerelle.account.AccountRef;
import fr.passerelle.account.AccountService;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferSession;
import fr.passerelle.orientation.NewOrientation;
import fr.passerelle.orientation.Orientation;
import fr.passerelle.orientation.OrientationService;
import fr.passerelle.orientation.OrientationStatus;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.ui.MessagesI18NProvider;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/**
 * The request form: for whom (referents), message, availability, session, consent. Sends it to
 * {@link OrientationService#ask} and hands back what happens next in plain words.
 */
class InterestDialog extends Dialog {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", MessagesI18NProvider.FRENCH);

    /** A followed person in the referent's choice. */
    record Person(long id, String name) {
    }

    private final Paragraph error = new Paragraph();

    InterestDialog(OrientationService orientations, Offer offer, AccountRef who, @Nullable AccountService accounts,
                   Consumer<String> done) {
        boolean referent = accounts != null;
        addClassName("interest-dialog");
        setHeaderTitle(getTranslation(referent ? "interest.dialog.referTitle" : "interest.dialog.title"));
        setWidth("min(36rem, 100vw)");
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new Paragraph(offer.nom()));

        Select<Person> person = new Select<>();
        if (referent) {
            List<Person> people = accounts.caseloadOf(who).stream()
                    .map(id -> new Person(id, accounts.displayNameOf(id).orElse("#" + id))).toList();
            person.setLabel(getTranslation("interest.dialog.person"));
            person.setItems(people);
            person.setItemLabelGenerator(Person::name);
            person.addClassName("field-person");
            person.setWidthFull();
            form.add(person);
        }

        TextArea message = new TextArea(getTranslation("interest.dialog.message"));
        message.setHelperText(getTranslation(referent ? "interest.dialog.message.helpReferent"
                : "interest.dialog.message.help"));
        message.setMaxLength(2000);
        message.setWidthFull();
        message.addClassName("field-message");
        TextField availability = new TextField(getTranslation("interest.dialog.availability"));
        availability.setHelperText(getTranslation("interest.dialog.availability.help"));
        availability.setMaxLength(2000);
        availability.setWidthFull();
        availability.addClassName("field-availability");
        form.add(message, availability);

        Select<OfferSession> session = new Select<>();
        LocalDate today = LocalDate.now();
        List<OfferSession> coming = offer.sessions().stream().filter(s -> s.id() != null)
                .filter(s -> !(s.endsOn() == null ? s.startsOn() : s.endsOn()).isBefore(today)).toList();
        if (!coming.isEmpty()) {
            session.setLabel(getTranslation("interest.dialog.session"));
            session.setItems(coming);
            session.setItemLabelGenerator(this::sessionLabel);
            session.setItemEnabledProvider(s -> s.hasPlaces() || s.waitingList());
            coming.stream().filter(OfferSession::hasPlaces).findFirst().ifPresent(session::setValue);
            session.setWidthFull();
            session.addClassName("field-session");
            form.add(session);
        }

        Checkbox consent = new Checkbox(getTranslation(referent ? "interest.dialog.consentReferent"
                : "interest.dialog.consent"));
        consent.addClassName("field-consent");
        consent.addValueChangeListener(change -> error.setVisible(false));
        form.add(consent);
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        form.add(error);
        add(form);

        Button send = new Button(getTranslation("interest.dialog.send"), click -> {
            if (referent && person.isEmpty()) {
                show(getTranslation("interest.dialog.personMissing"));
                return;
            }
            if (!consent.getValue()) {
                show(getTranslation("interest.dialog.consentMissing"));
                return;
            }
            try {
                Orientation created = orientations.ask(new NewOrientation(offer.id(),
                        referent ? person.getValue().id() : null,
                        coming.isEmpty() || session.isEmpty() ? null : session.getValue().id(),
                        message.getValue(), availability.getValue(), true), who);
                close();
                done.accept(nextStep(created));
            } catch (DomainException e) {
                show(OrientationTexts.problem(this, e));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("interest-send");
        Button cancel = new Button(getTranslation("interest.dialog.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, send);
    }

    private String nextStep(Orientation created) {
        if (created.status() == OrientationStatus.A_VALIDER) {
            return getTranslation("interest.next.toValidate");
        }
        String text = getTranslation("interest.next.transmitted");
        return created.waitingList() ? text + " " + getTranslation("interest.next.waitingList") : text;
    }

    private String sessionLabel(OfferSession s) {
        String dates = s.endsOn() == null ? getTranslation("offer.session.from", DAY.format(s.startsOn()))
                : getTranslation("offer.session.dates", DAY.format(s.startsOn()), DAY.format(s.endsOn()));
        String text = s.label() == null ? dates : s.label() + " : " + dates;
        if (!s.hasPlaces()) {
            text += " — " + getTranslation(s.waitingList() ? "offer.session.waitingList" : "offer.session.full");
        }
        return text;
    }

    private void show(String text) {
        error.setText(text);
        error.setVisible(true);
    }
}
