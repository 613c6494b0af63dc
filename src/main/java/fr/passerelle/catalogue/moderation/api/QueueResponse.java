package fr.passerelle.catalogue.moderation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.passerelle.catalogue.moderation.ModerationQueue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** GET /api/v1/moderation: counts, then the first items of each list; départements null for administrators (all). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record QueueResponse(@Nullable List<String> departements,
                     Counts compteurs,
                     @JsonProperty("structures_en_attente") List<Pending> pendingStructures,
                     @JsonProperty("signalements_ouverts") List<ReportResponse> openReports,
                     @JsonProperty("offres_a_mettre_a_jour") List<Stale> staleOffers) {

    @Serdeable
    record Counts(@JsonProperty("structures_en_attente") long pendingStructures,
                  @JsonProperty("signalements_ouverts") long openReports,
                  @JsonProperty("offres_a_mettre_a_jour") long staleOffers) {
    }

    @Serdeable
    record OfferLine(String id, String nom, String statut) {
    }

    @Serdeable
    record Pending(String id, String nom, @Nullable String siret, @JsonProperty("code_insee") @Nullable String codeInsee,
                   @Nullable String commune, @JsonProperty("date_maj") LocalDate dateMaj,
                   @JsonProperty("services") List<OfferLine> offers) {
    }

    @Serdeable
    record Stale(String id, String nom, @JsonProperty("structure_id") String structureId,
                 @JsonProperty("structure_nom") String structureNom, @JsonProperty("date_maj") LocalDate dateMaj,
                 @JsonProperty("frequence_maj_mois") int updateFrequencyMonths) {
    }

    static QueueResponse of(ModerationQueue.Queue q) {
        return new QueueResponse(q.departements(),
                new Counts(q.counts().pendingStructures(), q.counts().openReports(), q.counts().staleOffers()),
                q.pendingStructures().stream().map(p -> new Pending(p.id(), p.nom(), p.siret(), p.codeInsee(),
                        p.commune(), p.dateMaj(), p.offers().stream()
                        .map(o -> new OfferLine(o.id(), o.nom(), o.status().code())).toList())).toList(),
                q.openReports().stream().map(ReportResponse::of).toList(),
                q.staleOffers().stream().map(s -> new Stale(s.id(), s.nom(), s.structureId(), s.structureNom(),
                        s.dateMaj(), s.updateFrequencyMonths())).toList());
    }
}
