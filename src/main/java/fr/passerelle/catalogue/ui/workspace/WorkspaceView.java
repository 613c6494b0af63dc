package fr.passerelle.catalogue.ui.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passerelle.account.AccountRef;
import fr.passerelle.account.AccountService;
import fr.passerelle.account.Membership;
import fr.passerelle.account.MembershipRole;
import fr.passerelle.account.Profile;
import fr.passerelle.account.Role;
import fr.passerelle.account.ui.CurrentUser;
import fr.passerelle.account.ui.RequiresRole;
import fr.passerelle.catalogue.Lifecycle;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferCatalogue;
import fr.passerelle.catalogue.OfferEditor;
import fr.passerelle.catalogue.OfferSession;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.catalogue.Structure;
import fr.passerelle.catalogue.StructureFilter;
import fr.passerelle.catalogue.quality.QualityScorer;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.PageRequest;
import fr.passerelle.shared.ui.MainLayout;
import io.micronaut.context.annotation.Prototype;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /espace}: "Mon espace structure". For each structure of the operator, its offers as
 * cards, those to update first, with what can be done to each; administrators pick a structure.
 */
@Route(value = "espace", layout = MainLayout.class)
@RequiresRole({Role.OPERATEUR, Role.ADMINISTRATEUR})
@Prototype
public class WorkspaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final OfferEditor editor;
    private final OfferCatalogue catalogue;
    private final Clock clock;
    private AccountRef who;
    private String chosenStructure;

    public WorkspaceView(AccountService accounts, OfferEditor editor, OfferCatalogue catalogue, Clock clock) {
        this.accounts = accounts;
        this.editor = editor;
        this.catalogue = catalogue;
        this.clock = clock;
        addClassNames("workspace", "workspace-view");
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<AccountRef> signedIn = CurrentUser.ref();
        if (signedIn.isEmpty()) {
            return; // the guard has already forwarded to the login page
        }
        who = signedIn.get();
        chosenStructure = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("structure", List.of()).stream().findFirst().orElse(null);
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("workspace.title")));
        Profile profile = accounts.profile(who);
        if (profile.role() == Role.ADMINISTRATEUR) {
            add(structurePicker());
            if (chosenStructure != null) {
                try {
                    Structure structure = catalogue.structure(chosenStructure);
                    add(structureSection(structure.id(), structure.nom(), null));
                } catch (DomainException e) {
                    add(new Paragraph(e.getMessage()));
                }
            }
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("workspace.intro"));
        intro.addClassName("lead");
        add(intro);
        if (profile.structures().isEmpty()) {
            add(new Paragraph(getTranslation("workspace.noStructure")));
        }
        for (Membership membership : profile.structures()) {
            add(structureSection(membership.structureId(), membership.structureNom(), membership.role()));
        }
    }

    private Component structurePicker() {
        Paragraph intro = new Paragraph(getTranslation("workspace.admin.intro"));
        intro.addClassName("lead");
        ComboBox<Structure> picker = new ComboBox<>(getTranslation("workspace.admin.structure"));
        List<Structure> all = catalogue.structures(new StructureFilter(List.of(), null, null, List.of(), false),
                new PageRequest(0, PageRequest.MAX_SIZE)).items();
        picker.setItems(all);
        picker.setItemLabelGenerator(s -> s.nom() + (s.address().commune() == null ? "" : " — " + s.address().commune()));
        picker.setWidthFull();
        picker.setMaxWidth("36rem");
        picker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate("espace", com.vaadin.flow.router.QueryParameters.of(
                        "structure", e.getValue().id())));
            }
        });
        return new Div(intro, picker);
    }

    private Section structureSection(String structureId, String nom, MembershipRole role) {
        Section section = new Section();
        section.addClassName("workspace-structure");
        section.getElement().setAttribute("data-structure-id", structureId);
        H2 title = new H2(nom);
        Div meta = new Div();
        meta.addClassName("workspace-structure-meta");
        if (role != null) {
            meta.add(badge(getTranslation("workspace.role." + role.code()), "badge"));
        }
        Anchor details = new Anchor("/espace/structures/" + structureId, getTranslation("workspace.structure.details"));
        Anchor create = new Anchor("/espace/offres/nouvelle?structure=" + structureId,
                getTranslation("workspace.offer.create"));
        create.addClassNames("button-link", "button-primary", "workspace-create");
        meta.add(details);
        Anchor todo = new Anchor("/espace/structures/" + structureId + "/a-completer",
                getTranslation("quality.todo.link"));
        todo.addClassName("workspace-quality-todo");
        meta.add(todo);
        // The bulk CSV import belongs to the interop room: linked by its path.
        Anchor bulkImport = new Anchor("/espace/structures/" + structureId + "/import",
                getTranslation("imports.structure.link"));
        bulkImport.addClassName("workspace-import");
        meta.add(bulkImport);
        List<Offer> offers = editor.offersOf(structureId, who);
        LocalDate today = LocalDate.now(clock);
        long stale = offers.stream().filter(o -> isStale(o, today)).count();
        Paragraph counts = new Paragraph(getTranslation("workspace.structure.counts", offers.size(), stale));
        counts.addClassName("workspace-counts");
        UnorderedList cards = new UnorderedList();
        cards.addClassName("workspace-offers");
        offers.stream().sorted(order(today)).forEach(offer -> cards.add(new ListItem(card(offer, today))));
        section.add(title, meta, counts, create, cards);
        if (offers.isEmpty()) {
            section.add(new Paragraph(getTranslation("workspace.structure.empty")));
        }
        return section;
    }

    /** To update first, then drafts, then the rest; archived last; by name within each. */
    private static Comparator<Offer> order(LocalDate today) {
        return Comparator.comparingInt((Offer o) -> {
            if (isStale(o, today)) {
                return 0;
            }
            return switch (o.lifecycle().status()) {
                case BROUILLON -> 1;
                case SUSPENDUE -> 2;
                case PUBLIEE -> 3;
                case ARCHIVEE -> 4;
            };
        }).thenComparing(Offer::nom, String.CASE_INSENSITIVE_ORDER);
    }

    static boolean isStale(Offer offer, LocalDate today) {
        OfferStatus status = offer.lifecycle().status();
        return (status == OfferStatus.PUBLIEE || status == OfferStatus.SUSPENDUE)
                && offer.lifecycle().isStale(offer.dateMaj(), today);
    }

    private Component card(Offer offer, LocalDate today) {
        Div card = new Div();
        card.addClassName("workspace-card");
        card.getElement().setAttribute("data-offer-id", offer.id());
        H3 name = new H3();
        Anchor edit = new Anchor("/espace/offres/" + offer.id(), offer.nom());
        edit.addClassName("workspace-card-title");
        name.add(edit);
        Div badges = new Div();
        badges.addClassName("workspace-badges");
        Lifecycle l = offer.lifecycle();
        switch (l.status()) {
            case BROUILLON -> badges.add(badge(getTranslation("workspace.status.draft"), "badge badge-draft"));
            case PUBLIEE -> badges.add(badge(getTranslation("workspace.status.published"), "badge badge-ok"));
            case SUSPENDUE -> badges.add(badge(l.suspendedUntil() == null ? getTranslation("workspace.status.suspended")
                    : getTranslation("workspace.status.suspendedUntil", FrenchDates.day(l.suspendedUntil())),
                    "badge badge-suspended"));
            case ARCHIVEE -> badges.add(badge(getTranslation("workspace.status.archived"), "badge badge-archived"));
        }
        if (isStale(offer, today)) {
            badges.add(badge(getTranslation("workspace.status.stale"), "badge badge-stale"));
        }
        Paragraph updated = new Paragraph(getTranslation("workspace.card.updated", FrenchDates.day(offer.dateMaj()),
                l.updateFrequencyMonths()));
        updated.addClassName("workspace-card-updated");
        int quality = QualityScorer.score(offer, today).percent();
        Paragraph score = new Paragraph(getTranslation("quality.score", quality));
        score.addClassName("workspace-card-quality");
        score.getElement().setAttribute("title", getTranslation("quality.score.label", quality));
        card.add(name, badges, updated, score);
        if (!offer.sessions().isEmpty()) {
            int places = offer.sessions().stream().map(OfferSession::placesLeft).filter(Objects::nonNull)
                    .mapToInt(Integer::intValue).sum();
            Paragraph sessions = new Paragraph(getTranslation("workspace.card.sessions", offer.sessions().size(), places));
            sessions.addClassName("workspace-card-sessions");
            card.add(sessions);
        }
        card.add(actions(offer));
        return card;
    }

    private Component actions(Offer offer) {
        Anchor edit = new Anchor("/espace/offres/" + offer.id(), getTranslation("workspace.action.edit"));
        edit.addClassNames("button-link", "button-primary", "workspace-edit");
        edit.getElement().setAttribute("aria-label", getTranslation("workspace.action.edit.label", offer.nom()));
        Div bar = new Div(edit);
        bar.addClassName("workspace-actions");
        OfferStatus status = offer.lifecycle().status();
        if (status == OfferStatus.PUBLIEE || status == OfferStatus.SUSPENDUE) {
            Button verified = new Button(getTranslation("workspace.action.verified"),
                    click -> act(() -> editor.markVerified(offer.id(), who), "workspace.done.verified"));
            verified.addClassName("workspace-verified");
            verified.getElement().setAttribute("aria-label", getTranslation("workspace.action.verified.label", offer.nom()));
            bar.add(verified);
        }
        MenuBar more = new MenuBar();
        more.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        more.addClassName("workspace-more");
        SubMenu menu = more.addItem(getTranslation("workspace.action.more")).getSubMenu();
        more.getElement().setAttribute("aria-label", getTranslation("workspace.action.more.label", offer.nom()));
        if (status == OfferStatus.BROUILLON || status == OfferStatus.SUSPENDUE) {
            menu.addItem(getTranslation("workspace.action.publish"), click -> act(() -> move(offer, OfferStatus.PUBLIEE, null),
                    "workspace.done.published"));
        }
        if (status == OfferStatus.PUBLIEE) {
            menu.addItem(getTranslation("workspace.action.suspend"), click -> suspend(offer));
        }
        if (status == OfferStatus.ARCHIVEE) {
            menu.addItem(getTranslation("workspace.action.restore"), click -> act(() -> move(offer, OfferStatus.BROUILLON, null),
                    "workspace.done.restored"));
        }
        menu.addItem(getTranslation("workspace.action.duplicate"), click -> {
            try {
                Offer copy = editor.duplicate(offer.id(), who);
                Notifications.success(getTranslation("workspace.done.duplicated"));
                getUI().ifPresent(ui -> ui.navigate("espace/offres/" + copy.id()));
            } catch (DomainException e) {
                Notifications.error(e.getMessage());
            }
        });
        menu.addItem(getTranslation("workspace.action.history"),
                click -> getUI().ifPresent(ui -> ui.navigate("espace/offres/" + offer.id() + "/historique")));
        if (status != OfferStatus.ARCHIVEE) {
            menu.addItem(getTranslation("workspace.action.archive"), click -> archive(offer));
        }
        if (offer.isPublished()) {
            menu.addItem(getTranslation("workspace.action.public"),
                    click -> getUI().ifPresent(ui -> ui.getPage().setLocation("/offres/" + offer.id())));
        }
        bar.add(more);
        return bar;
    }

    private Offer move(Offer offer, OfferStatus next, LocalDate until) {
        Lifecycle l = offer.lifecycle();
        return editor.update(offer.id(), offer.version(), o -> o.withLifecycle(new Lifecycle(next, until,
                l.updateFrequencyMonths(), l.verifiedOn(), l.verifiedBy())), who);
    }

    private void suspend(Offer offer) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("workspace.suspend.title", offer.nom()));
        DatePicker until = FrenchDates.picker(getTranslation("workspace.suspend.until"));
        until.setMin(LocalDate.now(clock).plusDays(1));
        until.setRequiredIndicatorVisible(true);
        until.setHelperText(getTranslation("workspace.suspend.helper"));
        until.setWidthFull();
        dialog.add(until);
        Button cancel = new Button(getTranslation("workspace.action.cancel"), click -> dialog.close());
        Button confirm = new Button(getTranslation("workspace.suspend.confirm"), click -> {
            if (until.getValue() == null || until.isInvalid()) {
                until.setInvalid(true);
                until.setErrorMessage(getTranslation("workspace.suspend.required"));
                return;
            }
            dialog.close();
            act(() -> move(offer, OfferStatus.SUSPENDUE, until.getValue()), "workspace.done.suspended");
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void archive(Offer offer) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("workspace.archive.title"),
                getTranslation("workspace.archive.text", offer.nom()), getTranslation("workspace.archive.confirm"),
                confirm -> act(() -> move(offer, OfferStatus.ARCHIVEE, null), "workspace.done.archived"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("workspace.action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void act(java.util.function.Supplier<Offer> action, String doneKey) {
        try {
            action.get();
            Notifications.success(getTranslation(doneKey));
        } catch (DomainException e) {
            Notifications.error(e.errors().isEmpty() ? e.getMessage()
                    : e.getMessage() + " " + getTranslation("workspace.done.completeFirst"));
        }
        render();
    }

    private static Span badge(String text, String classes) {
        Span span = new Span(text);
        for (String name : classes.split(" ")) {
            span.addClassName(name);
        }
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.title") + " — " + getTranslation("app.title.suffix");
    }
}
