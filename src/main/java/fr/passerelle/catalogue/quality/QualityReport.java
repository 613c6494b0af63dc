package fr.passerelle.catalogue.quality;

import java.util.List;

/** An offer's {@code score_qualite} (0..1, two decimals) and the criteria it comes from. */
public record QualityReport(double score, List<CriterionResult> criteria) {

    /** Applicable criteria not fully met, lowest value first: what the operator should fill. */
    public List<CriterionResult> todo() {
        return criteria.stream().filter(c -> c.applicable() && !c.met())
                .sorted(java.util.Comparator.comparingDouble(CriterionResult::value)).toList();
    }

    /** The score as the whole percentage shown to operators. */
    public int percent() {
        return (int) Math.round(score * 100);
    }
}
