package fr.passerelle.search;

import fr.passerelle.catalogue.AccessRule;
import fr.passerelle.catalogue.Address;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferRepository;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.catalogue.SiaeBlock;
import fr.passerelle.catalogue.StructureRepository;
import fr.passerelle.shared.outbox.Outbox;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static fr.passerelle.support.OfferBuilder.offer;
import static fr.passerelle.support.StructureBuilder.structure;

/**
 * The search suite's own catalogue (source "test-search"), written like the catalogue's write
 * services do: rows plus outbox rows in one transaction. Loaded once per database.
 */
@Singleton
class SearchFixtures {

    static final String SOURCE = "test-search";
    static final String MELUN_STRUCTURE = SOURCE + "--s-melun";
    static final String EVRY_STRUCTURE = SOURCE + "--s-evry";

    static final Address MELUN = new Address("2 rue de la Gare", null, "77000", "77288", "Melun", 48.5394, 2.6555);
    static final Address DAMMARIE = new Address("1 avenue du Général de Gaulle", null, "77190", "77152",
            "Dammarie-les-Lys", 48.5138, 2.6285);
    static final Address MEAUX = new Address("5 rue du Grand Cerf", null, "77100", "77284", "Meaux", 48.9570, 2.9000);
    static final Address EVRY = new Address("Place des Droits de l'Homme", null, "91000", "91228",
            "Évry-Courcouronnes", 48.6243, 2.4410);
    /** In Melun, but without a point: located by its commune's centre. */
    static final Address MELUN_NO_POINT = new Address("Mairie", null, "77000", "77288", "Melun", null, null);

    private final JdbcOperations jdbc;
    private final StructureRepository structures;
    private final OfferRepository offers;
    private final Outbox outbox;

    SearchFixtures(JdbcOperations jdbc, StructureRepository structures, OfferRepository offers, Outbox outbox) {
        this.jdbc = jdbc;
        this.structures = structures;
        this.offers = offers;
        this.outbox = outbox;
    }

    static String id(String name) {
        return SOURCE + "--" + name;
    }

    @Transactional
    void loadOnce() {
        if (offers.exists(id("creche-melun"))) {
            return;
        }
        structures.insertAll(List.of(structure(MELUN_STRUCTURE).nom("Maison des solidarités de Melun").build(),
                structure(EVRY_STRUCTURE).nom("Centre social des Pyramides").address(EVRY).build()));
        LocalDate soon = LocalDate.now().plusMonths(2);
        List<Offer> all = new ArrayList<>(List.of(
                offer(id("creche-melun"), MELUN_STRUCTURE).nom("Crèche Les Petits Loups")
                        .description("Accueil des enfants de 10 semaines à 3 ans pour les parents en parcours d'insertion.")
                        .type("accompagnement").thematiques("famille--garde-denfants").publics("familles")
                        .accessRule(AccessRule.VALIDATION).session(soon, 12, 3).dateMaj(LocalDate.of(2026, 9, 1)).build(),
                offer(id("eaje-dammarie"), MELUN_STRUCTURE).nom("Multi-accueil Arc-en-ciel")
                        .description("Établissement d'accueil du jeune enfant, places réservées aux parents en formation.")
                        .type("accompagnement").thematiques("famille--garde-denfants").publics("familles")
                        .address(DAMMARIE).zone("77").dateMaj(LocalDate.of(2026, 9, 1)).build(),
                offer(id("creche-meaux"), MELUN_STRUCTURE).nom("Halte-garderie du Marché")
                        .description("Garde occasionnelle des jeunes enfants pendant vos démarches.")
                        .thematiques("famille--garde-denfants").address(MEAUX).dateMaj(LocalDate.of(2026, 9, 1)).build(),
                offer(id("creche-zone-91"), MELUN_STRUCTURE).nom("Crèche réservée à l'Essonne")
                        .description("Places de crèche pour les habitants de l'Essonne seulement.")
                        .thematiques("famille--garde-denfants").zone("91").dateMaj(LocalDate.of(2026, 9, 1)).build(),
                offer(id("creche-commune-centre"), MELUN_STRUCTURE).nom("Assistantes maternelles du centre-ville")
                        .description("Mise en relation avec des assistantes maternelles agréées.")
                        .thematiques("famille--garde-denfants").address(MELUN_NO_POINT).frais("payant")
                        .dateMaj(LocalDate.of(2026, 8, 1)).build(),
                offer(id("permanence-distance"), MELUN_STRUCTURE).nom("Permanence numérique par téléphone")
                        .description("Un conseiller vous aide à faire vos démarches en ligne, par téléphone.")
                        .thematiques("numerique--maitriser-les-fondamentaux-du-numerique").modesAccueil("a-distance")
                        .zone("france").address(Address.NONE).dateMaj(LocalDate.of(2026, 7, 1)).build(),
                offer(id("distance-zone-91"), EVRY_STRUCTURE).nom("Permanence téléphonique essonnienne")
                        .description("Aide aux démarches par téléphone pour les habitants de l'Essonne.")
                        .thematiques("numerique--maitriser-les-fondamentaux-du-numerique").modesAccueil("a-distance")
                        .zone("91").address(Address.NONE).dateMaj(LocalDate.of(2026, 7, 1)).build(),
                offer(id("code-route-evry"), EVRY_STRUCTURE).nom("Préparation au code de la route")
                        .description("Séances d'entraînement à l'examen théorique, avec une monitrice.")
                        .type("formation").thematiques("mobilite--preparer-un-permis").frais("payant").address(EVRY)
                        .accessRule(AccessRule.AUTO).dateMaj(LocalDate.of(2026, 6, 1)).build(),
                offer(id("asl-melun"), MELUN_STRUCTURE).nom("Ateliers sociolinguistiques")
                        .description("Cours de français pour adultes : parler, lire et écrire au quotidien.")
                        .type("atelier").thematiques("lecture-ecriture-calcul--maitriser-le-francais")
                        .dateMaj(LocalDate.of(2026, 6, 1)).build(),
                offer(id("chantier-melun"), MELUN_STRUCTURE).nom("Espaces verts et rivières")
                        .description("Contrat de 26 heures par semaine, accompagnement socioprofessionnel.")
                        .thematiques("trouver-un-emploi--repondre-a-des-offres-demploi").publics("jeunes")
                        .siae(new SiaeBlock("ACI", 4, List.of("Agent d'entretien des espaces verts"), null))
                        .dateMaj(LocalDate.of(2026, 6, 1)).build(),
                offer(id("cv-melun"), MELUN_STRUCTURE).nom("Atelier curriculum vitae")
                        .description("Rédiger et mettre en valeur son parcours.")
                        .type("atelier").thematiques("preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation")
                        .dateMaj(LocalDate.of(2026, 6, 1)).build(),
                offer(id("escale-melun"), MELUN_STRUCTURE).nom("L'Escale, accueil de jour")
                        .description("Un lieu pour se poser, prendre un café et rencontrer d'autres personnes.")
                        .thematiques("remobilisation--lien-social").dateMaj(LocalDate.of(2026, 5, 1)).build(),
                offer(id("atelier-numerique"), MELUN_STRUCTURE).nom("Atelier numérique")
                        .description("Découvrir l'ordinateur et internet.")
                        .type("atelier").dateMaj(LocalDate.of(2026, 5, 1)).build(),
                offer(id("atelier-numerique-seniors"), MELUN_STRUCTURE)
                        .nom("Atelier numérique et démarches en ligne pour les seniors")
                        .description("Atelier numérique hebdomadaire : atelier numérique de groupe, atelier numérique individuel.")
                        .type("atelier").dateMaj(LocalDate.of(2026, 5, 1)).build(),
                offer(id("complet-melun"), MELUN_STRUCTURE).nom("Formation aux métiers de l'aide à domicile")
                        .description("Parcours qualifiant de six mois.").type("formation")
                        .thematiques("se-former--trouver-sa-formation").session(soon, 10, 0)
                        .dateMaj(LocalDate.of(2026, 4, 1)).build(),
                // Words of multi-word synonyms, not about childcare: « garde » alone, « loisirs » alone,
                // and « garde … enfants » / « accueil … loisirs » far apart.
                offer(id("garde-meuble"), MELUN_STRUCTURE).nom("Garde-meuble solidaire")
                        .description("Stockage de vos meubles pendant un déménagement ou une mise à l'abri, jusqu'à six mois.")
                        .type("accompagnement").thematiques("logement-hebergement--se-maintenir-dans-le-logement")
                        .dateMaj(LocalDate.of(2026, 4, 15)).build(),
                offer(id("sorties-loisirs"), MELUN_STRUCTURE).nom("Sorties loisirs et culture")
                        .description("Une sortie par mois au musée, au cinéma ou au théâtre, en petit groupe.")
                        .thematiques("remobilisation--lien-social").publics("seniors").dateMaj(LocalDate.of(2026, 4, 15))
                        .build(),
                offer(id("droits-familles"), MELUN_STRUCTURE).nom("Permanence juridique pour les familles")
                        .description("Accueil par une juriste : droit de garde, pension alimentaire, autorité parentale, "
                                + "droits des enfants après une séparation. Et pour souffler, des idées de loisirs en famille.")
                        .type("accompagnement").thematiques("famille--surmonter-conflits-separation-violence")
                        .publics("familles").dateMaj(LocalDate.of(2026, 4, 15)).build(),
                offer(id("alsh-melun"), MELUN_STRUCTURE).nom("Accueil de loisirs Les Hirondelles")
                        .description("Les mercredis et pendant les vacances scolaires, pour les 3 à 11 ans.")
                        .type("accompagnement").thematiques("famille--garde-denfants").publics("familles")
                        .dateMaj(LocalDate.of(2026, 4, 15)).build(),
                offer(id("brouillon"), MELUN_STRUCTURE).nom("Crèche en projet").status(OfferStatus.BROUILLON)
                        .thematiques("famille--garde-denfants").build(),
                offer(id("archivee"), MELUN_STRUCTURE).nom("Crèche fermée").status(OfferStatus.ARCHIVEE)
                        .thematiques("famille--garde-denfants").build()));
        // Enough similar offers to page through.
        for (int i = 1; i <= 12; i++) {
            all.add(offer(id(String.format("page-%02d", i)), EVRY_STRUCTURE).nom("Permanence d'accès aux droits " + i)
                    .description("Aide pour vos dossiers administratifs.").address(EVRY)
                    .thematiques("difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives")
                    .dateMaj(LocalDate.of(2026, 3, 1)).build());
        }
        offers.insertAll(all);
        all.forEach(o -> outbox.record(Outbox.OFFER, o.id()));
    }

    /** A catalogue write as the catalogue's services do it: the row and its outbox row, one transaction. */
    @Transactional
    void rename(String offerId, String newName) {
        Offer current = offers.findById(offerId).orElseThrow();
        Offer renamed = new Offer(current.id(), current.source(), current.structureId(), newName,
                current.description(), current.type(), current.thematiques(), current.frais(),
                current.fraisPrecisions(), current.publics(), current.publicsPrecisions(), current.conditionsAcces(),
                current.address(), current.contact(), current.modesAccueil(), current.zoneEligibilite(),
                current.modesMobilisation(), current.mobilisablePar(), current.mobilisationPrecisions(),
                current.lienMobilisation(), current.lienSource(), current.horairesAccueil(),
                current.volumeHoraireHebdomadaire(), current.nombreSemaines(), current.dateMaj(), current.lifecycle(),
                current.accessRule(), current.accessPublics(), current.langues(), current.siae(),
                current.clauseSociale(), current.sessions(), current.version());
        if (!offers.update(renamed)) {
            throw new IllegalStateException("Concurrent update of " + offerId);
        }
        outbox.record(Outbox.OFFER, offerId);
    }

    @Transactional
    void insert(Offer offer) {
        offers.insert(offer);
        outbox.record(Outbox.OFFER, offer.id());
    }

    @Transactional
    void archive(String offerId) {
        jdbc.prepareStatement("update offer set status = 'archivee', version = version + 1 where id = ?", ps -> {
            ps.setString(1, offerId);
            return ps.executeUpdate();
        });
        outbox.record(Outbox.OFFER, offerId);
    }
}
