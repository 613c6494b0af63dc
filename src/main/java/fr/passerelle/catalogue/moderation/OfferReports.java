package fr.passerelle.catalogue.moderation;

import fr.passerelle.account.AccountRef;
import fr.passerelle.account.AccountService;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferCatalogue;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.DomainException.FieldError;
import fr.passerelle.shared.RateLimiter;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * « Signaler une erreur »: anyone reports a mistake in a public offer; the report reaches the
 * offer's structure and the manager of its territory, who closes it. Shared by the API and the
 * offer page's dialog. Robots that fill the honeypot are told "accepted" and nothing is stored;
 * each client address may report a few times per hour.
 */
@Singleton
public class OfferReports {

    private static final Logger LOG = LoggerFactory.getLogger(OfferReports.class);
    static final int MIN_MESSAGE = 10; // the refusal's message says these numbers
    static final int MAX_MESSAGE = 2_000;
    static final int MAX_NOTE = 1_000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** What happened to a submission; both answer « merci » to the sender. */
    public enum Outcome { RECORDED, DROPPED_AS_ROBOT }

    private final OfferReportRepository reports;
    private final OfferCatalogue catalogue;
    private final AccountService accounts;
    private final RateLimiter rateLimiter;
    private final RateLimiter.Limit limit;

    OfferReports(OfferReportRepository reports, OfferCatalogue catalogue, AccountService accounts,
                 RateLimiter rateLimiter,
                 @Value("${passerelle.reports.max-per-window:5}") int maxPerWindow,
                 @Value("${passerelle.reports.window:1h}") Duration window) {
        this.reports = reports;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.rateLimiter = rateLimiter;
        this.limit = new RateLimiter.Limit("offer-report", maxPerWindow, window,
                "Vous avez envoyé beaucoup de signalements en peu de temps. Merci ! Réessayez un peu plus tard.");
    }

    /**
     * Records a report on a public offer.
     *
     * @throws DomainException 404 when the offer is not public, 422 on an invalid message or
     *                         e-mail, 429 past the rate limit
     */
    @Transactional
    public Outcome report(String offerId, ReportSubmission submission, String clientAddress) {
        if (submission.isFromARobot()) {
            LOG.info("Report on offer {} dropped: honeypot filled", offerId);
            return Outcome.DROPPED_AS_ROBOT;
        }
        String message = submission.message() == null ? "" : submission.message().strip();
        String email = submission.email() == null || submission.email().isBlank() ? null : submission.email().strip();
        List<FieldError> errors = new ArrayList<>();
        if (message.length() < MIN_MESSAGE || message.length() > MAX_MESSAGE) {
            errors.add(new FieldError("message", "Décrivez l'erreur en 10 à 2 000 caractères."));
        }
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add(new FieldError("email", "L'adresse e-mail n'est pas valide (vous pouvez aussi la laisser vide)."));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE,
                    "Le signalement n'a pas été envoyé : " + errors.size() + " champ(s) à corriger.", errors);
        }
        Offer offer = catalogue.publishedOffer(offerId);
        rateLimiter.hit(limit, clientAddress);
        long id = reports.insert(offer.id(), message, email);
        LOG.info("Report {} recorded on offer {}", id, offer.id());
        return Outcome.RECORDED;
    }

    /** The reports on a structure's offers, for its operators and its territory's managers. */
    @Transactional
    public List<OfferReport> ofStructure(String structureId, AccountRef who) {
        catalogue.structure(structureId);
        if (!accounts.canEditStructure(who, structureId) && !accounts.canModerateStructure(who, structureId)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN,
                    "Seuls les membres de la structure et les gestionnaires de son territoire voient ses signalements.");
        }
        return reports.ofStructure(structureId);
    }

    /** A manager closes a report: handled (« traite ») or dismissed (« sans_suite », with a note). */
    @Transactional
    public OfferReport close(long reportId, @Nullable String suite, @Nullable String note, AccountRef who) {
        OfferReport report = reports.findById(reportId)
                .orElseThrow(() -> DomainException.notFound("Le signalement", Long.toString(reportId)));
        if (!accounts.canModerateStructure(who, report.structureId())) {
            throw new DomainException(DomainException.Kind.FORBIDDEN,
                    "Seuls les gestionnaires du territoire de cette structure peuvent clore ce signalement.");
        }
        ReportStatus status = ReportStatus.closingOf(suite);
        String text = note == null || note.isBlank() ? null : note.strip();
        if (status == ReportStatus.SANS_SUITE && text == null) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE,
                    "Expliquez en une phrase pourquoi ce signalement est classé sans suite.",
                    List.of(new FieldError("note", "Obligatoire pour un classement sans suite.")));
        }
        if (text != null && text.length() > MAX_NOTE) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "La note est trop longue.",
                    List.of(new FieldError("note", "La note ne doit pas dépasser " + MAX_NOTE + " caractères.")));
        }
        if (!reports.close(reportId, status, text, who.username())) {
            throw new DomainException(DomainException.Kind.CONFLICT, "Ce signalement est déjà clos.");
        }
        LOG.info("Report {} closed as {} by account {}", reportId, status.code(), who.id());
        return reports.findById(reportId).orElseThrow();
    }
}
