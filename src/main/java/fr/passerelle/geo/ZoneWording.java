package fr.passerelle.geo;

import java.util.List;
import java.util.Locale;

/**
 * "de Melun", "du Val-de-Marne", "de la CA Melun Val de Seine": the French complement naming a
 * zone after "Habitants". Names and their TNCC ("type de nom en clair") come from INSEE's code
 * officiel géographique, which spells commune names with their article ("Le Mée-sur-Seine") and
 * département names without it ("Essonne", TNCC 5 → "de l'Essonne").
 */
final class ZoneWording {

    private ZoneWording() {
    }

    static String of(GazetteerSnapshot places, String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        Commune commune = places.commune(upper);
        if (commune != null) {
            return ofCommune(commune.nom(), places.typeLiaison("c", commune.code()));
        }
        Departement departement = places.departements().get(upper);
        if (departement != null) {
            return withTncc(departement.nom(), places.typeLiaison("d", departement.code()));
        }
        Epci epci = places.epcis().get(code);
        if (epci != null) {
            return ofEpci(epci.nom());
        }
        return "de la zone " + code;
    }

    /** Département names carry no article: the TNCC gives the whole preposition. */
    static String withTncc(String name, int tncc) {
        return switch (tncc) {
            case 1 -> "d'" + name;
            case 2 -> "du " + name;
            case 3 -> "de la " + name;
            case 4, 6 -> "des " + name;
            case 5 -> "de l'" + name;
            case 7 -> "de las " + name;
            case 8 -> "de los " + name;
            default -> "de " + name;
        };
    }

    /** Commune names start with their article: "Le Havre" → "du Havre", "La Rochelle" → "de La Rochelle". */
    static String ofCommune(String name, int tncc) {
        return switch (tncc) {
            case 1 -> "d'" + name;
            case 2 -> name.startsWith("Le ") ? "du " + name.substring(3) : "de " + name;
            case 4 -> name.startsWith("Les ") ? "des " + name.substring(4) : "de " + name;
            case 6 -> name.startsWith("Aux ") ? "des " + name.substring(4) : "de " + name;
            default -> "de " + name;
        };
    }

    /** "CA …", "CC …", "CU …", "Métropole du Grand Paris" take "de la"; "Eurométropole …" "de l'". */
    static String ofEpci(String name) {
        if (name.matches("(CA|CC|CU|Communauté|Métropole)\\b.*")) {
            return "de la " + name;
        }
        if (name.startsWith("Eurométropole")) {
            return "de l'" + name;
        }
        if (name.matches("(?i)[aeiouyàâéèêëîïôöùûü].*")) {
            return "d'" + name; // "Orléans Métropole"
        }
        return "de " + name;
    }

    /** "a", "a et b", "a, b et c". */
    static String joinWithEt(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " et " + parts.get(parts.size() - 1);
    }
}
