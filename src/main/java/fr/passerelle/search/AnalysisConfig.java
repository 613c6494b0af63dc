package fr.passerelle.search;

import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The French analysis of {@code search-config/} (one source, shipped as resources), translated
 * step by step for each backend so that both index and query the same tokens.
 */
public final class AnalysisConfig {

    static final String ROOT = "search-config/";
    private static final String DESCRIPTOR = ROOT + "analysis.json";

    @Serdeable
    record Descriptor(int version, String tokenizer, Map<String, List<String>> analyzers,
                      Map<String, List<String>> normalizers, Map<String, String> files) {
    }

    private final Descriptor descriptor;
    private final String hash;
    private final Set<String> stopWords;
    private final Set<String> elisions;

    private AnalysisConfig(Descriptor descriptor, String hash) {
        this.descriptor = descriptor;
        this.hash = hash;
        this.stopWords = Set.copyOf(lines("stopwords"));
        this.elisions = Set.copyOf(lines("elisions"));
    }

    public static AnalysisConfig load(JsonMapper json) {
        try {
            byte[] raw = read(DESCRIPTOR);
            Descriptor descriptor = json.readValue(raw, Descriptor.class);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(raw);
            for (String file : descriptor.files().values()) {
                digest.update(read(ROOT + file));
            }
            return new AnalysisConfig(descriptor, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DESCRIPTOR, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes whenever a file of search-config changes. */
    public String hash() {
        return hash;
    }

    /**
     * Whether the analyzers leave nothing of this word of a text split on spaces and apostrophes:
     * a stop word, or an elided article (the « d » of « d'enfants »). Both files are folded.
     */
    public boolean dropsAlone(String word) {
        String folded = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return stopWords.contains(folded) || elisions.contains(folded);
    }

    /** Non-comment, non-blank lines of one of the files named in analysis.json. */
    public List<String> lines(String file) {
        String content = new String(read(ROOT + descriptor.files().get(file)), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        for (String line : content.split("\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                lines.add(stripped);
            }
        }
        return lines;
    }

    private static byte[] read(String resource) {
        try (InputStream in = AnalysisConfig.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing search analysis resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    public LuceneAnalysisConfigurer lucene() {
        return context -> {
            descriptor.analyzers().forEach((name, steps) -> {
                LuceneAnalysisOptionalComponentsStep chain = context.analyzer(name).custom()
                        .tokenizer(descriptor.tokenizer());
                for (String step : steps) {
                    chain = luceneStep(chain, step);
                }
            });
            descriptor.normalizers().forEach((name, steps) -> {
                LuceneAnalysisOptionalComponentsStep chain = context.normalizer(name).custom();
                for (String step : steps) {
                    chain = luceneStep(chain, step);
                }
            });
        };
    }

    private LuceneAnalysisOptionalComponentsStep luceneStep(LuceneAnalysisOptionalComponentsStep chain, String step) {
        return switch (step) {
            case "lowercase" -> chain.tokenFilter("lowercase");
            case "asciifolding" -> chain.tokenFilter("asciiFolding");
            case "elision" -> chain.tokenFilter("elision").param("articles", file("elisions")).param("ignoreCase", "true");
            case "stop" -> chain.tokenFilter("stop").param("words", file("stopwords")).param("ignoreCase", "true");
            case "synonyms" -> chain.tokenFilter("synonymGraph").param("synonyms", file("synonyms"))
                    .param("ignoreCase", "true").param("expand", "true");
            case "stem_overrides" -> chain.tokenFilter("stemmerOverride").param("dictionary", file("stem_overrides"))
                    .param("ignoreCase", "true");
            case "light_stem" -> chain.tokenFilter("frenchLightStem");
            default -> throw new IllegalStateException("Unknown analysis step in " + DESCRIPTOR + ": " + step);
        };
    }

    private String file(String key) {
        return ROOT + descriptor.files().get(key);
    }

    public ElasticsearchAnalysisConfigurer elasticsearch() {
        return context -> {
            context.tokenFilter("passerelle_elision").type("elision")
                    .param("articles", lines("elisions").toArray(String[]::new)).param("articles_case", true);
            context.tokenFilter("passerelle_stop").type("stop")
                    .param("stopwords", lines("stopwords").toArray(String[]::new)).param("ignore_case", true);
            context.tokenFilter("passerelle_synonyms").type("synonym_graph")
                    .param("synonyms", lines("synonyms").toArray(String[]::new)).param("expand", true);
            context.tokenFilter("passerelle_stem_overrides").type("stemmer_override")
                    .param("rules", stemOverrideRules());
            context.tokenFilter("passerelle_light_stem").type("stemmer").param("language", "light_french");
            descriptor.analyzers().forEach((name, steps) -> context.analyzer(name).custom()
                    .tokenizer(descriptor.tokenizer()).tokenFilters(elasticsearchSteps(steps)));
            descriptor.normalizers().forEach((name, steps) -> context.normalizer(name).custom()
                    .tokenFilters(elasticsearchSteps(steps)));
        };
    }

    /** The Lucene dictionary ("word TAB stem") as Elasticsearch rules ("word => stem"). */
    private String[] stemOverrideRules() {
        return lines("stem_overrides").stream().map(line -> {
            String[] pair = line.split("\t", 2);
            if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
                throw new IllegalStateException("Expected « word<TAB>stem » in " + file("stem_overrides") + ": " + line);
            }
            return pair[0].strip() + " => " + pair[1].strip();
        }).toArray(String[]::new);
    }

    private static String[] elasticsearchSteps(List<String> steps) {
        return steps.stream().map(step -> switch (step) {
            case "lowercase", "asciifolding" -> step;
            case "elision" -> "passerelle_elision";
            case "stop" -> "passerelle_stop";
            case "synonyms" -> "passerelle_synonyms";
            case "stem_overrides" -> "passerelle_stem_overrides";
            case "light_stem" -> "passerelle_light_stem";
            default -> throw new IllegalStateException("Unknown analysis step in " + DESCRIPTOR + ": " + step);
        }).toArray(String[]::new);
    }
}
