package fr.passerelle.catalogue.demo;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The kinds of structures a département's insertion offer is made of, with how common each is,
 * what it is called, when it opens and which offers it runs. {@link #code()} is what goes into
 * {@code structure.typologie} (DOMAIN.md: "kind"), in the spirit of data·inclusion v0's
 * typologie de structure.
 */
enum StructureKind {

    MISSION_LOCALE("ML", 1.0, 5, Unique.EPCI, List.of("mission-locale"),
            List.of("Mission locale {de_territoire}"),
            "La mission locale {de_territoire} accueille les jeunes de 16 à 25 ans sortis de l'école, avec ou sans diplôme, pour les aider à trouver un emploi ou une formation et à régler les questions de logement, de santé et de mobilité.",
            Hours.YOUTH, true,
            "cej-jeunes", "cej-jeunes", "atelier-cv", "immersion-pmsmp", "job-dating", "international", "aide-permis",
            "recherche-logement", "acces-soins", "entretien-embauche", "projet-professionnel"),
    FRANCE_TRAVAIL("FT", 0.8, 4, Unique.COMMUNE, List.of("france-travail"),
            List.of("France Travail {commune}", "Agence France Travail {de_commune}"),
            "L'agence France Travail {de_commune} accompagne les demandeurs d'emploi et les entreprises du bassin : inscription, indemnisation, conseil, formation et recrutement.",
            Hours.OFFICE, false,
            "accompagnement-emploi", "recherche-emploi-atelier", "immersion-pmsmp", "dossier-formation", "job-dating",
            "creation-definir", "entretien-embauche"),
    CAP_EMPLOI("CAP_EMPLOI", 0.25, 3, Unique.DEPARTEMENT, List.of("cap-emploi-reseau-cheops"),
            List.of("Cap emploi {departement}"),
            "Cap emploi {de_departement} accompagne les personnes en situation de handicap vers l'emploi et aide les salariés et les employeurs à maintenir les personnes dans leur poste.",
            Hours.OFFICE, true,
            "maintien-emploi", "dossier-mdph", "accompagnement-emploi", "immersion-pmsmp"),
    PLIE("PLIE", 0.6, 4, Unique.EPCI, List.of("plie"),
            List.of("PLIE {de_territoire}", "Plan local pour l'insertion et l'emploi {de_territoire}"),
            "Le plan local pour l'insertion et l'emploi (PLIE) {de_territoire} propose un accompagnement renforcé et individualisé aux personnes très éloignées de l'emploi, en lien avec les entreprises du territoire.",
            Hours.OFFICE, false,
            "accompagnement-emploi", "accompagnement-emploi", "atelier-cv", "clause-postes", "reseau-parrainage", "valoriser-competences"),
    MAISON_EMPLOI("MDE", 0.5, 4, Unique.EPCI, List.of("maisons-de-l-emploi"),
            List.of("Maison de l'emploi {de_territoire}", "Service des clauses sociales {de_territoire}"),
            "La maison de l'emploi {de_territoire} rapproche les habitants et les employeurs du territoire et porte le service des clauses sociales des marchés publics.",
            Hours.OFFICE, false,
            "clause-postes", "clause-postes", "clause-postes", "job-dating", "decouverte-metiers", "recherche-emploi-atelier"),
    CCAS("CCAS", 6.0, 3, Unique.COMMUNE, List.of("ccas-cias", "communes"),
            List.of("CCAS {de_commune}", "Centre communal d'action sociale {de_commune}"),
            "Le centre communal d'action sociale {de_commune} accueille les habitants en difficulté : aides facultatives, domiciliation, instruction des demandes d'aide sociale, accompagnement des allocataires du RSA.",
            Hours.TOWN_HALL, false,
            "aide-financiere-urgence", "aide-alimentaire", "acces-droits-rsa", "point-conseil-budget", "recherche-logement",
            "maintien-logement", "demarches-en-ligne"),
    FRANCE_SERVICES("FS", 3.0, 3, Unique.COMMUNE, List.of("france-service"),
            List.of("Espace France Services {de_commune}", "France Services {de_commune}"),
            "L'espace France Services {de_commune} vous accompagne dans vos démarches administratives du quotidien avec les services de l'État et ses partenaires : CAF, CPAM, impôts, retraite, France Travail, ANTS.",
            Hours.SERVICES, false,
            "france-services-demarches", "france-services-demarches", "demarches-en-ligne", "numerique-fondamentaux",
            "acces-soins", "citoyennete"),
    MDS("MDS", 1.5, 4, Unique.COMMUNE, List.of("departements", "maisons-des-solidarites"),
            List.of("Maison départementale des solidarités {de_commune}", "Maison des solidarités {de_commune}"),
            "La maison départementale des solidarités {de_commune} est le lieu d'accueil du service social du Département : accompagnement social, protection de l'enfance, PMI, insertion des allocataires du RSA.",
            Hours.OFFICE, false,
            "masp", "masp", "acces-droits-rsa", "parentalite", "maintien-logement", "aide-financiere-urgence", "violences"),
    CENTRE_SOCIAL("CS", 7.0, 5, Unique.NONE, List.of("fcsf"),
            List.of("Centre social {lieu}", "Centre social et culturel {lieu}", "Espace de vie sociale {lieu}"),
            "Le centre social {lieu} est un lieu de rencontre ouvert à tous les habitants {de_commune} : ateliers, accompagnement des familles, cours de français, accès au numérique et projets collectifs.",
            Hours.ASSOCIATION, false,
            "fle", "alphabetisation", "numerique-fondamentaux", "parentalite", "lien-social", "benevolat", "alsh",
            "sport-culture", "autonomie-budgetaire"),
    ATELIER_FLE("ASSO", 4.0, 3, Unique.NONE, List.of(),
            List.of("Atelier FLE {asso}", "Association {asso} — français pour tous", "Parlons français {a_commune}", "Lire et écrire {a_commune}"),
            "L'association {asso} propose des cours de français, d'alphabétisation et de calcul aux adultes {de_commune} et des communes voisines, animés par des formateurs et des bénévoles.",
            Hours.ASSOCIATION, false,
            "fle", "fle", "alphabetisation", "fle-pro", "code-route", "citoyennete"),
    CRECHE_AVIP("AVIP", 5.0, 2, Unique.NONE, List.of("creches-avip"),
            List.of("Crèche {creche} (places AVIP)", "Multi-accueil {creche}", "Crèche AVIP {creche}"),
            "La crèche {creche} accueille les enfants de 10 semaines à 3 ans {a_commune}. Labellisée « à vocation d'insertion professionnelle », elle réserve des places aux parents qui cherchent un emploi ou se forment.",
            Hours.NURSERY, false,
            "creche-avip", "creche-avip", "creche-avip", "garde-atypique"),
    RELAIS_PETITE_ENFANCE("MUNI", 2.0, 2, Unique.COMMUNE, List.of("communes"),
            List.of("Relais petite enfance {de_commune}", "Service enfance {de_commune}"),
            "Le relais petite enfance {de_commune} informe les parents sur les modes de garde et accompagne les assistantes maternelles de la commune.",
            Hours.OFFICE, false,
            "assistantes-maternelles", "assistantes-maternelles", "alsh", "parentalite"),
    GARDE_ATYPIQUE("ASSO", 0.8, 2, Unique.NONE, List.of(),
            List.of("{garde} — garde d'enfants en horaires atypiques", "Service de garde {garde}"),
            "{garde} garde les enfants à domicile quand les parents travaillent tôt le matin, tard le soir ou le week-end, pour que les horaires ne soient plus un frein à l'emploi.",
            Hours.ATYPICAL, false,
            "garde-atypique", "garde-atypique", "alsh"),
    AUTO_ECOLE_SOCIALE("ASSO", 2.0, 3, Unique.NONE, List.of("mobin"),
            List.of("Auto-école sociale {mobilite}", "Auto-école sociale {de_commune}", "Auto-école associative {mobilite}"),
            "Auto-école associative, {mobilite} prépare au permis de conduire les personnes en insertion, avec une pédagogie adaptée et un tarif tenant compte des ressources.",
            Hours.GARAGE, false,
            "permis-b", "permis-b", "code-route", "conseil-mobilite", "velo-solidaire"),
    GARAGE_SOLIDAIRE("ASSO", 1.5, 3, Unique.NONE, List.of("mobin"),
            List.of("Garage solidaire {de_commune}", "Garage solidaire {mobilite}", "Garage associatif {de_territoire}"),
            "Garage associatif, il répare et loue des véhicules à prix solidaire aux personnes qui en ont besoin pour travailler ou se former {a_commune} et aux alentours.",
            Hours.GARAGE, false,
            "garage-reparation", "garage-reparation", "location-vehicule", "conseil-mobilite"),
    PLATEFORME_MOBILITE("ASSO", 1.2, 4, Unique.NONE, List.of("wimoov", "mobin"),
            List.of("Plateforme mobilité {de_territoire}|wimoov", "Plateforme mobilité {mobilite}|mobin"),
            "La plateforme mobilité {de_territoire} aide les personnes en insertion à lever les freins liés aux déplacements : conseil, apprentissage, location de véhicules, aides financières.",
            Hours.OFFICE, true,
            "conseil-mobilite", "conseil-mobilite", "location-vehicule", "aide-permis", "velo-solidaire", "permis-b"),
    ORGANISME_FORMATION("OF", 5.0, 4, Unique.NONE, List.of(),
            List.of("Centre de formation {asso}", "Institut {asso} Formation", "Greta {de_territoire}",
                    "École de la deuxième chance {de_territoire}|ecoles-de-la-deuxieme-chance"),
            "Organisme de formation implanté {a_commune}, il forme des adultes peu ou pas qualifiés aux métiers qui recrutent sur le territoire, avec des parcours adaptés et des stages en entreprise.",
            Hours.OFFICE, true,
            "formation-metier", "formation-metier", "formation-metier", "remise-a-niveau", "fle-pro", "projet-professionnel",
            "dossier-formation"),
    ACI("ACI", 3.5, 3, Unique.NONE, List.of("aci", "chantier-ecole"),
            List.of("Chantier d'insertion {chantier}", "Atelier et chantier d'insertion {chantier}"),
            "Atelier et chantier d'insertion (ACI) conventionné par l'État, {chantier} emploie des personnes éloignées de l'emploi en contrat à durée déterminée d'insertion et les accompagne vers un emploi durable.",
            Hours.SIAE, false,
            "siae-postes", "siae-postes", "siae-postes", "siae-info-collective", "remise-a-niveau"),
    EI("EI", 1.8, 3, Unique.NONE, List.of("ei"),
            List.of("{entreprise} (entreprise d'insertion)", "Entreprise d'insertion {entreprise}"),
            "Entreprise d'insertion, {entreprise} produit des biens et des services comme toute entreprise, en employant des personnes en parcours d'insertion accompagnées par une conseillère.",
            Hours.SIAE, false,
            "siae-postes", "siae-postes", "siae-info-collective", "clause-postes"),
    ETTI("ETTI", 1.3, 3, Unique.NONE, List.of("etti"),
            List.of("ETTI Intérim Solidaire {departement_code}", "{asso} Intérim (ETTI)", "Intérim d'insertion {de_territoire}"),
            "Entreprise de travail temporaire d'insertion (ETTI), elle propose des missions d'intérim chez des entreprises clientes à des personnes en parcours d'insertion, avec un accompagnement individuel.",
            Hours.OFFICE, true,
            "siae-postes", "siae-postes", "clause-postes", "siae-info-collective"),
    AI("AI", 1.3, 2, Unique.NONE, List.of("ai"),
            List.of("Association intermédiaire {asso}", "{asso} Services (association intermédiaire)"),
            "Association intermédiaire, {asso} met des personnes en parcours d'insertion à disposition de particuliers, d'associations, de collectivités et d'entreprises pour des missions de ménage, d'entretien ou de manutention.",
            Hours.OFFICE, false,
            "siae-postes", "siae-postes", "siae-info-collective"),
    EITI("EITI", 0.4, 2, Unique.NONE, List.of("eiti"),
            List.of("Coursiers solidaires {de_commune} (EITI)", "{asso} Indépendants (EITI)"),
            "Entreprise d'insertion par le travail indépendant (EITI), elle accompagne des personnes qui exercent une activité indépendante (livraison à vélo, services, petits travaux) avec un statut de micro-entrepreneur.",
            Hours.OFFICE, false,
            "siae-postes", "creation-definir"),
    GEIQ("GEIQ", 0.4, 2, Unique.NONE, List.of("geiq"),
            List.of("GEIQ {secteur} {departement}", "Groupement d'employeurs pour l'insertion et la qualification {secteur}"),
            "Le groupement d'employeurs pour l'insertion et la qualification (GEIQ) recrute des personnes éloignées de l'emploi en contrat de professionnalisation et les met à disposition de ses entreprises adhérentes.",
            Hours.OFFICE, false,
            "siae-postes", "siae-postes", "formation-metier"),
    EA("EA", 0.9, 2, Unique.NONE, List.of("ea", "unea"),
            List.of("Entreprise adaptée {entreprise}", "{entreprise} (entreprise adaptée)"),
            "Entreprise adaptée, {entreprise} emploie majoritairement des salariés reconnus travailleurs handicapés et les accompagne dans leur projet professionnel.",
            Hours.SIAE, false,
            "siae-postes", "siae-postes", "maintien-emploi"),
    POINT_CONSEIL_BUDGET("ASSO", 1.3, 3, Unique.NONE, List.of("points-conseil-budget"),
            List.of("Point conseil budget {de_territoire}", "Point conseil budget {asso}"),
            "Labellisé Point conseil budget par l'État, ce service aide gratuitement toute personne qui rencontre des difficultés financières ou veut mieux gérer son budget.",
            Hours.ASSOCIATION, false,
            "point-conseil-budget", "point-conseil-budget", "surendettement", "autonomie-budgetaire", "masp"),
    NUMERIQUE("TIERS_LIEUX", 2.5, 3, Unique.NONE, List.of("conseillers-numeriques", "espaces-publics-numeriques"),
            List.of("Espace public numérique {de_commune}", "Médiathèque {lieu} — conseillers numériques", "Le Cyber'Lien {de_commune}"),
            "Espace public numérique, ce lieu propose un accès libre à des ordinateurs et des ateliers animés par des conseillers numériques pour gagner en autonomie.",
            Hours.ASSOCIATION, false,
            "numerique-fondamentaux", "numerique-fondamentaux", "demarches-en-ligne", "equipement-numerique"),
    CENTRE_SANTE("MUNI", 1.3, 3, Unique.COMMUNE, List.of("communes", "cpam"),
            List.of("Centre municipal de santé {de_commune}", "Centre de santé {lieu}"),
            "Centre de santé pratiquant le tiers payant, il réunit médecins généralistes, infirmiers et dentistes et aide les patients à ouvrir leurs droits à l'assurance maladie.",
            Hours.OFFICE, false,
            "acces-soins", "acces-soins", "sante-sexuelle", "sante-mentale", "dossier-mdph"),
    CMP("CMP", 0.6, 2, Unique.NONE, List.of("cmp"),
            List.of("Centre médico-psychologique {de_commune}"),
            "Le centre médico-psychologique (CMP) {de_commune} assure des consultations gratuites de psychiatrie et de psychologie pour les adultes du secteur.",
            Hours.OFFICE, false,
            "sante-mentale", "sante-mentale", "acces-soins"),
    CSAPA("CSAPA", 0.5, 2, Unique.NONE, List.of("csapa"),
            List.of("CSAPA {asso}", "Centre de soins en addictologie {de_territoire}"),
            "Centre de soins, d'accompagnement et de prévention en addictologie (CSAPA), il accueille gratuitement toute personne en difficulté avec une consommation ou une pratique addictive, et son entourage.",
            Hours.OFFICE, false,
            "addictions", "addictions", "sante-mentale"),
    LOGEMENT("ASSO", 1.8, 3, Unique.NONE, List.of("federation-des-acteurs-de-la-solidarite"),
            List.of("Association pour le logement {asso}", "Agence immobilière sociale {de_departement}", "{asso} Habitat solidaire"),
            "L'association aide les ménages aux revenus modestes à accéder à un logement et à s'y maintenir : information, accompagnement social lié au logement, gestion locative adaptée.",
            Hours.OFFICE, true,
            "recherche-logement", "maintien-logement", "hebergement-temporaire", "autonomie-budgetaire"),
    HEBERGEMENT("CHRS", 0.8, 2, Unique.NONE, List.of("chrs", "siao"),
            List.of("CHRS {lieu}|chrs,siao", "Résidence sociale {lieu}|siao", "Foyer de jeunes travailleurs {lieu}|residences-fjt"),
            "Établissement d'hébergement et d'insertion sociale, il accueille des personnes sans logement et les accompagne vers l'emploi et le logement durable.",
            Hours.OFFICE, false,
            "hebergement-temporaire", "hebergement-temporaire", "recherche-logement", "acces-droits-rsa"),
    CREATION_ACTIVITE("ASSO", 1.3, 3, Unique.NONE, List.of("reseau-bge", "adie", "initiative-france"),
            List.of("BGE {territoire}|reseau-bge", "Couveuse d'entreprises {asso}|", "Initiative {territoire}|initiative-france",
                    "Antenne Adie {de_commune}|adie"),
            "Réseau d'aide à la création d'entreprise, il accompagne les porteurs de projet de l'idée au lancement, et après, y compris les personnes au RSA et les demandeurs d'emploi.",
            Hours.OFFICE, true,
            "creation-definir", "creation-definir", "creation-structurer", "microcredit"),
    AIDE_ALIMENTAIRE("ASSO", 2.5, 2, Unique.NONE, List.of("secours-populaire", "restos-du-coeur", "banques-alimentaires"),
            List.of("Épicerie solidaire {asso}|banques-alimentaires", "Restos du cœur — centre {de_commune}|restos-du-coeur",
                    "Secours populaire — comité {de_commune}|secours-populaire", "Banque solidaire {asso}|"),
            "Association de solidarité, elle apporte une aide alimentaire et matérielle aux personnes et familles en difficulté {de_commune} et propose des temps conviviaux.",
            Hours.FOOD_AID, true,
            "aide-alimentaire", "aide-alimentaire", "vestiaire-equipement", "lien-social", "benevolat"),
    RESSOURCERIE("RESSOURCERIE", 0.8, 2, Unique.NONE, List.of("ressourceries", "emmaus"),
            List.of("Ressourcerie {asso}", "La Recyclerie {de_territoire}", "Communauté Emmaüs {de_commune}|emmaus"),
            "Ressourcerie, elle collecte, répare et revend à petit prix des objets, meubles, vêtements et appareils électroménagers, et accueille des bénévoles.",
            Hours.SHOP, false,
            "vestiaire-equipement", "vestiaire-equipement", "benevolat", "siae-postes"),
    REMOBILISATION("ASSO", 2.5, 3, Unique.NONE, List.of(),
            List.of("Association {asso}", "{asso} — sport et insertion", "Les Ateliers du Lien {de_commune}"),
            "L'association {asso} aide les personnes isolées ou éloignées de l'emploi à reprendre confiance, par des activités collectives : sport, culture, expression, bien-être.",
            Hours.ASSOCIATION, false,
            "confiance-en-soi", "confiance-en-soi", "sport-culture", "lien-social", "benevolat"),
    INFORMATION_JEUNESSE("PIJ_BIJ", 0.8, 3, Unique.COMMUNE, List.of("reseau-information-jeunesse"),
            List.of("Point information jeunesse {de_commune}", "Bureau information jeunesse {de_commune}"),
            "Le point information jeunesse {de_commune} informe les jeunes sur l'emploi, la formation, le logement, la santé, les loisirs et la mobilité internationale.",
            Hours.YOUTH, false,
            "international", "international", "benevolat", "recherche-logement", "retour-france", "atelier-cv"),
    DROITS_FAMILLE("CIDFF", 0.5, 3, Unique.NONE, List.of("cidff"),
            List.of("CIDFF {de_departement}|cidff", "Maison des familles {de_commune}|unaf", "Point-justice {de_commune}|points-justice"),
            "Association d'information sur les droits, elle informe et accompagne gratuitement les femmes et les familles : droit de la famille, violences, emploi, accès aux droits.",
            Hours.OFFICE, true,
            "violences", "discrimination-droits", "parentalite", "aidants", "creation-definir"),
    AIDANTS("ASSO", 0.4, 2, Unique.NONE, List.of(),
            List.of("Plateforme de répit des aidants {de_territoire}", "Maison des aidants {de_commune}"),
            "Ce lieu ressource informe, soutient et propose du répit aux proches aidants de personnes âgées, malades ou en situation de handicap.",
            Hours.OFFICE, false,
            "aidants", "aidants", "aide-menagere"),
    /** Structure #0 of every catalogue: the demo's first operator (see {@link DemoCatalogue}). */
    PASSERELLE_EMPLOI("ASSO", 0, 0, Unique.NONE, List.of("plie"),
            List.of("Passerelle Emploi {commune}"),
            "Passerelle Emploi {commune} est une association d'insertion qui accompagne vers l'emploi les allocataires du RSA et les demandeurs d'emploi de longue durée du territoire {de_territoire} : accompagnement individuel, ateliers, formations courtes et immersions en entreprise.",
            Hours.OFFICE, false,
            "accompagnement-emploi");

    /** At most one structure of the kind per commune, per EPCI or per département. */
    enum Unique { NONE, COMMUNE, EPCI, DEPARTEMENT }

    /** Opening hours in OSM syntax (checked by the tests with OpeningHoursParser). */
    static final class Hours {
        static final List<String> OFFICE = List.of("Mo-Fr 09:00-12:00,14:00-17:30", "Mo-Fr 08:30-12:30,13:30-17:00",
                "Mo-Th 09:00-12:30,13:30-17:30; Fr 09:00-12:30", "Mo,Tu,Th,Fr 09:00-12:00,13:30-17:00; We 09:00-12:00",
                "Mo-Fr 09:00-17:00; PH off");
        static final List<String> TOWN_HALL = List.of("Mo-Fr 08:30-12:00,13:30-17:00",
                "Mo,Tu,Th,Fr 08:45-12:00,13:30-17:15; We 08:45-12:00", "Mo-Fr 08:30-12:00,13:30-17:30; Sa 09:00-12:00");
        static final List<String> SERVICES = List.of("Mo-Fr 09:00-12:30,13:30-17:00; Sa 09:00-12:00", "Mo-Fr 08:30-17:30",
                "Tu-Fr 09:00-12:00,13:30-17:30; Sa 09:00-12:00");
        static final List<String> ASSOCIATION = List.of("Tu,Th 09:00-12:30; Sa 09:00-12:00", "Mo-Fr 09:30-12:30,14:00-18:00",
                "Mo,We,Fr 14:00-18:00", "Tu-Sa 10:00-12:30,14:00-18:00", "Mo-Fr 09:00-12:00,13:30-18:30; Sa 10:00-12:00");
        static final List<String> NURSERY = List.of("Mo-Fr 07:30-18:30", "Mo-Fr 07:00-19:00", "Mo-Fr 08:00-18:00; PH off");
        static final List<String> ATYPICAL = List.of("Mo-Sa 05:30-22:00", "Mo-Su 06:00-21:30");
        static final List<String> GARAGE = List.of("Mo-Fr 08:30-12:00,13:30-18:00; Sa 09:00-12:00",
                "Tu-Sa 09:00-12:30,14:00-18:30");
        static final List<String> SIAE = List.of("Mo-Fr 08:00-12:00,13:00-16:30", "Mo-Th 08:00-16:00; Fr 08:00-12:00");
        static final List<String> FOOD_AID = List.of("Tu,Fr 14:00-17:00", "We 09:00-12:00; Sa 09:00-12:00",
                "Mo,Th 13:30-16:30");
        static final List<String> YOUTH = List.of("Mo 13:30-17:30; Tu-Fr 09:00-12:30,13:30-17:30",
                "Mo-Fr 09:00-12:30,13:30-18:00");
        static final List<String> SHOP = List.of("We-Sa 10:00-18:00", "Tu-Sa 10:00-12:30,14:00-18:00");

        private Hours() {
        }
    }

    private final String code;
    private final double share;
    private final int offerWeight;
    private final Unique unique;
    private final List<String> reseaux;
    private final List<String> names;
    private final String description;
    private final List<String> hours;
    private final boolean hasAntennes;
    private final List<String> offerTemplates;

    StructureKind(String code, double share, int offerWeight, Unique unique, List<String> reseaux, List<String> names,
                  String description, List<String> hours, boolean hasAntennes, String... offerTemplates) {
        this.code = code;
        this.share = share;
        this.offerWeight = offerWeight;
        this.unique = unique;
        this.reseaux = reseaux;
        this.names = names;
        this.description = description;
        this.hours = hours;
        this.hasAntennes = hasAntennes;
        this.offerTemplates = List.of(offerTemplates);
    }

    /** The structure kind code stored in {@code structure.typologie}. */
    String code() {
        return code;
    }

    /** Relative share of the structures of a catalogue. */
    double share() {
        return share;
    }

    /** Relative number of offers a structure of this kind runs. */
    int offerWeight() {
        return offerWeight;
    }

    Unique unique() {
        return unique;
    }

    List<String> reseaux() {
        return reseaux;
    }

    String description() {
        return description;
    }

    List<String> hours() {
        return hours;
    }

    boolean hasAntennes() {
        return hasAntennes;
    }

    /**
     * Name templates; "template|réseau,réseau" names its own réseaux porteurs (empty: none),
     * otherwise {@link #reseaux()} apply.
     */
    List<String> nameTemplates() {
        return names;
    }

    /** Keys of {@link OfferTemplates}; a key named twice is drawn twice as often. */
    List<String> offerTemplates() {
        return offerTemplates;
    }

    @Nullable
    String siaeKind() {
        return switch (this) {
            case ACI, EI, ETTI, AI, EITI, GEIQ, EA -> name();
            case RESSOURCERIE -> "ACI"; // many ressourceries run as chantiers d'insertion
            default -> null;
        };
    }
}
