package fr.passerelle.support;

import fr.passerelle.catalogue.AccessRule;
import fr.passerelle.catalogue.Address;
import fr.passerelle.catalogue.ClauseSociale;
import fr.passerelle.catalogue.Contact;
import fr.passerelle.catalogue.Lifecycle;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferSession;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.catalogue.SiaeBlock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A valid published offer to start from; tests change only what they are about. */
public final class OfferBuilder {

    private String id;
    private String structureId;
    private String nom = "Atelier de test";
    private String description = "Un atelier pour tester le catalogue, ouvert à toutes et à tous.";
    private String type = "atelier";
    private List<String> thematiques = List.of("numerique--maitriser-les-fondamentaux-du-numerique");
    private String frais = "gratuit";
    private List<String> publics = List.of("tous-publics");
    private Address address = new Address("2 rue de la Gare", null, "77000", "77288", "Melun", 48.5394, 2.6555);
    private List<String> modesAccueil = List.of(Offer.MODE_ON_SITE);
    private List<String> zone = List.of();
    private LocalDate dateMaj = LocalDate.of(2026, 10, 1);
    private OfferStatus status = OfferStatus.PUBLIEE;
    private LocalDate suspendedUntil;
    private AccessRule accessRule = AccessRule.PRESCRIPTION;
    private SiaeBlock siae;
    private ClauseSociale clause;
    private final List<OfferSession> sessions = new ArrayList<>();
    private String source;
    private String fraisPrecisions;
    private Contact contact = new Contact("+33160000000", "accueil@test.example", "Accueil");
    private List<String> modesMobilisation = List.of("telephoner", "se-presenter");
    private List<String> mobilisablePar = List.of("usagers", "professionnels");
    private String lienMobilisation;

    private OfferBuilder(String id, String structureId) {
        this.id = id;
        this.structureId = structureId;
    }

    public static OfferBuilder offer(String id, String structureId) {
        return new OfferBuilder(id, structureId);
    }

    public OfferBuilder nom(String value) { nom = value; return this; }
    public OfferBuilder description(String value) { description = value; return this; }
    public OfferBuilder type(String value) { type = value; return this; }
    public OfferBuilder thematiques(String... values) { thematiques = List.of(values); return this; }
    public OfferBuilder frais(String value) { frais = value; return this; }
    public OfferBuilder publics(String... values) { publics = List.of(values); return this; }
    public OfferBuilder address(Address value) { address = value; return this; }
    public OfferBuilder modesAccueil(String... values) { modesAccueil = List.of(values); return this; }
    public OfferBuilder zone(String... codes) { zone = List.of(codes); return this; }
    public OfferBuilder dateMaj(LocalDate value) { dateMaj = value; return this; }
    public OfferBuilder status(OfferStatus value) { status = value; return this; }
    public OfferBuilder suspendedUntil(LocalDate value) { suspendedUntil = value; return this; }
    public OfferBuilder accessRule(AccessRule value) { accessRule = value; return this; }
    public OfferBuilder siae(SiaeBlock value) { siae = value; return this; }
    public OfferBuilder clause(ClauseSociale value) { clause = value; return this; }
    public OfferBuilder source(String value) { source = value; return this; }
    public OfferBuilder fraisPrecisions(String value) { fraisPrecisions = value; return this; }
    public OfferBuilder contact(Contact value) { contact = value; return this; }
    public OfferBuilder modesMobilisation(String... values) { modesMobilisation = List.of(values); return this; }
    public OfferBuilder mobilisablePar(String... values) { mobilisablePar = List.of(values); return this; }
    public OfferBuilder lienMobilisation(String value) { lienMobilisation = value; return this; }
    public OfferBuilder session(LocalDate startsOn, int capacity, int placesLeft) {
        sessions.add(new OfferSession(null, "Session de test", startsOn, startsOn.plusWeeks(4), capacity,
                placesLeft, false));
        return this;
    }

    public Offer build() {
        String source = this.source != null ? this.source
                : id.contains("--") ? id.substring(0, id.indexOf("--")) : "test";
        return new Offer(id, source, structureId, nom, description, type, thematiques, frais, fraisPrecisions, publics,
                null, "Aucun prérequis.", address, contact, modesAccueil, zone, modesMobilisation, mobilisablePar,
                null, lienMobilisation, null, "Mo-Fr 09:00-12:00,14:00-17:00", 6.0, 4, dateMaj,
                new Lifecycle(status, suspendedUntil, 6, null, null), accessRule, List.of(), List.of("fr"),
                siae, clause, List.copyOf(sessions), 1);
    }
}
