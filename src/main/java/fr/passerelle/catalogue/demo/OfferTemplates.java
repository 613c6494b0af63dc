package fr.passerelle.catalogue.demo;

import fr.passerelle.catalogue.demo.OfferTemplate.Sessions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.passerelle.catalogue.demo.OfferTemplate.of;

/**
 * The offers the demo catalogue is made of, written the way operators describe them: short
 * sentences, plain French, who it is for and how to get in. Keys are used by {@link StructureKind}.
 */
final class OfferTemplates {

    // Sets of publics, as data·inclusion codes.
    private static final String RSA_DE = "beneficiaires-des-minimas-sociaux,demandeurs-emploi";
    private static final String RSA = "beneficiaires-des-minimas-sociaux";
    private static final String DE = "demandeurs-emploi";
    private static final String JEUNES = "jeunes";
    private static final String TOUS = "tous-publics";
    private static final String FAMILLES = "familles";
    private static final String FAMILLES_RSA = "familles,beneficiaires-des-minimas-sociaux";
    private static final String FEMMES = "femmes";
    private static final String EXILES = "personnes-exilees";
    private static final String HANDICAP = "personnes-en-situation-de-handicap";
    private static final String QPV = "residents-qpv-frr,demandeurs-emploi";
    private static final String URGENCE = "personnes-en-situation-durgence";
    private static final String SENIORS = "seniors";

    private static final Map<String, OfferTemplate> ALL = new LinkedHashMap<>();

    private OfferTemplates() {
    }

    static OfferTemplate get(String key) {
        OfferTemplate template = ALL.get(key);
        if (template == null) {
            throw new IllegalArgumentException("No offer template " + key);
        }
        return template;
    }

    static List<OfferTemplate> all() {
        return List.copyOf(ALL.values());
    }

    private static void add(OfferTemplate.Builder builder) {
        OfferTemplate template = builder.build();
        if (ALL.put(template.key(), template) != null) {
            throw new IllegalStateException("Duplicate offer template " + template.key());
        }
    }

    static {
        // ---------- Emploi, candidature, projet professionnel ----------
        add(of("accompagnement-emploi", "accompagnement", "trouver-un-emploi--repondre-a-des-offres-demploi",
                "preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi")
                .names("Accompagnement renforcé vers l'emploi", "Accompagnement individuel vers l'emploi",
                        "Coaching emploi : un conseiller dédié")
                .intros("{structure} vous accompagne pas à pas dans votre retour à l'emploi, avec un conseiller qui vous suit pendant plusieurs mois.",
                        "Vous cherchez un emploi depuis longtemps et vous avez besoin d'un appui régulier ? Un conseiller {de_structure} vous reçoit {a_commune} toutes les deux semaines.")
                .details("Ensemble, vous faites le point sur votre parcours, vos envies et vos contraintes (garde d'enfants, transport, santé).",
                        "Le conseiller vous met en relation avec des employeurs du territoire qui recrutent, y compris sans diplôme.",
                        "Vous préparez vos entretiens d'embauche avec des mises en situation.",
                        "L'accompagnement continue pendant les premiers mois dans votre nouvel emploi.")
                .publics(RSA_DE, RSA, QPV)
                .publicsPrecisions("Personnes bénéficiaires du RSA ou inscrites à France Travail depuis plus d'un an.")
                .conditions("Être orienté par un référent (France Travail, Département, CCAS).")
                .access(70, 25, 5).hours(1, 3).weeks(12, 52).remote(0.05));
        add(of("atelier-cv", "atelier", "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation",
                "preparer-sa-candidature--valoriser-ses-competences")
                .names("Atelier CV et lettre de motivation", "Atelier « Mon CV en 3 séances »", "Refaire son CV avec un conseiller")
                .intros("Cet atelier collectif vous aide à écrire un CV clair et une lettre de motivation adaptée aux offres qui vous intéressent.",
                        "En petit groupe, {structure} vous aide à mettre en valeur votre expérience, même si elle vient du bénévolat ou de la vie de famille.")
                .details("Vous repartez avec un CV imprimé et enregistré sur une clé USB ou dans votre espace France Travail.",
                        "Pas besoin de savoir utiliser un ordinateur : un animateur est là pour vous guider.",
                        "Chaque séance dure deux heures et se fait en groupe de huit personnes au maximum.",
                        "Apportez si possible vos anciens contrats, attestations et diplômes.")
                .publics(TOUS, RSA_DE, JEUNES)
                .access(10, 30, 60).sessions(Sessions.WORKSHOP).hours(2, 3).weeks(1, 3).remote(0.1));
        add(of("entretien-embauche", "atelier", "trouver-un-emploi--convaincre-un-recruteur-en-entretien",
                "trouver-un-emploi--suivre-ses-candidatures-et-relancer-les-employeurs")
                .names("Atelier « Réussir son entretien d'embauche »", "Simulations d'entretien avec des recruteurs bénévoles")
                .intros("Vous avez décroché un entretien et vous appréhendez ? Cet atelier vous entraîne avec des simulations filmées et des conseils concrets.",
                        "Des recruteurs bénévoles vous font passer de vrais entretiens d'entraînement {a_commune}, puis vous donnent leurs conseils.")
                .details("Vous apprenez à présenter votre parcours en deux minutes et à parler de vos qualités.",
                        "L'atelier aborde aussi la tenue, la ponctualité et les questions pièges.",
                        "Une tenue professionnelle peut vous être prêtée pour le jour J.")
                .publics(RSA_DE, JEUNES, TOUS)
                .access(10, 30, 60).sessions(Sessions.WORKSHOP).hours(3, 3).weeks(1, 2));
        add(of("job-dating", "information", "trouver-un-emploi--repondre-a-des-offres-demploi",
                "choisir-un-metier--connaitre-les-opportunites-demploi")
                .names("Job dating des métiers qui recrutent", "Forum emploi de proximité", "Rencontres employeurs du territoire")
                .intros("Venez rencontrer en direct des employeurs du territoire qui recrutent : logistique, propreté, aide à domicile, restauration, bâtiment.",
                        "{structure} organise régulièrement des rencontres avec des entreprises qui recrutent {a_commune} et dans les communes voisines.")
                .details("Des entretiens de dix minutes, sans rendez-vous, avec votre CV en plusieurs exemplaires.",
                        "Des postes accessibles sans diplôme et sans expérience sont proposés à chaque édition.",
                        "Un conseiller vous aide à préparer votre présentation avant la rencontre.")
                .publics(TOUS, RSA_DE, QPV)
                .access(0, 20, 80).sessions(Sessions.WORKSHOP).hours(3, 4).weeks(1, 1));
        add(of("recherche-emploi-atelier", "atelier", "preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi",
                "trouver-un-emploi--faire-des-candidatures-spontanees")
                .names("Club de recherche d'emploi", "Atelier candidatures spontanées", "Espace emploi en accès libre")
                .intros("Le club de recherche d'emploi vous retrouve chaque semaine pour avancer ensemble sur vos candidatures.",
                        "Un espace équipé d'ordinateurs, d'une imprimante et d'un téléphone vous attend {a_commune} pour vos recherches d'emploi.")
                .details("Vous apprenez à repérer les entreprises qui recrutent près de chez vous et à les contacter.",
                        "Un animateur vous aide à suivre vos candidatures et à relancer les employeurs.",
                        "Le groupe se soutient : beaucoup de participants trouvent un emploi grâce au réseau des autres.")
                .publics(TOUS, RSA_DE)
                .access(5, 25, 70).hours(2, 6).weeks(4, 12).remote(0.1));
        add(of("reseau-parrainage", "accompagnement", "preparer-sa-candidature--developper-son-reseau")
                .names("Parrainage vers l'emploi", "Un parrain ou une marraine pour trouver un emploi")
                .intros("Un parrain ou une marraine, salarié(e) ou retraité(e) d'entreprise, vous accompagne pendant six mois dans votre recherche d'emploi.",
                        "{structure} met en relation des personnes en recherche d'emploi avec des professionnels bénévoles du territoire.")
                .details("Votre parrain vous ouvre son carnet d'adresses et vous aide à comprendre les codes de l'entreprise.",
                        "Vous vous voyez environ toutes les deux semaines, au café, en visioconférence ou à la structure.",
                        "Le parrainage est particulièrement adapté aux jeunes diplômés des quartiers prioritaires.")
                .publics(JEUNES, QPV, RSA_DE)
                .access(30, 50, 20).hours(1, 2).weeks(12, 26).remote(0.2));
        add(of("maintien-emploi", "accompagnement", "trouver-un-emploi--maintien-dans-lemploi")
                .names("Aide au maintien dans l'emploi", "Sécuriser les premiers mois dans l'emploi")
                .intros("Vous venez de reprendre un emploi ou votre emploi est menacé par un problème de santé ou de garde ? {structure} vous aide à le garder.",
                        "Ce service accompagne les salariés fragilisés et leurs employeurs pour éviter une rupture de contrat.")
                .details("Un conseiller fait le lien avec votre employeur, en toute confidentialité si vous le souhaitez.",
                        "Il peut mobiliser des aides : aménagement de poste, horaires, transport, garde d'enfants.",
                        "Le suivi dure en général de trois à six mois.")
                .publics(HANDICAP, "actifs,beneficiaires-des-minimas-sociaux")
                .access(60, 30, 10).hours(1, 2).weeks(12, 26));
        add(of("decouverte-metiers", "atelier", "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
                "choisir-un-metier--connaitre-les-opportunites-demploi")
                .names("Découverte des métiers : visites d'entreprises", "Atelier « Les métiers qui recrutent près de chez moi »",
                        "Ateliers découverte des métiers du soin et du service à la personne")
                .intros("Pour choisir un métier, rien ne vaut une visite sur le terrain : {structure} organise des visites d'entreprises et des rencontres avec des salariés.",
                        "Ces ateliers vous font découvrir des métiers qui recrutent {a_commune} et autour : logistique, propreté, aide à domicile, restauration, bâtiment.")
                .details("Chaque visite est suivie d'un temps d'échange pour dire ce qui vous a plu ou non.",
                        "Vous pouvez ensuite essayer le métier lors d'une immersion de quelques jours.",
                        "Le transport vers les entreprises est organisé en minibus ou en covoiturage.")
                .publics(TOUS, RSA_DE, JEUNES)
                .access(20, 40, 40).sessions(Sessions.WORKSHOP).hours(3, 6).weeks(1, 4));
        add(of("immersion-pmsmp", "accompagnement", "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
                "choisir-un-metier--confirmer-son-choix-de-metier")
                .names("Immersion en entreprise (PMSMP)", "Essayer un métier : période de mise en situation en milieu professionnel",
                        "Stage découverte en entreprise (PMSMP)")
                .intros("La période de mise en situation en milieu professionnel (PMSMP) vous permet de découvrir un métier en entreprise pendant une à quatre semaines, sans perdre vos allocations.",
                        "Vous hésitez sur un métier ? {structure} vous aide à trouver une entreprise d'accueil et prépare avec vous une immersion.")
                .details("Vous restez inscrit et indemnisé comme avant : l'immersion n'est pas un contrat de travail.",
                        "Un tuteur vous accueille dans l'entreprise et fait un bilan avec vous à la fin.",
                        "La convention est signée par vous, l'entreprise et la structure qui vous oriente.",
                        "L'immersion peut déboucher sur une embauche ou une formation.")
                .publics(RSA_DE, JEUNES, HANDICAP)
                .conditions("Être accompagné par un conseiller France Travail, mission locale, Cap emploi ou une structure d'insertion.")
                .access(70, 25, 5).hours(20, 35).weeks(1, 4));
        add(of("projet-professionnel", "accompagnement", "choisir-un-metier--identifier-ses-points-forts-et-ses-competences",
                "choisir-un-metier--confirmer-son-choix-de-metier")
                .names("Construire son projet professionnel", "Bilan d'orientation et projet professionnel", "Atelier « Mes atouts, mon projet »")
                .intros("Vous ne savez pas vers quel métier aller ? Cet accompagnement vous aide à faire le point sur vos compétences, vos envies et vos contraintes.",
                        "Pendant quelques semaines, {structure} vous aide à identifier vos points forts et à choisir un métier réaliste près de chez vous.")
                .details("Vous faites des tests d'intérêts et des exercices simples pour repérer ce que vous savez déjà faire.",
                        "Vous rencontrez des professionnels des métiers qui vous intéressent.",
                        "À la fin, vous repartez avec un plan d'action écrit : formation, immersion ou candidature.")
                .publics(RSA_DE, JEUNES, "femmes,beneficiaires-des-minimas-sociaux")
                .access(50, 40, 10).sessions(Sessions.TRAINING).hours(6, 15).weeks(4, 10));
        add(of("valoriser-competences", "atelier", "preparer-sa-candidature--valoriser-ses-competences",
                "choisir-un-metier--identifier-ses-points-forts-et-ses-competences")
                .names("Valoriser ses compétences : le portefeuille de compétences", "Atelier « Ce que je sais faire »")
                .intros("Ménage, garde d'enfants, bénévolat, petits boulots : vous savez faire beaucoup de choses. Cet atelier vous aide à les nommer et à les montrer à un employeur.",
                        "{structure} propose un atelier pour transformer votre expérience de vie en compétences reconnues.")
                .details("Vous construisez un portefeuille de compétences avec des exemples concrets.",
                        "L'atelier prépare aussi à la validation des acquis de l'expérience (VAE) si vous le souhaitez.",
                        "Les séances ont lieu en petit groupe, dans une ambiance bienveillante.")
                .publics(TOUS, "femmes,demandeurs-emploi")
                .access(20, 40, 40).sessions(Sessions.WORKSHOP).hours(2, 3).weeks(2, 6));
        add(of("cej-jeunes", "accompagnement", "trouver-un-emploi--repondre-a-des-offres-demploi",
                "choisir-un-metier--confirmer-son-choix-de-metier", "se-former--trouver-sa-formation")
                .names("Contrat d'engagement jeune (CEJ)", "Accompagnement intensif des jeunes vers l'emploi")
                .intros("Vous avez entre 16 et 25 ans (29 ans si vous avez une reconnaissance de handicap) et vous n'êtes ni en emploi ni en formation ? {structure} vous propose un accompagnement intensif de 15 à 20 heures par semaine.",
                        "Avec le contrat d'engagement jeune, un conseiller unique vous suit pendant six à douze mois pour trouver un emploi ou une formation.")
                .details("Vous pouvez percevoir une allocation allant jusqu'à 528 euros par mois selon vos ressources.",
                        "Le programme mêle ateliers collectifs, immersions en entreprise et rendez-vous individuels.",
                        "Votre conseiller vous aide aussi pour le logement, la santé et la mobilité.")
                .publics(JEUNES)
                .publicsPrecisions("Jeunes de 16 à 25 ans, jusqu'à 29 ans pour les jeunes en situation de handicap.")
                .access(20, 30, 50).hours(15, 20).weeks(26, 52));
        // ---------- SIAE and clauses sociales ----------
        add(of("siae-postes", "accompagnement", "trouver-un-emploi--repondre-a-des-offres-demploi")
                .names("Postes en insertion : {metier}", "{metier} en parcours d'insertion", "Recrutement {metier} — contrat d'insertion")
                .intros("{structure} recrute des salariés en parcours d'insertion sur des postes {de_metier_min}. Vous êtes payé au SMIC et accompagné pour construire la suite de votre parcours.",
                        "Vous voulez reprendre le travail avec un accompagnement ? {structure} propose des contrats à durée déterminée d'insertion (CDDI) de 4 à 24 mois, sur des postes {de_metier_min}.")
                .details("Un encadrant technique vous forme sur le poste ; aucune expérience n'est demandée.",
                        "Un conseiller en insertion vous aide en parallèle à régler les freins : logement, santé, permis, garde d'enfants.",
                        "Le temps de travail est de 26 heures par semaine, sur cinq jours.",
                        "Des formations qualifiantes sont proposées pendant le contrat.",
                        "L'objectif est de trouver ensuite un emploi durable ou une formation.")
                .publics(RSA_DE, "demandeurs-emploi,jeunes", "beneficiaires-des-minimas-sociaux,residents-qpv-frr")
                .conditions("Être éligible à l'insertion par l'activité économique ; l'éligibilité est vérifiée par un prescripteur habilité.")
                .access(60, 30, 10).hours(20, 35).weeks(17, 104).siae());
        add(of("siae-info-collective", "information", "trouver-un-emploi--repondre-a-des-offres-demploi",
                "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite")
                .names("Information collective de recrutement", "Réunion d'information : travailler dans une structure d'insertion")
                .intros("{structure} présente ses postes en insertion lors d'une réunion d'information suivie d'entretiens individuels.",
                        "Venez découvrir le fonctionnement {de_structure}, visiter les ateliers et rencontrer les encadrants.")
                .details("Vous pouvez venir sans CV ; il suffit de vous inscrire.",
                        "Chaque réunion dure deux heures, visite comprise.",
                        "Les candidats retenus peuvent commencer dans les semaines qui suivent.")
                .publics(RSA_DE, TOUS)
                .access(10, 30, 60).sessions(Sessions.WORKSHOP).hours(2, 2).weeks(1, 1).siae());
        add(of("clause-postes", "accompagnement", "trouver-un-emploi--repondre-a-des-offres-demploi",
                "choisir-un-metier--connaitre-les-opportunites-demploi")
                .names("Clause sociale : {operation}", "Postes en clause d'insertion — {operation}")
                .intros("Dans le cadre de l'opération « {operation} », les entreprises retenues réservent des heures de travail à des personnes éloignées de l'emploi.",
                        "Le marché « {operation} » comporte une clause sociale : des postes sont ouverts aux personnes en parcours d'insertion, avec un contrat de travail et un accompagnement.")
                .details("Le facilitateur des clauses sociales fait le lien entre vous, votre référent et l'entreprise.",
                        "Les postes sont ouverts sans diplôme ; une formation courte à la sécurité est prévue avant le démarrage.",
                        "Les contrats vont de quelques semaines à plusieurs mois, parfois suivis d'une embauche.",
                        "Les heures réalisées sont comptées pour l'acheteur public, qui suit le respect de l'engagement.")
                .publics(RSA_DE, "jeunes,demandeurs-emploi", QPV)
                .conditions("Être accompagné par un référent (France Travail, mission locale, PLIE, Département) qui valide l'éligibilité.")
                .access(75, 25, 0).hours(24, 35).weeks(4, 40).clause());
        // ---------- Formation ----------
        add(of("formation-metier", "formation", "se-former--trouver-sa-formation")
                .names("Formation « {formation} »", "Formation qualifiante : {formation}", "{formation} — formation pré-qualifiante")
                .intros("Cette formation vous prépare au métier {de_formation_min}, avec des cours en salle et un stage en entreprise.",
                        "{structure} organise une formation {de_formation_min} pour les personnes sans qualification, avec une pédagogie adaptée.")
                .details("La formation est rémunérée ou vous gardez vos allocations pendant toute sa durée.",
                        "Un stage en entreprise de deux à quatre semaines est prévu.",
                        "Une remise à niveau en français et en calcul est intégrée si besoin.",
                        "À la fin, vous passez un titre professionnel ou un certificat reconnu par les employeurs.",
                        "Le taux d'accès à l'emploi six mois après la formation dépasse 60 %.")
                .publics(RSA_DE, "demandeurs-emploi,jeunes", DE)
                .gratuit("Formation financée par la Région et France Travail ; frais de transport remboursables.")
                .conditions("Être inscrit à France Travail. Un entretien et des tests de positionnement ont lieu avant l'entrée.")
                .access(50, 40, 10).sessions(Sessions.TRAINING).hours(28, 35).weeks(6, 26));
        add(of("remise-a-niveau", "formation", "se-former--trouver-sa-formation", "lecture-ecriture-calcul--maitriser-le-calcul")
                .names("Remise à niveau : français, calcul, numérique", "Savoirs de base pour l'emploi", "Prépa compétences")
                .intros("Avant une formation ou un emploi, il est parfois utile de revoir les bases. {structure} propose une remise à niveau en français, en calcul et en numérique.",
                        "Ce module vous aide à reprendre confiance dans les apprentissages de base, à votre rythme.")
                .details("Les groupes sont petits et les exercices partent de situations de la vie courante et du travail.",
                        "Un positionnement au départ permet de construire un parcours sur mesure.",
                        "Le module peut être suivi à temps partiel, compatible avec la garde des enfants.")
                .publics(RSA_DE, TOUS)
                .access(40, 40, 20).sessions(Sessions.TRAINING).hours(12, 24).weeks(4, 12));
        add(of("dossier-formation", "accompagnement", "se-former--monter-son-dossier-de-formation", "se-former--trouver-sa-formation")
                .names("Trouver et financer sa formation", "Aide au montage du dossier de formation")
                .intros("Vous avez repéré une formation mais vous ne savez pas comment la financer ? {structure} vous aide à monter votre dossier.",
                        "Un conseiller vous explique les financements possibles : compte personnel de formation, aides de la Région, de France Travail ou du Département.")
                .details("Il vous aide à comparer les organismes et à vérifier que la formation mène à un emploi.",
                        "Il vous accompagne dans les démarches en ligne sur Mon Compte Formation.",
                        "Vous pouvez venir avec un devis ou une simple idée de métier.")
                .publics(TOUS, RSA_DE)
                .access(20, 40, 40).hours(1, 2).weeks(2, 8).remote(0.25));
        // ---------- Création d'activité ----------
        add(of("creation-definir", "accompagnement", "creer-une-entreprise--definir-son-projet-de-creation-dentreprise")
                .names("Créer son activité : premier rendez-vous", "Vous avez une idée d'entreprise ? Parlons-en", "Atelier « Entreprendre, pourquoi pas moi ? »")
                .intros("Vous avez une idée d'activité et vous vous demandez si elle peut marcher ? {structure} vous reçoit pour un premier échange gratuit et confidentiel.",
                        "Cet accompagnement vous aide à vérifier votre idée de création d'entreprise : marché, statut, revenus possibles.")
                .details("Le conseiller vous explique les statuts possibles, dont la micro-entreprise, et leurs conséquences sur le RSA.",
                        "Vous repartez avec une liste de questions à creuser et des contacts utiles.",
                        "Un atelier collectif mensuel complète les rendez-vous individuels.")
                .publics(TOUS, RSA_DE, FEMMES)
                .access(10, 30, 60).hours(1, 3).weeks(1, 4).remote(0.3));
        add(of("creation-structurer", "formation", "creer-une-entreprise--structurer-son-projet-de-creation-dentreprise")
                .names("Formation « Construire son projet d'entreprise »", "Parcours création d'entreprise en 6 semaines")
                .intros("Pendant six semaines, {structure} vous aide à construire votre projet : étude de marché, prix, prévisionnel, statut et démarches.",
                        "Cette formation collective vous donne les outils pour lancer votre activité dans de bonnes conditions.")
                .details("Vous travaillez sur votre propre projet, avec des exercices concrets.",
                        "Des chefs d'entreprise témoignent et répondent à vos questions.",
                        "À la fin, vous présentez votre projet devant un jury bienveillant.")
                .publics(RSA_DE, TOUS)
                .access(20, 40, 40).sessions(Sessions.TRAINING).hours(12, 24).weeks(4, 8));
        add(of("microcredit", "aide-financiere", "creer-une-entreprise--developper-son-entreprise",
                "creer-une-entreprise--structurer-son-projet-de-creation-dentreprise")
                .names("Microcrédit pour créer ou développer son activité", "Prêt d'honneur et microcrédit professionnel")
                .intros("Vous n'avez pas accès au prêt bancaire ? {structure} finance les créateurs d'entreprise avec un microcrédit pouvant aller jusqu'à 12 000 euros.",
                        "Ce financement s'adresse aux personnes qui veulent créer ou développer une petite activité sans apport personnel.")
                .details("Le microcrédit est accompagné d'un suivi gratuit pendant les premiers mois d'activité.",
                        "La demande se fait en ligne ou lors d'un rendez-vous avec un conseiller.",
                        "Un prêt d'honneur à taux zéro peut compléter le financement.")
                .publics(TOUS, RSA_DE)
                .payant("Prêt remboursable, taux fixe ; accompagnement gratuit.")
                .access(10, 30, 60).remote(0.3));
        // ---------- Mobilité ----------
        add(of("permis-b", "formation", "mobilite--preparer-un-permis")
                .names("Permis B à tarif solidaire", "Préparation au permis B accompagnée", "Code et conduite : permis B en auto-école sociale")
                .intros("{structure} vous prépare au permis B avec des moniteurs formés à l'accompagnement des personnes en insertion.",
                        "Le permis est souvent indispensable pour travailler. {structure} propose une formation au code et à la conduite à un tarif adapté à vos ressources.")
                .details("Les cours de code ont lieu en petit groupe, avec des supports adaptés si vous lisez difficilement.",
                        "Le nombre d'heures de conduite est ajusté à votre progression.",
                        "Le financement peut être pris en charge en partie par le Département, France Travail ou votre compte formation.",
                        "Un bilan de départ permet de vérifier que le permis est le bon projet pour vous.")
                .publics(RSA_DE, JEUNES, "demandeurs-emploi,femmes")
                .payant("Reste à charge de 50 à 300 euros selon vos ressources ; aides possibles.")
                .conditions("Avoir un projet professionnel qui nécessite le permis ; avoir au moins 17 ans.")
                .access(60, 30, 10).sessions(Sessions.TRAINING).hours(4, 8).weeks(12, 26));
        add(of("code-route", "formation", "mobilite--preparer-un-permis", "lecture-ecriture-calcul--maitriser-le-francais")
                .names("Code de la route adapté (FLE)", "Préparer le code de la route en français simple")
                .intros("Cette formation vous prépare à l'examen du code de la route avec des supports en français simple, adaptés si le français n'est pas votre langue maternelle.",
                        "{structure} propose des séances de code de la route en petit groupe, avec un formateur qui explique le vocabulaire.")
                .details("Les séances ont lieu deux fois par semaine, le matin.",
                        "Vous vous entraînez sur des tests officiels, à la structure ou sur votre téléphone.",
                        "L'inscription à l'examen est prise en charge.")
                .publics(TOUS, EXILES, RSA_DE)
                .payant("30 euros l'inscription ; gratuit pour les bénéficiaires du RSA.")
                .access(30, 40, 30).sessions(Sessions.TRAINING).hours(4, 6).weeks(6, 12).languages("ar", "en"));
        add(of("garage-reparation", "aide-materielle", "mobilite--entretenir-reparer-son-vehicule")
                .names("Réparation de véhicule à prix solidaire", "Entretien et réparation à tarif social", "Garage solidaire : réparations à petit prix")
                .intros("Votre voiture est en panne et vous en avez besoin pour travailler ? {structure} répare votre véhicule à prix solidaire : vous ne payez que les pièces et une petite participation pour la main-d'œuvre.",
                        "{structure} entretient et répare les véhicules des personnes aux revenus modestes qui en ont besoin pour leur emploi ou leur formation.")
                .details("Un devis gratuit vous est remis avant tous travaux.",
                        "Les pièces d'occasion sont privilégiées quand c'est possible, pour réduire la facture.",
                        "Vous pouvez aussi apprendre à faire vous-même le petit entretien, accompagné d'un mécanicien.",
                        "Le contrôle technique peut être préparé à l'atelier.")
                .publics(RSA_DE, "beneficiaires-des-minimas-sociaux,actifs")
                .payant("Pièces au prix coûtant et main-d'œuvre à 15 euros de l'heure.")
                .conditions("Sur présentation d'une attestation de ressources ou d'une orientation.")
                .access(40, 30, 30));
        add(of("location-vehicule", "aide-materielle", "mobilite--acceder-a-un-vehicule")
                .names("Location de véhicules à tarif solidaire", "Location de voiture ou de scooter pour aller travailler", "Prêt de scooter pour l'emploi")
                .intros("Pour aller travailler ou en formation quand il n'y a pas de transport en commun, {structure} loue des voitures, scooters et vélos électriques à tarif solidaire.",
                        "Vous avez trouvé un emploi mais pas de moyen de transport ? {structure} vous loue un véhicule pour quelques semaines, le temps de trouver une solution durable.")
                .details("La location est possible pour une durée d'une semaine à trois mois.",
                        "L'assurance et l'entretien sont compris dans le tarif.",
                        "Un conseiller mobilité vous aide à préparer la suite : achat d'occasion, covoiturage, permis.")
                .publics(RSA_DE, "demandeurs-emploi,jeunes", "actifs,beneficiaires-des-minimas-sociaux")
                .payant("De 2 à 8 euros par jour selon le véhicule et vos ressources.")
                .conditions("Avoir un contrat de travail, une promesse d'embauche ou une entrée en formation.")
                .access(60, 30, 10));
        add(of("conseil-mobilite", "accompagnement", "mobilite--etre-accompagne-dans-son-parcours-mobilite",
                "mobilite--mobilite-douce-partagee-collective")
                .names("Conseil en mobilité : bilan et plan de déplacement", "Accompagnement mobilité vers l'emploi", "Bilan de compétences mobilité")
                .intros("Vous avez du mal à vous déplacer pour chercher un emploi ou aller en formation ? Un conseiller mobilité {de_structure} fait le point avec vous.",
                        "{structure} vous aide à trouver la solution de transport adaptée à votre situation : transports en commun, vélo, covoiturage, permis ou location.")
                .details("Le bilan mobilité dure environ une heure et débouche sur un plan d'action concret.",
                        "Vous pouvez apprendre à utiliser les transports en commun et les applications de trajet, accompagné.",
                        "Des ateliers vélo vous apprennent à circuler en sécurité.",
                        "Le conseiller vous oriente vers les aides financières existantes.")
                .publics(RSA_DE, JEUNES, SENIORS)
                .access(50, 30, 20).remote(0.15));
        add(of("aide-permis", "aide-financiere", "mobilite--financer-ma-mobilite", "mobilite--preparer-un-permis")
                .names("Aide financière au permis de conduire", "Aide à la mobilité : permis, carburant, réparation")
                .intros("{structure} peut financer une partie de votre permis de conduire ou de vos frais de déplacement liés à l'emploi.",
                        "Cette aide vous soutient quand le transport est un obstacle à votre retour à l'emploi : permis, carte de transport, réparation de véhicule.")
                .details("Le montant dépend de vos ressources et de votre projet ; il peut aller jusqu'à 1 200 euros pour le permis.",
                        "La demande est faite par votre référent, qui joint un devis.",
                        "La réponse est donnée en trois semaines environ.")
                .publics(RSA, "beneficiaires-des-minimas-sociaux,jeunes")
                .conditions("Être accompagné par un référent et avoir un projet professionnel qui nécessite le permis.")
                .access(85, 15, 0).remote(0.2));
        add(of("velo-solidaire", "atelier", "mobilite--mobilite-douce-partagee-collective")
                .names("Atelier vélo solidaire", "Apprendre à faire du vélo en ville", "Vélo-école pour adultes")
                .intros("Vous n'avez jamais appris à faire du vélo ou vous n'osez pas circuler en ville ? La vélo-école {de_structure} vous apprend, à tout âge.",
                        "{structure} propose un atelier de réparation participatif et des vélos d'occasion à petit prix pour vos trajets du quotidien.")
                .details("Les séances ont lieu sur un espace protégé, puis dans les rues du quartier.",
                        "Un vélo peut vous être prêté pendant la formation.",
                        "Vous apprenez aussi à réparer une crevaison et à régler vos freins.")
                .publics(TOUS, FEMMES, RSA_DE)
                .payant("Adhésion de 5 euros par an.")
                .access(0, 20, 80).sessions(Sessions.WORKSHOP).hours(2, 2).weeks(4, 8));
        // ---------- Garde d'enfants ----------
        add(of("creche-avip", "aide-materielle", "famille--garde-denfants")
                .names("Places en crèche pour parents en recherche d'emploi (AVIP)", "Crèche à vocation d'insertion professionnelle : places réservées",
                        "Accueil de jeunes enfants — places AVIP")
                .intros("La crèche réserve des places aux enfants de moins de 3 ans dont les parents cherchent un emploi ou suivent une formation, {a_commune}.",
                        "{structure} est labellisée « à vocation d'insertion professionnelle » (AVIP) : l'enfant est accueilli pendant que le parent construit son projet avec un conseiller.")
                .details("L'accueil peut commencer rapidement, parfois en quelques jours, pour ne pas manquer une formation ou un emploi.",
                        "Le parent s'engage à suivre un accompagnement vers l'emploi pendant la durée de l'accueil.",
                        "Le tarif dépend de vos revenus (barème de la CAF) et peut être de quelques euros par jour.",
                        "Les repas et les couches sont fournis.")
                .publics(FAMILLES_RSA, "familles,demandeurs-emploi", "femmes,familles")
                .publicsPrecisions("Parents d'enfants de 10 semaines à 3 ans, en recherche d'emploi ou en formation.")
                .payant("Tarif selon le barème national de la CAF, en fonction des revenus.")
                .conditions("Être inscrit à France Travail ou accompagné par un référent ; habiter la commune ou l'intercommunalité.")
                .access(50, 40, 10).sessions(Sessions.PLACES).hours(20, 45));
        add(of("garde-atypique", "aide-materielle", "famille--garde-denfants")
                .names("Garde d'enfants en horaires atypiques", "Garde à domicile tôt le matin, tard le soir et le week-end")
                .intros("Vous travaillez tôt le matin, tard le soir ou le week-end ? {structure} garde vos enfants à domicile sur ces horaires, quand les crèches et l'école sont fermées.",
                        "Ce service de garde en horaires décalés permet aux parents d'accepter un emploi dans la propreté, la logistique, le soin ou la restauration.")
                .details("Une intervenante diplômée vient chez vous avant l'ouverture de l'école ou après sa fermeture et emmène l'enfant si besoin.",
                        "Le service fonctionne de 5 h 30 à 22 h, six jours sur sept.",
                        "Le coût est réduit grâce aux aides de la CAF et du Département.",
                        "La garde peut démarrer en urgence pour une reprise d'emploi.")
                .publics(FAMILLES, "familles,actifs", FAMILLES_RSA)
                .publicsPrecisions("Enfants de 0 à 12 ans.")
                .payant("Reste à charge de 1 à 3 euros de l'heure selon les revenus.")
                .access(30, 30, 40).hours(5, 25));
        add(of("alsh", "aide-materielle", "famille--garde-denfants")
                .names("Accueil de loisirs (ALSH) : places pour parents en parcours d'insertion", "Centre de loisirs du mercredi et des vacances")
                .intros("L'accueil de loisirs sans hébergement (ALSH) accueille les enfants de 3 à 12 ans le mercredi et pendant les vacances scolaires, {a_commune}.",
                        "Des places sont réservées aux enfants dont les parents reprennent un emploi ou entrent en formation.")
                .details("Les enfants participent à des activités sportives, culturelles et des sorties.",
                        "Le tarif est calculé selon le quotient familial.",
                        "L'inscription se fait à l'accueil de la mairie ou en ligne sur le portail famille.")
                .publics(FAMILLES, FAMILLES_RSA)
                .publicsPrecisions("Enfants scolarisés de 3 à 12 ans.")
                .payant("Selon le quotient familial, de 2 à 18 euros par jour.")
                .access(20, 30, 50).sessions(Sessions.PLACES).hours(10, 50));
        add(of("assistantes-maternelles", "information", "famille--garde-denfants")
                .names("Trouver une assistante maternelle", "Information sur les modes de garde du jeune enfant")
                .intros("Le relais petite enfance vous informe sur tous les modes de garde de la commune et vous donne la liste des assistantes maternelles qui ont des places.",
                        "Vous cherchez un mode de garde pour reprendre un emploi ou une formation ? {structure} vous aide à trouver une assistante maternelle disponible près de chez vous.")
                .details("Vous êtes aidé pour les démarches d'employeur : contrat, déclaration Pajemploi, complément de libre choix du mode de garde.",
                        "Les animatrices connaissent les assistantes maternelles qui acceptent des horaires décalés.",
                        "Les rendez-vous sont gratuits, sur place ou par téléphone.")
                .publics(FAMILLES)
                .access(0, 10, 90).remote(0.2));
        // ---------- Santé ----------
        add(of("acces-soins", "accompagnement", "sante--acces-aux-soins")
                .names("Accès aux soins : complémentaire santé et médecin traitant", "Bilan de santé gratuit", "Permanence d'accès aux droits de santé")
                .intros("Vous n'avez pas de médecin traitant ou pas de complémentaire santé ? {structure} vous aide à ouvrir vos droits et à retrouver un parcours de soins.",
                        "{structure} propose un bilan de santé gratuit et un accompagnement pour reprendre soin de vous.")
                .details("Un conseiller vérifie vos droits à la complémentaire santé solidaire et vous aide à faire la demande.",
                        "Vous pouvez être orienté vers un médecin, un dentiste ou un ophtalmologiste qui accepte les nouveaux patients.",
                        "L'accompagnement peut aller jusqu'au premier rendez-vous médical.")
                .publics(TOUS, RSA, URGENCE)
                .access(20, 30, 50).remote(0.1));
        add(of("sante-mentale", "accompagnement", "sante--sante-mentale", "remobilisation--bien-etre-confiance-en-soi")
                .names("Écoute et soutien psychologique", "Consultations de psychologue gratuites", "Soutien psychologique pour les personnes en parcours d'insertion")
                .intros("Stress, découragement, isolement : un psychologue {de_structure} vous écoute, gratuitement et en toute confidentialité.",
                        "{structure} propose des consultations de psychologue aux personnes en recherche d'emploi qui traversent une période difficile.")
                .details("Jusqu'à dix séances sont proposées, sur rendez-vous.",
                        "Vous pouvez venir seul ou accompagné de votre référent pour le premier rendez-vous.",
                        "Un groupe de parole a lieu une fois par mois.")
                .publics(TOUS, RSA_DE, JEUNES)
                .access(40, 30, 30).remote(0.25));
        add(of("addictions", "accompagnement", "sante--addictions")
                .names("Consultations addictions : alcool, tabac, cannabis, jeux", "Accompagnement en addictologie")
                .intros("{structure} accueille toute personne qui s'interroge sur sa consommation d'alcool, de tabac, de cannabis ou d'autres produits, ou sur sa pratique des jeux.",
                        "Des consultations anonymes et gratuites avec un médecin, un infirmier ou un psychologue, sans jugement.")
                .details("L'entourage peut aussi être reçu.",
                        "Un accompagnement social aide en parallèle pour le logement, l'emploi et les droits.",
                        "Les consultations ont lieu sur rendez-vous, avec des permanences sans rendez-vous.")
                .publics(TOUS)
                .access(10, 20, 70));
        add(of("sante-sexuelle", "information", "sante--sante-sexuelle")
                .names("Consultations de santé sexuelle", "Dépistage et contraception gratuits")
                .intros("{structure} propose des consultations gratuites de dépistage, de contraception et d'information sur la santé sexuelle.",
                        "Sans avance de frais et en toute confidentialité, vous pouvez rencontrer un médecin ou une sage-femme.")
                .details("Les mineurs peuvent venir sans autorisation parentale.",
                        "Des interprètes peuvent être mobilisés sur demande.",
                        "Les permanences ont lieu deux après-midis par semaine.")
                .publics(TOUS, JEUNES, FEMMES)
                .access(0, 10, 90).languages("en", "ar"));
        add(of("dossier-mdph", "accompagnement", "sante--constituer-un-dossier-mdph-invalidite")
                .names("Aide au dossier MDPH et à la reconnaissance du handicap", "Constituer son dossier de reconnaissance de travailleur handicapé (RQTH)")
                .intros("{structure} vous aide à constituer votre dossier auprès de la maison départementale des personnes handicapées (MDPH).",
                        "Une reconnaissance de la qualité de travailleur handicapé (RQTH) peut vous ouvrir des aides pour l'emploi : {structure} vous accompagne dans la demande.")
                .details("Le conseiller vous aide à remplir le formulaire et à réunir les certificats médicaux.",
                        "Il vous explique ce que la reconnaissance change pour votre recherche d'emploi.",
                        "Le suivi continue jusqu'à la réponse de la MDPH.")
                .publics(HANDICAP, "personnes-en-situation-de-handicap,demandeurs-emploi")
                .access(40, 30, 30));
        // ---------- Langue ----------
        add(of("fle", "atelier", "lecture-ecriture-calcul--maitriser-le-francais")
                .names("Atelier de français langue étrangère (FLE)", "Cours de français pour adultes", "Atelier sociolinguistique : le français du quotidien")
                .intros("Vous voulez parler, lire et écrire le français pour vos démarches, votre travail ou l'école de vos enfants ? {structure} propose des cours de français en petit groupe.",
                        "Cet atelier sociolinguistique vous aide à utiliser le français dans la vie de tous les jours : prendre un rendez-vous, lire un courrier, parler avec l'école.")
                .details("Un test de niveau est fait à l'inscription pour vous placer dans le bon groupe.",
                        "Les cours ont lieu deux matinées par semaine, hors vacances scolaires.",
                        "Une garde d'enfants est possible pendant les cours, sur demande.",
                        "Des sorties à la médiathèque, à la mairie ou au marché font partie des ateliers.")
                .publics(EXILES, TOUS, "femmes,personnes-exilees")
                .payant("Adhésion de 10 à 20 euros par an.")
                .access(10, 20, 70).sessions(Sessions.TRAINING).hours(4, 6).weeks(12, 36)
                .languages("ar", "en", "es", "pt", "ro", "uk", "tr", "ta", "zh", "ff"));
        add(of("alphabetisation", "atelier", "lecture-ecriture-calcul--maitriser-le-francais",
                "lecture-ecriture-calcul--maitriser-le-calcul")
                .names("Alphabétisation pour adultes", "Apprendre à lire, écrire et compter", "Atelier savoirs de base : lire, écrire, compter")
                .intros("Vous n'êtes jamais allé à l'école ou très peu ? {structure} vous apprend à lire, écrire et compter, à votre rythme.",
                        "Cet atelier s'adresse aux adultes qui ont des difficultés avec la lecture, l'écriture ou le calcul, qu'ils parlent français ou non.")
                .details("Les formateurs bénévoles sont formés à l'accompagnement des adultes.",
                        "Les exercices partent de la vie quotidienne : courses, factures, papiers administratifs.",
                        "Personne ne sera jugé : les groupes sont petits et bienveillants.")
                .publics(TOUS, EXILES)
                .access(10, 20, 70).sessions(Sessions.TRAINING).hours(3, 6).weeks(12, 36)
                .languages("ar", "bm", "wo", "ff", "ta"));
        add(of("fle-pro", "formation", "lecture-ecriture-calcul--maitriser-le-francais", "se-former--trouver-sa-formation")
                .names("Français à visée professionnelle", "FLE métiers : le français pour travailler")
                .intros("Cette formation vous aide à utiliser le français au travail : consignes, sécurité, échanges avec les collègues et les clients.",
                        "{structure} propose un parcours de français à visée professionnelle, avec des mises en situation dans les métiers qui recrutent.")
                .details("La formation prépare au diplôme DELF ou au certificat Voltaire selon votre niveau.",
                        "Un stage en entreprise peut compléter le parcours.",
                        "La formation peut être rémunérée.")
                .publics(EXILES, "personnes-exilees,demandeurs-emploi", RSA_DE)
                .conditions("Avoir un niveau A1 à l'oral ; être inscrit à France Travail.")
                .access(50, 40, 10).sessions(Sessions.TRAINING).hours(15, 30).weeks(8, 20)
                .languages("ar", "en", "uk", "ps", "fa"));
        // ---------- Logement ----------
        add(of("recherche-logement", "accompagnement", "logement-hebergement--louer-un-logement",
                "logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement")
                .names("Accompagnement à la recherche de logement", "Demande de logement social : on vous aide", "Accès au logement : information et accompagnement")
                .intros("{structure} vous aide à faire ou renouveler votre demande de logement social et à chercher un logement adapté à vos ressources.",
                        "Trouver un logement quand on a de petits revenus est difficile : un conseiller {de_structure} vous explique les démarches et les aides possibles.")
                .details("Vous êtes aidé pour constituer le dossier et le mettre à jour chaque année.",
                        "Le conseiller vous informe sur les garanties (Visale, Fonds de solidarité logement) et les aides de la CAF.",
                        "Des ateliers collectifs expliquent les droits et devoirs du locataire.")
                .publics(TOUS, RSA, JEUNES, FAMILLES)
                .access(30, 30, 40).remote(0.15));
        add(of("maintien-logement", "accompagnement", "logement-hebergement--se-maintenir-dans-le-logement",
                "logement-hebergement--reduire-les-impayes-de-loyer")
                .names("Prévention des expulsions et impayés de loyer", "Aide en cas d'impayés de loyer")
                .intros("Vous avez du retard dans le paiement de votre loyer ? N'attendez pas : {structure} vous aide à trouver une solution avec votre bailleur.",
                        "Ce service accompagne les locataires en difficulté pour éviter l'expulsion et garder leur logement.")
                .details("Un travailleur social fait le point sur votre budget et vos droits.",
                        "Il peut vous aider à demander une aide du Fonds de solidarité logement (FSL) ou un plan d'apurement.",
                        "Il vous accompagne si une procédure est déjà engagée.")
                .publics(TOUS, FAMILLES, RSA)
                .access(40, 30, 30));
        add(of("hebergement-temporaire", "accompagnement", "logement-hebergement--rechercher-une-solution-dhebergement-temporaire")
                .names("Hébergement temporaire et accompagnement social", "Hébergement d'insertion (CHRS)", "Logement temporaire pour jeunes en insertion")
                .intros("{structure} propose un hébergement temporaire avec un accompagnement social pour reconstruire un projet de logement et d'emploi.",
                        "Vous êtes sans logement ou hébergé chez des proches ? {structure} peut vous accueillir pour quelques mois, le temps de trouver une solution durable.")
                .details("Les demandes passent par le service intégré d'accueil et d'orientation (SIAO) : votre travailleur social fait la demande.",
                        "Une participation aux frais est demandée selon vos ressources.",
                        "Un référent vous aide pour l'emploi, la santé et les démarches.")
                .publics(URGENCE, "personnes-en-situation-durgence,familles", JEUNES)
                .payant("Participation de 10 à 15 % des ressources.")
                .conditions("Demande par l'intermédiaire du SIAO.")
                .access(90, 10, 0));
        // ---------- Numérique ----------
        add(of("numerique-fondamentaux", "atelier", "numerique--maitriser-les-fondamentaux-du-numerique")
                .names("Ateliers numériques pour débutants", "Premiers pas avec l'ordinateur et le smartphone", "Atelier « Je me mets au numérique »")
                .intros("Allumer un ordinateur, envoyer un courriel, utiliser son smartphone : les conseillers numériques {de_structure} vous apprennent les bases, pas à pas.",
                        "Ces ateliers en petit groupe vous rendent autonome sur l'ordinateur et le téléphone, pour vos démarches et votre recherche d'emploi.")
                .details("Chaque cycle compte six séances de deux heures.",
                        "Vous pouvez venir avec votre propre téléphone ou utiliser le matériel de la structure.",
                        "Les ateliers abordent aussi la sécurité en ligne et les arnaques.")
                .publics(TOUS, SENIORS, RSA_DE)
                .access(0, 20, 80).sessions(Sessions.WORKSHOP).hours(2, 4).weeks(3, 6));
        add(of("demarches-en-ligne", "accompagnement", "numerique--acceder-a-des-services-en-ligne",
                "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives")
                .names("Aide aux démarches en ligne", "Permanence numérique : CAF, impôts, France Travail, Ameli", "Accompagnement aux démarches administratives en ligne")
                .intros("Déclaration trimestrielle du RSA, impôts, Ameli, France Travail : {structure} vous aide à faire vos démarches en ligne.",
                        "Un conseiller numérique vous reçoit {a_commune} pour réaliser avec vous les démarches que vous n'arrivez pas à faire seul.")
                .details("Pensez à apporter vos identifiants et vos documents (pièce d'identité, courriers).",
                        "Vous pouvez venir sans rendez-vous aux heures de permanence.",
                        "Le conseiller peut utiliser Aidants Connect pour agir en votre nom, de manière sécurisée.")
                .publics(TOUS, SENIORS)
                .access(0, 10, 90));
        add(of("equipement-numerique", "aide-materielle", "numerique--acquerir-un-equipement",
                "numerique--acceder-a-une-connexion-internet")
                .names("Ordinateurs reconditionnés à petit prix", "Équipement et connexion à tarif solidaire")
                .intros("{structure} vend des ordinateurs et des smartphones reconditionnés à petit prix, avec une aide pour la prise en main.",
                        "Pas d'ordinateur ou pas de connexion internet ? {structure} propose du matériel reconditionné et des forfaits à tarif solidaire.")
                .details("Un ordinateur portable reconditionné coûte de 50 à 150 euros, garanti un an.",
                        "Une séance de prise en main est offerte à l'achat.",
                        "Des cartes SIM avec forfait solidaire sont disponibles sur orientation.")
                .publics(RSA_DE, TOUS, JEUNES)
                .payant("Ordinateurs de 50 à 150 euros ; forfaits dès 5 euros par mois.")
                .conditions("Sur justificatif de ressources ou orientation d'un travailleur social.")
                .access(40, 30, 30));
        // ---------- Budget, alimentation, équipement ----------
        add(of("point-conseil-budget", "accompagnement", "difficultes-financieres--ameliorer-sa-gestion-budgetaire",
                "difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere")
                .names("Point conseil budget", "Conseil budgétaire gratuit et confidentiel", "Faire le point sur son budget")
                .intros("Vous avez du mal à boucler vos fins de mois ou vous craignez de ne pas pouvoir payer vos factures ? Le Point conseil budget {de_structure} vous aide gratuitement.",
                        "Un conseiller fait le point avec vous sur vos ressources, vos charges et vos dettes, et vous aide à trouver des solutions.")
                .details("L'accompagnement est gratuit, confidentiel et sans condition de ressources.",
                        "Le conseiller peut négocier avec vos créanciers ou vous aider à préparer un dossier de surendettement.",
                        "Des ateliers collectifs abordent les économies d'énergie et les pièges du crédit.")
                .publics(TOUS)
                .access(0, 20, 80).remote(0.2));
        add(of("surendettement", "accompagnement", "difficultes-financieres--situation-dendettement-surendettement")
                .names("Aide au dossier de surendettement", "Sortir du surendettement")
                .intros("Vos dettes sont devenues trop lourdes ? {structure} vous aide à préparer et déposer un dossier de surendettement auprès de la Banque de France.",
                        "Un conseiller vous accompagne pendant toute la procédure de surendettement, du dépôt du dossier à la mise en place du plan.")
                .details("Apportez vos relevés de compte, vos factures impayées et vos justificatifs de revenus.",
                        "Le dépôt du dossier suspend les poursuites et les saisies.",
                        "Le suivi continue après la décision de la commission.")
                .publics(TOUS)
                .access(20, 30, 50));
        add(of("autonomie-budgetaire", "atelier", "difficultes-financieres--acquerir-une-autonomie-budgetaire")
                .names("Atelier budget : gérer son argent au quotidien", "Atelier « Mon budget, mes factures »")
                .intros("Cet atelier collectif vous donne des outils simples pour suivre votre budget, réduire vos factures et éviter les frais bancaires.",
                        "{structure} anime des ateliers pratiques sur la gestion du budget familial.")
                .details("Vous repartez avec un tableau de budget adapté à votre situation.",
                        "Un temps est consacré aux économies d'énergie et au chèque énergie.",
                        "Les ateliers ont lieu en petit groupe, une fois par mois.")
                .publics(TOUS, FAMILLES, JEUNES)
                .access(0, 20, 80).sessions(Sessions.WORKSHOP).hours(2, 2).weeks(1, 4));
        add(of("aide-alimentaire", "aide-materielle", "equipement-et-alimentation--alimentation")
                .names("Aide alimentaire", "Épicerie solidaire", "Distribution de colis alimentaires")
                .intros("{structure} propose des produits alimentaires et d'hygiène aux personnes et familles en difficulté, {a_commune}.",
                        "L'épicerie solidaire vend des produits frais et d'épicerie à 10 à 30 % de leur prix habituel, pendant quelques mois, le temps de réaliser un projet.")
                .details("L'accès se fait sur orientation d'un travailleur social, qui vérifie les ressources.",
                        "Des ateliers cuisine à petit budget sont proposés une fois par mois.",
                        "Les bénévoles vous accueillent dans un espace convivial avec café.")
                .publics(TOUS, FAMILLES, URGENCE)
                .payant("Participation de 10 à 30 % du prix des produits pour l'épicerie solidaire ; colis gratuits.")
                .conditions("Sur orientation d'un travailleur social, selon le reste à vivre.")
                .access(60, 30, 10));
        add(of("vestiaire-equipement", "aide-materielle", "equipement-et-alimentation--habillement",
                "equipement-et-alimentation--electromenager")
                .names("Vestiaire et équipement de la maison à petit prix", "Boutique solidaire : vêtements, meubles, électroménager")
                .intros("{structure} vend des vêtements, des meubles et de l'électroménager de seconde main à petits prix.",
                        "Besoin de vous équiper pour un nouveau logement ou d'une tenue pour un entretien ? La boutique solidaire {de_structure} est ouverte à tous.")
                .details("L'électroménager est vérifié et garanti six mois.",
                        "Des bons d'achat peuvent être délivrés par les travailleurs sociaux.",
                        "La livraison est possible pour les gros appareils.")
                .publics(TOUS)
                .payant("Petits prix ; gratuit sur bon d'un travailleur social.")
                .access(0, 20, 80));
        add(of("aide-menagere", "aide-materielle", "equipement-et-alimentation--aide-menagere", "famille--prise-en-charge-personne-dependante")
                .names("Aide à domicile pour les tâches ménagères", "Aide ménagère à domicile")
                .intros("{structure} intervient à domicile pour le ménage, les courses et les repas auprès des personnes âgées, malades ou en situation de handicap.",
                        "Une aide ménagère peut vous être proposée après une hospitalisation ou si vous avez des difficultés à entretenir votre logement.")
                .details("Une partie du coût peut être prise en charge par le Département, la caisse de retraite ou la mutuelle.",
                        "L'intervenant est toujours le même, dans la mesure du possible.",
                        "Un devis gratuit est établi lors d'une première visite.")
                .publics(SENIORS, HANDICAP)
                .payant("Selon les ressources, après déduction des aides.")
                .access(30, 30, 40));
        add(of("aide-financiere-urgence", "aide-financiere", "difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere",
                "equipement-et-alimentation--alimentation")
                .names("Aide financière d'urgence", "Secours exceptionnel et aides facultatives")
                .intros("En cas de difficulté passagère, {structure} peut accorder une aide financière ponctuelle : factures d'énergie, alimentation, frais de transport.",
                        "Les aides facultatives {de_structure} soutiennent les habitants qui traversent une difficulté imprévue.")
                .details("La demande est étudiée en commission, en général sous quinze jours ; en urgence, plus rapidement.",
                        "Un travailleur social vous aide à constituer le dossier.",
                        "L'aide peut prendre la forme de chèques services ou d'un paiement direct au fournisseur.")
                .publics(TOUS, URGENCE, FAMILLES)
                .conditions("Habiter la commune ; justificatifs de ressources et de charges.")
                .access(70, 20, 10));
        // ---------- Démarches et droits ----------
        add(of("france-services-demarches", "accompagnement", "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives",
                "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits")
                .names("Accompagnement aux démarches administratives", "France Services : vos démarches du quotidien", "Permanence d'accès aux droits")
                .intros("Carte grise, retraite, CAF, impôts, santé, France Travail : les agents {de_structure} vous accompagnent dans vos démarches administratives.",
                        "{structure} vous accueille {a_commune} pour vous informer sur vos droits et vous aider à remplir vos dossiers.")
                .details("Les agents sont formés par les partenaires nationaux (CAF, CPAM, impôts, ANTS, MSA, France Travail).",
                        "Des ordinateurs en libre accès et une imprimante sont à votre disposition.",
                        "Certaines permanences de partenaires ont lieu sur rendez-vous.",
                        "Vous pouvez être reçu dans un espace confidentiel.")
                .publics(TOUS)
                .access(0, 10, 90).remote(0.05));
        add(of("acces-droits-rsa", "accompagnement", "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits")
                .names("Accompagnement des allocataires du RSA", "Ouverture et suivi des droits au RSA", "Référent RSA : accompagnement social")
                .intros("{structure} accompagne les allocataires du RSA dans leurs droits et leurs démarches, et construit avec eux un parcours d'insertion.",
                        "Un référent {de_structure} vous reçoit pour faire le point sur votre situation et signer votre contrat d'engagement.")
                .details("Le référent vous aide à lever les difficultés : logement, santé, garde d'enfants, mobilité.",
                        "Il vous oriente vers les offres adaptées du territoire.",
                        "Les rendez-vous ont lieu à la structure ou à domicile si vous ne pouvez pas vous déplacer.")
                .publics(RSA)
                .conditions("Être allocataire du RSA et résider sur le territoire.")
                .access(80, 20, 0));
        add(of("citoyennete", "information", "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-a-la-citoyennete")
                .names("Accompagnement vers la citoyenneté", "Préparer sa demande de naturalisation ou de titre de séjour")
                .intros("{structure} vous informe sur les démarches de titre de séjour, de naturalisation et d'inscription sur les listes électorales.",
                        "Des juristes bénévoles vous aident à comprendre vos droits et à préparer vos dossiers.")
                .details("Les permanences ont lieu sur rendez-vous, avec un interprète si besoin.",
                        "Vous êtes aidé pour prendre rendez-vous en préfecture.",
                        "Des ateliers sur les valeurs de la République et l'histoire de France sont proposés.")
                .publics(EXILES, TOUS)
                .access(0, 20, 80).languages("en", "ar", "fa", "ps"));
        add(of("discrimination-droits", "information", "difficultes-administratives-ou-juridiques--connaitre-ses-droits-face-a-une-discrimination",
                "difficultes-administratives-ou-juridiques--prendre-en-compte-une-problematique-judiciaire")
                .names("Permanence juridique gratuite", "Connaître ses droits : consultations juridiques")
                .intros("Un juriste {de_structure} vous reçoit gratuitement pour toute question de droit : travail, famille, logement, discrimination, dettes.",
                        "Vous pensez être victime de discrimination ou vous devez faire face à une procédure judiciaire ? {structure} vous informe sur vos droits.")
                .details("Les consultations sont confidentielles et durent environ trente minutes.",
                        "Le juriste peut vous orienter vers un avocat, un conciliateur ou le Défenseur des droits.",
                        "Une aide pour demander l'aide juridictionnelle est possible.")
                .publics(TOUS, "personnes-en-situation-juridique-specifique")
                .access(0, 10, 90).remote(0.2));
        add(of("masp", "accompagnement", "difficultes-administratives-ou-juridiques--beneficier-dune-mesure-daccompagnement-adapte",
                "difficultes-financieres--mettre-en-place-une-mesure-de-protection-financiere")
                .names("Mesure d'accompagnement social personnalisé (MASP)", "Accompagnement social personnalisé pour la gestion des prestations")
                .intros("La mesure d'accompagnement social personnalisé (MASP) aide les personnes qui ont du mal à gérer leurs prestations sociales et dont la santé ou la sécurité sont menacées.",
                        "{structure} met en œuvre les MASP du Département : un travailleur social vous aide à gérer votre budget et à payer votre loyer en priorité.")
                .details("La mesure est un contrat de six mois à deux ans, renouvelable, que vous signez avec le Département.",
                        "Vos prestations peuvent, avec votre accord, être versées directement à votre bailleur.",
                        "Le travailleur social vous rencontre au moins une fois par mois.")
                .publics(RSA, "beneficiaires-des-minimas-sociaux,personnes-en-situation-de-handicap", TOUS)
                .conditions("Percevoir des prestations sociales ; mesure proposée par un travailleur social du Département.")
                .access(95, 5, 0));
        // ---------- Famille ----------
        add(of("parentalite", "atelier", "famille--soutien-a-la-parentalite-et-a-leducation")
                .names("Café des parents", "Ateliers parents-enfants", "Soutien à la parentalité : groupe de parole")
                .intros("Un espace pour échanger entre parents, avec une animatrice, sur l'éducation, l'école, le sommeil ou les écrans, {a_commune}.",
                        "{structure} propose des ateliers parents-enfants et des temps d'échange pour se sentir moins seul dans son rôle de parent.")
                .details("Les rencontres ont lieu toutes les deux semaines, le samedi matin ou le mercredi.",
                        "Les enfants sont accueillis dans une pièce voisine pendant les échanges.",
                        "Une psychologue participe une fois par mois.")
                .publics(FAMILLES)
                .access(0, 10, 90).sessions(Sessions.WORKSHOP).hours(2, 2).weeks(4, 12));
        add(of("aidants", "accompagnement", "famille--soutien-aidants", "famille--prise-en-charge-personne-dependante")
                .names("Soutien aux aidants familiaux", "Plateforme d'accompagnement et de répit des aidants")
                .intros("Vous aidez un proche âgé, malade ou en situation de handicap ? {structure} vous écoute et vous aide à souffler.",
                        "{structure} informe et soutient les aidants : solutions de répit, aides financières, conciliation avec l'emploi.")
                .details("Des groupes de parole et des formations pour les aidants sont proposés.",
                        "Le relais à domicile permet de vous absenter quelques heures.",
                        "Un conseiller vous aide à aménager votre temps de travail.")
                .publics(TOUS, SENIORS, "actifs")
                .access(0, 20, 80).remote(0.2));
        add(of("violences", "accompagnement", "famille--surmonter-conflits-separation-violence")
                .names("Accueil des femmes victimes de violences", "Séparation, conflits familiaux, violences : accompagnement")
                .intros("{structure} accueille, écoute et accompagne les femmes victimes de violences conjugales ou intrafamiliales, en toute confidentialité.",
                        "Vous vivez une séparation difficile ou des violences à la maison ? {structure} vous aide à connaître vos droits et à vous mettre en sécurité.")
                .details("Des juristes et des travailleuses sociales vous reçoivent sur rendez-vous ou en urgence.",
                        "Une aide peut être apportée pour l'hébergement, la plainte et la garde des enfants.",
                        "En cas de danger, appelez le 17 ; le 3919 est gratuit et anonyme.")
                .publics(FEMMES, "femmes,familles")
                .access(0, 10, 90).remote(0.15));
        // ---------- Remobilisation, lien social ----------
        add(of("confiance-en-soi", "atelier", "remobilisation--bien-etre-confiance-en-soi")
                .names("Atelier « Reprendre confiance en soi »", "Estime de soi et image de soi", "Atelier bien-être : prendre soin de soi")
                .intros("Après une longue période sans emploi, il est normal de douter. Cet atelier vous aide à reprendre confiance et à vous remettre en mouvement.",
                        "{structure} propose un cycle d'ateliers collectifs pour retrouver l'estime de soi : expression, relaxation, image de soi.")
                .details("Une socio-esthéticienne et une sophrologue animent certaines séances.",
                        "Le groupe compte dix personnes au maximum, dans un cadre bienveillant.",
                        "Le cycle se termine par un bilan avec votre référent.")
                .publics(RSA_DE, "femmes,beneficiaires-des-minimas-sociaux", TOUS)
                .access(40, 40, 20).sessions(Sessions.WORKSHOP).hours(3, 6).weeks(4, 10));
        add(of("sport-culture", "atelier", "remobilisation--activites-sportives-et-culturelles")
                .names("Sport et insertion", "Sorties culturelles et ateliers artistiques", "Remobilisation par le sport")
                .intros("{structure} utilise le sport et la culture pour aider les personnes éloignées de l'emploi à se remettre en mouvement.",
                        "Marche, théâtre, musées, ateliers d'écriture : ces activités collectives redonnent l'envie et créent des liens.")
                .details("Les activités ont lieu deux demi-journées par semaine.",
                        "Aucun niveau n'est demandé ; l'équipement est prêté.",
                        "Les sorties sont gratuites, transport compris.")
                .publics(RSA_DE, JEUNES, TOUS)
                .access(30, 40, 30).sessions(Sessions.WORKSHOP).hours(4, 8).weeks(6, 12));
        add(of("lien-social", "atelier", "remobilisation--lien-social")
                .names("Rompre l'isolement : rencontres et ateliers conviviaux", "Café solidaire", "Accueil de jour convivial")
                .intros("Vous vous sentez seul ? {structure} vous accueille autour d'un café, d'ateliers cuisine, couture ou jardinage, {a_commune}.",
                        "Ce lieu d'accueil ouvert à tous permet de rencontrer d'autres habitants et de participer à la vie du quartier.")
                .details("Vous pouvez venir sans inscription, aux heures d'ouverture.",
                        "Les habitants proposent eux-mêmes des activités.",
                        "Un repas partagé est organisé une fois par mois.")
                .publics(TOUS, SENIORS)
                .access(0, 0, 100));
        add(of("benevolat", "information", "remobilisation--benevolat-action-citoyenne", "remobilisation--lien-social")
                .names("Devenir bénévole", "S'engager comme bénévole : missions près de chez vous", "Service civique : missions d'intérêt général")
                .intros("Être bénévole permet de se rendre utile, de rencontrer du monde et de valoriser des compétences. {structure} vous propose des missions adaptées à vos disponibilités.",
                        "{structure} vous aide à trouver une mission de bénévolat ou de service civique près de chez vous.")
                .details("Les missions vont de quelques heures par mois à plusieurs jours par semaine.",
                        "Le bénévolat est compatible avec le RSA et l'inscription à France Travail.",
                        "Une attestation d'engagement peut être remise pour votre CV.")
                .publics(TOUS, JEUNES, SENIORS)
                .access(0, 10, 90).remote(0.1));
        // ---------- International ----------
        add(of("international", "information", "souvrir-a-linternational--connaitre-les-opportunites-demploi-a-letranger",
                "souvrir-a-linternational--sinformer-sur-les-aides-pour-travailler-a-letranger")
                .names("Partir travailler ou se former à l'étranger", "Mobilité internationale des jeunes", "Information Europe : stages et volontariat")
                .intros("Stage, emploi saisonnier, volontariat européen : {structure} vous informe sur les possibilités de partir à l'étranger et les aides financières.",
                        "Partir quelques mois à l'étranger peut être un vrai tremplin. {structure} vous aide à préparer votre projet de mobilité internationale.")
                .details("Le programme Erasmus+ finance des stages pour les demandeurs d'emploi et les jeunes sans diplôme.",
                        "Des réunions d'information ont lieu chaque mois.",
                        "Un conseiller vous aide pour le CV en anglais et les démarches.")
                .publics(JEUNES, "jeunes,demandeurs-emploi", TOUS)
                .access(0, 20, 80).remote(0.4).languages("en", "es", "de"));
        add(of("retour-france", "accompagnement", "souvrir-a-linternational--sorganiser-suite-a-son-retour-en-france")
                .names("S'organiser après un retour en France", "Retour de l'étranger : droits et démarches")
                .intros("Vous revenez vivre en France après plusieurs années à l'étranger ? {structure} vous aide à rouvrir vos droits : assurance maladie, France Travail, logement.",
                        "Un conseiller vous accompagne dans les démarches de réinstallation en France.")
                .details("Il vous aide à faire reconnaître vos diplômes et votre expérience acquise à l'étranger.",
                        "Les rendez-vous peuvent se faire à distance.",
                        "Vous êtes orienté vers les services compétents selon votre situation.")
                .publics(TOUS)
                .access(0, 20, 80).remote(0.5));
    }
}
