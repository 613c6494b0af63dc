package fr.passerelle.catalogue;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * An insertion offer: every data·inclusion v1 service field, plus Passerelle's own
 * (lifecycle, access rule, languages, SIAE and clause blocks, sessions, version).
 */
public record Offer(String id, String source, String structureId,
                    String nom, String description, @Nullable String type, List<String> thematiques,
                    @Nullable String frais, @Nullable String fraisPrecisions,
                    List<String> publics, @Nullable String publicsPrecisions, @Nullable String conditionsAcces,
                    Address address, Contact contact,
                    List<String> modesAccueil, List<String> zoneEligibilite,
                    List<String> modesMobilisation, List<String> mobilisablePar,
                    @Nullable String mobilisationPrecisions, @Nullable String lienMobilisation,
                    @Nullable String lienSource, @Nullable String horairesAccueil,
                    @Nullable Double volumeHoraireHebdomadaire, @Nullable Integer nombreSemaines,
                    LocalDate dateMaj, Lifecycle lifecycle,
                    AccessRule accessRule, List<String> accessPublics, List<String> langues,
                    @Nullable SiaeBlock siae, @Nullable ClauseSociale clauseSociale,
                    List<OfferSession> sessions, int version) {

    public static final String MODE_ON_SITE = "en-presentiel";
    public static final String MODE_REMOTE = "a-distance";

    public boolean isPublished() {
        return lifecycle.status() == OfferStatus.PUBLIEE;
    }

    public boolean isOnSite() {
        return modesAccueil.isEmpty() || modesAccueil.contains(MODE_ON_SITE);
    }

    public Offer withSessions(List<OfferSession> newSessions) {
        return copy(id, source, nom, dateMaj, lifecycle, List.copyOf(newSessions), version);
    }

    public Offer withVersion(int newVersion) {
        return copy(id, source, nom, dateMaj, lifecycle, sessions, newVersion);
    }

    public Offer withLifecycle(Lifecycle newLifecycle) {
        return copy(id, source, nom, dateMaj, newLifecycle, sessions, version);
    }

    public Offer withDateMaj(LocalDate newDateMaj) {
        return copy(id, source, nom, newDateMaj, lifecycle, sessions, version);
    }

    /** The same content under another identity (duplicates, imports). */
    public Offer withIdentity(String newId, String newSource, String newNom) {
        return copy(newId, newSource, newNom, dateMaj, lifecycle, sessions, version);
    }

    private Offer copy(String newId, String newSource, String newNom, LocalDate newDateMaj, Lifecycle newLifecycle,
                       List<OfferSession> newSessions, int newVersion) {
        return new Offer(newId, newSource, structureId, newNom, description, type, thematiques, frais, fraisPrecisions,
                publics, publicsPrecisions, conditionsAcces, address, contact, modesAccueil, zoneEligibilite,
                modesMobilisation, mobilisablePar, mobilisationPrecisions, lienMobilisation, lienSource,
                horairesAccueil, volumeHoraireHebdomadaire, nombreSemaines, newDateMaj, newLifecycle, accessRule,
                accessPublics, langues, siae, clauseSociale, newSessions, newVersion);
    }
}
