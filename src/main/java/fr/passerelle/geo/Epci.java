package fr.passerelle.geo;

/**
 * An EPCI à fiscalité propre, by its SIREN code; {@code type} is the DGCL's
 * (CA, CC, CU, METRO, MET69).
 */
public record Epci(String code, String nom, String type) {
}
