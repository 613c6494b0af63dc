package fr.passerelle.search;

import fr.passerelle.catalogue.Address;
import fr.passerelle.catalogue.Family;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferSession;
import fr.passerelle.catalogue.Vocabularies;
import fr.passerelle.catalogue.VocabularyKind;
import fr.passerelle.geo.Commune;
import fr.passerelle.geo.Gazetteer;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.hibernate.search.engine.spatial.GeoPoint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Offer (+ its structure's name, vocabulary labels, geography) → the indexed document. The one way in. */
@Singleton
public class OfferDocumentMapper {

    private final Vocabularies vocabularies;
    private final Gazetteer gazetteer;
    private final Clock clock;

    public OfferDocumentMapper(Vocabularies vocabularies, Gazetteer gazetteer, Clock clock) {
        this.vocabularies = vocabularies;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    public OfferDocument document(Offer offer, @Nullable String structureName) {
        LocalDate today = LocalDate.now(clock);
        List<String> familles = vocabularies.familiesOf(offer.thematiques(), offer.siae() != null,
                offer.clauseSociale() != null);
        List<String> categories = offer.thematiques().stream().map(Vocabularies::categoryOf).distinct().toList();
        Address address = offer.address();
        var place = gazetteer.commune(address.codeInsee());
        GeoPoint point = null;
        if (offer.isOnSite()) {
            if (address.hasPoint()) {
                point = GeoPoint.of(address.latitude(), address.longitude());
            } else if (place.isPresent()) {
                point = GeoPoint.of(place.get().latitude(), place.get().longitude());
            }
        }
        return new OfferDocument(offer.id(), offer.source(), offer.nom(), offer.description(), structureName,
                labels(offer, categories, familles), conditions(offer), categories, offer.thematiques(), familles,
                offer.type(), offer.frais(), offer.publics(), offer.modesAccueil(),
                offer.siae() == null ? null : offer.siae().kind(), offer.accessRule().code(),
                place.map(Commune::departementCode).orElse(null),
                offer.zoneEligibilite().isEmpty() ? List.of(OfferIndex.ZONE_EVERYWHERE) : offer.zoneEligibilite(),
                hasPlaces(offer.sessions(), today), offer.modesAccueil().contains(Offer.MODE_REMOTE), point,
                offer.dateMaj(), nextSession(offer.sessions(), today));
    }

    /** Words users may type that the offer's own text does not hold: the taxonomy it is filed under. */
    private List<String> labels(Offer offer, List<String> categories, List<String> familles) {
        Set<String> labels = new LinkedHashSet<>();
        offer.thematiques().forEach(t -> labels.add(vocabularies.label(VocabularyKind.THEMATIQUE, t)));
        categories.forEach(c -> labels.add(vocabularies.label(VocabularyKind.CATEGORIE, c)));
        for (String code : familles) {
            vocabularies.family(code).ifPresent((Family f) -> {
                labels.add(f.label());
                labels.add(f.beneficiaryLabel());
            });
        }
        if (offer.type() != null) {
            labels.add(vocabularies.label(VocabularyKind.TYPE, offer.type()));
        }
        if (offer.siae() != null) {
            labels.add(offer.siae().kind());
            if (offer.siae().jobs() != null) {
                labels.addAll(offer.siae().jobs());
            }
        }
        return List.copyOf(labels);
    }

    @Nullable
    private static String conditions(Offer offer) {
        String joined = Stream.of(offer.conditionsAcces(), offer.publicsPrecisions(), offer.fraisPrecisions())
                .filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }

    /**
     * "Has places": an offer without sessions is a permanent service (nothing to book); otherwise
     * one of its sessions that has not ended still has places (or does not count them).
     * Twin rule: the facet-count test's SQL in OfferSearchSuite.
     */
    static boolean hasPlaces(List<OfferSession> sessions, LocalDate today) {
        if (sessions.isEmpty()) {
            return true;
        }
        List<OfferSession> open = new ArrayList<>();
        for (OfferSession session : sessions) {
            LocalDate last = session.endsOn() != null ? session.endsOn() : session.startsOn();
            if (!last.isBefore(today)) {
                open.add(session);
            }
        }
        return open.stream().anyMatch(OfferSession::hasPlaces);
    }

    @Nullable
    static LocalDate nextSession(List<OfferSession> sessions, LocalDate today) {
        return sessions.stream().map(OfferSession::startsOn).filter(d -> !d.isBefore(today)).min(LocalDate::compareTo)
                .orElse(null);
    }
}
