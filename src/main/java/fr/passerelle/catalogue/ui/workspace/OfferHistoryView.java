package fr.passerelle.catalogue.ui.workspace;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passerelle.account.AccountRef;
import fr.passerelle.account.Role;
import fr.passerelle.account.ui.CurrentUser;
import fr.passerelle.account.ui.RequiresRole;
import fr.passerelle.catalogue.OfferChange;
import fr.passerelle.catalogue.OfferEditor;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.ui.AccessDenied;
import fr.passerelle.shared.ui.MainLayout;
import fr.passerelle.shared.ui.MessagesI18NProvider;
import fr.passerelle.shared.ui.PageNotFound;
import io.micronaut.context.annotation.Prototype;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code /espace/offres/<id>/historique}: who changed what and when, old value → new value. */
@Route(value = "espace/offres/:id/historique", layout = MainLayout.class)
@RequiresRole({Role.OPERATEUR, Role.GESTIONNAIRE, Role.ADMINISTRATEUR})
@Prototype
public class OfferHistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter
            .ofPattern("d MMMM yyyy 'à' HH'h'mm", MessagesI18NProvider.FRENCH).withZone(ZoneId.of("Europe/Paris"));
    private static final int SHOWN_CHARACTERS = 300;

    private final OfferEditor editor;

    public OfferHistoryView(OfferEditor editor) {
        this.editor = editor;
        addClassNames("workspace", "offer-history-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.ref().isEmpty()) {
            return;
        }
        AccountRef who = CurrentUser.ref().get();
        ScrollToTop.on(event.getUI());
        String id = event.getRouteParameters().get("id").orElse("");
        List<OfferChange> changes;
        String name;
        try {
            changes = editor.history(id, who);
            name = editor.readable(id, java.util.Optional.of(who)).nom();
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                String message = getTranslation("workspace.edit.notFound");
                event.rerouteToError(new PageNotFound(message), message);
            } else {
                denied(event, getTranslation("workspace.denied.history"));
            }
            return;
        }
        removeAll();
        Anchor back = new Anchor("/espace/offres/" + id, getTranslation("workspace.history.back"));
        back.addClassName("back-link");
        add(back, new H1(getTranslation("workspace.history.title")));
        Paragraph lead = new Paragraph(name);
        lead.addClassName("lead");
        add(lead);
        if (changes.isEmpty()) {
            add(new Paragraph(getTranslation("workspace.history.empty")));
            return;
        }
        UnorderedList entries = new UnorderedList();
        entries.addClassName("history-entries");
        for (OfferChange change : changes) {
            Div entry = new Div();
            entry.addClassName("history-entry");
            H2 heading = new H2(getTranslation("workspace.history.entry", action(change.action()),
                    WHEN.format(change.changedAt()), change.changedBy()));
            entry.add(heading);
            if (!change.changes().isEmpty()) {
                UnorderedList fields = new UnorderedList();
                fields.addClassName("history-fields");
                for (OfferChange.FieldChange field : change.changes()) {
                    Span label = new Span(fieldLabel(field.field()));
                    label.addClassName("history-field");
                    Span before = new Span(shown(field.before()));
                    before.addClassName("history-before");
                    Span after = new Span(shown(field.after()));
                    after.addClassName("history-after");
                    fields.add(new ListItem(label, new Span(" : "), before, new Span(" → "), after));
                }
                entry.add(fields);
            }
            entries.add(new ListItem(entry));
        }
        add(entries);
    }

    private String action(String code) {
        String key = "workspace.history.action." + code;
        String label = getTranslation(key);
        return label.startsWith("!") ? code : label;
    }

    /** The field's French name when the bundle has one, else its API name. */
    private String fieldLabel(String apiName) {
        String base = apiName.replaceAll("\\[\\d+]", "");
        String label = getTranslation("workspace.field." + base);
        return label.startsWith("!") ? apiName : label;
    }

    private String shown(String value) {
        if (value == null || value.isBlank() || value.equals("[]")) {
            return getTranslation("workspace.history.emptyValue");
        }
        return value.length() > SHOWN_CHARACTERS ? value.substring(0, SHOWN_CHARACTERS) + "…" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.history.title") + " — " + getTranslation("app.title.suffix");
    }

    private static void denied(com.vaadin.flow.router.BeforeEvent event, String message) {
        event.rerouteToError(new AccessDenied(message), message);
    }
}
