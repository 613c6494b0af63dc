package fr.passerelle.catalogue;

import fr.passerelle.account.AccountRef;
import fr.passerelle.account.AccountService;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.outbox.Outbox;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Operators' changes to their structure and managers' moderation decisions. Each is one
 * transaction: the structure row, its history entry and an outbox row (the indexer reindexes the
 * structure's offers: their name and whether they are public depend on it). Twin of
 * {@link OfferEditor}.
 */
@Singleton
public class StructureEditor {

    private static final Logger LOG = LoggerFactory.getLogger(StructureEditor.class);
    static final int MIN_REASON = 5;
    static final int MAX_REASON = 1_000;

    private final StructureRepository structures;
    private final StructureValidator validator;
    private final StructureHistory history;
    private final OfferFieldDiff diff;
    private final Outbox outbox;
    private final AccountService accounts;
    private final Clock clock;

    public StructureEditor(StructureRepository structures, StructureValidator validator, StructureHistory history,
                           OfferFieldDiff diff, Outbox outbox, AccountService accounts, Clock clock) {
        this.structures = structures;
        this.validator = validator;
        this.history = history;
        this.diff = diff;
        this.outbox = outbox;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * What {@code GET /structures/{id}} shows: a validated structure to anyone, any other only to
     * its operators and the managers of its territory (others get a 404).
     */
    @Transactional
    public Structure readable(String id, Optional<AccountRef> who) {
        Structure structure = find(id);
        if (structure.moderationStatus() == ModerationStatus.VALIDEE
                || who.map(w -> canFollow(w, id)).orElse(false)) {
            return structure;
        }
        throw DomainException.notFound("La structure", id);
    }

    /**
     * Applies {@code change} if nobody saved the structure since {@code expectedVersion}: the
     * second of two concurrent writers gets a 409 and nothing of his is written. Identity,
     * parent and moderation status are kept whatever the change says.
     */
    @Transactional
    public Structure update(String id, int expectedVersion, UnaryOperator<Structure> change, AccountRef who) {
        Structure current = find(id);
        accounts.requireCanEditStructure(who, id);
        if (current.version() != expectedVersion) {
            throw conflict(current.version());
        }
        Structure toStore = change.apply(current).withStoredIdentity(current, LocalDate.now(clock));
        validator.requireValid(toStore);
        List<OfferChange.FieldChange> changes = diff.between(current, toStore);
        if (!structures.update(toStore)) {
            throw conflict(current.version());
        }
        history.append(id, who.username(), "modification", changes);
        outbox.record(Outbox.STRUCTURE, id);
        return find(id);
    }

    /**
     * A territory manager's decision on a structure: validating makes its published offers
     * public, refusing keeps (or takes) them out of the public catalogue. A refusal needs a reason.
     */
    @Transactional
    public Structure moderate(String id, ModerationStatus decision, @Nullable String reason, AccountRef who) {
        Structure current = find(id);
        if (!accounts.canModerateStructure(who, id)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN,
                    "Seuls les gestionnaires du territoire de cette structure peuvent la valider ou la refuser.");
        }
        String motif = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision == ModerationStatus.REFUSEE && (motif == null || motif.length() < MIN_REASON)) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE,
                    "Indiquez le motif du refus : il sera communiqué à la structure.",
                    List.of(new DomainException.FieldError("motif", "Le motif doit contenir au moins "
                            + MIN_REASON + " caractères.")));
        }
        if (motif != null && motif.length() > MAX_REASON) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "Le motif est trop long.",
                    List.of(new DomainException.FieldError("motif", "Le motif ne doit pas dépasser "
                            + MAX_REASON + " caractères.")));
        }
        ModerationStatus next = current.moderationStatus().moveTo(decision);
        if (!structures.update(current.withModeration(next))) {
            throw conflict(current.version());
        }
        List<OfferChange.FieldChange> changes = new ArrayList<>();
        changes.add(new OfferChange.FieldChange("passerelle.statut_moderation", current.moderationStatus().code(),
                next.code()));
        if (motif != null) {
            changes.add(new OfferChange.FieldChange("motif", null, motif));
        }
        history.append(id, who.username(), next == ModerationStatus.VALIDEE ? "validation" : "refus", changes);
        outbox.record(Outbox.STRUCTURE, id);
        LOG.info("Structure {} moved from {} to {} by account {}", id, current.moderationStatus().code(), next.code(),
                who.id());
        return find(id);
    }

    /** The structure's operators, and the managers who moderate its territory. */
    @Transactional
    public List<OfferChange> history(String id, AccountRef who) {
        find(id);
        if (!canFollow(who, id)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN,
                    "Seuls les membres de la structure et les gestionnaires de son territoire voient cet historique.");
        }
        return history.of(id);
    }

    private boolean canFollow(AccountRef who, String structureId) {
        return accounts.canEditStructure(who, structureId) || accounts.canModerateStructure(who, structureId);
    }

    private Structure find(String id) {
        return structures.findById(id).orElseThrow(() -> DomainException.notFound("La structure", id));
    }

    private static DomainException conflict(int currentVersion) {
        return new DomainException(DomainException.Kind.CONFLICT,
                "Cette structure a été modifiée entre-temps (version " + currentVersion
                        + "). Rechargez-la pour voir les changements, puis refaites les vôtres.");
    }
}
