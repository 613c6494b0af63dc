package fr.passerelle.catalogue.ui.workspace;

import fr.passerelle.catalogue.AccessRule;
import fr.passerelle.catalogue.Address;
import fr.passerelle.catalogue.ClauseSociale;
import fr.passerelle.catalogue.Contact;
import fr.passerelle.catalogue.Lifecycle;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferSession;
import fr.passerelle.catalogue.SiaeBlock;
import fr.passerelle.geo.Commune;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What the edit form binds to (STYLE.md: forms bind a draft, never the stored record): every
 * field an operator may change, as the widgets hold them. {@link #applyTo} writes it over the
 * stored offer; identity, status and bookkeeping stay the editor's.
 */
public class OfferDraft {

    private String nom = "";
    private String description = "";
    private String type;
    private Set<String> thematiques = new LinkedHashSet<>();
    private String frais;
    private String fraisPrecisions = "";
    private Set<String> publics = new LinkedHashSet<>();
    private String publicsPrecisions = "";
    private String conditionsAcces = "";
    private String adresse = "";
    private String complementAdresse = "";
    private Commune commune;
    private String codePostal = "";
    private Set<String> modesAccueil = new LinkedHashSet<>();
    private Set<Zone> zones = new LinkedHashSet<>();
    private Set<String> modesMobilisation = new LinkedHashSet<>();
    private Set<String> mobilisablePar = new LinkedHashSet<>();
    private String mobilisationPrecisions = "";
    private String lienMobilisation = "";
    private String lienSource = "";
    private String telephone = "";
    private String courriel = "";
    private String contactNom = "";
    private String horaires = "";
    private Double volumeHoraireHebdomadaire;
    private Integer nombreSemaines;
    private AccessRule accessRule = AccessRule.PRESCRIPTION;
    private Set<String> accessPublics = new LinkedHashSet<>();
    private Set<String> langues = new LinkedHashSet<>();
    private boolean siae;
    private String siaeKind;
    private Integer siaeOpenPositions;
    private Set<String> siaeJobs = new LinkedHashSet<>();
    private LocalDate siaeAgreementUntil;
    private boolean clause;
    private String clauseOperation = "";
    private String clauseBuyer = "";
    private String clauseEmployer = "";
    private String clauseSector = "";
    private Integer clausePlannedHours;
    private Integer clauseDoneHours;
    private LocalDate clauseStartsOn;
    private LocalDate clauseEndsOn;
    private Integer clausePositions;
    private String clauseFacilitator = "";
    private List<OfferSession> sessions = new ArrayList<>();
    private Integer updateFrequencyMonths = 6;

    /** The stored offer, as the form shows it; {@code zoneOf} and {@code communeOf} name the codes. */
    public static OfferDraft of(Offer o, Function<String, Zone> zoneOf, Function<String, Commune> communeOf) {
        OfferDraft d = new OfferDraft();
        d.nom = o.nom();
        d.description = o.description();
        d.type = o.type();
        d.thematiques = new LinkedHashSet<>(o.thematiques());
        d.frais = o.frais();
        d.fraisPrecisions = text(o.fraisPrecisions());
        d.publics = new LinkedHashSet<>(o.publics());
        d.publicsPrecisions = text(o.publicsPrecisions());
        d.conditionsAcces = text(o.conditionsAcces());
        Address a = o.address();
        d.adresse = text(a.adresse());
        d.complementAdresse = text(a.complementAdresse());
        d.commune = a.codeInsee() == null ? null : communeOf.apply(a.codeInsee());
        d.codePostal = text(a.codePostal());
        d.modesAccueil = new LinkedHashSet<>(o.modesAccueil());
        o.zoneEligibilite().forEach(code -> d.zones.add(zoneOf.apply(code)));
        d.modesMobilisation = new LinkedHashSet<>(o.modesMobilisation());
        d.mobilisablePar = new LinkedHashSet<>(o.mobilisablePar());
        d.mobilisationPrecisions = text(o.mobilisationPrecisions());
        d.lienMobilisation = text(o.lienMobilisation());
        d.lienSource = text(o.lienSource());
        d.telephone = text(o.contact().telephone());
        d.courriel = text(o.contact().courriel());
        d.contactNom = text(o.contact().nomPrenom());
        d.horaires = text(o.horairesAccueil());
        d.volumeHoraireHebdomadaire = o.volumeHoraireHebdomadaire();
        d.nombreSemaines = o.nombreSemaines();
        d.accessRule = o.accessRule();
        d.accessPublics = new LinkedHashSet<>(o.accessPublics());
        d.langues = new LinkedHashSet<>(o.langues());
        if (o.siae() != null) {
            d.siae = true;
            d.siaeKind = o.siae().kind();
            d.siaeOpenPositions = o.siae().openPositions();
            d.siaeJobs = o.siae().jobs() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(o.siae().jobs());
            d.siaeAgreementUntil = o.siae().agreementUntil();
        }
        ClauseSociale c = o.clauseSociale();
        if (c != null) {
            d.clause = true;
            d.clauseOperation = c.operation();
            d.clauseBuyer = c.buyer();
            d.clauseEmployer = text(c.employer());
            d.clauseSector = c.sector();
            d.clausePlannedHours = c.plannedHours();
            d.clauseDoneHours = c.doneHours();
            d.clauseStartsOn = c.startsOn();
            d.clauseEndsOn = c.endsOn();
            d.clausePositions = c.positions();
            d.clauseFacilitator = text(c.facilitator());
        }
        d.sessions = new ArrayList<>(o.sessions());
        d.updateFrequencyMonths = o.lifecycle().updateFrequencyMonths();
        return d;
    }

    /**
     * The stored offer with this draft's content: its id, source, structure, status, dates and
     * version are kept. A precise point is kept while the commune stays the same; a new commune
     * brings its own representative point.
     */
    public Offer applyTo(Offer current) {
        Address before = current.address();
        boolean sameCommune = commune != null && commune.code().equals(before.codeInsee());
        Double latitude = commune == null ? null : sameCommune && before.hasPoint() ? before.latitude() : commune.latitude();
        Double longitude = commune == null ? null : sameCommune && before.hasPoint() ? before.longitude() : commune.longitude();
        Address address = new Address(orNull(adresse), orNull(complementAdresse), orNull(codePostal),
                commune == null ? null : commune.code(), commune == null ? null : commune.nom(), latitude, longitude);
        Lifecycle l = current.lifecycle();
        Lifecycle lifecycle = new Lifecycle(l.status(), l.suspendedUntil(),
                updateFrequencyMonths == null ? l.updateFrequencyMonths() : updateFrequencyMonths, l.verifiedOn(),
                l.verifiedBy());
        SiaeBlock siaeBlock = siae ? new SiaeBlock(siaeKind, siaeOpenPositions == null ? 0 : siaeOpenPositions,
                siaeJobs.isEmpty() ? null : List.copyOf(siaeJobs), siaeAgreementUntil) : null;
        ClauseSociale clauseBlock = clause ? new ClauseSociale(text(clauseOperation), text(clauseBuyer),
                orNull(clauseEmployer), text(clauseSector), zero(clausePlannedHours), zero(clauseDoneHours),
                clauseStartsOn, clauseEndsOn, zero(clausePositions), orNull(clauseFacilitator)) : null;
        return new Offer(current.id(), current.source(), current.structureId(), text(nom).strip(),
                text(description).strip(), type, List.copyOf(thematiques), frais, orNull(fraisPrecisions),
                List.copyOf(publics), orNull(publicsPrecisions), orNull(conditionsAcces), address,
                new Contact(orNull(telephone), orNull(courriel), orNull(contactNom)),
                List.copyOf(modesAccueil), zones.stream().map(Zone::code).toList(),
                List.copyOf(modesMobilisation), List.copyOf(mobilisablePar), orNull(mobilisationPrecisions),
                orNull(lienMobilisation), orNull(lienSource), orNull(horaires), volumeHoraireHebdomadaire,
                nombreSemaines, current.dateMaj(), lifecycle, accessRule == null ? AccessRule.PRESCRIPTION : accessRule,
                List.copyOf(accessPublics), List.copyOf(langues), siaeBlock, clauseBlock,
                List.copyOf(sessions), current.version());
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Nullable
    private static String orNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int zero(@Nullable Integer value) {
        return Objects.requireNonNullElse(value, 0);
    }

    // Accessors for the Binder.
    public String getNom() { return nom; }
    public void setNom(String v) { nom = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public Set<String> getThematiques() { return thematiques; }
    public void setThematiques(Set<String> v) { thematiques = new LinkedHashSet<>(v); }
    public String getFrais() { return frais; }
    public void setFrais(String v) { frais = v; }
    public String getFraisPrecisions() { return fraisPrecisions; }
    public void setFraisPrecisions(String v) { fraisPrecisions = v; }
    public Set<String> getPublics() { return publics; }
    public void setPublics(Set<String> v) { publics = new LinkedHashSet<>(v); }
    public String getPublicsPrecisions() { return publicsPrecisions; }
    public void setPublicsPrecisions(String v) { publicsPrecisions = v; }
    public String getConditionsAcces() { return conditionsAcces; }
    public void setConditionsAcces(String v) { conditionsAcces = v; }
    public String getAdresse() { return adresse; }
    public void setAdresse(String v) { adresse = v; }
    public String getComplementAdresse() { return complementAdresse; }
    public void setComplementAdresse(String v) { complementAdresse = v; }
    public Commune getCommune() { return commune; }
    public void setCommune(Commune v) { commune = v; }
    public String getCodePostal() { return codePostal; }
    public void setCodePostal(String v) { codePostal = v; }
    public Set<String> getModesAccueil() { return modesAccueil; }
    public void setModesAccueil(Set<String> v) { modesAccueil = new LinkedHashSet<>(v); }
    public Set<Zone> getZones() { return zones; }
    public void setZones(Set<Zone> v) { zones = new LinkedHashSet<>(v); }
    public Set<String> getModesMobilisation() { return modesMobilisation; }
    public void setModesMobilisation(Set<String> v) { modesMobilisation = new LinkedHashSet<>(v); }
    public Set<String> getMobilisablePar() { return mobilisablePar; }
    public void setMobilisablePar(Set<String> v) { mobilisablePar = new LinkedHashSet<>(v); }
    public String getMobilisationPrecisions() { return mobilisationPrecisions; }
    public void setMobilisationPrecisions(String v) { mobilisationPrecisions = v; }
    public String getLienMobilisation() { return lienMobilisation; }
    public void setLienMobilisation(String v) { lienMobilisation = v; }
    public String getLienSource() { return lienSource; }
    public void setLienSource(String v) { lienSource = v; }
    public String getTelephone() { return telephone; }
    public void setTelephone(String v) { telephone = v; }
    public String getCourriel() { return courriel; }
    public void setCourriel(String v) { courriel = v; }
    public String getContactNom() { return contactNom; }
    public void setContactNom(String v) { contactNom = v; }
    public String getHoraires() { return horaires; }
    public void setHoraires(String v) { horaires = v; }
    public Double getVolumeHoraireHebdomadaire() { return volumeHoraireHebdomadaire; }
    public void setVolumeHoraireHebdomadaire(Double v) { volumeHoraireHebdomadaire = v; }
    public Integer getNombreSemaines() { return nombreSemaines; }
    public void setNombreSemaines(Integer v) { nombreSemaines = v; }
    public AccessRule getAccessRule() { return accessRule; }
    public void setAccessRule(AccessRule v) { accessRule = v; }
    public Set<String> getAccessPublics() { return accessPublics; }
    public void setAccessPublics(Set<String> v) { accessPublics = new LinkedHashSet<>(v); }
    public Set<String> getLangues() { return langues; }
    public void setLangues(Set<String> v) { langues = new LinkedHashSet<>(v); }
    public boolean isSiae() { return siae; }
    public void setSiae(boolean v) { siae = v; }
    public String getSiaeKind() { return siaeKind; }
    public void setSiaeKind(String v) { siaeKind = v; }
    public Integer getSiaeOpenPositions() { return siaeOpenPositions; }
    public void setSiaeOpenPositions(Integer v) { siaeOpenPositions = v; }
    public Set<String> getSiaeJobs() { return siaeJobs; }
    public void setSiaeJobs(Set<String> v) { siaeJobs = new LinkedHashSet<>(v); }
    public LocalDate getSiaeAgreementUntil() { return siaeAgreementUntil; }
    public void setSiaeAgreementUntil(LocalDate v) { siaeAgreementUntil = v; }
    public boolean isClause() { return clause; }
    public void setClause(boolean v) { clause = v; }
    public String getClauseOperation() { return clauseOperation; }
    public void setClauseOperation(String v) { clauseOperation = v; }
    public String getClauseBuyer() { return clauseBuyer; }
    public void setClauseBuyer(String v) { clauseBuyer = v; }
    public String getClauseEmployer() { return clauseEmployer; }
    public void setClauseEmployer(String v) { clauseEmployer = v; }
    public String getClauseSector() { return clauseSector; }
    public void setClauseSector(String v) { clauseSector = v; }
    public Integer getClausePlannedHours() { return clausePlannedHours; }
    public void setClausePlannedHours(Integer v) { clausePlannedHours = v; }
    public Integer getClauseDoneHours() { return clauseDoneHours; }
    public void setClauseDoneHours(Integer v) { clauseDoneHours = v; }
    public LocalDate getClauseStartsOn() { return clauseStartsOn; }
    public void setClauseStartsOn(LocalDate v) { clauseStartsOn = v; }
    public LocalDate getClauseEndsOn() { return clauseEndsOn; }
    public void setClauseEndsOn(LocalDate v) { clauseEndsOn = v; }
    public Integer getClausePositions() { return clausePositions; }
    public void setClausePositions(Integer v) { clausePositions = v; }
    public String getClauseFacilitator() { return clauseFacilitator; }
    public void setClauseFacilitator(String v) { clauseFacilitator = v; }
    public List<OfferSession> getSessions() { return sessions; }
    public void setSessions(List<OfferSession> v) { sessions = new ArrayList<>(v); }
    public Integer getUpdateFrequencyMonths() { return updateFrequencyMonths; }
    public void setUpdateFrequencyMonths(Integer v) { updateFrequencyMonths = v; }
}
