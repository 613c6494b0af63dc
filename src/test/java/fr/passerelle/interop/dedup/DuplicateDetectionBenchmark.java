package fr.passerelle.interop.dedup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the rules and the clustering take on 150,000 offers (in memory: the database read is
 * measured apart). Synthetic but shaped like a national catalogue: 60,000 services over 3,000
 * towns, each published by one to three of eight sources with its name reworded, its point moved
 * by up to 60 m and, one time in three, the structure's SIRET. Skipped by a plain {@code mvn test}:
 * {@code mvn -B test -Dtest=DuplicateDetectionBenchmark -Dbench.dedup=true}, figures in
 * target/bench/dedup.txt and BENCHMARKS.md.
 */
@EnabledIfSystemProperty(named = "bench.dedup", matches = "true")
class DuplicateDetectionBenchmark {

    private static final int OFFERS = 150_000;
    private static final String[] WORDS = {"atelier", "permanence", "accompagnement", "numérique", "emploi", "logement",
            "mobilité", "budget", "français", "santé", "garde", "enfants", "insertion", "jeunes", "solidaire", "épicerie",
            "vélo", "code", "permis", "formation", "CV", "entretien", "parentalité", "accès", "droits", "accueil"};

    @Test
    void detectsOverAHundredAndFiftyThousandOffers() throws IOException {
        List<CatalogueEntry> entries = catalogue(new Random(20261129));
        long[] millis = new long[4];
        int clusters = 0;
        for (int run = 0; run < millis.length; run++) {
            long started = System.nanoTime();
            List<CandidatePairs.Pair> pairs = new CandidatePairs(entries).find();
            clusters = new Clustering(entries).clusters(pairs, List.of(), Map.of()).size();
            millis[run] = (System.nanoTime() - started) / 1_000_000;
        }
        assertThat(clusters).isPositive();
        String report = "offers " + entries.size() + ", clusters " + clusters
                + ", runs (ms, first is cold): " + java.util.Arrays.toString(millis) + "\n";
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "dedup.txt"), report);
        System.out.print(report);
    }

    private static List<CatalogueEntry> catalogue(Random random) {
        List<CatalogueEntry> entries = new ArrayList<>();
        int service = 0;
        while (entries.size() < OFFERS) {
            service++;
            int town = random.nextInt(3000);
            double latitude = 42.5 + (town / 60) * 0.18 + random.nextDouble() * 0.05;
            double longitude = -1.5 + (town % 60) * 0.12 + random.nextDouble() * 0.05;
            String name = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " "
                    + WORDS[random.nextInt(WORDS.length)];
            String siret = String.valueOf(10_000_000_000_000L + random.nextInt(20_000) * 7L);
            String phone = "04" + (10_000_000 + random.nextInt(89_999_999));
            int sources = 1 + random.nextInt(3);
            for (int s = 0; s < sources && entries.size() < OFFERS; s++) {
                double north = random.nextDouble() * 60 / 111_320;
                String reworded = s == 0 ? name : random.nextBoolean() ? name + " " + town : name.toUpperCase();
                entries.add(new CatalogueEntry("source" + s + "--" + service, "source" + s,
                        random.nextInt(3) == 0 ? siret : null, String.valueOf(10_000 + town), reworded,
                        latitude + north, longitude, true, random.nextBoolean() ? phone : null,
                        LocalDate.of(2026, 1 + random.nextInt(11), 1), true));
            }
        }
        return entries;
    }
}
