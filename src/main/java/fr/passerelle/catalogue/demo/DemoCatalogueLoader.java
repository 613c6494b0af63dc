package fr.passerelle.catalogue.demo;

import fr.passerelle.geo.Gazetteer;
import fr.passerelle.shared.StartupTask;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Fills an empty catalogue with the demo (passerelle.demo.*) at start-up, after the gazetteer
 * (offers and structures reference communes) and the vocabularies.
 */
@Singleton
public class DemoCatalogueLoader implements StartupTask {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCatalogueLoader.class);

    private final Gazetteer gazetteer;
    private final DemoCatalogueWriter writer;
    private final Clock clock;
    private final boolean enabled;
    private final long seed;
    private final int structures;
    private final int offers;
    private final DemoScope scope;
    private volatile LocalDate today;
    private volatile boolean loaded;

    public DemoCatalogueLoader(Gazetteer gazetteer, DemoCatalogueWriter writer, @Nullable Clock clock,
                               @Value("${passerelle.demo.enabled:true}") boolean enabled,
                               @Value("${passerelle.demo.seed:20260101}") long seed,
                               @Value("${passerelle.demo.structures:1600}") int structures,
                               @Value("${passerelle.demo.offers:6400}") int offers,
                               @Value("${passerelle.demo.scope:ILE_DE_FRANCE}") DemoScope scope) {
        this.gazetteer = gazetteer;
        this.writer = writer;
        this.clock = clock != null ? clock : Clock.system(ZoneId.of("Europe/Paris"));
        this.enabled = enabled;
        this.seed = seed;
        this.structures = structures;
        this.offers = offers;
        this.scope = scope;
    }

    @Override
    public int order() {
        return DEMO_CATALOGUE;
    }

    @Override
    public void run() {
        today = LocalDate.now(clock);
        if (!enabled) {
            LOG.info("Demo catalogue disabled (passerelle.demo.enabled=false)");
            return;
        }
        if (!writer.catalogueIsEmpty()) {
            LOG.info("Demo catalogue not loaded: the catalogue already has structures");
            return;
        }
        long started = System.nanoTime();
        DemoCatalogueGenerator generator = new DemoCatalogueGenerator(
                new DemoCatalogueSpec(seed, structures, offers, scope, today), DemoGeography.from(gazetteer, scope));
        DemoCatalogueWriter.Written written = writer.write(generator, count -> {
        });
        loaded = true;
        LOG.info("Demo catalogue loaded: {} structures, {} offers in {} ms", written.structures(), written.offers(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Whether this start wrote the demo (false when disabled or the catalogue was not empty). */
    public boolean loaded() {
        return loaded;
    }

    /** The date the demo was generated for (set at start-up): staleness and sessions are relative to it. */
    public LocalDate today() {
        return today != null ? today : LocalDate.now(clock);
    }

    /** What the configured demo holds: the operator structures and their offers (stable ids). */
    public DemoCatalogue catalogue() {
        return new DemoCatalogue(seed, scope, today(), structures, offers,
                DemoCatalogueGenerator.structureId(0), DemoCatalogueGenerator.anchorOfferIds(0),
                DemoCatalogueGenerator.structureId(1), DemoCatalogueGenerator.anchorOfferIds(1));
    }
}
