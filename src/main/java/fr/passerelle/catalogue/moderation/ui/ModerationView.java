package fr.passerelle.catalogue.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.passerelle.account.AccountRef;
import fr.passerelle.account.Role;
import fr.passerelle.account.ui.CurrentUser;
import fr.passerelle.account.ui.RequiresRole;
import fr.passerelle.catalogue.ModerationStatus;
import fr.passerelle.catalogue.StructureEditor;
import fr.passerelle.catalogue.moderation.ModerationQueue;
import fr.passerelle.catalogue.moderation.OfferReport;
import fr.passerelle.catalogue.moderation.OfferReports;
import fr.passerelle.catalogue.moderation.ReportStatus;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.ui.MainLayout;
import fr.passerelle.shared.ui.MessagesI18NProvider;
import io.micronaut.context.annotation.Prototype;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * {@code /moderation}: a territory manager's work list (administrators: everywhere), the page
 * twin of {@code GET /api/v1/moderation}. Decisions go through StructureEditor and OfferReports,
 * which check again who may take them.
 */
@Route(value = ModerationView.ROUTE, layout = MainLayout.class)
@PageTitle("Modération")
@RequiresRole({Role.GESTIONNAIRE, Role.ADMINISTRATEUR})
@Prototype
public class ModerationView extends VerticalLayout {

    public static final String ROUTE = "moderation";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
            MessagesI18NProvider.FRENCH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter
            .ofPattern("d MMMM yyyy 'à' HH'h'mm", MessagesI18NProvider.FRENCH).withZone(ZoneId.of("Europe/Paris"));

    private final ModerationQueue queue;
    private final StructureEditor structures;
    private final OfferReports reports;
    private final AccountRef who;
    private final Div lists = new Div();

    public ModerationView(ModerationQueue queue, StructureEditor structures, OfferReports reports) {
        this.queue = queue;
        this.structures = structures;
        this.reports = reports;
        this.who = CurrentUser.ref().orElseThrow();
        addClassNames("moderation-view", "prose");
        setSpacing(false);
        Paragraph lead = new Paragraph(getTranslation("moderation.lead"));
        lead.addClassName("lead");
        add(new H1(getTranslation("moderation.title")), lead, lists);
        show();
    }

    private void show() {
        ModerationQueue.Queue shown = queue.queueFor(who, ModerationQueue.DEFAULT_LIMIT);
        lists.removeAll();
        lists.add(
                section("moderation-pending", "moderation.pending.title", shown.counts().pendingStructures(),
                        shown.pendingStructures(), this::pending),
                section("moderation-reports", "moderation.reports.title", shown.counts().openReports(),
                        shown.openReports(), this::report),
                section("moderation-stale", "moderation.stale.title", shown.counts().staleOffers(),
                        shown.staleOffers(), this::stale));
    }

    /** A titled list with its total; the list itself stops at the queue's limit. */
    private <T> Section section(String className, String titleKey, long total, List<T> items,
                                Function<T, Component> line) {
        H2 title = new H2(getTranslation(titleKey, total));
        title.addClassName("moderation-count");
        Section section = new Section(title);
        section.addClassName(className);
        if (items.isEmpty()) {
            section.add(new Paragraph(getTranslation("moderation.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            items.forEach(item -> list.add(new ListItem(line.apply(item))));
            section.add(list);
            if (total > items.size()) {
                section.add(new Paragraph(getTranslation("moderation.more", items.size(), total)));
            }
        }
        return section;
    }

    private Component pending(ModerationQueue.PendingStructure structure) {
        H3 name = new H3(structure.nom());
        name.addClassName("moderation-structure-name");
        Div item = new Div(name, facts(
                getTranslation("moderation.pending.siret", orDash(structure.siret())),
                getTranslation("moderation.pending.commune", orDash(structure.commune()))));
        if (structure.offers().isEmpty()) {
            item.add(new Paragraph(getTranslation("moderation.pending.noOffer")));
        } else {
            UnorderedList offers = new UnorderedList();
            structure.offers().forEach(offer -> offers.add(new ListItem(
                    getTranslation("moderation.pending.offer", offer.nom(), offer.status().label()))));
            offers.addClassName("moderation-offers");
            item.add(new Paragraph(getTranslation("moderation.pending.offers")), offers);
        }
        Button validate = new Button(getTranslation("moderation.action.validate"), click -> act(() ->
                structures.moderate(structure.id(), ModerationStatus.VALIDEE, null, who),
                getTranslation("moderation.validated", structure.nom())));
        validate.addClassName("moderation-validate");
        validate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        validate.getElement().setAttribute("aria-label",
                getTranslation("moderation.action.validate.label", structure.nom()));
        Button refuse = new Button(getTranslation("moderation.action.refuse"), click ->
                new ModerationReasonDialog(this, getTranslation("moderation.refuse.title", structure.nom()),
                        getTranslation("moderation.refuse.reason"),
                        getTranslation("moderation.refuse.reason.help"), reason -> act(() ->
                        structures.moderate(structure.id(), ModerationStatus.REFUSEE, reason, who),
                        getTranslation("moderation.refused", structure.nom()))).open());
        refuse.addClassName("moderation-refuse");
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        refuse.getElement().setAttribute("aria-label",
                getTranslation("moderation.action.refuse.label", structure.nom()));
        item.add(actions(validate, refuse));
        item.addClassName("moderation-structure");
        item.getElement().setAttribute("data-structure-id", structure.id());
        return item;
    }

    private Component report(OfferReport report) {
        Anchor offer = new Anchor("/offres/" + report.offerId(), report.offerNom());
        Paragraph message = new Paragraph(report.message());
        message.addClassName("moderation-report-message");
        // Reports are free text: long words must not widen the page on a phone.
        message.getStyle().set("overflow-wrap", "anywhere").set("white-space", "pre-line");
        Div item = new Div(offer, facts(report.structureNom(),
                getTranslation("moderation.reports.date", WHEN.format(report.createdAt()))), message);
        Button handled = new Button(getTranslation("moderation.action.handled"), click -> act(() ->
                reports.close(report.id(), ReportStatus.TRAITE.code(), null, who),
                getTranslation("moderation.handledDone")));
        handled.addClassName("moderation-handled");
        handled.addThemeVariants(ButtonVariant.LUMO_SMALL);
        handled.getElement().setAttribute("aria-label",
                getTranslation("moderation.action.handled.label", report.offerNom()));
        Button dismiss = new Button(getTranslation("moderation.action.dismiss"), click ->
                new ModerationReasonDialog(this, getTranslation("moderation.dismiss.title", report.offerNom()),
                        getTranslation("moderation.dismiss.note"),
                        getTranslation("moderation.dismiss.note.help"), note -> act(() ->
                        reports.close(report.id(), ReportStatus.SANS_SUITE.code(), note, who),
                        getTranslation("moderation.dismissedDone"))).open());
        dismiss.addClassName("moderation-dismiss");
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        dismiss.getElement().setAttribute("aria-label",
                getTranslation("moderation.action.dismiss.label", report.offerNom()));
        item.add(actions(handled, dismiss));
        item.addClassName("moderation-report");
        item.getElement().setAttribute("data-report-id", Long.toString(report.id()));
        return item;
    }

    private Component stale(ModerationQueue.StaleOffer offer) {
        Div item = new Div(new Anchor("/offres/" + offer.id(), offer.nom()), facts(offer.structureNom(),
                getTranslation("moderation.stale.updated", DAY.format(offer.dateMaj()),
                        offer.updateFrequencyMonths())));
        item.addClassName("moderation-stale-offer");
        item.getElement().setAttribute("data-offer-id", offer.id());
        return item;
    }

    private static Paragraph facts(String... parts) {
        Paragraph facts = new Paragraph(String.join(" · ", parts));
        facts.addClassName("moderation-facts");
        facts.getStyle().set("overflow-wrap", "anywhere");
        return facts;
    }

    private static FlexLayout actions(Button... buttons) {
        FlexLayout actions = new FlexLayout(buttons);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        return actions;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    /**
     * Runs a decision, then shows the fresh lists. Returns whether it went through, so a dialog
     * stays open on a refusal (a reason too short) and the manager can correct it.
     */
    private boolean act(Runnable action, String done) {
        try {
            action.run();
        } catch (DomainException e) {
            Notification failed = Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
            failed.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
        Notification ok = Notification.show(done, 4000, Notification.Position.BOTTOM_CENTER);
        ok.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show();
        return true;
    }
}
