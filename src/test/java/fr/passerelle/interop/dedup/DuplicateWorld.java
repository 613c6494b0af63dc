package fr.passerelle.interop.dedup;

import fr.passerelle.account.Given;
import fr.passerelle.catalogue.Address;
import fr.passerelle.catalogue.OfferRepository;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.catalogue.StructureRepository;
import fr.passerelle.support.OfferBuilder;
import fr.passerelle.support.StructureBuilder;
import fr.passerelle.shared.outbox.Outbox;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.transaction.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Crafted offers for the duplicate tests, in Mende (Lozère): far from every other fixture (Melun,
 * Évry, the Île-de-France demo), each with its own SIRET and phone unless the test shares them.
 * The detector runs over the whole catalogue: {@link #forgetClusters()} puts other tests' world back.
 */
@Singleton
public class DuplicateWorld {

    public static final String MENDE = "48095";
    /** Mende's centre; a test's places are metres away from a point it picks. */
    public static final double LATITUDE = 44.5181;
    public static final double LONGITUDE = 3.5007;
    private static final double METRES_PER_DEGREE = 111_320;

    private final StructureRepository structures;
    private final OfferRepository offers;
    private final JdbcOperations jdbc;
    private final Outbox outbox;

    DuplicateWorld(StructureRepository structures, OfferRepository offers, JdbcOperations jdbc, Outbox outbox) {
        this.outbox = outbox;
        this.structures = structures;
        this.offers = offers;
        this.jdbc = jdbc;
    }

    /** A source name no other test uses. */
    public static String source(String name) {
        return Given.unique("dedup-" + name + "-");
    }

    public static String siret() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000_000_000L, 99_999_999_999_999L));
    }

    /** A point {@code north} and {@code east} metres from (latitude, longitude). */
    public static Address near(double latitude, double longitude, double north, double east) {
        double lat = latitude + north / METRES_PER_DEGREE;
        double lon = longitude + east / (METRES_PER_DEGREE * Math.cos(Math.toRadians(latitude)));
        return new Address("1 place du Foirail", null, "48000", MENDE, "Mende", lat, lon);
    }

    @Transactional
    public String structure(String source, String siret, String nom) {
        String id = source + "--" + Given.unique("s");
        structures.insertAll(List.of(StructureBuilder.structure(id).nom(nom).siret(siret)
                .address(near(LATITUDE, LONGITUDE, 0, 0)).build()));
        return id;
    }

    /** A published offer of the structure (whose source it takes), written as the catalogue does: row + outbox. */
    @Transactional
    public String offer(String structureId, String nom, Address address, String telephone, LocalDate dateMaj) {
        return offer(structureId, nom, address, telephone, dateMaj, OfferStatus.PUBLIEE);
    }

    @Transactional
    public String offer(String structureId, String nom, Address address, String telephone, LocalDate dateMaj,
                        OfferStatus status) {
        String source = structureId.substring(0, structureId.indexOf("--"));
        String id = source + "--" + Given.unique("o");
        offers.insert(OfferBuilder.offer(id, structureId).nom(nom).address(address).telephone(telephone)
                .dateMaj(dateMaj).status(status).build());
        outbox.record(Outbox.OFFER, id);
        return id;
    }

    /** Forgets every cluster and decision, and lets the indexer show the hidden offers again. */
    @Transactional
    public void forgetClusters() {
        jdbc.prepareStatement("""
                insert into outbox (aggregate_type, aggregate_id) select 'offer', offer_id from duplicate_member""",
                ps -> ps.executeUpdate());
        jdbc.prepareStatement("delete from duplicate_member", ps -> ps.executeUpdate());
        jdbc.prepareStatement("delete from duplicate_decision", ps -> ps.executeUpdate());
        jdbc.prepareStatement("delete from duplicate_choice", ps -> ps.executeUpdate());
    }
}
