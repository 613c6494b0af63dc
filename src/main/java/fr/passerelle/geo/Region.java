package fr.passerelle.geo;

/** A région, by its INSEE code ("11" Île-de-France). */
public record Region(String code, String nom) {
}
