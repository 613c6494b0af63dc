package fr.passerelle.catalogue.demo;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A commune as the generator needs it, with its names already in French grammar
 * ("de Melun", "du Mée-sur-Seine", "de l'Essonne") so templates read right.
 *
 * @param deNom            the commune after "de": "de Melun", "d'Évry-Courcouronnes"
 * @param departementDeNom the département after "de": "de Seine-et-Marne", "du Val-de-Marne"
 * @param epciNom          the EPCI's name ("CA du Pays de Meaux"), null outside any EPCI
 */
public record DemoPlace(String code, String nom, String deNom, List<String> codesPostaux,
                        String departementCode, String departementNom, String departementDeNom,
                        String regionCode, @Nullable String epciCode, @Nullable String epciNom,
                        int population, double latitude, double longitude) {

    public DemoPlace {
        codesPostaux = List.copyOf(codesPostaux);
    }

    /** "à Melun", "au Mée-sur-Seine", "aux Lilas". */
    public String aNom() {
        if (nom.startsWith("Le ")) {
            return "au " + nom.substring(3);
        }
        if (nom.startsWith("Les ")) {
            return "aux " + nom.substring(4);
        }
        return "à " + nom;
    }
}
