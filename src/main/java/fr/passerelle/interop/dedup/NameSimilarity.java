package fr.passerelle.interop.dedup;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Similar names" for the duplicate rules: names are folded (case, accents, punctuation, French
 * small words) then compared with Jaro-Winkler, on the words as written and sorted (« Atelier CV
 * - Melun » / « Melun : atelier CV »); a name whose words all appear in the other counts too
 * (« Aide à la mobilité » / « Aide à la mobilité - Croix-Rouge »).
 */
final class NameSimilarity {

    /** Measured on pairs like « Permanence emploi » / « Permanence logement » (0.89: different). */
    static final double THRESHOLD = 0.92;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> SMALL_WORDS = Set.of("a", "au", "aux", "d", "de", "des", "du", "en", "et",
            "l", "la", "le", "les", "pour", "sur", "un", "une");

    /** A name prepared once per offer (the detector compares each many times). */
    record Folded(String text, String sorted, List<String> words) {
    }

    private NameSimilarity() {
    }

    static Folded fold(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> words = Arrays.stream(NOT_WORD.split(plain))
                .filter(w -> !w.isEmpty() && !SMALL_WORDS.contains(w)).toList();
        return new Folded(String.join(" ", words), String.join(" ", words.stream().sorted().toList()), words);
    }

    static boolean similar(Folded a, Folded b) {
        if (a.text().isEmpty() || b.text().isEmpty()) {
            return false;
        }
        if (a.text().equals(b.text())) {
            return true;
        }
        double score = Math.max(JARO_WINKLER.apply(a.text(), b.text()), JARO_WINKLER.apply(a.sorted(), b.sorted()));
        return score >= THRESHOLD || contained(a.words(), b.words()) || contained(b.words(), a.words());
    }

    /** Two words at least, so that « Accueil » is not the twin of every « Accueil … ». */
    private static boolean contained(List<String> shorter, List<String> longer) {
        return shorter.size() >= 2 && shorter.size() < longer.size() && longer.containsAll(shorter);
    }
}
