package fr.passerelle.interop.dedup.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.passerelle.interop.dedup.DuplicateClusters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One cluster of GET /api/v1/doublons: the offer search shows, then every member and why it is there. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ClusterResponse(@JsonProperty("service_principal_id") String representativeId, List<Member> services) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Member(String id, String nom, String source, String structure, @Nullable String commune,
                  boolean principal, @JsonProperty("publique") boolean isPublic, List<Reason> motifs) {
    }

    @Serdeable
    record Reason(String code, String libelle) {
    }

    static ClusterResponse of(DuplicateClusters.ClusterView cluster) {
        return new ClusterResponse(cluster.representativeId(), cluster.members().stream()
                .map(m -> new Member(m.id(), m.nom(), m.source(), m.structure(), m.commune(), m.representative(),
                        m.isPublic(), m.reasons().stream().map(r -> new Reason(r.code(), r.label())).toList()))
                .toList());
    }
}
