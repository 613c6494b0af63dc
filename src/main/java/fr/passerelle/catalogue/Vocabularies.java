package fr.passerelle.catalogue;

import fr.passerelle.shared.DomainException;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The data·inclusion v1 vocabularies and our families overlay, read once from the resources
 * shipped with the application: the one place that knows labels and valid values.
 */
@Singleton
public class Vocabularies {

    private static final String FAMILIES_RESOURCE = "reference/passerelle/families.json";
    private static final String WHOLE_CATEGORY = "--*";

    @Serdeable
    record FamiliesFile(List<GroupEntry> groups) {
    }

    @Serdeable
    record GroupEntry(String code, String label, List<FamilyEntry> families) {
    }

    @Serdeable
    record FamilyEntry(String code, String label,
                       @com.fasterxml.jackson.annotation.JsonProperty("beneficiary_label") String beneficiaryLabel,
                       List<String> thematiques) {
    }

    private final Map<VocabularyKind, Map<String, VocabularyTerm>> terms = new EnumMap<>(VocabularyKind.class);
    private final Map<String, Family> families = new LinkedHashMap<>();

    public Vocabularies(JsonMapper json) {
        for (VocabularyKind kind : VocabularyKind.values()) {
            Map<String, VocabularyTerm> byValue = new LinkedHashMap<>();
            for (VocabularyTerm term : read(json, kind.resource(), Argument.listOf(VocabularyTerm.class))) {
                byValue.put(term.value(), term);
            }
            terms.put(kind, byValue);
        }
        FamiliesFile file = read(json, FAMILIES_RESOURCE, Argument.of(FamiliesFile.class));
        int position = 0;
        for (GroupEntry group : file.groups()) {
            for (FamilyEntry entry : group.families()) {
                families.put(entry.code(), new Family(entry.code(), group.code(), group.label(), entry.label(),
                        entry.beneficiaryLabel(), position++, expand(entry.thematiques())));
            }
        }
    }

    private Set<String> expand(List<String> patterns) {
        Set<String> expanded = new LinkedHashSet<>();
        for (String pattern : patterns) {
            if (pattern.endsWith(WHOLE_CATEGORY)) {
                String category = pattern.substring(0, pattern.length() - 1);
                values(VocabularyKind.THEMATIQUE).stream().filter(t -> t.startsWith(category)).forEach(expanded::add);
            } else if (terms.get(VocabularyKind.THEMATIQUE).containsKey(pattern)) {
                expanded.add(pattern);
            } else {
                throw new IllegalStateException("families.json names an unknown thématique: " + pattern);
            }
        }
        return Set.copyOf(expanded);
    }

    private static <T> T read(JsonMapper json, String resource, Argument<T> type) {
        try (InputStream in = Vocabularies.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    public List<VocabularyTerm> terms(VocabularyKind kind) {
        return List.copyOf(terms.get(kind).values());
    }

    public List<String> values(VocabularyKind kind) {
        return List.copyOf(terms.get(kind).keySet());
    }

    public boolean contains(VocabularyKind kind, String value) {
        return terms.get(kind).containsKey(value);
    }

    public String label(VocabularyKind kind, String value) {
        VocabularyTerm term = terms.get(kind).get(value);
        return term == null ? value : term.label();
    }

    public static String categoryOf(String thematique) {
        int separator = thematique.indexOf("--");
        return separator < 0 ? thematique : thematique.substring(0, separator);
    }

    public List<Family> families() {
        return List.copyOf(families.values());
    }

    public Optional<Family> family(String code) {
        return Optional.ofNullable(families.get(code));
    }

    /** The families an offer belongs to: by its thématiques, and by its SIAE or clause block. */
    public List<String> familiesOf(Collection<String> thematiques, boolean hasSiae, boolean hasClause) {
        List<String> codes = new ArrayList<>();
        for (Family family : families.values()) {
            boolean byBlock = (hasSiae && family.code().equals(Family.SIAE))
                    || (hasClause && family.code().equals(Family.CLAUSES_SOCIALES));
            if (byBlock || thematiques.stream().anyMatch(family.thematiques()::contains)) {
                codes.add(family.code());
            }
        }
        return codes;
    }

    /**
     * Checks values given by a user or a partner. A thématique filter may name a whole category
     * (data·inclusion accepts both); {@code parameter} names the field in the error.
     */
    public void requireKnown(VocabularyKind kind, Collection<String> values, String parameter) {
        for (String value : values) {
            if (!contains(kind, value)) {
                throw DomainException.badParameter(parameter,
                        "Valeur inconnue pour « " + parameter + " » : « " + value + " ».");
            }
        }
    }

    /** Expands thématique filters where a whole category may be given instead of a thématique. */
    public Set<String> thematiquesMatching(Collection<String> filters, String parameter) {
        Set<String> matching = new LinkedHashSet<>();
        for (String filter : filters) {
            if (contains(VocabularyKind.THEMATIQUE, filter)) {
                matching.add(filter);
            } else if (contains(VocabularyKind.CATEGORIE, filter)) {
                values(VocabularyKind.THEMATIQUE).stream()
                        .filter(t -> categoryOf(t).equals(filter)).forEach(matching::add);
            } else {
                throw DomainException.badParameter(parameter,
                        "Thématique ou catégorie inconnue : « " + filter + " ».");
            }
        }
        return matching;
    }
}
