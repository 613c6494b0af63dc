package fr.passerelle.orientation;

import fr.passerelle.account.AccountRef;
import fr.passerelle.account.AccountService;
import fr.passerelle.account.OperatorContact;
import fr.passerelle.account.Role;
import fr.passerelle.catalogue.AccessRule;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferCatalogue;
import fr.passerelle.catalogue.OfferSession;
import fr.passerelle.catalogue.SessionPlaces;
import fr.passerelle.shared.Coded;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.DomainException.FieldError;
import fr.passerelle.shared.DomainException.Kind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The orientation use cases: asking, seeing, moving a request through its statuses. Each write is
 * one transaction (request, event row, notifications); e-mails leave after the commit. Status
 * changes only through {@link OrientationStatus#moveTo}; who may make a move is {@link #mayMove}.
 */
@Singleton
public class OrientationService {

    private static final Logger LOG = LoggerFactory.getLogger(OrientationService.class);
    static final int MAX_TEXT = 2000;

    /** What the caller is to a request; one caller may be several (a referent who prescribed). */
    enum Party { BENEFICIARY, REFERENT, STRUCTURE, REQUESTER }

    /** A request with its history, as a party reads it. */
    public record Detail(Orientation orientation, List<OrientationEvent> history) {
    }

    private final OrientationRepository orientations;
    private final AccountService accounts;
    private final OfferCatalogue catalogue;
    private final SessionPlaces places;
    private final Notifications notifications;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    OrientationService(OrientationRepository orientations, AccountService accounts, OfferCatalogue catalogue,
                       SessionPlaces places, Notifications notifications,
                       TransactionOperations<Connection> transactions, Clock clock) {
        this.orientations = orientations;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.places = places;
        this.notifications = notifications;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * A beneficiary positions herself, or a referent prescribes for a beneficiary he follows.
     * Prescriptions start at TRANSMISE; a self-positioning goes to A_VALIDER (offer rule
     * {@code validation}, or {@code auto} limited to publics we cannot check) or straight to
     * TRANSMISE ({@code auto} open to all; her referents are told); {@code prescription} offers refuse her.
     */
    public Orientation ask(NewOrientation request, AccountRef who) {
        List<Notice> notices = new ArrayList<>();
        Orientation created = transactions.executeWrite(status -> ask(request, who, notices));
        notifications.email(notices);
        LOG.info("Orientation {} created by account {} at {}", created.id(), who.id(), created.status());
        return created;
    }

    private Orientation ask(NewOrientation request, AccountRef who, List<Notice> notices) {
        long beneficiaryId = switch (who.role()) {
            case BENEFICIAIRE -> {
                if (request.beneficiaryId() != null && request.beneficiaryId() != who.id()) {
                    throw new DomainException(Kind.FORBIDDEN,
                            "Vous ne pouvez faire une demande que pour vous-même.");
                }
                yield who.id();
            }
            case REFERENT -> {
                if (request.beneficiaryId() == null) {
                    throw unprocessable("beneficiaire_id", "Indiquez la personne pour qui vous faites cette demande.");
                }
                if (!accounts.follows(who, request.beneficiaryId())) {
                    throw new DomainException(Kind.FORBIDDEN,
                            "Vous ne suivez pas cette personne : vous ne pouvez pas faire de demande pour elle.");
                }
                yield request.beneficiaryId();
            }
            case OPERATEUR, GESTIONNAIRE, ADMINISTRATEUR -> throw new DomainException(Kind.FORBIDDEN,
                    "Seuls les bénéficiaires et leurs référents peuvent demander une orientation.");
        };
        if (!request.consent()) {
            throw unprocessable("consentement", "Votre accord est nécessaire : vos informations seront partagées "
                    + "avec votre référent et la structure qui propose l'offre, pour cette demande seulement.");
        }
        checkLength("message", request.message());
        checkLength("disponibilites", request.availability());
        Offer offer;
        try {
            offer = catalogue.publishedOffer(request.offerId());
        } catch (DomainException notFound) {
            throw unprocessable("service_id", "Cette offre n'existe pas ou n'est plus proposée.");
        }
        if (orientations.hasOpen(beneficiaryId, offer.id(), finals())) {
            throw new DomainException(Kind.CONFLICT, "Une demande est déjà en cours pour cette offre.");
        }
        boolean waitingList = false;
        if (request.sessionId() != null) {
            OfferSession session = places.session(offer.id(), request.sessionId())
                    .orElseThrow(() -> unprocessable("session_id", "Cette session n'appartient pas à l'offre."));
            if (!session.hasPlaces()) {
                if (!session.waitingList()) {
                    throw unprocessable("session_id", "Cette session est complète. Choisissez une autre session.");
                }
                waitingList = true;
            }
        }
        List<Long> referents = accounts.referentsOf(beneficiaryId);
        Instant now = Instant.now(clock);
        OrientationStatus first;
        List<OrientationStatus> path;
        if (who.role() == Role.REFERENT) {
            path = List.of(OrientationStatus.TRANSMISE);
        } else {
            boolean direct = switch (offer.accessRule()) {
                case PRESCRIPTION -> throw new DomainException(Kind.FORBIDDEN, "Cette offre est accessible "
                        + "uniquement sur prescription d'un professionnel : parlez-en à votre référent.");
                // Passerelle does not know the person's public: her referent checks it.
                case AUTO -> offer.accessPublics().isEmpty();
                case VALIDATION -> false;
            };
            if (!direct && referents.isEmpty()) {
                throw new DomainException(Kind.UNPROCESSABLE, "Cette demande doit être validée par votre référent, "
                        + "et aucun référent ne vous suit sur Passerelle. Contactez votre accompagnateur.");
            }
            path = List.of(OrientationStatus.DEMANDEE,
                    OrientationStatus.DEMANDEE.moveTo(direct ? OrientationStatus.TRANSMISE : OrientationStatus.A_VALIDER));
        }
        first = path.get(0);
        OrientationStatus current = path.get(path.size() - 1);
        Orientation orientation = new Orientation(UUID.randomUUID(), beneficiaryId, offer.id(), offer.nom(),
                offer.structureId(), who.id(), who.role(), request.sessionId(), waitingList,
                blankToNull(request.message()), blankToNull(request.availability()), now, current, now,
                current == OrientationStatus.TRANSMISE ? now : null, null, null, now);
        orientations.insert(orientation);
        orientations.insertEvent(orientation.id(), new OrientationEvent(null, first, who.id(), who.role().name(),
                null, now));
        if (path.size() > 1) {
            orientations.insertEvent(orientation.id(), new OrientationEvent(first, current, who.id(),
                    who.role().name(), current == OrientationStatus.TRANSMISE ? "Auto-prescription" : null, now));
        }
        UUID id = orientation.id();
        if (current == OrientationStatus.TRANSMISE) {
            operatorsOf(orientation).forEach(op -> notices.add(new Notice(op, id, NoticeKind.NOUVELLE_DEMANDE)));
        }
        if (who.role() == Role.REFERENT) {
            notices.add(new Notice(beneficiaryId, id, NoticeKind.STATUT));
        } else {
            NoticeKind kind = current == OrientationStatus.A_VALIDER ? NoticeKind.A_VALIDER : NoticeKind.AUTO_PRESCRIPTION;
            referents.forEach(referent -> notices.add(new Notice(referent, id, kind)));
        }
        notifications.record(notices);
        return orientation;
    }

    /** What the caller may see: her own requests, his caseload's, or those transmitted to his structures. */
    public List<Orientation> visibleTo(AccountRef who) {
        return transactions.executeRead(status -> switch (who.role()) {
            case BENEFICIAIRE -> orientations.ofBeneficiaries(List.of(who.id()));
            case REFERENT -> orientations.ofBeneficiaries(accounts.caseloadOf(who));
            case OPERATEUR -> orientations.transmittedTo(accounts.structureIdsOf(who));
            // Privacy: administrators and managers see indicators, not people's requests.
            case GESTIONNAIRE, ADMINISTRATEUR -> List.<Orientation>of();
        });
    }

    /** The same, in one status only (a referent's validation queue: A_VALIDER; a structure's inbox: TRANSMISE). */
    public List<Orientation> visibleTo(AccountRef who, @Nullable OrientationStatus only) {
        List<Orientation> all = visibleTo(who);
        return only == null ? all : all.stream().filter(o -> o.status() == only).toList();
    }

    public Detail detail(UUID id, AccountRef who) {
        return transactions.executeRead(status -> {
            Orientation orientation = orientations.find(id).orElseThrow(() -> notFound(id));
            requireParty(orientation, who);
            return new Detail(orientation, orientations.events(id));
        });
    }

    /** The name of an account in a history line; "Compte supprimé" once gone. */
    public String displayName(@Nullable Long accountId) {
        if (accountId == null) {
            return null;
        }
        return transactions.executeRead(status -> accounts.displayNameOf(accountId).orElse("Compte supprimé"));
    }

    /**
     * Moves a request: 403 when the caller may not make that move, 409 when the workflow has no
     * such move from where the request stands. {@code motif}: a {@link RefusalReason} code for
     * REFUSEE, an {@link Outcome} code for TERMINEE, free text otherwise.
     */
    public Detail move(UUID id, OrientationStatus next, @Nullable String motif, AccountRef who) {
        List<Notice> notices = new ArrayList<>();
        Detail moved = transactions.executeWrite(status -> {
            Orientation orientation = orientations.lock(id).orElseThrow(() -> notFound(id));
            Set<Party> parties = requireParty(orientation, who);
            if (!mayMove(parties, next)) {
                throw new DomainException(Kind.FORBIDDEN, "Vous ne pouvez pas faire passer cette demande à « "
                        + next.label() + " ».");
            }
            Orientation after = apply(orientation, next, motif, who.id(), who.role().name(), notices);
            return new Detail(after, orientations.events(id));
        });
        notifications.email(notices);
        LOG.info("Orientation {} moved to {} by account {}", id, next, who.id());
        return moved;
    }

    /**
     * Ends an open request of a beneficiary who erases her account, inside the erasure's
     * transaction: ANNULEE when the workflow allows it (places given back), else left as is for the
     * anonymisation. No notice: the notifications of anonymised requests are deleted anyway.
     */
    void cancelForErasure(Orientation o, AccountRef who) {
        if (o.status().canMoveTo(OrientationStatus.ANNULEE)) {
            apply(o, OrientationStatus.ANNULEE, "Compte supprimé par la personne", null, OrientationEvent.SYSTEM,
                    new ArrayList<>());
        }
    }

    /**
     * Who may make each move (twin of {@link OrientationStatus#canMoveTo}: that one says where a
     * request can go, this one who may take it there). Exhaustive on purpose.
     */
    static boolean mayMove(Set<Party> parties, OrientationStatus next) {
        return switch (next) {
            // Set at creation, or by the expiry job.
            case DEMANDEE, A_VALIDER, EXPIREE -> false;
            case TRANSMISE, REFUSEE_REFERENT -> parties.contains(Party.REFERENT);
            case EN_ETUDE, ACCEPTEE, REFUSEE, ENTREE, TERMINEE -> parties.contains(Party.STRUCTURE);
            case ANNULEE -> parties.contains(Party.REQUESTER);
        };
    }

    /** One move, inside the caller's transaction: the row, its event, places, notices. */
    private Orientation apply(Orientation o, OrientationStatus next, @Nullable String motif, @Nullable Long actorId,
                              String actorRole, List<Notice> notices) {
        OrientationStatus to = o.status().moveTo(next);
        Instant now = Instant.now(clock);
        RefusalReason refusal = o.refusalReason();
        Outcome outcome = o.outcome();
        String reason = blankToNull(motif);
        checkLength("motif", reason);
        Long sessionId = o.sessionId();
        switch (to) {
            case REFUSEE -> {
                refusal = code(RefusalReason.class, reason, "motif",
                        "Indiquez le motif du refus : session-complete, non-eligible, injoignable, pas-venu, pas-mobile ou autre.");
                if (o.status() == OrientationStatus.ACCEPTEE) {
                    releasePlace(o);
                }
            }
            case TERMINEE -> outcome = code(Outcome.class, reason, "motif", "Indiquez l'issue : emploi-durable, "
                    + "emploi-de-transition, formation-qualifiante, sortie-positive, abandon ou autre.");
            case ACCEPTEE -> sessionId = takePlace(o);
            case ANNULEE -> {
                if (o.status() == OrientationStatus.ACCEPTEE) {
                    releasePlace(o);
                }
            }
            case DEMANDEE, A_VALIDER, TRANSMISE, EN_ETUDE, ENTREE, REFUSEE_REFERENT, EXPIREE -> {
            }
        }
        Instant transmittedAt = o.transmittedAt() == null && to == OrientationStatus.TRANSMISE ? now : o.transmittedAt();
        Orientation after = o.withState(to, now, transmittedAt, refusal, outcome, sessionId);
        orientations.updateState(after);
        orientations.insertEvent(o.id(), new OrientationEvent(o.status(), to, actorId, actorRole, reason, now));
        notices.addAll(noticesOf(after, actorId));
        notifications.record(notices);
        return after;
    }

    /** A place of the chosen session, or of the next session with places; 409 when full. */
    private Long takePlace(Orientation o) {
        if (o.sessionId() != null) {
            if (!places.take(o.offerId(), o.sessionId())) {
                boolean waitingList = places.session(o.offerId(), o.sessionId()).map(OfferSession::waitingList)
                        .orElse(false);
                throw new DomainException(Kind.CONFLICT, waitingList
                        ? "La session est complète : proposez la liste d'attente à la personne, ou refusez avec le motif « session complète »."
                        : "La session est complète : il ne reste aucune place. Refusez avec le motif « session complète » ou proposez une autre session.");
            }
            return o.sessionId();
        }
        SessionPlaces.TakeOutcome taken = places.takeInNextSession(o.offerId(), LocalDate.now(clock));
        if (!taken.ok()) {
            throw new DomainException(Kind.CONFLICT, "Toutes les sessions à venir sont complètes : proposez la liste "
                    + "d'attente à la personne, ou refusez avec le motif « session complète ».");
        }
        return taken.sessionId();
    }

    private void releasePlace(Orientation o) {
        if (o.sessionId() != null) {
            places.release(o.offerId(), o.sessionId());
        }
    }

    /** Who hears of a move: the beneficiary and her referents, the structure once it is involved; never the actor. */
    private List<Notice> noticesOf(Orientation o, @Nullable Long actorId) {
        Set<Long> recipients = new LinkedHashSet<>();
        NoticeKind kind = o.status() == OrientationStatus.EXPIREE ? NoticeKind.EXPIREE : NoticeKind.STATUT;
        List<Notice> notices = new ArrayList<>();
        if (o.beneficiaryId() != null) {
            recipients.add(o.beneficiaryId());
            recipients.addAll(accounts.referentsOf(o.beneficiaryId()));
        }
        if (o.status() == OrientationStatus.TRANSMISE) {
            operatorsOf(o).forEach(op -> notices.add(new Notice(op, o.id(), NoticeKind.NOUVELLE_DEMANDE)));
        } else if (o.transmittedAt() != null && (o.status() == OrientationStatus.ANNULEE
                || o.status() == OrientationStatus.EXPIREE)) {
            recipients.addAll(operatorsOf(o));
        }
        recipients.remove(actorId);
        recipients.forEach(r -> notices.add(new Notice(r, o.id(), kind)));
        notices.removeIf(n -> actorId != null && n.accountId() == actorId);
        return notices;
    }

    private List<Long> operatorsOf(Orientation o) {
        return accounts.operatorContacts(o.structureId()).stream().map(OperatorContact::accountId).toList();
    }

    private Set<Party> requireParty(Orientation o, AccountRef who) {
        Set<Party> parties = partiesOf(o, who);
        if (parties.isEmpty()) {
            throw new DomainException(Kind.FORBIDDEN, "Vous n'avez pas accès à cette demande.");
        }
        return parties;
    }

    /**
     * Visibility rule (DOMAIN.md, Privacy): the beneficiary, her referents, and the receiving
     * structure's operators once the request was transmitted. Twin of {@link #visibleTo}.
     */
    Set<Party> partiesOf(Orientation o, AccountRef who) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        if (o.beneficiaryId() == null) {
            return parties; // anonymised: nobody's any more
        }
        switch (who.role()) {
            case BENEFICIAIRE -> {
                if (o.beneficiaryId() == who.id()) {
                    parties.add(Party.BENEFICIARY);
                }
            }
            case REFERENT -> {
                if (accounts.follows(who, o.beneficiaryId())) {
                    parties.add(Party.REFERENT);
                }
            }
            case OPERATEUR -> {
                if (o.transmittedAt() != null && accounts.structureIdsOf(who).contains(o.structureId())) {
                    parties.add(Party.STRUCTURE);
                }
            }
            case GESTIONNAIRE, ADMINISTRATEUR -> {
            }
        }
        if (!parties.isEmpty() && o.requestedBy() != null && o.requestedBy() == who.id()) {
            parties.add(Party.REQUESTER);
        }
        return parties;
    }

    // --- Scheduled work (OrientationJobs) -------------------------------------------------------

    /** Reminds the structure of requests transmitted more than {@code after} ago, once. */
    public int remindStructures(java.time.Duration after) {
        Instant now = Instant.now(clock);
        List<Notice> notices = new ArrayList<>();
        int reminded = transactions.executeWrite(status -> {
            List<Orientation> due = orientations.inStatusSince(OrientationStatus.TRANSMISE, now.minus(after), true);
            for (Orientation o : due) {
                operatorsOf(o).forEach(op -> notices.add(new Notice(op, o.id(), NoticeKind.RELANCE)));
                orientations.markReminded(o.id(), now);
            }
            notifications.record(notices);
            return due.size();
        });
        notifications.email(notices);
        return reminded;
    }

    /** Moves requests left unanswered (A_VALIDER, TRANSMISE) for more than {@code after} to EXPIREE. */
    public int expireUnanswered(java.time.Duration after) {
        Instant now = Instant.now(clock);
        List<Notice> notices = new ArrayList<>();
        int expired = transactions.executeWrite(status -> {
            int count = 0;
            for (OrientationStatus waiting : List.of(OrientationStatus.A_VALIDER, OrientationStatus.TRANSMISE)) {
                for (Orientation o : orientations.inStatusSince(waiting, now.minus(after), false)) {
                    Orientation locked = orientations.lock(o.id()).orElseThrow();
                    if (locked.status() == waiting) {
                        List<Notice> own = new ArrayList<>();
                        apply(locked, OrientationStatus.EXPIREE, "Sans réponse depuis " + after.toDays() + " jours",
                                null, OrientationEvent.SYSTEM, own);
                        notices.addAll(own);
                        count++;
                    }
                }
            }
            return count;
        });
        notifications.email(notices);
        return expired;
    }

    /** Removes the personal data of requests ended more than {@code after} ago; statistics stay. */
    public int anonymiseEnded(java.time.Duration after) {
        Instant now = Instant.now(clock);
        return transactions.executeWrite(status -> orientations.anonymiseEndedBefore(now.minus(after), finals(), now));
    }

    static List<OrientationStatus> finals() {
        return Arrays.stream(OrientationStatus.values()).filter(OrientationStatus::isFinal).toList();
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, @Nullable String code, String field,
                                                      String message) {
        if (code == null) {
            throw unprocessable(field, message);
        }
        return Coded.find(type, code).orElseThrow(() -> unprocessable(field, message));
    }

    private static void checkLength(String field, @Nullable String text) {
        if (text != null && text.length() > MAX_TEXT) {
            throw unprocessable(field, "Ce texte est trop long (" + MAX_TEXT + " caractères au plus).");
        }
    }

    private static DomainException unprocessable(String field, String message) {
        return new DomainException(Kind.UNPROCESSABLE, message, List.of(new FieldError(field, message)));
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound("La demande", id.toString());
    }

    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
