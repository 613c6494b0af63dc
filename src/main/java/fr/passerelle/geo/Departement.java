package fr.passerelle.geo;

/** A département, by its INSEE code ("77", "2A", "974"). */
public record Departement(String code, String nom, String regionCode) {
}
