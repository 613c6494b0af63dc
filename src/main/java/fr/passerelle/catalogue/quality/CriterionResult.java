package fr.passerelle.catalogue.quality;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * One criterion for one offer: its value 0..1 (rounded to two decimals, as data·inclusion
 * does before averaging), or {@code null} when it does not apply (e.g. no address is needed
 * for a remote offer); when not fully met, the message key of the sentence that tells the
 * operator what to fill, and its arguments.
 */
public record CriterionResult(QualityCriterion criterion, @Nullable Double value,
                              @Nullable String todoKey, List<Object> todoArgs) {

    static CriterionResult notApplicable(QualityCriterion criterion) {
        return new CriterionResult(criterion, null, null, List.of());
    }

    static CriterionResult met(QualityCriterion criterion) {
        return new CriterionResult(criterion, 1.0, null, List.of());
    }

    static CriterionResult partly(QualityCriterion criterion, double value, String todoKey, Object... args) {
        double rounded = QualityScorer.round2(value);
        return rounded >= 1.0 ? met(criterion) : new CriterionResult(criterion, rounded, todoKey, List.of(args));
    }

    public boolean applicable() {
        return value != null;
    }

    public boolean met() {
        return value != null && value >= 1.0;
    }

    /** The bundle key of the criterion's short name, e.g. « Adresse ». */
    public String labelKey() {
        return "quality.criterion." + criterion.code();
    }
}
