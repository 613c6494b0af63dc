package fr.passerelle.catalogue.quality;

import fr.passerelle.catalogue.Offer;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * data·inclusion's {@code score_qualite} of a service, computed on our offers with their
 * criteria, weights and thresholds: {@code src/data_inclusion/schema/v1/score_qualite.py} of
 * the public repository {@code gip-inclusion/data-inclusion-schema} (schema v1, the version
 * with {@code modes_mobilisation}, commit 6b605ef; its tests: {@code tests/unit/v1/test_score_qualite.py}).
 * <p>
 * Each criterion gives 0..1 or "not applicable"; the score is the plain mean of the applicable
 * ones, each rounded to two decimals first, then rounded to two decimals — Python's
 * {@code round}, i.e. half-even on the exact binary value, which {@link #round2} reproduces.
 * Durations follow pendulum's arithmetic: 6 months = 180 days, 2 years = 730 days.
 * <p>
 * One deliberate difference: an offer updated exactly 180 days ago scores 1 here; their
 * {@code age < SIX_MOIS} / {@code SIX_MOIS < age} pair gives 0 on that single day only.
 * Twin rule: the to-do sentences {@code quality.todo.*} in the messages bundle must say what
 * these thresholds say.
 */
@Singleton
public class QualityScorer {

    static final int DESCRIPTION_MINIMUM = 200;
    static final int DESCRIPTION_GOOD = 400;
    static final long FRESH_DAYS = 180;
    static final long STALE_DAYS = 730;
    /** Sources whose date_maj data·inclusion does not judge (they republish everything daily). */
    static final Set<String> SOURCES_WITHOUT_DATE = Set.of("agefiph", "france-travail");

    static final String ON_SITE = Offer.MODE_ON_SITE;
    static final String SE_PRESENTER = "se-presenter";
    static final String TELEPHONER = "telephoner";
    static final String ENVOYER_UN_COURRIEL = "envoyer-un-courriel";
    static final String GRATUIT = "gratuit";
    static final String PAYANT = "payant";

    private final Clock clock;

    public QualityScorer(Clock clock) {
        this.clock = clock;
    }

    public QualityReport score(Offer offer) {
        return score(offer, LocalDate.now(clock));
    }

    /** Pure: the same offer on the same day always gets the same report. */
    public static QualityReport score(Offer offer, LocalDate today) {
        List<CriterionResult> results = List.of(
                adresse(offer),
                modesMobilisation(offer),
                offer.publics().isEmpty() ? unmet(QualityCriterion.AU_MOINS_UN_PUBLIC)
                        : CriterionResult.met(QualityCriterion.AU_MOINS_UN_PUBLIC),
                offer.thematiques().isEmpty() ? unmet(QualityCriterion.AU_MOINS_UNE_THEMATIQUE)
                        : CriterionResult.met(QualityCriterion.AU_MOINS_UNE_THEMATIQUE),
                moyenDeContact(offer),
                requiredBy(offer, ENVOYER_UN_COURRIEL, QualityCriterion.COURRIEL_BIEN_DEFINI,
                        offer.contact().courriel()),
                dateMaj(offer, today),
                frais(offer),
                description(offer),
                requiredBy(offer, TELEPHONER, QualityCriterion.TELEPHONE_BIEN_DEFINI, offer.contact().telephone()));
        double sum = 0;
        int applicable = 0;
        for (CriterionResult result : results) {
            if (result.applicable()) {
                sum += result.value();
                applicable++;
            }
        }
        // Never zero: four criteria always apply.
        return new QualityReport(round2(sum / applicable), results);
    }

    /** Python's {@code round(x, 2)}: correctly rounded from the exact double, ties to even. */
    static double round2(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static CriterionResult adresse(Offer offer) {
        boolean applies = offer.modesAccueil().contains(ON_SITE) || offer.modesMobilisation().contains(SE_PRESENTER);
        if (!applies) {
            return CriterionResult.notApplicable(QualityCriterion.ADRESSE_BIEN_DEFINIE);
        }
        return filled(offer.address().adresse()) ? CriterionResult.met(QualityCriterion.ADRESSE_BIEN_DEFINIE)
                : unmet(QualityCriterion.ADRESSE_BIEN_DEFINIE);
    }

    private static CriterionResult modesMobilisation(Offer offer) {
        QualityCriterion criterion = QualityCriterion.MODES_MOBILISATION_BIEN_DEFINIS;
        boolean modes = !offer.modesMobilisation().isEmpty();
        boolean par = !offer.mobilisablePar().isEmpty();
        if (modes && par) {
            return CriterionResult.met(criterion);
        }
        if (modes) {
            return CriterionResult.partly(criterion, 0.5, todoKey(criterion) + ".par");
        }
        if (par) {
            return CriterionResult.partly(criterion, 0.5, todoKey(criterion) + ".modes");
        }
        return CriterionResult.partly(criterion, 0.0, todoKey(criterion) + ".both");
    }

    private static CriterionResult moyenDeContact(Offer offer) {
        boolean any = filled(offer.contact().courriel()) || filled(offer.lienMobilisation())
                || filled(offer.contact().telephone());
        return any ? CriterionResult.met(QualityCriterion.AU_MOINS_UN_MOYEN_DE_CONTACT)
                : unmet(QualityCriterion.AU_MOINS_UN_MOYEN_DE_CONTACT);
    }

    /** Telephone and e-mail are only required when the offer says to phone or to write. */
    private static CriterionResult requiredBy(Offer offer, String mode, QualityCriterion criterion, String value) {
        if (!offer.modesMobilisation().contains(mode)) {
            return CriterionResult.notApplicable(criterion);
        }
        return filled(value) ? CriterionResult.met(criterion) : unmet(criterion);
    }

    private static CriterionResult dateMaj(Offer offer, LocalDate today) {
        QualityCriterion criterion = QualityCriterion.DATE_MAJ_RECENTE;
        if (SOURCES_WITHOUT_DATE.contains(offer.source())) {
            return CriterionResult.notApplicable(criterion);
        }
        if (offer.dateMaj() == null) {
            return unmet(criterion);
        }
        long age = ChronoUnit.DAYS.between(offer.dateMaj(), today);
        if (age <= FRESH_DAYS) {
            return CriterionResult.met(criterion);
        }
        if (age < STALE_DAYS) {
            // Linear from 1 at six months to 0 at two years, as theirs.
            return CriterionResult.partly(criterion, (double) (STALE_DAYS - age) / (STALE_DAYS - FRESH_DAYS),
                    todoKey(criterion));
        }
        return unmet(criterion);
    }

    private static CriterionResult frais(Offer offer) {
        QualityCriterion criterion = QualityCriterion.FRAIS_BIEN_DEFINIS;
        if (GRATUIT.equals(offer.frais())) {
            return CriterionResult.met(criterion);
        }
        if (PAYANT.equals(offer.frais())) {
            return filled(offer.fraisPrecisions()) ? CriterionResult.met(criterion)
                    : CriterionResult.partly(criterion, 0.5, todoKey(criterion) + ".precisions");
        }
        // No fees given (data·inclusion knows no other value of frais).
        return CriterionResult.partly(criterion, 0.0, todoKey(criterion) + ".none");
    }

    private static CriterionResult description(Offer offer) {
        QualityCriterion criterion = QualityCriterion.DESCRIPTION_BIEN_DEFINIE;
        String text = offer.description() == null ? "" : offer.description();
        // Python's len counts code points, not UTF-16 units.
        int length = text.codePointCount(0, text.length());
        double value;
        if (length < DESCRIPTION_MINIMUM) {
            value = 0.0;
        } else if (length < DESCRIPTION_GOOD) {
            value = (double) (length - DESCRIPTION_MINIMUM) / (DESCRIPTION_GOOD - DESCRIPTION_MINIMUM);
        } else {
            value = 1.0;
        }
        return CriterionResult.partly(criterion, value, todoKey(criterion), DESCRIPTION_GOOD, length);
    }

    private static CriterionResult unmet(QualityCriterion criterion) {
        return CriterionResult.partly(criterion, 0.0, todoKey(criterion));
    }

    private static String todoKey(QualityCriterion criterion) {
        return "quality.todo." + criterion.code();
    }

    private static boolean filled(String value) {
        return value != null && !value.isBlank();
    }

}
