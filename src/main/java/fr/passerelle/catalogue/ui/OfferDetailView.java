package fr.passerelle.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.passerelle.catalogue.Address;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferCatalogue;
import fr.passerelle.catalogue.Vocabularies;
import fr.passerelle.catalogue.VocabularyKind;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.ui.MainLayout;
import fr.passerelle.shared.ui.MessagesI18NProvider;
import fr.passerelle.shared.ui.PageNotFound;
import io.micronaut.context.annotation.Prototype;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One published offer at {@code /offres/<id>}, read from PostgreSQL through the catalogue. */
@Route(value = "offres", layout = MainLayout.class)
@Prototype
public class OfferDetailView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", MessagesI18NProvider.FRENCH);

    private final OfferCatalogue catalogue;
    private final Vocabularies vocabularies;
    private String title = "";

    public OfferDetailView(OfferCatalogue catalogue, Vocabularies vocabularies) {
        this.catalogue = catalogue;
        this.vocabularies = vocabularies;
        addClassNames("offer-detail-view", "prose");
        // Text flows with its own margins; the layout's gaps would double them.
        setSpacing(false);
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        Offer offer;
        try {
            offer = catalogue.publishedOffer(id);
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            String message = getTranslation("offer.notFound");
            event.rerouteToError(new PageNotFound(message), message);
            return;
        }
        show(offer);
    }

    private void show(Offer offer) {
        removeAll();
        title = offer.nom();
        RouterLink back = new RouterLink(getTranslation("offer.back"), OfferListView.class);
        back.addClassName("back-link");
        H1 heading = new H1(offer.nom());
        Paragraph structure = new Paragraph(getTranslation("offer.structure", structureName(offer)));
        structure.addClassName("lead");
        add(back, heading, structure);

        section("offer.section.description", new Paragraph(offer.description()));
        section("offer.section.themes", badges(offer.thematiques()));
        section("offer.section.publics", paragraphs(
                labels(VocabularyKind.PUBLIC, offer.publics()), offer.publicsPrecisions()));
        section("offer.section.conditions", paragraphs(offer.conditionsAcces()));
        section("offer.section.fees", paragraphs(
                offer.frais() == null ? null : vocabularies.label(VocabularyKind.FRAIS, offer.frais()),
                offer.fraisPrecisions()));
        section("offer.section.place", paragraphs(place(offer)));
        section("offer.section.hours", paragraphs(offer.horairesAccueil()));
        section("offer.section.contact", paragraphs(
                offer.contact().nomPrenom(),
                offer.contact().telephone() == null ? null : getTranslation("offer.phone", offer.contact().telephone()),
                offer.contact().courriel() == null ? null : getTranslation("offer.email", offer.contact().courriel())));
        section("offer.section.access", access(offer));

        Paragraph updated = new Paragraph(getTranslation("offer.updated", DAY.format(offer.dateMaj())));
        updated.addClassName("updated-on");
        add(updated);
    }

    private String structureName(Offer offer) {
        try {
            return catalogue.structure(offer.structureId()).nom();
        } catch (DomainException e) {
            return offer.structureId();
        }
    }

    /** Adds a titled section, or nothing when the offer says nothing about it. */
    private void section(String titleKey, List<Component> body) {
        if (body.isEmpty()) {
            return;
        }
        Section section = new Section(new H2(getTranslation(titleKey)));
        body.forEach(section::add);
        add(section);
    }

    private void section(String titleKey, Component body) {
        section(titleKey, List.of(body));
    }

    private List<Component> badges(List<String> thematiques) {
        if (thematiques.isEmpty()) {
            return List.of();
        }
        Div badges = new Div();
        badges.addClassName("offer-card-themes");
        thematiques.forEach(code -> {
            Span badge = new Span(vocabularies.label(VocabularyKind.THEMATIQUE, code));
            badge.addClassName("badge");
            badges.add(badge);
        });
        return List.of(badges);
    }

    private String labels(VocabularyKind kind, List<String> codes) {
        return codes.isEmpty() ? null
                : codes.stream().map(code -> vocabularies.label(kind, code)).collect(Collectors.joining(", "));
    }

    private String place(Offer offer) {
        Address address = offer.address();
        String line = Stream.of(address.adresse(), address.complementAdresse(),
                        Stream.of(address.codePostal(), address.commune()).filter(Objects::nonNull)
                                .collect(Collectors.joining(" ")))
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
        if (!line.isBlank()) {
            return line;
        }
        return offer.isOnSite() ? null : getTranslation("offer.remote");
    }

    private List<Component> access(Offer offer) {
        List<Component> parts = new ArrayList<>(paragraphs(offer.accessRule().label(), offer.mobilisationPrecisions()));
        if (offer.lienMobilisation() != null) {
            Anchor link = new Anchor(offer.lienMobilisation(), getTranslation("offer.mobilisation.link"));
            // An external site: a full page load, not a Vaadin navigation.
            link.getElement().setAttribute("router-ignore", true);
            link.getElement().setAttribute("rel", "noopener");
            parts.add(new Paragraph(link));
        }
        return parts;
    }

    private static List<Component> paragraphs(String... texts) {
        return Stream.of(texts).filter(text -> text != null && !text.isBlank())
                .<Component>map(Paragraph::new).toList();
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("offers.title") : title) + " — " + getTranslation("app.title.suffix");
    }
}
