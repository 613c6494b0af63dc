package fr.passerelle.catalogue.ui.workspace;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.passerelle.catalogue.OfferSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dated runs of an offer, one card per session (label, dates, capacity, places left,
 * waiting list): a grid would not fit a phone. Errors come back as
 * {@code passerelle.sessions[i].placesLeft} and land on that card's field.
 */
class SessionsEditor extends Div {

    private final Div cards = new Div();
    private final List<SessionCard> sessions = new ArrayList<>();
    private final Paragraph empty = new Paragraph();

    SessionsEditor() {
        addClassName("sessions-editor");
        cards.addClassName("session-cards");
        empty.setText(getTranslation("workspace.sessions.none"));
        empty.addClassName("muted");
        Button add = new Button(getTranslation("workspace.sessions.add"), click -> {
            SessionCard card = addCard(new OfferSession(null, null, null, null, null, null, false));
            card.label.focus();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClassName("sessions-add");
        add(empty, cards, add);
    }

    void setValue(List<OfferSession> value) {
        cards.removeAll();
        sessions.clear();
        value.forEach(this::addCard);
        empty.setVisible(sessions.isEmpty());
    }

    List<OfferSession> getValue() {
        return sessions.stream().map(SessionCard::session).toList();
    }

    void clearErrors() {
        sessions.forEach(SessionCard::clearErrors);
    }

    /** The field of {@code passerelle.sessions[i].<property>}, if there is such a card. */
    Optional<HasValidation> field(int index, String property) {
        if (index < 0 || index >= sessions.size()) {
            return Optional.empty();
        }
        SessionCard card = sessions.get(index);
        return Optional.ofNullable(switch (property) {
            case "label" -> card.label;
            case "startsOn" -> card.startsOn;
            case "endsOn" -> card.endsOn;
            case "capacity" -> card.capacity;
            case "placesLeft" -> card.placesLeft;
            default -> null;
        });
    }

    private SessionCard addCard(OfferSession session) {
        SessionCard card = new SessionCard(session);
        sessions.add(card);
        cards.add(card);
        renumber();
        empty.setVisible(false);
        return card;
    }

    private void renumber() {
        for (int i = 0; i < sessions.size(); i++) {
            sessions.get(i).title.setText(getTranslation("workspace.sessions.title", i + 1));
            sessions.get(i).getElement().setAttribute("data-session-index", String.valueOf(i));
        }
    }

    private class SessionCard extends Div {

        private final Long id;
        private final H3 title = new H3();
        private final TextField label = new TextField(getTranslation("workspace.sessions.label"));
        private final DatePicker startsOn = FrenchDates.picker(getTranslation("workspace.sessions.startsOn"));
        private final DatePicker endsOn = FrenchDates.picker(getTranslation("workspace.sessions.endsOn"));
        private final IntegerField capacity = new IntegerField(getTranslation("workspace.sessions.capacity"));
        private final IntegerField placesLeft = new IntegerField(getTranslation("workspace.sessions.placesLeft"));
        private final Checkbox waitingList = new Checkbox(getTranslation("workspace.sessions.waitingList"));

        SessionCard(OfferSession session) {
            id = session.id();
            addClassName("session-card");
            label.setValue(session.label() == null ? "" : session.label());
            label.setPlaceholder(getTranslation("workspace.sessions.label.placeholder"));
            startsOn.setValue(session.startsOn());
            startsOn.setRequiredIndicatorVisible(true);
            endsOn.setValue(session.endsOn());
            capacity.setValue(session.capacity());
            capacity.setMin(0);
            capacity.setStepButtonsVisible(true);
            placesLeft.setValue(session.placesLeft());
            placesLeft.setMin(0);
            placesLeft.setStepButtonsVisible(true);
            placesLeft.addClassName("session-places-left");
            waitingList.setValue(session.waitingList());
            List.<HasValidation>of(label, startsOn, endsOn, capacity, placesLeft).forEach(OfferForm::manualValidation);
            Button remove = new Button(getTranslation("workspace.sessions.remove"), click -> {
                sessions.remove(this);
                cards.remove(this);
                renumber();
                empty.setVisible(sessions.isEmpty());
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            FormLayout fields = new FormLayout(label, startsOn, endsOn, capacity, placesLeft, waitingList);
            fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                    new FormLayout.ResponsiveStep("32em", 2));
            fields.setColspan(label, 2);
            add(title, fields, remove);
        }

        OfferSession session() {
            return new OfferSession(id, label.getValue().isBlank() ? null : label.getValue().strip(),
                    startsOn.getValue(), endsOn.getValue(), capacity.getValue(), placesLeft.getValue(),
                    waitingList.getValue());
        }

        void clearErrors() {
            List.<HasValidation>of(label, startsOn, endsOn, capacity, placesLeft).forEach(field -> field.setInvalid(false));
        }
    }
}
