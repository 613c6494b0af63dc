package fr.passerelle.catalogue.ui.workspace;

import java.util.Objects;

/** One code of an eligibility zone (commune, EPCI, département or "france") with its name. */
public record Zone(String code, String label) {

    @Override
    public boolean equals(Object other) {
        return other instanceof Zone zone && zone.code.equals(code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }
}
