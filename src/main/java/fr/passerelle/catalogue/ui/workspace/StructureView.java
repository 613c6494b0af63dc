package fr.passerelle.catalogue.ui.workspace;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passerelle.account.AccountRef;
import fr.passerelle.account.AccountService;
import fr.passerelle.account.Membership;
import fr.passerelle.account.Role;
import fr.passerelle.account.StructureMembers;
import fr.passerelle.account.ui.CurrentUser;
import fr.passerelle.account.ui.RequiresRole;
import fr.passerelle.catalogue.OfferCatalogue;
import fr.passerelle.catalogue.Structure;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.ui.AccessDenied;
import fr.passerelle.shared.ui.MainLayout;
import fr.passerelle.shared.ui.PageNotFound;
import io.micronaut.context.annotation.Prototype;

import java.util.List;

/**
 * {@code /espace/structures/<id>}: the structure as the catalogue holds it (read-only: there is
 * no structure write service yet), its members when the user may see them, its antennes.
 */
@Route(value = "espace/structures/:id", layout = MainLayout.class)
@RequiresRole({Role.OPERATEUR, Role.GESTIONNAIRE, Role.ADMINISTRATEUR})
@Prototype
public class StructureView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OfferCatalogue catalogue;
    private final AccountService accounts;
    private final StructureMembers members;
    private String title = "";

    public StructureView(OfferCatalogue catalogue, AccountService accounts, StructureMembers members) {
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.members = members;
        addClassNames("workspace", "structure-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.ref().isEmpty()) {
            return;
        }
        AccountRef who = CurrentUser.ref().get();
        ScrollToTop.on(event.getUI());
        String id = event.getRouteParameters().get("id").orElse("");
        Structure structure;
        try {
            structure = catalogue.structure(id);
        } catch (DomainException e) {
            String message = getTranslation("workspace.structure.notFound");
            event.rerouteToError(new PageNotFound(message), message);
            return;
        }
        if (!accounts.canEditStructure(who, id) && !accounts.canModerateStructure(who, id)) {
            denied(event, getTranslation("workspace.denied.structure"));
            return;
        }
        title = structure.nom();
        removeAll();
        Anchor back = new Anchor("/espace", getTranslation("workspace.edit.back"));
        back.addClassName("back-link");
        add(back, new H1(structure.nom()));
        Paragraph readOnly = new Paragraph(getTranslation("workspace.structure.readOnly"));
        readOnly.addClassName("muted");
        add(readOnly);

        DescriptionList facts = new DescriptionList();
        facts.addClassName("structure-facts");
        fact(facts, "workspace.structure.siret", structure.siret());
        fact(facts, "workspace.structure.description", structure.description());
        String address = String.join(" ", java.util.stream.Stream.of(structure.address().adresse(),
                structure.address().codePostal(), structure.address().commune())
                .filter(java.util.Objects::nonNull).toList());
        fact(facts, "workspace.structure.address", address.isBlank() ? null : address);
        fact(facts, "workspace.structure.phone", structure.telephone());
        fact(facts, "workspace.structure.email", structure.courriel());
        fact(facts, "workspace.structure.website", structure.siteWeb());
        fact(facts, "workspace.structure.hours", structure.horairesAccueil());
        fact(facts, "workspace.structure.moderation", structure.moderationStatus().label());
        add(section("workspace.structure.section.details", facts));

        Section people = section("workspace.structure.section.members");
        try {
            List<Membership> list = members.members(who, id);
            UnorderedList items = new UnorderedList();
            items.addClassName("structure-members");
            for (Membership m : list) {
                items.add(new ListItem(getTranslation("workspace.structure.member", m.username(),
                        getTranslation("workspace.role." + m.role().code()),
                        getTranslation("workspace.membership." + m.status().name()))));
            }
            people.add(items);
        } catch (DomainException refused) {
            people.add(new Paragraph(getTranslation("workspace.structure.membersHidden")));
        }
        add(people);

        Section antennes = section("workspace.structure.section.antennes");
        List<Structure> list = catalogue.antennesOf(id);
        if (list.isEmpty()) {
            antennes.add(new Paragraph(getTranslation("workspace.structure.noAntenne")));
        } else {
            UnorderedList items = new UnorderedList();
            list.forEach(a -> items.add(new ListItem(a.nom() + (a.address().commune() == null ? ""
                    : " — " + a.address().commune()))));
            antennes.add(items);
        }
        add(antennes);
    }

    private Section section(String titleKey, com.vaadin.flow.component.Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("structure-section");
        return section;
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)),
                new DescriptionList.Description(value == null || value.isBlank()
                        ? getTranslation("workspace.structure.unknown") : value));
    }

    @Override
    public String getPageTitle() {
        return title + " — " + getTranslation("app.title.suffix");
    }

    private static void denied(com.vaadin.flow.router.BeforeEvent event, String message) {
        event.rerouteToError(new AccessDenied(message), message);
    }
}
