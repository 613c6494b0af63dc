package fr.passerelle.catalogue.ui.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fr.passerelle.account.AccountRef;
import fr.passerelle.account.AccountService;
import fr.passerelle.account.Role;
import fr.passerelle.account.ui.CurrentUser;
import fr.passerelle.account.ui.RequiresRole;
import fr.passerelle.catalogue.AccessRule;
import fr.passerelle.catalogue.Address;
import fr.passerelle.catalogue.Contact;
import fr.passerelle.catalogue.Lifecycle;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferCatalogue;
import fr.passerelle.catalogue.OfferEditor;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.catalogue.Structure;
import fr.passerelle.catalogue.Vocabularies;
import fr.passerelle.catalogue.quality.QualityScorer;
import fr.passerelle.geo.Commune;
import fr.passerelle.geo.Gazetteer;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.DomainException.FieldError;
import fr.passerelle.shared.ui.AccessDenied;
import fr.passerelle.shared.ui.MainLayout;
import fr.passerelle.shared.ui.PageNotFound;
import io.micronaut.context.annotation.Prototype;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /espace/offres/<id>} edits an offer, {@code /espace/offres/nouvelle?structure=<id>}
 * starts a draft. Saving sends the version seen when the page opened: if someone saved in
 * between, the editor refuses (409) and the form keeps what the user typed.
 */
@Route(value = "espace/offres", layout = MainLayout.class)
@RequiresRole({Role.OPERATEUR, Role.ADMINISTRATEUR})
@Prototype
public class OfferEditView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final String NEW = "nouvelle";

    private final OfferEditor editor;
    private final OfferCatalogue catalogue;
    private final AccountService accounts;
    private final Gazetteer gazetteer;
    private final ZoneChoices zones;
    private final Clock clock;
    private final OfferForm form;
    private final Div conflict = new Div();
    private final Div header = new Div();
    private AccountRef who;
    private String offerId;
    private String structureId;
    private int versionSeen;
    private String title = "";

    public OfferEditView(OfferEditor editor, OfferCatalogue catalogue, AccountService accounts, Vocabularies vocabularies,
                         Gazetteer gazetteer, ZoneChoices zones, Clock clock) {
        this.editor = editor;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.gazetteer = gazetteer;
        this.zones = zones;
        this.clock = clock;
        this.form = new OfferForm(vocabularies, gazetteer, zones);
        addClassNames("workspace", "offer-edit-view");
        conflict.addClassName("conflict-banner");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if (CurrentUser.ref().isEmpty()) {
            return; // the guard has already forwarded to the login page
        }
        who = CurrentUser.ref().get();
        removeAll();
        // Opened from a long list: start at the top of the form, not where the list was scrolled.
        ScrollToTop.on(event.getUI());
        if (NEW.equals(parameter)) {
            structureId = event.getLocation().getQueryParameters().getParameters()
                    .getOrDefault("structure", List.of()).stream().findFirst().orElse("");
            Structure structure;
            try {
                structure = catalogue.structure(structureId);
            } catch (DomainException e) {
                String message = getTranslation("workspace.edit.noStructure");
                event.rerouteToError(new PageNotFound(message), message);
                return;
            }
            if (!accounts.canEditStructure(who, structureId)) {
                denied(event, getTranslation("workspace.denied.structure"));
                return;
            }
            offerId = null;
            title = getTranslation("workspace.edit.newTitle");
            OfferDraft draft = new OfferDraft();
            draft.setCommune(gazetteer.commune(structure.address().codeInsee()).orElse(null));
            draft.setCodePostal(structure.address().codePostal() == null ? "" : structure.address().codePostal());
            draft.setAdresse(structure.address().adresse() == null ? "" : structure.address().adresse());
            draft.getModesAccueil().add(Offer.MODE_ON_SITE);
            show(structure, null, draft);
            return;
        }
        Offer offer;
        try {
            offer = editor.get(parameter, who);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                String message = getTranslation("workspace.edit.notFound");
                event.rerouteToError(new PageNotFound(message), message);
            } else {
                denied(event, getTranslation("workspace.denied.offer"));
            }
            return;
        }
        offerId = offer.id();
        structureId = offer.structureId();
        versionSeen = offer.version();
        title = getTranslation("workspace.edit.title", offer.nom());
        show(catalogue.structure(structureId), offer, draftOf(offer));
    }

    private OfferDraft draftOf(Offer offer) {
        return OfferDraft.of(offer, zones::of, code -> gazetteer.commune(code).orElse(null));
    }

    private void show(Structure structure, Offer offer, OfferDraft draft) {
        removeAll();
        Anchor back = new Anchor("/espace", getTranslation("workspace.edit.back"));
        back.addClassName("back-link");
        header.removeAll();
        header.addClassName("offer-edit-header");
        header.add(new H1(offer == null ? getTranslation("workspace.edit.newTitle") : offer.nom()));
        Paragraph context = new Paragraph(getTranslation("workspace.edit.structure", structure.nom()));
        context.addClassName("lead");
        header.add(context);
        if (offer != null) {
            Div facts = new Div();
            facts.addClassName("workspace-badges");
            Span status = new Span(statusText(offer));
            status.addClassNames("badge", "offer-status");
            facts.add(status);
            if (WorkspaceView.isStale(offer, LocalDate.now(clock))) {
                Span stale = new Span(getTranslation("workspace.status.stale"));
                stale.addClassNames("badge", "badge-stale");
                facts.add(stale);
            }
            // Re-rendered after each save: the operator sees the score move as he fills the form.
            int quality = QualityScorer.score(offer, LocalDate.now(clock)).percent();
            Anchor score = new Anchor("/espace/structures/" + offer.structureId() + "/a-completer",
                    getTranslation("quality.score", quality));
            score.addClassName("offer-quality");
            score.getElement().setAttribute("title", getTranslation("quality.score.link", quality));
            facts.add(score);
            Anchor history = new Anchor("/espace/offres/" + offer.id() + "/historique",
                    getTranslation("workspace.action.history"));
            history.addClassName("history-link");
            facts.add(history);
            if (offer.isPublished()) {
                Anchor publicPage = new Anchor("/offres/" + offer.id(), getTranslation("workspace.action.public"));
                facts.add(publicPage);
            }
            header.add(facts);
        } else {
            Paragraph note = new Paragraph(getTranslation("workspace.edit.newNote"));
            note.addClassName("muted");
            header.add(note);
        }
        form.setHomeDepartement(gazetteer.commune(structure.address().codeInsee()).map(Commune::departementCode)
                .orElse(null));
        form.setDraft(draft);
        conflict.setVisible(false);

        Button save = new Button(getTranslation("workspace.edit.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("offer-save");
        Anchor cancel = new Anchor("/espace", getTranslation("workspace.action.cancel"));
        cancel.addClassNames("button-link", "offer-cancel");
        Div actions = new Div(save, cancel);
        actions.addClassName("form-actions");
        add(back, header, conflict, form, actions);
    }

    private String statusText(Offer offer) {
        Lifecycle l = offer.lifecycle();
        return switch (l.status()) {
            case BROUILLON -> getTranslation("workspace.status.draft");
            case PUBLIEE -> getTranslation("workspace.status.published");
            case SUSPENDUE -> l.suspendedUntil() == null ? getTranslation("workspace.status.suspended")
                    : getTranslation("workspace.status.suspendedUntil", FrenchDates.day(l.suspendedUntil()));
            case ARCHIVEE -> getTranslation("workspace.status.archived");
        };
    }

    private void save() {
        OfferDraft draft = form.read();
        List<FieldError> local = localProblems(draft);
        if (!local.isEmpty()) {
            form.showErrors(getTranslation("workspace.edit.invalid", local.size()), local);
            Notifications.error(getTranslation("workspace.edit.invalid", local.size()));
            return;
        }
        try {
            if (offerId == null) {
                Offer created = editor.create(draft.applyTo(skeleton()), who);
                Notifications.success(getTranslation("workspace.edit.created"));
                getUI().ifPresent(ui -> ui.navigate("espace/offres/" + created.id()));
                return;
            }
            Offer saved = editor.update(offerId, versionSeen, current -> draft.applyTo(current), who);
            versionSeen = saved.version();
            form.clearErrors();
            Notifications.success(getTranslation("workspace.edit.saved"));
            show(catalogue.structure(structureId), saved, draftOf(saved));
        } catch (DomainException e) {
            switch (e.kind()) {
                case UNPROCESSABLE, BAD_REQUEST -> {
                    form.showErrors(e.getMessage(), e.errors());
                    Notifications.error(e.getMessage());
                }
                case CONFLICT -> showConflict();
                default -> Notifications.error(e.getMessage());
            }
        }
    }

    /** What the offer validator cannot see: a text that is not OSM, a clause without its start. */
    private List<FieldError> localProblems(OfferDraft draft) {
        List<FieldError> problems = new ArrayList<>();
        if (OpeningHoursRows.problemWith(draft.getHoraires()).isPresent()) {
            problems.add(new FieldError("horaires_accueil", getTranslation("workspace.hours.error.syntax")));
        }
        if (draft.isClause() && draft.getClauseStartsOn() == null) {
            problems.add(new FieldError("passerelle.clause_sociale.debut", getTranslation("workspace.form.clause.start.required")));
        }
        if (draft.isSiae() && draft.getSiaeKind() == null) {
            problems.add(new FieldError("passerelle.siae.type", getTranslation("workspace.form.siae.kind.required")));
        }
        return problems;
    }

    /** The user's input stays in the form; reloading is his choice, and shows the other version. */
    private void showConflict() {
        conflict.removeAll();
        Paragraph text = new Paragraph(getTranslation("workspace.edit.conflict"));
        Button reload = new Button(getTranslation("workspace.edit.conflict.reload"), click -> {
            Offer latest = editor.get(offerId, who);
            versionSeen = latest.version();
            show(catalogue.structure(structureId), latest, draftOf(latest));
            Notifications.success(getTranslation("workspace.edit.reloaded"));
        });
        reload.addClassName("conflict-reload");
        Anchor history = new Anchor("/espace/offres/" + offerId + "/historique",
                getTranslation("workspace.edit.conflict.history"));
        history.setTarget("_blank");
        conflict.add(text, new Div(reload, history));
        conflict.setVisible(true);
        conflict.getElement().callJsFunction("scrollIntoView");
        Notifications.error(getTranslation("workspace.edit.conflict.short"));
    }

    /** A new draft of the structure, before the form's content is written over it. */
    private Offer skeleton() {
        return new Offer(OfferEditor.newId(), OfferEditor.SOURCE, structureId, "", "", null, List.of(), null, null,
                List.of(), null, null, Address.NONE, Contact.NONE, List.of(), List.of(), List.of(), List.of(), null,
                null, null, null, null, null, LocalDate.now(clock),
                new Lifecycle(OfferStatus.BROUILLON, null, 6, null, null), AccessRule.PRESCRIPTION, List.of(),
                List.of(), null, null, List.of(), 0);
    }

    @Override
    public String getPageTitle() {
        return title + " — " + getTranslation("app.title.suffix");
    }

    private static void denied(com.vaadin.flow.router.BeforeEvent event, String message) {
        event.rerouteToError(new AccessDenied(message), message);
    }
}
