package fr.passerelle.catalogue.demo;

import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.List;

/**
 * One kind of offer the generator writes (« Atelier CV », « Places AVIP en crèche »…): its
 * vocabulary values and the French sentences its descriptions are made of. Placeholders in
 * braces ({commune}, {a_commune}, {structure}…) are filled by {@link DemoText}.
 */
record OfferTemplate(String key, String type, List<String> thematiques, List<String> names,
                     List<String> intros, List<String> details, List<List<String>> publics,
                     @Nullable String publicsPrecisions, boolean payant, @Nullable String fraisPrecisions,
                     @Nullable String conditionsAcces, int[] accessWeights, Sessions sessions,
                     double remoteShare, @Nullable double[] weeklyHours, @Nullable int[] weeks,
                     Block block, List<String> extraLanguages) {

    /** What dated runs an offer has: none, training cohorts, workshop dates, or childcare places. */
    enum Sessions { NONE, TRAINING, WORKSHOP, PLACES }

    /** The Passerelle block an offer carries. */
    enum Block { NONE, SIAE, CLAUSE }

    static Builder of(String key, String type, String... thematiques) {
        return new Builder(key, type, List.of(thematiques));
    }

    static final class Builder {
        private final String key;
        private final String type;
        private final List<String> thematiques;
        private List<String> names = List.of();
        private List<String> intros = List.of();
        private List<String> details = List.of();
        private List<List<String>> publics = List.of(List.of("tous-publics"));
        private String publicsPrecisions;
        private boolean payant;
        private String fraisPrecisions;
        private String conditionsAcces;
        private int[] accessWeights = {40, 30, 30};
        private Sessions sessions = Sessions.NONE;
        private double remoteShare;
        private double[] weeklyHours;
        private int[] weeks;
        private Block block = Block.NONE;
        private List<String> extraLanguages = List.of();

        private Builder(String key, String type, List<String> thematiques) {
            this.key = key;
            this.type = type;
            this.thematiques = thematiques;
        }

        Builder names(String... values) {
            names = List.of(values);
            return this;
        }

        Builder intros(String... values) {
            intros = List.of(values);
            return this;
        }

        Builder details(String... values) {
            details = List.of(values);
            return this;
        }

        /** Each argument is one possible set of publics, codes separated by commas. */
        Builder publics(String... sets) {
            publics = Arrays.stream(sets).map(s -> List.of(s.split(","))).toList();
            return this;
        }

        Builder publicsPrecisions(String value) {
            publicsPrecisions = value;
            return this;
        }

        Builder payant(String precisions) {
            payant = true;
            fraisPrecisions = precisions;
            return this;
        }

        Builder gratuit(String precisions) {
            fraisPrecisions = precisions;
            return this;
        }

        Builder conditions(String value) {
            conditionsAcces = value;
            return this;
        }

        /** Relative weights of prescription, validation and auto-prescription. */
        Builder access(int prescription, int validation, int auto) {
            accessWeights = new int[] {prescription, validation, auto};
            return this;
        }

        Builder sessions(Sessions value) {
            sessions = value;
            return this;
        }

        Builder remote(double share) {
            remoteShare = share;
            return this;
        }

        Builder hours(double min, double max) {
            weeklyHours = new double[] {min, max};
            return this;
        }

        Builder weeks(int min, int max) {
            weeks = new int[] {min, max};
            return this;
        }

        Builder siae() {
            block = Block.SIAE;
            return this;
        }

        Builder clause() {
            block = Block.CLAUSE;
            return this;
        }

        Builder languages(String... codes) {
            extraLanguages = List.of(codes);
            return this;
        }

        OfferTemplate build() {
            if (names.isEmpty() || intros.isEmpty() || details.size() < 2) {
                throw new IllegalStateException("Offer template " + key + " needs names, an intro and two details");
            }
            return new OfferTemplate(key, type, thematiques, names, intros, details, publics, publicsPrecisions,
                    payant, fraisPrecisions, conditionsAcces, accessWeights, sessions, remoteShare, weeklyHours,
                    weeks, block, extraLanguages);
        }
    }
}
