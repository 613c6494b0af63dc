package fr.passerelle.catalogue.demo;

import fr.passerelle.catalogue.AccessRule;
import fr.passerelle.catalogue.Address;
import fr.passerelle.catalogue.ClauseSociale;
import fr.passerelle.catalogue.Contact;
import fr.passerelle.catalogue.Lifecycle;
import fr.passerelle.catalogue.ModerationStatus;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferSession;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.catalogue.SiaeBlock;
import fr.passerelle.catalogue.Structure;
import fr.passerelle.catalogue.demo.OfferTemplate.Block;
import fr.passerelle.catalogue.demo.OfferTemplate.Sessions;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes a fictional but plausible insertion catalogue: structures, then offers, as streams.
 *
 * <p>Deterministic: every structure and offer is a pure function of (seed, its index, the
 * geography, today), drawn from its own {@link SplittableRandom}, so the same spec gives the same
 * catalogue whatever the chunking or the day it runs. Streaming: only a compact plan of the
 * structures (kind, commune, parent: a few bytes each) is kept; an offer regenerates the structure
 * it belongs to instead of looking it up, so 1,000,000 offers take no more memory than 6,400.
 *
 * <p>Structure #0 and #1 and the first {@link #GUARANTEED_OFFERS} offers are fixed (see
 * {@link DemoCatalogue}); structures #2… cover every {@link StructureKind} once before drawing kinds
 * by share; every structure gets one offer before the rest are drawn by the kinds' offer weights.
 */
public final class DemoCatalogueGenerator {

    public static final String SOURCE = "passerelle-demo";
    public static final String MELUN = "77288";
    public static final String MEAUX = "77284";
    static final int GUARANTEED_STRUCTURES = 2;

    /** The fixed offers of the two operator structures: template, access rule, structure index. */
    private record Anchor(String template, AccessRule rule, int structure, List<String> accessPublics) {
    }

    private static final List<Anchor> ANCHORS = List.of(
            new Anchor("accompagnement-emploi", AccessRule.PRESCRIPTION, 0, List.of()),
            new Anchor("formation-metier", AccessRule.VALIDATION, 0, List.of()),
            new Anchor("atelier-cv", AccessRule.AUTO, 0, List.of()),
            new Anchor("job-dating", AccessRule.AUTO, 0,
                    List.of("beneficiaires-des-minimas-sociaux", "demandeurs-emploi")),
            new Anchor("confiance-en-soi", AccessRule.VALIDATION, 0, List.of()),
            new Anchor("immersion-pmsmp", AccessRule.PRESCRIPTION, 0, List.of()),
            new Anchor("demarches-en-ligne", AccessRule.AUTO, 0, List.of()),
            new Anchor("siae-postes", AccessRule.PRESCRIPTION, 1, List.of()),
            new Anchor("siae-postes", AccessRule.VALIDATION, 1, List.of()),
            new Anchor("siae-info-collective", AccessRule.AUTO, 1, List.of()));
    static final int GUARANTEED_OFFERS = ANCHORS.size();

    /** Kinds drawn by share; the operator kind only ever is structure #0. */
    private static final StructureKind[] REGULAR_KINDS = Arrays.stream(StructureKind.values())
            .filter(k -> k.share() > 0).toArray(StructureKind[]::new);
    private static final double ANTENNE_SHARE = 0.08;
    /** Every 97th structure waits for moderation; its offers stay drafts until it is validated. */
    private static final int PENDING_EVERY = 97;

    private static final long STREAM_PLAN = 1;
    private static final long STREAM_STRUCTURE = 2;
    private static final long STREAM_OFFER = 3;
    private static final long STREAM_OFFER_OWNER = 4;

    private final DemoCatalogueSpec spec;
    private final DemoGeography geography;
    private final LocalDate today;
    // The plan: a few bytes per structure, never the structures themselves.
    private final byte[] kinds;
    private final int[] places;
    private final int[] parents;
    private final int[] ranks;
    private final double[] offerCumulative;

    public DemoCatalogueGenerator(DemoCatalogueSpec spec, DemoGeography geography) {
        this.spec = spec;
        this.geography = geography;
        this.today = spec.today();
        int n = spec.structures();
        kinds = new byte[n];
        places = new int[n];
        parents = new int[n];
        ranks = new int[n];
        offerCumulative = new double[n];
        plan();
    }

    public DemoCatalogueSpec spec() {
        return spec;
    }

    public DemoCatalogue catalogue() {
        return new DemoCatalogue(spec.seed(), spec.scope(), today, spec.structures(), spec.offers(),
                structureId(0), anchorOfferIds(0), structureId(1), anchorOfferIds(1));
    }

    /** The fixed offers of operator structure #0 or #1: the same in every catalogue. */
    public static List<String> anchorOfferIds(int structure) {
        return IntStream.range(0, ANCHORS.size()).filter(j -> ANCHORS.get(j).structure() == structure)
                .mapToObj(DemoCatalogueGenerator::offerId).toList();
    }

    /** Structures in id order; a parent always comes before its antennes (foreign key). */
    public Stream<Structure> structures() {
        return IntStream.range(0, spec.structures()).mapToObj(this::structure);
    }

    public Stream<Offer> offers() {
        return IntStream.range(0, spec.offers()).mapToObj(this::offer);
    }

    public static String structureId(int index) {
        return SOURCE + "--s-" + String.format("%06d", index);
    }

    public static String offerId(int index) {
        return SOURCE + "--o-" + String.format("%06d", index);
    }

    // ------------------------------------------------------------------ plan

    private void plan() {
        SplittableRandom random = random(STREAM_PLAN, 0);
        Set<String> taken = new HashSet<>();
        Map<StructureKind, Integer> counts = new HashMap<>();
        double[] kindCumulative = cumulative(REGULAR_KINDS, StructureKind::share);
        StructureKind[] freeKinds = Arrays.stream(REGULAR_KINDS)
                .filter(k -> k.unique() == StructureKind.Unique.NONE).toArray(StructureKind[]::new);
        double[] freeCumulative = cumulative(freeKinds, StructureKind::share);
        for (int k = 0; k < kinds.length; k++) {
            StructureKind kind;
            int place;
            int parent = -1;
            if (k == 0) {
                kind = StructureKind.PASSERELLE_EMPLOI;
                place = geography.indexOf(MELUN);
            } else if (k == 1) {
                kind = StructureKind.ACI;
                place = geography.indexOf(MEAUX);
            } else {
                boolean covering = k - GUARANTEED_STRUCTURES < REGULAR_KINDS.length;
                kind = null;
                place = -1;
                if (!covering && random.nextDouble() < ANTENNE_SHARE) {
                    for (int attempt = 0; attempt < 6 && parent < 0; attempt++) {
                        int candidate = GUARANTEED_STRUCTURES + random.nextInt(k - GUARANTEED_STRUCTURES);
                        StructureKind candidateKind = StructureKind.values()[kinds[candidate]];
                        if (parents[candidate] < 0 && candidateKind.hasAntennes()) {
                            parent = candidate;
                            kind = candidateKind;
                            place = geography.pickIn(geography.place(places[candidate]).departementCode(), random);
                        }
                    }
                }
                if (parent < 0) {
                    kind = covering ? REGULAR_KINDS[k - GUARANTEED_STRUCTURES]
                            : REGULAR_KINDS[draw(kindCumulative, random)];
                    place = pickFreePlace(kind, taken, random);
                    if (place < 0) {
                        // The kind already exists wherever we looked: keep the commune (so Paris keeps its
                        // share) and give it a kind with no such limit.
                        place = -place - 1;
                        kind = freeKinds[draw(freeCumulative, random)];
                    }
                }
            }
            kinds[k] = (byte) kind.ordinal();
            places[k] = place;
            parents[k] = parent;
            ranks[k] = counts.merge(kind, 1, Integer::sum) - 1;
            // The operator structures' offers are the fixed anchors only.
            double weight = k < GUARANTEED_STRUCTURES ? 0 : parent >= 0 ? Math.max(1, kind.offerWeight() / 2.0)
                    : kind.offerWeight();
            offerCumulative[k] = (k == 0 ? 0 : offerCumulative[k - 1]) + weight;
        }
    }

    /** A commune where the kind is still missing, or -(first commune drawn) - 1 when none was found. */
    private int pickFreePlace(StructureKind kind, Set<String> taken, SplittableRandom random) {
        // Retries stay in the first département drawn, so that limits do not shift the scope's weights.
        int first = geography.pick(random);
        String departement = geography.place(first).departementCode();
        for (int attempt = 0; attempt < 8; attempt++) {
            int place = attempt == 0 ? first : geography.pickIn(departement, random);
            DemoPlace p = geography.place(place);
            String key = switch (kind.unique()) {
                case NONE -> null;
                case COMMUNE -> p.code();
                case EPCI -> territoryKey(p);
                case DEPARTEMENT -> p.departementCode();
            };
            if (key == null || taken.add(kind.name() + ":" + key)) {
                return place;
            }
        }
        return -first - 1;
    }

    private static double[] cumulative(StructureKind[] values, java.util.function.ToDoubleFunction<StructureKind> weight) {
        double[] cumulative = new double[values.length];
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += weight.applyAsDouble(values[i]);
            cumulative[i] = sum;
        }
        return cumulative;
    }

    private static int draw(double[] cumulative, SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, target);
        int index = found >= 0 ? found + 1 : -found - 1;
        while (index < cumulative.length - 1 && index > 0 && cumulative[index] == cumulative[index - 1]) {
            index++; // never land on a zero weight
        }
        return Math.min(index, cumulative.length - 1);
    }

    // ------------------------------------------------------------ structures

    /** What an offer needs to know of its structure, regenerated on demand. */
    private record Draft(int index, Structure structure, StructureKind kind, DemoPlace place, String domain,
                         Map<String, String> words, @Nullable String siaeKind, List<String> jobs) {
    }

    public Structure structure(int index) {
        return draft(index).structure();
    }

    private Draft draft(int index) {
        SplittableRandom random = random(STREAM_STRUCTURE, index);
        StructureKind kind = StructureKind.values()[kinds[index]];
        DemoPlace place = geography.place(places[index]);
        Map<String, String> words = placeWords(place);
        String[] terroir = terroir(place, random);
        words.put("asso", DemoText.pick(random, DemoText.ASSOCIATIONS));
        words.put("lieu", DemoText.pick(random, DemoText.LIEUX));
        words.put("creche", DemoText.pick(random, DemoText.CRECHES));
        words.put("garde", DemoText.pick(random, DemoText.GARDES));
        words.put("mobilite", DemoText.pick(random, DemoText.MOBILITE));
        words.put("entreprise", DemoText.pick(random, DemoText.ENTREPRISES));
        words.put("secteur", DemoText.pick(random, DemoText.GEIQ_SECTEURS));
        words.put("chantier", DemoText.pick(random, List.of("Les Jardins " + terroir[1], "Les Ateliers " + terroir[1],
                "Recyclerie " + place.deNom(), "Bâti'Solidaire " + terroir[0], "Fil et Couture " + terroir[0],
                "Les Potagers " + place.deNom(), "Éco-Chantier " + terroir[1], "Bois et Patrimoine " + terroir[1])));

        String nameTemplate = DemoText.pick(random, kind.nameTemplates());
        List<String> reseaux = kind.reseaux();
        int bar = nameTemplate.indexOf('|');
        if (bar >= 0) {
            String own = nameTemplate.substring(bar + 1);
            reseaux = own.isEmpty() ? List.of() : List.of(own.split(","));
            nameTemplate = nameTemplate.substring(0, bar);
        }
        String nom;
        String parentId = null;
        String parentNom = null;
        if (index == 1) {
            // The demo's second operator: a chantier d'insertion the product owner recognises.
            words.put("chantier", "Les Jardins de la Brie");
            nom = "Chantier d'insertion Les Jardins de la Brie";
        } else if (parents[index] >= 0) {
            Structure parent = structure(parents[index]);
            parentId = parent.id();
            parentNom = parent.nom();
            reseaux = parent.reseauxPorteurs();
            nom = DemoText.truncateName(parent.nom() + " — antenne " + place.deNom(), 150);
        } else {
            nom = DemoText.truncateName(DemoText.fill(nameTemplate, words), 150);
        }
        words.put("structure", nom);
        // Under example.org (RFC 2606): never anybody's domain, yet a TLD e-mail validators accept
        // (they reject the bare ".example" TLD, and data·inclusion checks courriel as an e-mail).
        String domain = DemoText.domainLabel(nom.contains(place.nom()) ? nom : nom + " " + place.nom()) + ".example.org";
        Address address = address(place, random);
        StringBuilder description = new StringBuilder(DemoText.fill(kind.description(), words));
        description.append(" L'accueil se fait ").append(place.aNom()).append(", ").append(address.adresse()).append('.');
        if (parentNom != null) {
            description.append(" Cette antenne dépend de ").append(parentNom).append('.');
        }
        String siaeKind = kind.siaeKind();
        List<String> jobs = List.of();
        if (siaeKind != null) {
            List<String> bank = new ArrayList<>(DemoText.siaeJobs(siaeKind));
            shuffle(bank, random);
            jobs = List.copyOf(bank.subList(0, Math.min(bank.size(), 2 + random.nextInt(2))));
        }
        LocalDate dateMaj = today.minusDays(random.nextInt(700));
        ModerationStatus moderation = index % PENDING_EVERY == PENDING_EVERY / 2
                ? ModerationStatus.EN_ATTENTE : ModerationStatus.VALIDEE;
        Structure structure = new Structure(structureId(index), SOURCE, siret(random), nom, description.toString(),
                address, phone(place, random), "contact@" + domain,
                random.nextDouble() < 0.6 ? "https://www." + domain : null, null,
                DemoText.pick(random, kind.hours()), null, reseaux, kind.code(), parentId, moderation, dateMaj, 1);
        return new Draft(index, structure, kind, place, domain, words, siaeKind, jobs);
    }

    private Map<String, String> placeWords(DemoPlace place) {
        Map<String, String> words = new HashMap<>();
        words.put("commune", place.nom());
        words.put("de_commune", place.deNom());
        words.put("a_commune", place.aNom());
        words.put("departement", place.departementNom());
        words.put("de_departement", place.departementDeNom());
        words.put("departement_code", place.departementCode());
        String[] territory = territory(place);
        words.put("territoire", territory[0]);
        words.put("de_territoire", territory[1]);
        return words;
    }

    /**
     * The EPCI as people name it ("Pays de Meaux", "du Pays de Meaux"); in a métropole, the
     * commune, so that Paris and its neighbours each get their own mission locale.
     */
    static String[] territory(DemoPlace place) {
        String epci = place.epciNom();
        if (epci == null || epci.contains("Métropole") || epci.contains("Metropole")) {
            return new String[] {place.nom(), place.deNom()};
        }
        String bare = epci.replaceFirst("^(CA|CC|CU|CT|EPT|Communauté d'agglomération|Communauté de communes) ", "");
        for (String article : List.of("du ", "de la ", "des ", "de l'", "d'")) {
            if (bare.startsWith(article)) {
                String name = bare.substring(article.length());
                String shown = article.equals("du ") ? name : article.equals("des ") ? "Les " + name : name;
                return new String[] {shown, bare};
            }
        }
        if (bare.startsWith("Communauté")) {
            return new String[] {bare, "de la " + bare};
        }
        if (bare.matches("(Pays|Val|Grand|Bassin|Plateau|Haut|Vexin|Gâtinais|Provinois|Pays-de) ?.*")) {
            return new String[] {bare, "du " + bare};
        }
        return new String[] {bare, DemoText.de(bare)};
    }

    private static String territoryKey(DemoPlace place) {
        String epci = place.epciNom();
        return epci == null || epci.contains("Métropole") || epci.contains("Metropole") ? place.code() : place.epciCode();
    }

    private static String[] terroir(DemoPlace place, SplittableRandom random) {
        List<String[]> local = DemoText.terroirs(place.departementCode());
        return local.isEmpty() ? new String[] {place.departementNom(), place.departementDeNom()}
                : DemoText.pick(random, local);
    }

    private Address address(DemoPlace place, SplittableRandom random) {
        String adresse = (1 + random.nextInt(120)) + " " + DemoText.pick(random, DemoText.STREETS);
        String complement = random.nextDouble() < 0.2 ? DemoText.pick(random, DemoText.COMPLEMENTS) : null;
        String codePostal = place.codesPostaux().isEmpty() ? null : DemoText.pick(random, place.codesPostaux());
        // Within the commune: up to ~1 km around its point, less in a village, more inside Paris.
        double radiusKm = place.population() > 500_000 ? 3.5
                : Math.min(1.0, 0.15 + Math.sqrt(Math.max(place.population(), 0)) / 250.0);
        double distance = radiusKm * Math.sqrt(random.nextDouble());
        double angle = random.nextDouble() * 2 * Math.PI;
        double latitude = place.latitude() + distance * Math.cos(angle) / 111.32;
        double longitude = place.longitude()
                + distance * Math.sin(angle) / (111.32 * Math.cos(Math.toRadians(place.latitude())));
        return new Address(adresse, complement, codePostal, place.code(), place.nom(),
                round(latitude, 6), round(longitude, 6));
    }

    /** A SIRET whose SIREN and whole number both pass the Luhn check, as real ones do. */
    static String siret(SplittableRandom random) {
        StringBuilder siren = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            siren.append(random.nextInt(10));
        }
        siren.append(luhnCheckDigit(siren.toString()));
        String withNic = siren + "000" + (1 + random.nextInt(9));
        return withNic + luhnCheckDigit(withNic);
    }

    static int luhnCheckDigit(String digits) {
        int sum = 0;
        // Doubling starts from the rightmost digit once the check digit is appended.
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    static boolean luhnValid(String digits) {
        return luhnCheckDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
    }

    /** A French number in international form; the first digit follows the ARCEP zone of the region. */
    private static String phone(DemoPlace place, SplittableRandom random) {
        String zone = switch (place.regionCode()) {
            case "11" -> "1";
            case "24", "28", "52", "53" -> "2";
            case "27", "32", "44" -> "3";
            case "84", "93", "94" -> "4";
            case "75", "76" -> "5";
            default -> "9";
        };
        StringBuilder number = new StringBuilder("+33").append(zone);
        for (int i = 0; i < 8; i++) {
            number.append(random.nextInt(10));
        }
        return number.toString();
    }

    // ----------------------------------------------------------------- offers

    public Offer offer(int index) {
        SplittableRandom random = random(STREAM_OFFER, index);
        Anchor anchor = index < ANCHORS.size() ? ANCHORS.get(index) : null;
        int owner = ownerOf(index);
        Draft draft = draft(owner);
        OfferTemplate template;
        if (anchor != null) {
            template = OfferTemplates.get(anchor.template());
        } else if (index - ANCHORS.size() < spec.structures() - GUARANTEED_STRUCTURES) {
            // First round: each structure's first offer walks its kind's list, so all are present.
            List<String> keys = draft.kind().offerTemplates();
            template = OfferTemplates.get(keys.get(ranks[owner] % keys.size()));
        } else {
            template = OfferTemplates.get(DemoText.pick(random, draft.kind().offerTemplates()));
        }
        Block block = template.block();
        if (block == Block.SIAE && draft.siaeKind() == null) {
            block = Block.NONE;
        }

        // Where: mostly at the structure; sometimes a permanence in another commune of the département.
        DemoPlace place = draft.place();
        Address address = draft.structure().address();
        if (anchor == null && random.nextDouble() < 0.1) {
            place = geography.place(geography.pickIn(place.departementCode(), random));
            address = address(place, random);
        }
        Map<String, String> words = new HashMap<>(draft.words());
        words.putAll(placeWords(place));
        words.put("structure", draft.structure().nom());
        words.put("de_structure", DemoText.de(draft.structure().nom()));
        String job = draft.jobs().isEmpty() ? "Agent(e) polyvalent(e)"
                : anchor != null && anchor.rule() == AccessRule.VALIDATION && draft.jobs().size() > 1
                ? draft.jobs().get(1) : DemoText.pick(random, draft.jobs());
        words.put("metier", job);
        words.put("de_metier_min", DemoText.de(DemoText.lowerFirst(job)));
        String formation = anchor != null ? "Agent de propreté et d'hygiène" : DemoText.pick(random, DemoText.FORMATIONS);
        words.put("formation", formation);
        words.put("de_formation_min", DemoText.de(DemoText.lowerFirst(formation)));
        ClauseSociale clause = block == Block.CLAUSE ? clause(draft, place, random) : null;
        words.put("operation", clause == null ? "" : clause.operation());

        // Status: 4 % not public, spread evenly (not by chance) so a small demo still has each.
        OfferStatus status = OfferStatus.PUBLIEE;
        int bucket = (int) ((index * 37L + 11) % 100);
        if (anchor == null) {
            status = switch (bucket) {
                case 0, 1 -> OfferStatus.BROUILLON;
                case 2 -> OfferStatus.SUSPENDUE;
                case 3 -> OfferStatus.ARCHIVEE;
                default -> OfferStatus.PUBLIEE;
            };
            if (draft.structure().moderationStatus() == ModerationStatus.EN_ATTENTE) {
                status = OfferStatus.BROUILLON;
            }
        }

        AccessRule rule = anchor != null ? anchor.rule() : accessRule(template, random);
        List<String> publics = DemoText.pick(random, template.publics());
        List<String> accessPublics = anchor != null ? anchor.accessPublics()
                : rule == AccessRule.AUTO && random.nextDouble() < 0.25 ? accessPublics(publics, random) : List.of();

        List<String> modesAccueil;
        double remote = anchor != null ? 1 : random.nextDouble(); // the operators' offers are on site
        if (remote < template.remoteShare() * 0.6) {
            modesAccueil = List.of(Offer.MODE_REMOTE);
        } else if (remote < template.remoteShare()) {
            modesAccueil = List.of(Offer.MODE_ON_SITE, Offer.MODE_REMOTE);
        } else {
            modesAccueil = List.of(Offer.MODE_ON_SITE);
        }
        List<String> zone = zone(draft.kind(), place, modesAccueil, anchor != null, random);

        List<OfferSession> sessions = sessions(template.sessions(), template, anchor != null, index, random);
        String nom = DemoText.fill(DemoText.pick(random, template.names()), words);
        if (anchor == null && !nom.contains(place.nom()) && !nom.contains("—") && random.nextDouble() < 0.2) {
            nom = nom + " — " + place.nom();
        }
        nom = DemoText.truncateName(nom, 150);

        String lien = "https://www." + draft.domain() + "/inscription";
        List<String> modesMobilisation = modesMobilisation(rule, random);
        String description = description(template, words, publics, rule, accessPublics, modesAccueil, address,
                sessions, random);

        LocalDate dateMaj = anchor != null ? today.minusDays(3 + random.nextInt(40)) : dateMaj(random);
        int frequency = List.of(3, 6, 6, 12).get(random.nextInt(4));
        LocalDate verifiedOn = null;
        String verifiedBy = null;
        if (status == OfferStatus.PUBLIEE && random.nextDouble() < 0.3) {
            LocalDate checked = dateMaj.plusDays(random.nextInt(15));
            verifiedOn = checked.isAfter(today) ? today : checked;
            verifiedBy = "Gestion du territoire — " + place.departementNom();
        }
        Lifecycle lifecycle = new Lifecycle(status,
                status == OfferStatus.SUSPENDUE ? today.plusDays(7 + random.nextInt(114)) : null,
                frequency, verifiedOn, verifiedBy);

        Set<String> langues = new LinkedHashSet<>();
        langues.add("fr");
        if (!template.extraLanguages().isEmpty() && random.nextDouble() < 0.7) {
            int count = 1 + random.nextInt(Math.min(3, template.extraLanguages().size()));
            for (int i = 0; i < count; i++) {
                langues.add(DemoText.pick(random, template.extraLanguages()));
            }
        } else if (random.nextDouble() < 0.1) {
            langues.add("en");
        }

        SiaeBlock siae = block == Block.SIAE ? new SiaeBlock(draft.siaeKind(),
                anchor != null ? 3 + random.nextInt(6) : random.nextDouble() < 0.2 ? 0 : 1 + random.nextInt(12),
                draft.jobs(), today.plusMonths(3 + random.nextInt(28)).withDayOfMonth(1).minusDays(1)) : null;

        Contact contact = new Contact(draft.structure().telephone(),
                DemoText.pick(random, List.of("contact@", "accueil@", "insertion@")) + draft.domain(),
                random.nextDouble() < 0.15 ? DemoText.pick(random, DemoText.PRENOMS) : DemoText.pick(random, DemoText.ROLES));
        String horaires = random.nextDouble() < 0.2 ? null : draft.structure().horairesAccueil();

        return new Offer(offerId(index), SOURCE, draft.structure().id(), nom, description, template.type(),
                template.thematiques(), template.payant() ? "payant" : "gratuit", template.fraisPrecisions(),
                publics, template.publicsPrecisions(), template.conditionsAcces(), address, contact, modesAccueil, zone,
                modesMobilisation, mobilisablePar(rule, random), mobilisationPrecisions(rule),
                modesMobilisation.contains("utiliser-lien-mobilisation") ? lien : null, null, horaires,
                template.weeklyHours() == null ? null : round(between(random, template.weeklyHours()) * 2, 0) / 2,
                template.weeks() == null ? null : template.weeks()[0]
                        + random.nextInt(template.weeks()[1] - template.weeks()[0] + 1),
                dateMaj, lifecycle, rule, accessPublics, List.copyOf(langues), siae, clause, sessions, 1);
    }

    private int ownerOf(int index) {
        if (index < ANCHORS.size()) {
            return ANCHORS.get(index).structure();
        }
        int round = index - ANCHORS.size();
        if (round < spec.structures() - GUARANTEED_STRUCTURES) {
            return GUARANTEED_STRUCTURES + round;
        }
        return draw(offerCumulative, random(STREAM_OFFER_OWNER, index));
    }

    private static AccessRule accessRule(OfferTemplate template, SplittableRandom random) {
        int[] w = template.accessWeights();
        int roll = random.nextInt(w[0] + w[1] + w[2]);
        return roll < w[0] ? AccessRule.PRESCRIPTION : roll < w[0] + w[1] ? AccessRule.VALIDATION : AccessRule.AUTO;
    }

    /** Auto-prescription kept for some publics ("les jeunes s'inscrivent seuls, les autres via un référent"). */
    private static List<String> accessPublics(List<String> publics, SplittableRandom random) {
        List<String> specific = publics.stream().filter(p -> !p.equals("tous-publics")).toList();
        if (!specific.isEmpty()) {
            return List.of(DemoText.pick(random, specific));
        }
        return List.of(DemoText.pick(random, List.of("jeunes", "beneficiaires-des-minimas-sociaux", "seniors")));
    }

    private List<String> zone(StructureKind kind, DemoPlace place, List<String> modes, boolean anchor,
                              SplittableRandom random) {
        String epciOrDepartement = place.epciCode() != null ? place.epciCode() : place.departementCode();
        if (anchor) {
            return List.of(epciOrDepartement);
        }
        if (!modes.contains(Offer.MODE_ON_SITE)) { // remote only: no distance, a wide zone
            return random.nextBoolean() ? List.of(place.departementCode()) : List.of("france");
        }
        switch (kind) { // services bound to an institution's territory
            case CCAS, RELAIS_PETITE_ENFANCE, CENTRE_SANTE -> {
                return List.of(place.code());
            }
            case MDS, CAP_EMPLOI -> {
                return List.of(place.departementCode());
            }
            case MISSION_LOCALE, PLIE, MAISON_EMPLOI -> {
                return List.of(epciOrDepartement);
            }
            default -> {
            }
        }
        double roll = random.nextDouble();
        if (roll < 0.30) {
            return List.of();
        }
        if (roll < 0.50) {
            return List.of(place.code());
        }
        if (roll < 0.78) {
            return List.of(epciOrDepartement);
        }
        if (roll < 0.97) {
            return List.of(place.departementCode());
        }
        return List.of("france");
    }

    private static List<String> modesMobilisation(AccessRule rule, SplittableRandom random) {
        if (rule == AccessRule.PRESCRIPTION) {
            return random.nextBoolean() ? List.of("envoyer-un-courriel") : List.of("envoyer-un-courriel", "telephoner");
        }
        List<String> all = List.of("se-presenter", "telephoner", "envoyer-un-courriel", "utiliser-lien-mobilisation");
        List<String> chosen = new ArrayList<>();
        for (String mode : all) {
            if (random.nextDouble() < 0.45) {
                chosen.add(mode);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(DemoText.pick(random, all));
        }
        return List.copyOf(chosen);
    }

    private static List<String> mobilisablePar(AccessRule rule, SplittableRandom random) {
        return switch (rule) {
            case PRESCRIPTION -> List.of("professionnels");
            case VALIDATION -> List.of("professionnels", "usagers");
            case AUTO -> random.nextDouble() < 0.3 ? List.of("usagers") : List.of("professionnels", "usagers");
        };
    }

    private static String mobilisationPrecisions(AccessRule rule) {
        return switch (rule) {
            case PRESCRIPTION -> "Orientation par un professionnel : fiche de liaison à envoyer par courriel.";
            case VALIDATION -> "Demande de la personne sur Passerelle, validée par son référent.";
            case AUTO -> "Inscription directe auprès de la structure ou sur Passerelle.";
        };
    }

    private LocalDate dateMaj(SplittableRandom random) {
        // Most operators update within the year; about one offer in six is over a year old.
        double roll = random.nextDouble();
        int days = roll < 0.55 ? random.nextInt(180) : roll < 0.83 ? 180 + random.nextInt(185)
                : 366 + random.nextInt(364);
        return today.minusDays(days);
    }

    /** An operation, who buys it, its trade and a fictional employer that fits the trade. */
    private ClauseSociale clause(Draft draft, DemoPlace place, SplittableRandom random) {
        String personnalite = DemoText.pick(random, DemoText.PERSONNALITES);
        String territoire = draft.words().get("territoire");
        String departement = "Département " + place.departementDeNom();
        String ville = "Ville " + place.deNom();
        String[] operation = switch (random.nextInt(7)) {
            case 0 -> new String[] {"Réhabilitation du collège " + personnalite + " " + place.deNom(), departement,
                    "BTP – second œuvre", "Bâtiment " + territoire + " Construction"};
            case 1 -> new String[] {"Construction du groupe scolaire " + personnalite + " " + place.aNom(), ville,
                    "BTP – gros œuvre", "Entreprise générale Martin et Fils"};
            case 2 -> new String[] {"Rénovation énergétique de " + (40 + random.nextInt(160)) + " logements sociaux "
                    + place.aNom(), "Office public de l'habitat " + place.departementDeNom(), "BTP – second œuvre",
                    "Isolation Rénov' " + territoire};
            case 3 -> new String[] {"Entretien des espaces verts des collèges " + place.departementDeNom(), departement,
                    "Espaces verts", "Paysages " + territoire};
            case 4 -> new String[] {"Nettoyage des bâtiments départementaux " + place.departementDeNom(), departement,
                    "Propreté", "Société de nettoyage Net Horizon"};
            case 5 -> new String[] {"Réaménagement de la place du marché " + place.deNom(),
                    place.epciNom() != null ? place.epciNom() : ville, "Travaux publics", "Routes et Réseaux " + territoire};
            default -> new String[] {"Travaux de voirie de la route départementale " + (1 + random.nextInt(400)),
                    departement, "Travaux publics", "Routes et Réseaux " + place.departementNom()};
        };
        int planned = (20 + random.nextInt(380)) * 50;
        LocalDate start = today.minusDays(random.nextInt(360));
        return new ClauseSociale(operation[0], operation[1], operation[3], operation[2], planned,
                (int) (planned * random.nextDouble() * 0.9), start, start.plusMonths(6 + random.nextInt(30)),
                2 + random.nextInt(14), "Facilitatrice des clauses sociales — " + draft.structure().nom());
    }

    private List<OfferSession> sessions(Sessions kind, OfferTemplate template, boolean anchor, int index,
                                        SplittableRandom random) {
        if (kind == Sessions.NONE) {
            return List.of();
        }
        int count = switch (kind) {
            case TRAINING -> 1 + random.nextInt(3);
            case WORKSHOP -> 2 + random.nextInt(4);
            default -> 1 + random.nextInt(2);
        };
        if (anchor) {
            count = Math.max(count, 2);
        }
        int horizon = switch (kind) {
            case WORKSHOP -> 200;
            default -> 260;
        };
        int[] offsets = new int[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = 3 + random.nextInt(horizon);
        }
        Arrays.sort(offsets);
        List<OfferSession> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate start = today.plusDays(offsets[i]);
            int capacity = switch (kind) {
                case TRAINING -> 8 + random.nextInt(13);
                case WORKSHOP -> 6 + random.nextInt(10);
                default -> 1 + random.nextInt(8);
            };
            boolean full = random.nextDouble() < 0.2;
            if (anchor) {
                full = i == 0 && index == 1; // the anchor training shows a full session with a waiting list
            }
            int placesLeft = full ? 0 : 1 + random.nextInt(capacity);
            boolean waitingList = full && (anchor || random.nextDouble() < 0.7);
            LocalDate end;
            String label;
            switch (kind) {
                case TRAINING -> {
                    int weeks = template.weeks() == null ? 8 : template.weeks()[0]
                            + random.nextInt(template.weeks()[1] - template.weeks()[0] + 1);
                    end = start.plusWeeks(weeks).minusDays(3);
                    label = "Session de " + month(start);
                }
                case WORKSHOP -> {
                    end = start;
                    label = "Atelier du " + DemoText.JOURS.get(start.getDayOfWeek().ordinal()) + " "
                            + start.getDayOfMonth() + " " + DemoText.MOIS.get(start.getMonthValue() - 1);
                }
                default -> {
                    end = null;
                    label = "Places à partir du " + start.getDayOfMonth() + " "
                            + DemoText.MOIS.get(start.getMonthValue() - 1) + " " + start.getYear();
                }
            }
            sessions.add(new OfferSession(null, label, start, end, capacity, placesLeft, waitingList));
        }
        return List.copyOf(sessions);
    }

    private static String month(LocalDate date) {
        return DemoText.MOIS.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    // ------------------------------------------------------------ descriptions

    private static final Map<String, String> PUBLIC_PHRASES = Map.ofEntries(
            Map.entry("beneficiaires-des-minimas-sociaux", "personnes bénéficiaires du RSA ou d'un autre minimum social"),
            Map.entry("demandeurs-emploi", "demandeurs d'emploi"),
            Map.entry("jeunes", "jeunes de 16 à 25 ans"),
            Map.entry("familles", "familles"),
            Map.entry("femmes", "femmes"),
            Map.entry("personnes-exilees", "personnes exilées, réfugiées ou arrivées récemment en France"),
            Map.entry("personnes-en-situation-de-handicap", "personnes en situation de handicap"),
            Map.entry("residents-qpv-frr", "habitants des quartiers prioritaires"),
            Map.entry("personnes-en-situation-durgence", "personnes en situation d'urgence"),
            Map.entry("seniors", "seniors"),
            Map.entry("actifs", "personnes en emploi"),
            Map.entry("etudiants", "étudiants"),
            Map.entry("personnes-en-situation-juridique-specifique", "personnes en situation juridique particulière"));

    private static String publicsPhrase(List<String> publics) {
        List<String> phrases = publics.stream().filter(PUBLIC_PHRASES::containsKey).map(PUBLIC_PHRASES::get).toList();
        if (phrases.isEmpty()) {
            return null;
        }
        return "aux " + String.join(" et aux ", phrases);
    }

    private String description(OfferTemplate template, Map<String, String> words, List<String> publics,
                               AccessRule rule, List<String> accessPublics, List<String> modes, Address address,
                               List<OfferSession> sessions, SplittableRandom random) {
        List<String> parts = new ArrayList<>();
        parts.add(DemoText.fill(DemoText.pick(random, template.intros()), words));
        List<String> details = new ArrayList<>(template.details());
        shuffle(details, random);
        parts.add(DemoText.fill(details.get(0), words));
        parts.add(DemoText.fill(details.get(1), words));
        String forWhom = publicsPhrase(publics);
        parts.add(forWhom == null ? "Ouvert à tous les publics." : "Pour qui ? Cette offre s'adresse "
                + forWhom + ".");
        parts.add(switch (rule) {
            case PRESCRIPTION -> DemoText.pick(random, List.of(
                    "Comment y accéder ? Sur prescription de votre référent : conseiller France Travail, mission locale, travailleur social du Département ou du CCAS.",
                    "L'entrée se fait uniquement sur orientation d'un professionnel qui vous accompagne : parlez-en à votre référent."));
            case VALIDATION -> DemoText.pick(random, List.of(
                    "Comment y accéder ? Positionnez-vous sur Passerelle : votre référent valide la demande, puis la structure vous recontacte.",
                    "Vous pouvez faire la demande vous-même ; elle est transmise à la structure après l'accord de votre référent."));
            case AUTO -> accessPublics.isEmpty()
                    ? DemoText.pick(random, List.of(
                    "Comment y accéder ? Inscrivez-vous directement, sans passer par un référent ; il en sera informé.",
                    "Pas besoin d'orientation : vous pouvez vous inscrire directement auprès de la structure."))
                    : "L'inscription directe est ouverte " + publicsPhrase(accessPublics)
                    + " ; les autres personnes passent par leur référent.";
        });
        if (!modes.contains(Offer.MODE_ON_SITE)) {
            parts.add("Tout se passe à distance, par téléphone ou en visioconférence : pas besoin de vous déplacer.");
        } else if (modes.contains(Offer.MODE_REMOTE)) {
            parts.add("Sur place " + words.get("a_commune") + " (" + address.adresse() + ") ou à distance, selon vos contraintes.");
        } else {
            parts.add(DemoText.pick(random, List.of("Rendez-vous au " + address.adresse() + ", " + words.get("a_commune") + ".",
                    "L'accueil a lieu " + words.get("a_commune") + ", " + address.adresse() + ".")));
        }
        parts.add(template.payant() ? "Tarif : " + DemoText.lowerFirst(template.fraisPrecisions())
                : template.fraisPrecisions() == null ? "C'est gratuit." : "C'est gratuit. " + template.fraisPrecisions());
        OfferSession next = sessions.stream().filter(OfferSession::hasPlaces).findFirst().orElse(null);
        if (!sessions.isEmpty()) {
            parts.add(next == null ? "Les prochaines dates sont complètes ; une liste d'attente est ouverte."
                    : "Des places sont disponibles pour les prochaines dates : voir le calendrier ci-dessous.");
        }
        String text = String.join(" ", parts).replace("..", ".");
        if (text.length() > 1200) { // drop a detail rather than cut a sentence in half
            parts.remove(2);
            text = DemoText.truncateSentences(String.join(" ", parts).replace("..", "."), 1200);
        }
        return text;
    }

    // ------------------------------------------------------------------ tools

    private SplittableRandom random(long stream, long index) {
        long z = spec.seed() * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + (index + 1) * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(z ^ (z >>> 31));
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }

    private static double between(SplittableRandom random, double[] range) {
        return range[0] + random.nextDouble() * (range[1] - range[0]);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
