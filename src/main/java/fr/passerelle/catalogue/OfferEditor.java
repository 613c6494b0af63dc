package fr.passerelle.catalogue;

import fr.passerelle.account.AccountRef;
import fr.passerelle.account.AccountService;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.outbox.Outbox;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Operators' and managers' changes to offers. Each change is one transaction: the offer row,
 * its history entry and an outbox row for the search index. Who may edit is the account room's
 * answer; what a valid offer is, the validator's.
 */
@Singleton
public class OfferEditor {

    public static final String SOURCE = "passerelle";

    private final OfferRepository offers;
    private final StructureRepository structures;
    private final OfferValidator validator;
    private final OfferHistory history;
    private final OfferFieldDiff diff;
    private final Outbox outbox;
    private final AccountService accounts;
    private final OfferCatalogue catalogue;
    private final Clock clock;

    public OfferEditor(OfferRepository offers, StructureRepository structures, OfferValidator validator,
                       OfferHistory history, OfferFieldDiff diff, Outbox outbox, AccountService accounts,
                       OfferCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.offers = offers;
        this.structures = structures;
        this.validator = validator;
        this.history = history;
        this.diff = diff;
        this.outbox = outbox;
        this.accounts = accounts;
        this.clock = clock;
    }

    public static String newId() {
        return SOURCE + "--" + UUID.randomUUID();
    }

    /** An offer as its operators see it, whatever its status. */
    @Transactional
    public Offer get(String id, AccountRef who) {
        Offer offer = find(id);
        accounts.requireCanEditStructure(who, offer.structureId());
        return offer;
    }

    /**
     * What {@code GET /services/{id}} shows: a public offer (published, of a validated structure)
     * to anyone, any other offer only to those who may edit or moderate it (others get a 404, not
     * a hint that it exists).
     */
    @Transactional
    public Offer readable(String id, Optional<AccountRef> who) {
        Offer offer = find(id);
        if (catalogue.isPublic(offer) || who.map(w -> canFollow(w, offer)).orElse(false)) {
            return offer;
        }
        throw DomainException.notFound("L'offre", id);
    }

    @Transactional
    public Offer create(Offer offer, AccountRef who) {
        if (structures.findById(offer.structureId()).isEmpty()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "La structure de l'offre est introuvable.",
                    List.of(new DomainException.FieldError("structure_id", "Structure inconnue.")));
        }
        accounts.requireCanEditStructure(who, offer.structureId());
        if (offers.exists(offer.id())) {
            throw new DomainException(DomainException.Kind.CONFLICT,
                    "Une offre avec l'identifiant « " + offer.id() + " » existe déjà.");
        }
        Offer created = stamp(offer, 1);
        validator.requireValid(created);
        offers.insert(created);
        history.append(created.id(), who.username(), "creation", List.of());
        outbox.record(Outbox.OFFER, created.id());
        return find(created.id());
    }

    /**
     * Applies {@code change} to the offer if nobody saved it since {@code expectedVersion}: the
     * second of two concurrent writers gets a 409 and nothing of his is written.
     */
    @Transactional
    public Offer update(String id, int expectedVersion, UnaryOperator<Offer> change, AccountRef who) {
        Offer current = find(id);
        accounts.requireCanEditStructure(who, current.structureId());
        requireVersion(current, expectedVersion);
        Offer changed = change.apply(current);
        if (!changed.structureId().equals(current.structureId())) {
            accounts.requireCanEditStructure(who, changed.structureId());
        }
        OfferStatus next = current.lifecycle().status().moveTo(changed.lifecycle().status());
        Offer toStore = stamp(withIdentity(changed, current, next), current.version());
        validator.requireValid(toStore);
        List<OfferChange.FieldChange> changes = diff.between(current, toStore);
        if (!offers.update(toStore)) {
            throw conflict(current.version());
        }
        history.append(id, who.username(), actionOf(current, toStore), changes);
        outbox.record(Outbox.OFFER, id);
        return find(id);
    }

    /** Every offer of a structure, whatever its status, for its operators (the workspace list). */
    @Transactional
    public List<Offer> offersOf(String structureId, AccountRef who) {
        accounts.requireCanEditStructure(who, structureId);
        return offers.findByIds(offers.findIdsByStructure(structureId));
    }

    /** "Marquer comme à jour": the operator confirms the offer is still right today. */
    @Transactional
    public Offer markVerified(String id, AccountRef who) {
        Offer current = find(id);
        LocalDate today = LocalDate.now(clock);
        Lifecycle l = current.lifecycle();
        return update(id, current.version(), o -> o.withLifecycle(
                new Lifecycle(l.status(), l.suspendedUntil(), l.updateFrequencyMonths(), today, who.username())), who);
    }

    /** A draft copy to start a similar offer from. */
    @Transactional
    public Offer duplicate(String id, AccountRef who) {
        Offer source = find(id);
        accounts.requireCanEditStructure(who, source.structureId());
        List<OfferSession> sessions = source.sessions().stream().map(s -> new OfferSession(null, s.label(),
                s.startsOn(), s.endsOn(), s.capacity(), s.capacity(), false)).toList();
        String copyName = source.nom().length() > 140 ? source.nom().substring(0, 140) : source.nom();
        Offer copy = source.withIdentity(newId(), SOURCE, copyName + " (copie)")
                .withLifecycle(new Lifecycle(OfferStatus.BROUILLON, null, source.lifecycle().updateFrequencyMonths(),
                        null, null))
                .withSessions(sessions);
        return create(copy, who);
    }

    /** The offer's operators, and the managers who moderate its territory. */
    @Transactional
    public List<OfferChange> history(String id, AccountRef who) {
        Offer offer = find(id);
        if (!canFollow(who, offer)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN,
                    "Seuls les membres de la structure et les gestionnaires de son territoire voient cet historique.");
        }
        return history.of(id);
    }

    private boolean canFollow(AccountRef who, Offer offer) {
        return accounts.canEditStructure(who, offer.structureId())
                || accounts.canModerateStructure(who, offer.structureId());
    }

    /** Suspended offers come back on their date; run by a scheduled job, recorded as the system. */
    @Transactional
    public int endSuspensions() {
        LocalDate today = LocalDate.now(clock);
        int ended = 0;
        for (String id : offers.findSuspendedUntil(today)) {
            Offer current = find(id);
            Lifecycle l = current.lifecycle();
            Offer back = current.withLifecycle(new Lifecycle(OfferStatus.PUBLIEE, null,
                    l.updateFrequencyMonths(), l.verifiedOn(), l.verifiedBy()));
            if (offers.update(back)) {
                history.append(id, "passerelle", "fin-suspension",
                        diff.between(current, back));
                outbox.record(Outbox.OFFER, id);
                ended++;
            }
        }
        return ended;
    }

    private Offer find(String id) {
        return offers.findById(id).orElseThrow(() -> DomainException.notFound("L'offre", id));
    }

    private static void requireVersion(Offer current, int expectedVersion) {
        if (current.version() != expectedVersion) {
            throw conflict(current.version());
        }
    }

    private static DomainException conflict(int currentVersion) {
        return new DomainException(DomainException.Kind.CONFLICT,
                "Cette offre a été modifiée entre-temps (version " + currentVersion
                        + "). Rechargez-la pour voir les changements, puis refaites les vôtres.");
    }

    /** Identity and version are not the writer's to change; status moves went through moveTo. */
    private static Offer withIdentity(Offer changed, Offer current, OfferStatus status) {
        Lifecycle l = changed.lifecycle();
        LocalDate suspendedUntil = status == OfferStatus.SUSPENDUE ? l.suspendedUntil() : null;
        return changed.withIdentity(current.id(), current.source(), changed.nom())
                .withLifecycle(new Lifecycle(status, suspendedUntil, l.updateFrequencyMonths(), l.verifiedOn(),
                        l.verifiedBy()))
                .withVersion(current.version());
    }

    /** date_maj is "last modified at the producer": today, for every change we make. */
    private Offer stamp(Offer offer, int version) {
        return offer.withDateMaj(LocalDate.now(clock)).withVersion(version);
    }

    private static String actionOf(Offer before, Offer after) {
        OfferStatus from = before.lifecycle().status();
        OfferStatus to = after.lifecycle().status();
        if (from != to) {
            return switch (to) {
                case PUBLIEE -> "publication";
                case SUSPENDUE -> "suspension";
                case ARCHIVEE -> "archivage";
                case BROUILLON -> "depublication";
            };
        }
        boolean verified = after.lifecycle().verifiedOn() != null
                && !Objects.equals(before.lifecycle().verifiedOn(), after.lifecycle().verifiedOn());
        return verified ? "verification" : "modification";
    }
}
