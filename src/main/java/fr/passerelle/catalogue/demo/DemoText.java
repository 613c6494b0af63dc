package fr.passerelle.catalogue.demo;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** Fills the templates' placeholders and holds the word banks fictional names are drawn from. */
final class DemoText {

    private DemoText() {
    }

    /** Replaces every {key}; an unknown key is a template bug, so it fails loudly. */
    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            String key = template.substring(open + 1, close);
            String value = values.get(key);
            if (value == null) {
                throw new IllegalStateException("No value for {" + key + "} in template: " + template);
            }
            out.append(template, i, open).append(value);
            i = close + 1;
        }
        return out.toString();
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String lowerFirst(String value) {
        return value.isEmpty() ? value : Character.toLowerCase(value.charAt(0)) + value.substring(1);
    }

    /** "Garage solidaire de Melun" → "garage-solidaire-de-melun", for fictional e-mail domains. */
    static String slug(String value, int maxLength) {
        String folded = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() <= maxLength) {
            return slug;
        }
        String cut = slug.substring(0, maxLength);
        int lastDash = cut.lastIndexOf('-');
        return (lastDash > 10 ? cut.substring(0, lastDash) : cut).replaceAll("-+$", "");
    }

    private static final Set<String> SMALL_WORDS = Set.of("de", "du", "des", "la", "le", "les", "l", "d", "et", "pour",
            "a", "au", "aux", "en", "sur", "sous");

    /** "Plan local pour l'insertion et l'emploi de Melun" → "plan-local-insertion-emploi-melun". */
    static String domainLabel(String name) {
        String words = String.join("-", Arrays.stream(slug(name, 500).split("-"))
                .filter(w -> !SMALL_WORDS.contains(w)).toList());
        return slug(words, 40);
    }

    /** "de " + a name, with the elision French asks for before a vowel or a mute h. */
    static String de(String name) {
        if (name.startsWith("Le ")) {
            return "du " + name.substring(3);
        }
        if (name.startsWith("Les ")) {
            return "des " + name.substring(4);
        }
        return startsWithVowel(name) ? "d'" + name : "de " + name;
    }

    static boolean startsWithVowel(String name) {
        return !name.isEmpty() && "AEIOUYÉÈÊÀÂÎÔaeiouyéèêàâîôHh".indexOf(name.charAt(0)) >= 0;
    }

    /** Keeps whole sentences up to {@code max} characters. */
    static String truncateSentences(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = text.lastIndexOf(". ", max - 1);
        return end > 0 ? text.substring(0, end + 1) : text.substring(0, max - 1) + "…";
    }

    /** Shortens a name to {@code max} characters at a word boundary (data·inclusion: nom ≤ 150). */
    static String truncateName(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        int space = name.lastIndexOf(' ', max - 1);
        return name.substring(0, space > 0 ? space : max - 1).replaceAll("[\\s,;:—-]+$", "") + "…";
    }

    // ---------- Word banks: fictional, never real people ----------

    static final List<String> ASSOCIATIONS = List.of("Trait d'Union", "Le Relais", "Tremplin", "L'Escale", "Horizons",
            "Rebonds", "La Clé", "Accueil et Partage", "Archipel", "Boussole", "Équinoxe", "Envol", "Cap Avenir",
            "Solidarité Partage", "Émergence", "Le Pont", "Les Ricochets", "Élan", "Cordée", "Les Sentiers",
            "Alliance Solidaire", "L'Étape", "Relais Familles", "Le Lien", "Agir Ensemble", "Main Tendue", "La Ruche",
            "Avenir Jeunes", "Les Compagnons du Quartier", "Entraide", "Le Fil d'Ariane", "Odyssée", "Les Passeurs",
            "Arc-en-Ciel", "Sémaphore", "La Boussole", "L'Atelier", "Clairière", "Itinéraires", "Ensemble");
    static final List<String> LIEUX = List.of("Les Tilleuls", "L'Arche", "Le Phare", "La Fontaine", "Rosa-Parks",
            "Nelson-Mandela", "Simone-Veil", "Louise-Michel", "Les Épinettes", "Le Lavoir", "Georges-Brassens",
            "La Ruche", "Les Aulnes", "Le Moulin", "Jacques-Prévert", "Les Glycines", "Marie-Curie", "La Passerelle",
            "Les Peupliers", "Victor-Hugo", "Aimé-Césaire", "Le Colombier", "Les Hautes-Bruyères", "La Roseraie");
    static final List<String> CRECHES = List.of("À Petits Pas", "Les Petits Loups", "Les Lucioles", "Pirouette",
            "Les Câlinous", "Les P'tits Mousses", "Arc-en-ciel", "Les Marmousets", "Les Bout'chou", "Les Coccinelles",
            "Les Frimousses", "Trois Pommes", "Les Lutins", "Le Nid", "Les Petits Pas Pressés", "Graines d'Éveil");
    static final List<String> GARDES = List.of("Les Petits Veilleurs", "Matins Malins", "Nounous du Soir",
            "Parenthèse Enfants", "Horizon Garde", "Lune et Soleil", "Tôt ou Tard");
    static final List<String> MOBILITE = List.of("Mobil'Emploi", "Roule ma Poule", "En Route", "Mobil'Insert",
            "Cap Permis", "Bouge Ta Vie", "Volant Solidaire", "Tous en Route", "Clé de Contact");
    static final List<String> ENTREPRISES = List.of("Net'Insertion", "Les Cuisines Solidaires", "Atelier Tremplin",
            "Logistique Solidaire", "Bâti Relais", "Vert Demain", "Propre et Net Services", "Le Comptoir Solidaire",
            "Tri'Action", "Blanchisserie du Val", "Recycl'Emploi", "Éco-Services", "Pack'Insertion", "Jardins d'Avenir");
    static final List<String> GEIQ_SECTEURS = List.of("BTP", "Propreté", "Transport et logistique", "Aide à domicile",
            "Industrie", "Hôtellerie-restauration");
    static final List<String> FORMATIONS = List.of("Agent de propreté et d'hygiène", "Assistant de vie aux familles",
            "Préparateur de commandes (CACES R489)", "Agent de restauration", "Employé commercial en magasin",
            "Ouvrier du paysage", "Agent de sécurité (CQP APS)", "Préparation au concours d'aide-soignant",
            "Maçon en voirie et réseaux divers", "Peintre en bâtiment", "Conducteur de transport en commun",
            "Cuisinier en restauration collective", "Conseiller de vente", "Agent d'accueil et d'information",
            "Couturier retoucheur", "Technicien raccordeur fibre optique", "Agent de maintenance des bâtiments",
            "Accompagnant éducatif petite enfance (CAP AEPE)", "Magasinier cariste", "Employé polyvalent de restauration");
    static final List<String> STREETS = List.of("rue de la République", "avenue Jean-Jaurès", "place de la Mairie",
            "rue Pasteur", "allée des Tilleuls", "rue Victor-Hugo", "boulevard Gambetta", "rue du Général-de-Gaulle",
            "rue des Écoles", "avenue de la Gare", "rue Jules-Ferry", "place du Marché", "rue de Paris",
            "chemin des Vignes", "rue Émile-Zola", "avenue du Maréchal-Foch", "rue Saint-Jean", "rue de la Paix",
            "square Lucie-Aubrac", "rue Anatole-France", "impasse des Lilas", "rue du Moulin", "avenue des Sports",
            "rue Louise-Michel", "place de l'Église");
    static final List<String> COMPLEMENTS = List.of("Bâtiment B", "1er étage", "Entrée par la cour", "Rez-de-chaussée",
            "Porte 3", "Espace Jean-Moulin", "Résidence Les Acacias");
    static final List<String> PERSONNALITES = List.of("Jean-Moulin", "Louise-Michel", "Pablo-Picasso", "Victor-Hugo",
            "Simone-Veil", "Jules-Ferry", "Marie-Curie", "Jean-Jaurès", "Olympe-de-Gouges", "Albert-Camus",
            "Gisèle-Halimi", "Joséphine-Baker");
    static final List<String> ROLES = List.of("Accueil", "Conseillère insertion", "Conseiller insertion",
            "Chargée d'accompagnement", "Référente de parcours", "Secrétariat", "Coordinatrice", "Chargé de recrutement");
    /** Fictional first name and initial only: the contact is a service desk, never a person to identify. */
    static final List<String> PRENOMS = List.of("Nadia B.", "Karim L.", "Sophie M.", "Julien R.", "Aïcha D.",
            "Thomas G.", "Fatou S.", "Claire V.", "Mehdi A.", "Élodie P.", "Samuel K.", "Inès T.");
    static final List<String> MOIS = List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre");
    static final List<String> JOURS = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

    static List<String> siaeJobs(String siaeKind) {
        return switch (siaeKind) {
            case "ACI" -> List.of("Ouvrier(ère) maraîcher(ère)", "Agent(e) d'entretien des espaces verts",
                    "Ouvrier(ère) polyvalent(e) du bâtiment", "Valoriste en recyclerie", "Couturier(ère) retoucheur(euse)",
                    "Agent(e) de restauration", "Mécanicien(ne) cycles");
            case "EI" -> List.of("Agent(e) de propreté", "Préparateur(trice) de commandes", "Commis de cuisine",
                    "Agent(e) de tri", "Manœuvre BTP", "Employé(e) de blanchisserie");
            case "ETTI" -> List.of("Manutentionnaire", "Manœuvre BTP", "Agent(e) de propreté",
                    "Préparateur(trice) de commandes", "Aide-maçon", "Agent(e) de tri des déchets");
            case "AI" -> List.of("Employé(e) de ménage chez les particuliers", "Agent(e) d'entretien", "Manutentionnaire",
                    "Aide au déménagement", "Agent(e) de service en collectivité");
            case "EITI" -> List.of("Livreur(se) à vélo", "Agent(e) de petits travaux", "Jardinier(ère) indépendant(e)");
            case "GEIQ" -> List.of("Maçon(ne) en contrat de professionnalisation",
                    "Conducteur(trice) de poids lourd en alternance", "Agent(e) de propreté qualifié(e)",
                    "Aide à domicile en alternance");
            case "EA" -> List.of("Opérateur(trice) de conditionnement", "Agent(e) d'entretien des espaces verts",
                    "Employé(e) de blanchisserie", "Agent(e) de numérisation");
            default -> throw new IllegalArgumentException("Unknown SIAE kind " + siaeKind);
        };
    }

    /** Local names the product owner will recognise; elsewhere the département stands in. */
    static List<String[]> terroirs(String departementCode) {
        return switch (departementCode) {
            case "77" -> List.<String[]>of(new String[] {"Brie", "de la Brie"}, new String[] {"Gâtinais", "du Gâtinais"},
                    new String[] {"Provinois", "du Provinois"}, new String[] {"Val de Seine", "du Val de Seine"});
            case "91" -> List.<String[]>of(new String[] {"Hurepoix", "du Hurepoix"}, new String[] {"Val d'Orge", "du Val d'Orge"},
                    new String[] {"Val d'Yerres", "du Val d'Yerres"});
            case "94" -> List.<String[]>of(new String[] {"Bords de Marne", "des Bords de Marne"},
                    new String[] {"Val de Bièvre", "du Val de Bièvre"}, new String[] {"Plateau Briard", "du Plateau Briard"});
            case "75" -> List.<String[]>of(new String[] {"Belleville", "de Belleville"},
                    new String[] {"Canal Saint-Martin", "du Canal Saint-Martin"});
            case "93" -> List.<String[]>of(new String[] {"Canal de l'Ourcq", "du Canal de l'Ourcq"});
            case "95" -> List.<String[]>of(new String[] {"Vexin", "du Vexin"});
            case "78" -> List.<String[]>of(new String[] {"Mantois", "du Mantois"});
            default -> List.of();
        };
    }
}
