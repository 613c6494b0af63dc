package fr.passerelle.catalogue.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.Vocabularies;
import fr.passerelle.catalogue.VocabularyKind;

import java.util.List;

/**
 * The result list: one card per offer, each an {@code <article data-offer-id="…">} (tests and
 * future scripts, e.g. the map, find a card by the offer's catalogue id).
 */
class OfferCards extends UnorderedList {

    static final String OFFER_ID_ATTRIBUTE = "data-offer-id";
    private static final int SUMMARY_LENGTH = 220;
    private static final int SHOWN_THEMES = 3;

    private final Vocabularies vocabularies;

    OfferCards(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
        addClassName("offer-cards");
    }

    void show(List<Offer> offers) {
        removeAll();
        offers.forEach(offer -> add(new ListItem(card(offer))));
    }

    private Article card(Offer offer) {
        RouterLink title = new RouterLink(offer.nom(), OfferDetailView.class, offer.id());
        title.addClassName("offer-card-link");
        H2 heading = new H2(title);
        heading.addClassName("offer-card-title");

        Div facts = new Div();
        facts.addClassName("offer-card-facts");
        String place = offer.address().commune();
        if (place != null && !place.isBlank()) {
            facts.add(fact(getTranslation("offers.card.place", place)));
        } else if (!offer.isOnSite()) {
            facts.add(fact(getTranslation("offers.card.remote")));
        }
        if (offer.frais() != null) {
            facts.add(fact(getTranslation("offers.card.fees", vocabularies.label(VocabularyKind.FRAIS, offer.frais()))));
        }

        Div themes = new Div();
        themes.addClassName("offer-card-themes");
        offer.thematiques().stream().limit(SHOWN_THEMES)
                .map(code -> badge(vocabularies.label(VocabularyKind.THEMATIQUE, code)))
                .forEach(themes::add);

        Paragraph summary = new Paragraph(shorten(offer.description()));
        summary.addClassName("offer-card-summary");

        Article card = new Article(heading, facts, summary, themes);
        card.getElement().setAttribute(OFFER_ID_ATTRIBUTE, offer.id());
        card.addClassName("offer-card");
        return card;
    }

    private static Span fact(String text) {
        Span fact = new Span(text);
        fact.addClassName("offer-card-fact");
        return fact;
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("badge");
        return badge;
    }

    private static String shorten(String text) {
        if (text == null || text.length() <= SUMMARY_LENGTH) {
            return text == null ? "" : text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > 0 ? cut : SUMMARY_LENGTH) + "…";
    }
}
