package fr.passerelle.catalogue.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.passerelle.catalogue.quality.CriterionResult;
import fr.passerelle.catalogue.quality.QualityReport;
import fr.passerelle.shared.ui.MessagesI18NProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * {@code GET /api/v1/services/{id}/qualite}: the score and every criterion, with the French
 * sentence telling the operator what to fill when it is not met.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record QualityResponse(String id, @JsonProperty("score_qualite") double scoreQualite, List<Criterion> criteres) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Criterion(String code, String libelle, boolean applicable, @Nullable Double score, boolean rempli,
                     @JsonProperty("a_faire") @Nullable String aFaire) {
    }

    static QualityResponse of(String id, QualityReport report, MessagesI18NProvider messages) {
        return new QualityResponse(id, report.score(), report.criteria().stream()
                .map(c -> criterion(c, messages)).toList());
    }

    private static Criterion criterion(CriterionResult c, MessagesI18NProvider messages) {
        String todo = c.todoKey() == null ? null
                : messages.getTranslation(c.todoKey(), MessagesI18NProvider.FRENCH, c.todoArgs().toArray());
        return new Criterion(c.criterion().code(), messages.getTranslation(c.labelKey(), MessagesI18NProvider.FRENCH),
                c.applicable(), c.value(), c.met(), todo);
    }
}
