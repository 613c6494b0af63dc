package fr.passerelle.catalogue;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/** An organisation that runs offers (data·inclusion structure), possibly an antenne of a parent. */
public record Structure(String id, String source, @Nullable String siret, String nom, @Nullable String description,
                        Address address, @Nullable String telephone, @Nullable String courriel,
                        @Nullable String siteWeb, @Nullable String lienSource, @Nullable String horairesAccueil,
                        @Nullable String accessibiliteLieu, List<String> reseauxPorteurs,
                        @Nullable String typologie, @Nullable String parentId,
                        ModerationStatus moderationStatus, LocalDate dateMaj, int version) {

    public Structure withModeration(ModerationStatus next) {
        return new Structure(id, source, siret, nom, description, address, telephone, courriel, siteWeb, lienSource,
                horairesAccueil, accessibiliteLieu, reseauxPorteurs, typologie, parentId, next, dateMaj, version);
    }

    /** The writer's content under the stored identity, parent and moderation (not the writer's to change). */
    public Structure withStoredIdentity(Structure stored, LocalDate newDateMaj) {
        return new Structure(stored.id, stored.source, siret, nom, description, address, telephone, courriel,
                siteWeb, lienSource, horairesAccueil, accessibiliteLieu, List.copyOf(reseauxPorteurs), typologie,
                stored.parentId, stored.moderationStatus, newDateMaj, stored.version);
    }
}
