package fr.passerelle.catalogue.moderation;

import fr.passerelle.account.AccountRef;
import fr.passerelle.account.AccountService;
import fr.passerelle.account.Profile;
import fr.passerelle.catalogue.Lifecycle;
import fr.passerelle.catalogue.ModerationStatus;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.Sql;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A territory manager's work list, computed for the départements he manages (administrators:
 * everywhere): new structures waiting for validation with their offers, reported errors still
 * open, and public offers stale beyond their update frequency; each with its total count (the
 * lists stop at {@code limit}).
 */
@Singleton
public class ModerationQueue {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public record OfferLine(String id, String nom, OfferStatus status) {
    }

    public record PendingStructure(String id, String nom, @Nullable String siret, @Nullable String codeInsee,
                                   @Nullable String commune, LocalDate dateMaj, List<OfferLine> offers) {
    }

    public record StaleOffer(String id, String nom, String structureId, String structureNom, LocalDate dateMaj,
                             int updateFrequencyMonths) {
    }

    public record Counts(long pendingStructures, long openReports, long staleOffers) {
    }

    /** {@code departements} is null for administrators (everywhere). */
    public record Queue(@Nullable List<String> departements, Counts counts, List<PendingStructure> pendingStructures,
                        List<OfferReport> openReports, List<StaleOffer> staleOffers) {
    }

    private final AccountService accounts;
    private final OfferReportRepository reports;
    private final JdbcOperations jdbc;
    private final Clock clock;

    ModerationQueue(AccountService accounts, OfferReportRepository reports, JdbcOperations jdbc, Clock clock) {
        this.accounts = accounts;
        this.reports = reports;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Queue queueFor(AccountRef who, int limit) {
        Profile profile = accounts.profile(who);
        List<String> departements = switch (profile.role()) {
            case ADMINISTRATEUR -> null;
            case GESTIONNAIRE -> List.copyOf(profile.departements());
            case BENEFICIAIRE, REFERENT, OPERATEUR -> throw new DomainException(DomainException.Kind.FORBIDDEN,
                    "La file de modération est réservée aux gestionnaires de territoire.");
        };
        int size = Math.max(1, Math.min(limit, MAX_LIMIT));
        LocalDate today = LocalDate.now(clock);
        Counts counts = new Counts(countPending(departements), reports.countOpen(departements),
                countStale(departements, today));
        return new Queue(departements, counts, pending(departements, size), reports.open(departements, size),
                stale(departements, today, size));
    }

    private long countPending(@Nullable Collection<String> departements) {
        return jdbc.prepareStatement("select count(*) from structure s where s.moderation_status = ?"
                + ModerationScope.of(departements, "s"), ps -> {
            ps.setString(1, ModerationStatus.EN_ATTENTE.code());
            ModerationScope.bind(ps, 2, departements);
            return ModerationScope.count(ps);
        });
    }

    /** Oldest declarations first. */
    private List<PendingStructure> pending(@Nullable Collection<String> departements, int limit) {
        Map<String, PendingStructure> found = jdbc.prepareStatement("""
                select s.id, s.nom, s.siret, s.code_insee, s.commune, s.date_maj from structure s
                where s.moderation_status = ?""" + ModerationScope.of(departements, "s")
                + " order by s.created_at, s.id limit ?", ps -> {
            ps.setString(1, ModerationStatus.EN_ATTENTE.code());
            int next = ModerationScope.bind(ps, 2, departements);
            ps.setInt(next, limit);
            Map<String, PendingStructure> rows = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new PendingStructure(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), Sql.date(rs, "date_maj"), new ArrayList<>()));
                }
            }
            return rows;
        });
        if (!found.isEmpty()) {
            jdbc.prepareStatement("select structure_id, id, nom, status from offer where structure_id = any(?)"
                    + " order by nom, id", ps -> {
                Sql.setTextArray(ps, 1, found.keySet());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.get(rs.getString(1)).offers().add(new OfferLine(rs.getString(2), rs.getString(3),
                                OfferStatus.ofCode(rs.getString(4))));
                    }
                }
                return null;
            });
        }
        return found.values().stream().map(p -> new PendingStructure(p.id(), p.nom(), p.siret(), p.codeInsee(),
                p.commune(), p.dateMaj(), List.copyOf(p.offers()))).toList();
    }

    /**
     * Public offers (published, of a validated structure) whose last update is older than their
     * own frequency. Twin of {@link Lifecycle#isStale}: date_maj + frequency months before today.
     */
    private static final String STALE = """
             from offer o join structure s on s.id = o.structure_id
            where o.status = 'publiee' and s.moderation_status = 'validee'
              and (o.date_maj + make_interval(months => o.update_frequency_months))::date < ?""";

    private long countStale(@Nullable Collection<String> departements, LocalDate today) {
        return jdbc.prepareStatement("select count(*)" + STALE + ModerationScope.of(departements, "s"), ps -> {
            Sql.setDate(ps, 1, today);
            ModerationScope.bind(ps, 2, departements);
            return ModerationScope.count(ps);
        });
    }

    /** The longest forgotten first. */
    private List<StaleOffer> stale(@Nullable Collection<String> departements, LocalDate today, int limit) {
        return jdbc.prepareStatement("select o.id, o.nom, o.structure_id, s.nom, o.date_maj, o.update_frequency_months"
                + STALE + ModerationScope.of(departements, "s")
                + " order by (o.date_maj + make_interval(months => o.update_frequency_months)), o.id limit ?", ps -> {
            Sql.setDate(ps, 1, today);
            int next = ModerationScope.bind(ps, 2, departements);
            ps.setInt(next, limit);
            List<StaleOffer> offers = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    offers.add(new StaleOffer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getDate(5).toLocalDate(), rs.getInt(6)));
                }
            }
            return offers;
        });
    }
}
