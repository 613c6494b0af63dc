package fr.passerelle.search;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lucene reads search-config's files with a whitespace tokenizer, Elasticsearch with the analyzer's
 * own tokenizer and filters: they read the same tokens only if the files are already folded.
 */
class SynonymsFileTest {

    private static List<String> lines(String file) throws IOException {
        try (InputStream in = SynonymsFileTest.class.getClassLoader().getResourceAsStream("search-config/" + file)) {
            assertThat(in).as(file + " is packaged as a resource").isNotNull();
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    @Test
    void synonymsAreFoldedWordsWithoutElidedArticles() throws IOException {
        Set<String> elisions = Set.copyOf(lines("elisions_fr.txt"));
        for (String line : lines("synonyms_fr.txt")) {
            for (String term : line.split(",")) {
                assertThat(term.strip()).as(line).matches("[a-z0-9]+( [a-z0-9]+)*");
                assertThat(Arrays.stream(term.strip().split(" ")).filter(elisions::contains).collect(Collectors.toList()))
                        .as("« %s » would lose its article on the query side", term).isEmpty();
            }
        }
    }

    @Test
    void stemOverridesAreFoldedWordTabStem() throws IOException {
        assertThat(lines("stem_overrides_fr.txt")).isNotEmpty()
                .allSatisfy(line -> assertThat(line).matches("[a-z]+\t[a-z]+"));
    }

    @Test
    void stopWordsAreFolded() throws IOException {
        assertThat(lines("stopwords_fr.txt")).allMatch(w -> w.matches("[a-z]+"));
    }

    @Test
    void aTermBelongsToOneGroupOnly() throws IOException {
        List<String> terms = lines("synonyms_fr.txt").stream()
                .flatMap(l -> Arrays.stream(l.split(","))).map(String::strip).toList();
        assertThat(terms).doesNotHaveDuplicates();
    }
}
