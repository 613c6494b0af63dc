package fr.passerelle.search.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferSession;
import fr.passerelle.catalogue.Vocabularies;
import fr.passerelle.catalogue.VocabularyKind;
import fr.passerelle.catalogue.ui.OfferDetailView;
import fr.passerelle.interop.dedup.DuplicateClusters;
import fr.passerelle.interop.dedup.ui.AlsoListedBy;
import io.micronaut.core.annotation.Nullable;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The result list: one {@code <article data-offer-id="…">} per offer, in the search's order. The
 * list is the accessible alternative to the map: everything a marker says, a card says too.
 */
class ResultCards extends UnorderedList {

    static final String OFFER_ID_ATTRIBUTE = "data-offer-id";
    private static final int SHOWN_THEMES = 3;

    /** What a card shows besides the offer itself. */
    record Card(Offer offer, @Nullable Double distanceKm, @Nullable String structureName, boolean onMap,
                @Nullable Boolean openNow, @Nullable DuplicateClusters.Mention alsoListed) {
    }

    private final Vocabularies vocabularies;
    private final Map<String, Article> byId = new HashMap<>();
    private Consumer<String> onShowOnMap = id -> { };
    private String selected;

    ResultCards(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
        addClassName("offer-cards");
        addClassName("result-list");
    }

    void onShowOnMap(Consumer<String> action) {
        this.onShowOnMap = action;
    }

    void show(List<Card> cards, LocalDate today) {
        removeAll();
        byId.clear();
        selected = null;
        cards.forEach(card -> {
            Article article = card(card, today, true);
            byId.put(card.offer().id(), article);
            add(new ListItem(article));
        });
    }

    /** Marks the card of the marker chosen on the map and brings it into view. */
    void select(String offerId) {
        if (selected != null && byId.containsKey(selected)) {
            byId.get(selected).removeClassName("is-selected");
            byId.get(selected).getElement().removeAttribute("aria-current");
        }
        selected = offerId;
        Article card = byId.get(offerId);
        if (card != null) {
            card.addClassName("is-selected");
            card.getElement().setAttribute("aria-current", "true");
            card.getElement().executeJs("this.scrollIntoView({block: 'nearest', behavior: 'smooth'})");
        }
    }

    /** A card; {@code listed} false gives the copy shown under the map on phones (no id, no map button). */
    Article card(Card card, LocalDate today, boolean listed) {
        Offer offer = card.offer();
        RouterLink title = new RouterLink(offer.nom(), OfferDetailView.class, offer.id());
        title.addClassName("offer-card-link");
        H2 heading = new H2(title);
        heading.addClassName("offer-card-title");

        Article article = new Article(heading);
        if (card.structureName() != null) {
            Paragraph structure = new Paragraph(card.structureName());
            structure.addClassName("offer-card-structure");
            article.add(structure);
        }
        if (card.alsoListed() != null) {
            article.add(AlsoListedBy.inCard(card.alsoListed()));
        }

        Div facts = new Div();
        facts.addClassName("offer-card-facts");
        if (card.distanceKm() != null && offer.isOnSite()) {
            facts.add(fact(VaadinIcon.MAP_MARKER, getTranslation("search.card.distance", kilometres(card.distanceKm()))));
        }
        String place = offer.address().commune();
        if (place != null && !place.isBlank()) {
            facts.add(fact(null, place));
        }
        if (!offer.isOnSite()) {
            facts.add(fact(null, getTranslation("search.card.remote")));
        } else if (offer.modesAccueil().contains(Offer.MODE_REMOTE)) {
            facts.add(fact(null, getTranslation("search.card.alsoRemote")));
        }
        article.add(facts);

        Div badges = new Div();
        badges.addClassName("offer-card-themes");
        if ("gratuit".equals(offer.frais())) {
            badges.add(badge(getTranslation("search.card.free"), "badge-free"));
        }
        Integer places = placesLeft(offer, today);
        if (places != null) {
            badges.add(badge(places == 0 ? getTranslation("search.card.full")
                    : getTranslation("search.card.places", places), places == 0 ? "badge-full" : "badge-places"));
        }
        if (card.openNow() != null) {
            badges.add(badge(getTranslation(card.openNow() ? "search.card.open" : "search.card.closed"),
                    card.openNow() ? "badge-open" : "badge-closed"));
        }
        offer.thematiques().stream().limit(SHOWN_THEMES)
                .map(code -> badge(vocabularies.label(VocabularyKind.THEMATIQUE, code), null))
                .forEach(badges::add);
        article.add(badges);

        Div footer = new Div();
        footer.addClassName("offer-card-footer");
        Span updated = new Span(updatedAgo(offer.dateMaj(), today));
        updated.addClassName("offer-card-updated");
        footer.add(updated);
        if (listed && card.onMap()) {
            Button onMap = new Button(getTranslation("search.card.onMap"), VaadinIcon.MAP_MARKER.create());
            onMap.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            onMap.addClassName("offer-card-map-button");
            onMap.getElement().setAttribute("aria-label", getTranslation("search.card.onMap.label", offer.nom()));
            onMap.addClickListener((ComponentEventListener<ClickEvent<Button>>) e -> onShowOnMap.accept(offer.id()));
            footer.add(onMap);
        }
        article.add(footer);

        if (listed) {
            article.getElement().setAttribute(OFFER_ID_ATTRIBUTE, offer.id());
        }
        article.addClassName("offer-card");
        return article;
    }

    /** Places left in the sessions still to come or running; null when the offer has no such session. */
    @Nullable
    static Integer placesLeft(Offer offer, LocalDate today) {
        Integer total = null;
        for (OfferSession session : offer.sessions()) {
            LocalDate last = session.endsOn() == null ? session.startsOn() : session.endsOn();
            if (last.isBefore(today) || session.placesLeft() == null) {
                continue;
            }
            total = (total == null ? 0 : total) + session.placesLeft();
        }
        return total;
    }

    String updatedAgo(LocalDate dateMaj, LocalDate today) {
        long days = ChronoUnit.DAYS.between(dateMaj, today);
        long months = ChronoUnit.MONTHS.between(dateMaj, today);
        if (days <= 0) {
            return getTranslation("search.card.updated.today");
        }
        if (months < 1) {
            return getTranslation("search.card.updated.days", days);
        }
        if (months < 12) {
            return getTranslation("search.card.updated.months", months);
        }
        return getTranslation("search.card.updated.years", months / 12);
    }

    static String kilometres(double km) {
        NumberFormat format = NumberFormat.getNumberInstance(java.util.Locale.FRANCE);
        format.setMaximumFractionDigits(km < 10 ? 1 : 0);
        format.setMinimumFractionDigits(km < 10 ? 1 : 0);
        return format.format(km);
    }

    private static Span fact(@Nullable VaadinIcon icon, String text) {
        Span fact = new Span(text);
        fact.addClassName("offer-card-fact");
        if (icon != null) {
            var i = icon.create();
            i.getElement().setAttribute("aria-hidden", "true");
            i.addClassName("fact-icon");
            fact.addComponentAsFirst(i);
        }
        return fact;
    }

    private static Span badge(String text, @Nullable String variant) {
        Span badge = new Span(text);
        badge.addClassName("badge");
        if (variant != null) {
            badge.addClassName(variant);
        }
        return badge;
    }
}
