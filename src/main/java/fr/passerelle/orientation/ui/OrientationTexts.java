package fr.passerelle.orientation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.passerelle.orientation.Orientation;
import fr.passerelle.orientation.OrientationEvent;
import fr.passerelle.orientation.OrientationService;
import fr.passerelle.orientation.OrientationStatus;
import fr.passerelle.orientation.Outcome;
import fr.passerelle.orientation.RefusalReason;
import fr.passerelle.shared.Coded;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.ui.MessagesI18NProvider;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Shared bits of the orientation pages: dates, the status badge, a request's card and timeline. */
final class OrientationTexts {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm",
            MessagesI18NProvider.FRENCH).withZone(PARIS);

    private OrientationTexts() {
    }

    static String when(Instant at) {
        return WHEN.format(at);
    }

    static Span status(OrientationStatus status) {
        Span badge = new Span(status.label());
        badge.addClassNames("badge", "orientation-status", "status-" + status.name().toLowerCase());
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }

    /** The card of one request: offer, status, since when, then the actions given by the view. */
    static Div card(Component owner, Orientation o, @Nullable String person, Component... actions) {
        Div card = new Div();
        card.addClassName("orientation-card");
        card.getElement().setAttribute("data-orientation-id", o.id().toString());
        Div head = new Div();
        head.addClassName("orientation-card-head");
        com.vaadin.flow.component.html.H2 title = new com.vaadin.flow.component.html.H2(o.offerName());
        title.addClassName("orientation-offer");
        head.add(title, status(o.status()));
        card.add(head);
        if (person != null) {
            Paragraph who = new Paragraph(owner.getTranslation("orientation.card.person", person));
            who.addClassName("orientation-person");
            card.add(who);
        }
        Paragraph since = new Paragraph(owner.getTranslation("orientation.card.since", when(o.statusSince())));
        since.addClassName("orientation-since");
        card.add(since);
        if (o.message() != null) {
            card.add(new Paragraph(owner.getTranslation("orientation.card.message", o.message())));
        }
        if (o.availability() != null) {
            card.add(new Paragraph(owner.getTranslation("orientation.card.availability", o.availability())));
        }
        if (o.refusalReason() != null) {
            card.add(new Paragraph(owner.getTranslation("orientation.card.refusal", o.refusalReason().label())));
        }
        if (o.outcome() != null) {
            card.add(new Paragraph(owner.getTranslation("orientation.card.outcome", o.outcome().label())));
        }
        if (actions.length > 0) {
            Div bar = new Div(actions);
            bar.addClassName("orientation-actions");
            card.add(bar);
        }
        return card;
    }

    /** The history, oldest first: when, who, from → to, why. */
    static Component timeline(Component owner, OrientationService service, List<OrientationEvent> history) {
        OrderedList list = new OrderedList();
        list.addClassName("orientation-timeline");
        for (OrientationEvent event : history) {
            ListItem item = new ListItem();
            Span at = new Span(when(event.at()));
            at.addClassName("timeline-when");
            String who = event.actorId() == null
                    ? owner.getTranslation("orientation.history.system")
                    : service.displayName(event.actorId());
            String move = event.from() == null
                    ? owner.getTranslation("orientation.history.created", event.to().label())
                    : owner.getTranslation("orientation.history.moved", event.from().label(), event.to().label());
            Span what = new Span(move);
            what.addClassName("timeline-move");
            Span by = new Span(owner.getTranslation("orientation.history.by", who));
            by.addClassName("timeline-who");
            item.add(at, what, by);
            if (event.reason() != null) {
                Span why = new Span(owner.getTranslation("orientation.history.reason", reason(event)));
                why.addClassName("timeline-reason");
                item.add(why);
            }
            list.add(item);
        }
        return list;
    }

    /** A refusal or outcome code in words; free text as written. */
    private static String reason(OrientationEvent event) {
        String code = event.reason();
        if (event.to() == OrientationStatus.REFUSEE) {
            return Coded.find(RefusalReason.class, code).map(RefusalReason::label).orElse(code);
        }
        if (event.to() == OrientationStatus.TERMINEE) {
            return Coded.find(Outcome.class, code).map(Outcome::label).orElse(code);
        }
        return code;
    }

    /** The service's French message, or a plain fallback. */
    static String problem(Component owner, RuntimeException e) {
        if (e instanceof DomainException domain && domain.getMessage() != null) {
            return domain.getMessage();
        }
        return owner.getTranslation("orientation.error");
    }
}
