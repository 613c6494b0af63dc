package fr.passerelle.search;

import fr.passerelle.shared.DomainException;

import java.util.Arrays;

/** Orders of the search results, by their API codes. Ties are broken by offer id, so pages are stable. */
public enum SearchSort {
    PERTINENCE("pertinence"),
    DISTANCE("distance"),
    DATE_MAJ("date_maj");

    private final String code;

    SearchSort(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SearchSort ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> DomainException.badParameter("sort",
                        "Tri inconnu : « " + code + " » (attendu : pertinence, distance ou date_maj)."));
    }
}
