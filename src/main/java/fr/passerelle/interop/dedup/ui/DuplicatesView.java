package fr.passerelle.interop.dedup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.passerelle.account.AccountRef;
import fr.passerelle.account.Role;
import fr.passerelle.account.ui.CurrentUser;
import fr.passerelle.account.ui.RequiresRole;
import fr.passerelle.interop.dedup.DuplicateClusters;
import fr.passerelle.interop.dedup.DuplicateDecisions;
import fr.passerelle.interop.dedup.DuplicateDetector;
import fr.passerelle.interop.dedup.DuplicateReason;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.Page;
import fr.passerelle.shared.PageRequest;
import fr.passerelle.shared.ui.MainLayout;
import io.micronaut.context.annotation.Prototype;

import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code /admin/doublons}: the clusters of likely duplicates, why each offer is there, and the
 * admins' corrections (split, merge, main offer). Every action goes through DuplicateDecisions,
 * which checks the role again.
 */
@Route(value = DuplicatesView.ROUTE, layout = MainLayout.class)
@PageTitle("Doublons entre sources")
@RequiresRole(Role.ADMINISTRATEUR)
@Prototype
public class DuplicatesView extends VerticalLayout {

    public static final String ROUTE = "admin/doublons";
    static final int PAGE_SIZE = 20;

    private final DuplicateClusters clusters;
    private final DuplicateDecisions decisions;
    private final AccountRef who;
    private final Div list = new Div();
    private final Paragraph count = new Paragraph();
    private final TextField mergeFirst = new TextField();
    private final TextField mergeSecond = new TextField();
    private final Button previous = new Button();
    private final Button next = new Button();
    private int page = 1;

    public DuplicatesView(DuplicateClusters clusters, DuplicateDecisions decisions) {
        this.clusters = clusters;
        this.decisions = decisions;
        this.who = CurrentUser.ref().orElseThrow();
        addClassNames("duplicates-view", "prose");
        setSpacing(false);
        Paragraph lead = new Paragraph(getTranslation("dedup.lead"));
        lead.addClassName("lead");
        Button detect = new Button(getTranslation("dedup.detect"), click ->
                act(() -> decisions.detect(who), "dedup.detected"));
        detect.addClassName("dedup-detect");
        add(new H1(getTranslation("dedup.title")), lead, detect, mergeForm(), count, list, pager());
        list.addClassName("dedup-clusters");
        count.addClassName("dedup-count");
        show();
    }

    private Component mergeForm() {
        H2 title = new H2(getTranslation("dedup.merge.title"));
        mergeFirst.setLabel(getTranslation("dedup.merge.first"));
        mergeFirst.setId("dedup-merge-first");
        mergeSecond.setLabel(getTranslation("dedup.merge.second"));
        mergeSecond.setId("dedup-merge-second");
        mergeSecond.setHelperText(getTranslation("dedup.merge.help"));
        // Ids are long: fields as wide as the phone allows, labels never cut.
        for (TextField field : new TextField[]{mergeFirst, mergeSecond}) {
            field.setWidth("22em");
            field.setMaxWidth("100%");
        }
        Button merge = new Button(getTranslation("dedup.merge.action"), click -> act(() -> decisions.merge(
                mergeFirst.getValue().strip(), mergeSecond.getValue().strip(), who), "dedup.merged"));
        merge.addClassName("dedup-merge");
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout fields = new FlexLayout(mergeFirst, mergeSecond, merge);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.getStyle().set("gap", "var(--lumo-space-m)");
        Section form = new Section(title, fields);
        form.addClassName("dedup-merge-form");
        return form;
    }

    private Component pager() {
        previous.setText(getTranslation("dedup.page.previous"));
        previous.addClickListener(click -> {
            page--;
            show();
        });
        next.setText(getTranslation("dedup.page.next"));
        next.addClickListener(click -> {
            page++;
            show();
        });
        return new FlexLayout(previous, next);
    }

    private void show() {
        Page<DuplicateClusters.ClusterView> shown = clusters.list(new PageRequest(page, PAGE_SIZE), who);
        count.setText(getTranslation("dedup.count", shown.total()));
        list.removeAll();
        if (shown.items().isEmpty()) {
            list.add(new Paragraph(getTranslation("dedup.empty")));
        }
        shown.items().forEach(cluster -> list.add(cluster(cluster)));
        previous.setEnabled(page > 1);
        next.setEnabled((long) page * PAGE_SIZE < shown.total());
    }

    private Component cluster(DuplicateClusters.ClusterView cluster) {
        DuplicateClusters.Member main = cluster.members().get(0);
        H2 title = new H2(main.nom());
        UnorderedList members = new UnorderedList();
        cluster.members().forEach(member -> members.add(member(member)));
        Button mergeWith = new Button(getTranslation("dedup.action.mergeWith"), click -> {
            mergeFirst.setValue(cluster.representativeId());
            mergeSecond.clear();
            mergeSecond.focus();
        });
        mergeWith.addClassName("dedup-merge-with");
        mergeWith.getElement().setAttribute("aria-label", getTranslation("dedup.action.mergeWith.label", main.nom()));
        Section section = new Section(title, members, mergeWith);
        section.addClassName("dedup-cluster");
        section.getElement().setAttribute("data-representative", cluster.representativeId());
        return section;
    }

    private Component member(DuplicateClusters.Member member) {
        Anchor name = new Anchor("/offres/" + member.id(), member.nom());
        Paragraph facts = new Paragraph(String.join(" · ", member.source(), member.structure(),
                member.commune() == null ? "" : member.commune(), member.id()));
        facts.addClassName("dedup-member-facts");
        facts.getStyle().set("overflow-wrap", "anywhere");
        Paragraph why = new Paragraph(getTranslation("dedup.reasons", member.reasons().stream()
                .map(DuplicateReason::label).collect(Collectors.joining(", "))));
        why.addClassName("dedup-member-reasons");
        why.getStyle().set("overflow-wrap", "anywhere");
        Div item = new Div(name, facts, why);
        if (member.representative()) {
            Span badge = new Span(getTranslation("dedup.main"));
            badge.addClassNames("badge", "dedup-main-badge");
            item.addComponentAtIndex(1, badge);
        }
        if (!member.isPublic()) {
            Span hidden = new Span(getTranslation("dedup.notPublic"));
            hidden.addClassName("badge");
            item.add(hidden);
        }
        Button split = new Button(getTranslation("dedup.action.split"), click ->
                act(() -> decisions.split(member.id(), who), "dedup.split"));
        split.addClassName("dedup-split");
        split.getElement().setAttribute("aria-label", getTranslation("dedup.action.split.label", member.nom(),
                member.source()));
        split.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        FlexLayout actions = new FlexLayout(split);
        actions.addClassName("dedup-member-actions");
        // Two buttons do not fit side by side on a phone: they go one under the other.
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        if (!member.representative()) {
            Button choose = new Button(getTranslation("dedup.action.choose"), click ->
                    act(() -> decisions.choose(member.id(), who), "dedup.chosen"));
            choose.addClassName("dedup-choose");
            choose.getElement().setAttribute("aria-label", getTranslation("dedup.action.choose.label", member.nom(),
                    member.source()));
            choose.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(choose);
        }
        item.add(actions);
        item.addClassName("dedup-member");
        item.getElement().setAttribute("data-offer-id", member.id());
        return new ListItem(item);
    }

    private void act(Supplier<DuplicateDetector.Report> action, String doneKey) {
        try {
            DuplicateDetector.Report report = action.get();
            Notification done = Notification.show(getTranslation(doneKey, report.clusters()), 4000,
                    Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            mergeFirst.clear();
            mergeSecond.clear();
            show();
        } catch (DomainException e) {
            Notification failed = Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
            failed.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
