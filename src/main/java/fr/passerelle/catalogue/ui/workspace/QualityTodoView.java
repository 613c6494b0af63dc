package fr.passerelle.catalogue.ui.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passerelle.account.AccountRef;
import fr.passerelle.account.Role;
import fr.passerelle.account.ui.CurrentUser;
import fr.passerelle.account.ui.RequiresRole;
import fr.passerelle.catalogue.OfferCatalogue;
import fr.passerelle.catalogue.Structure;
import fr.passerelle.catalogue.quality.CriterionResult;
import fr.passerelle.catalogue.quality.OfferQuality;
import fr.passerelle.catalogue.quality.OfferQuality.ScoredOffer;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.ui.AccessDenied;
import fr.passerelle.shared.ui.MainLayout;
import fr.passerelle.shared.ui.PageNotFound;
import io.micronaut.context.annotation.Prototype;

import java.util.List;
import java.util.Optional;

/**
 * {@code /espace/structures/<id>/a-completer}: the structure's offers, least complete first,
 * each with what is missing in plain sentences and a link to its form. Computed on every visit,
 * so a saved fix shows at once.
 */
@Route(value = "espace/structures/:id/a-completer", layout = MainLayout.class)
@RequiresRole({Role.OPERATEUR, Role.ADMINISTRATEUR})
@Prototype
public class QualityTodoView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OfferQuality quality;
    private final OfferCatalogue catalogue;
    private String title = "";

    public QualityTodoView(OfferQuality quality, OfferCatalogue catalogue) {
        this.quality = quality;
        this.catalogue = catalogue;
        addClassNames("workspace", "quality-todo-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<AccountRef> who = CurrentUser.ref();
        if (who.isEmpty()) {
            return; // the guard has already forwarded to the login page
        }
        String structureId = event.getRouteParameters().get("id").orElse("");
        Structure structure;
        List<ScoredOffer> offers;
        try {
            structure = catalogue.structure(structureId);
            offers = quality.todo(structureId, who.get());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                String message = getTranslation("workspace.edit.noStructure");
                event.rerouteToError(new PageNotFound(message), message);
            } else {
                String message = getTranslation("workspace.denied.structure");
                event.rerouteToError(new AccessDenied(message), message);
            }
            return;
        }
        title = getTranslation("quality.todo.pageTitle", structure.nom());
        render(structure, offers);
    }

    private void render(Structure structure, List<ScoredOffer> offers) {
        removeAll();
        Anchor back = new Anchor("/espace", getTranslation("quality.todo.back"));
        back.addClassName("back-link");
        Paragraph lead = new Paragraph(structure.nom());
        lead.addClassName("lead");
        Paragraph intro = new Paragraph(getTranslation("quality.todo.intro"));
        Paragraph source = new Paragraph(getTranslation("quality.todo.source"));
        source.addClassName("muted");
        add(back, new H1(getTranslation("quality.todo.title")), lead, intro, source);
        if (offers.isEmpty()) {
            add(new Paragraph(getTranslation("quality.todo.empty")));
            return;
        }
        OrderedList list = new OrderedList();
        list.addClassName("quality-todo-list");
        offers.forEach(scored -> list.add(new ListItem(item(scored))));
        add(list);
    }

    private Component item(ScoredOffer scored) {
        Div item = new Div();
        item.addClassName("quality-todo-item");
        item.getElement().setAttribute("data-offer-id", scored.offer().id());
        String nom = scored.offer().nom();
        H2 name = new H2(nom);
        int percent = scored.report().percent();
        Span score = new Span(getTranslation("quality.score", percent));
        score.addClassNames("badge", "quality-score", percent >= 80 ? "badge-ok" : "badge-stale");
        ProgressBar bar = new ProgressBar(0, 1, scored.report().score());
        bar.addClassName("quality-bar");
        // The bar repeats the badge for sighted users; screen readers get the figure once, in words.
        bar.getElement().setAttribute("aria-label", getTranslation("quality.score.label", percent));
        Div head = new Div(name, score);
        head.addClassName("quality-todo-head");
        item.add(head, bar);
        List<CriterionResult> todo = scored.report().todo();
        if (todo.isEmpty()) {
            Paragraph done = new Paragraph(getTranslation("quality.todo.complete"));
            done.addClassName("quality-todo-done");
            item.add(done);
        } else {
            UnorderedList missing = new UnorderedList();
            missing.addClassName("quality-todo-criteria");
            missing.getElement().setAttribute("aria-label", getTranslation("quality.todo.listLabel", nom));
            for (CriterionResult criterion : todo) {
                ListItem line = new ListItem(getTranslation(criterion.todoKey(), criterion.todoArgs().toArray()));
                line.getElement().setAttribute("data-criterion", criterion.criterion().code());
                missing.add(line);
            }
            item.add(missing);
        }
        // Nothing to fill: still a way to the form, but not a call to action.
        boolean complete = todo.isEmpty();
        Anchor edit = new Anchor("/espace/offres/" + scored.offer().id(),
                getTranslation(complete ? "workspace.action.edit" : "quality.todo.edit"));
        edit.addClassNames("button-link", "quality-todo-edit");
        if (!complete) {
            edit.addClassName("button-primary");
        }
        edit.getElement().setAttribute("aria-label",
                getTranslation(complete ? "workspace.action.edit.label" : "quality.todo.edit.label", nom));
        item.add(edit);
        return item;
    }

    @Override
    public String getPageTitle() {
        return title + " — " + getTranslation("app.title.suffix");
    }
}
