package fr.passerelle.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** One query of the benchmark mix, answerable by the HTTP API and by each baseline. */
record BenchQuery(Kind kind, String text, String commune, int distanceKm, String category, String departement) {

    enum Kind {
        /** Free text + commune + radius, with facets: what a person types on the home page. */
        TEXT_NEAR,
        /** Everything reachable from a commune (default 50 km radius). */
        COMMUNE_ONLY,
        /** A whole category in a département: a referent browsing a theme. */
        CATEGORY_DEPARTEMENT
    }

    private static final String[] TEXTS = {"creche", "permis", "formation", "cv", "fle", "logement",
            "numerique", "chantier insertion", "garde d'enfants", "auto-ecole", "sante", "budget", "emploi",
            "formtion", "alphabetisation", "garage solidaire"};
    private static final String[] COMMUNES = {"77288", "91228", "94028", "75056", "77284", "91174", "94081",
            "77108", "91377", "94068", "77305", "91589", "77379", "94017"};
    private static final String[] CATEGORIES = {"famille", "mobilite", "se-former", "trouver-un-emploi",
            "sante", "numerique", "logement-hebergement", "difficultes-financieres"};
    private static final String[] DEPARTEMENTS = {"77", "91", "94", "75"};

    /** The same mix for every target: a third of each kind, drawn from a fixed seed. */
    static List<BenchQuery> mix(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<BenchQuery> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Kind kind = Kind.values()[i % 3];
            queries.add(new BenchQuery(kind, TEXTS[random.nextInt(TEXTS.length)],
                    COMMUNES[random.nextInt(COMMUNES.length)], new int[]{5, 10, 20, 30}[random.nextInt(4)],
                    CATEGORIES[random.nextInt(CATEGORIES.length)], DEPARTEMENTS[random.nextInt(DEPARTEMENTS.length)]));
        }
        return queries;
    }

    String apiUri() {
        return switch (kind) {
            case TEXT_NEAR -> "/api/v1/search/services?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                    + "&code_commune=" + commune + "&distance=" + distanceKm + "&facets=true&size=20";
            case COMMUNE_ONLY -> "/api/v1/search/services?code_commune=" + commune + "&size=20";
            case CATEGORY_DEPARTEMENT -> "/api/v1/search/services?thematiques=" + category
                    + "&code_departement=" + departement + "&size=20";
        };
    }
}
