package fr.passerelle.catalogue.demo;

import ch.poole.openinghoursparser.OpeningHoursParser;
import fr.passerelle.catalogue.Vocabularies;
import fr.passerelle.catalogue.VocabularyKind;
import fr.passerelle.geo.Commune;
import fr.passerelle.geo.Gazetteer;
import fr.passerelle.geo.GeoPoint;
import fr.passerelle.shared.Sql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The demo catalogue's promises to the product owner, checked on what start-up wrote into
 * PostgreSQL (the test profile loads the configured demo: 1,600 structures, 6,400 offers).
 */
@MicronautTest(transactional = false)
class DemoCatalogueTest {

    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    DemoCatalogueLoader loader;
    @Inject
    Vocabularies vocabularies;
    @Inject
    Gazetteer gazetteer;

    /** The columns the checks read, one row per offer. */
    record OfferRow(String id, String structureId, String status, String accessRule, List<String> accessPublics,
                    List<String> thematiques, String type, String frais, List<String> publics,
                    List<String> modesAccueil, List<String> zone, List<String> modesMobilisation,
                    List<String> mobilisablePar, List<String> langues, String codeInsee, String codePostal,
                    Double latitude, Double longitude, LocalDate dateMaj, LocalDate suspendedUntil,
                    String horaires, boolean siae, boolean clause, String siaeKind, String nom, String description) {
    }

    private <T> T query(String sql, RowReader<T> reader) {
        return transactions.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                return reader.read(rs);
            }
        });
    }

    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private long count(String sql) {
        return query(sql, rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    private List<OfferRow> offers() {
        return query("""
                select id, structure_id, status, access_rule, access_publics, thematiques, type, frais, publics,
                       modes_accueil, zone_eligibilite, modes_mobilisation, mobilisable_par, langues, code_insee,
                       code_postal, latitude, longitude, date_maj, suspended_until, horaires_accueil,
                       siae is not null as has_siae, clause_sociale is not null as has_clause,
                       siae ->> 'type' as siae_kind, nom, description
                from offer where source = 'passerelle-demo' order by id""", rs -> {
            List<OfferRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new OfferRow(rs.getString("id"), rs.getString("structure_id"), rs.getString("status"),
                        rs.getString("access_rule"), Sql.textArray(rs, "access_publics"),
                        Sql.textArray(rs, "thematiques"), rs.getString("type"), rs.getString("frais"),
                        Sql.textArray(rs, "publics"), Sql.textArray(rs, "modes_accueil"),
                        Sql.textArray(rs, "zone_eligibilite"), Sql.textArray(rs, "modes_mobilisation"),
                        Sql.textArray(rs, "mobilisable_par"), Sql.textArray(rs, "langues"), rs.getString("code_insee"),
                        rs.getString("code_postal"), Sql.nullableDouble(rs, "latitude"),
                        Sql.nullableDouble(rs, "longitude"), Sql.date(rs, "date_maj"),
                        Sql.date(rs, "suspended_until"), rs.getString("horaires_accueil"), rs.getBoolean("has_siae"),
                        rs.getBoolean("has_clause"), rs.getString("siae_kind"), rs.getString("nom"),
                        rs.getString("description")));
            }
            return rows;
        });
    }

    private List<OfferRow> published() {
        return offers().stream().filter(o -> o.status().equals("publiee")).toList();
    }

    @Test
    void startUpLoadsTheConfiguredDemoOfSixteenHundredStructuresAndSixtyFourHundredOffers() {
        assertThat(count("select count(*) from structure where source = 'passerelle-demo'")).isEqualTo(1600);
        assertThat(count("select count(*) from offer where source = 'passerelle-demo'")).isEqualTo(6400);
        assertThat(count("select count(*) from structure")).isGreaterThanOrEqualTo(1500);
        assertThat(count("select count(*) from offer where source = 'passerelle-demo' and status = 'publiee'")).isGreaterThanOrEqualTo(6000);
    }

    @Test
    void seineEtMarneEssonneValDeMarneAndParisHoldTheMostOffers() {
        Map<String, Long> byDepartement = query("""
                select c.departement_code, count(*) from offer o join commune c on c.code = o.code_insee where o.source = 'passerelle-demo'
                group by c.departement_code order by count(*) desc, c.departement_code""", rs -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
            return counts;
        });
        assertThat(byDepartement.keySet().stream().limit(4).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("77", "91", "94", "75");
        assertThat(byDepartement.keySet().iterator().next()).isEqualTo("77");
        assertThat(byDepartement.keySet()).allMatch(code -> DemoScope.ILE_DE_FRANCE.includes(code));
    }

    @Test
    void everyCategoryAndEveryFamilyHasPublishedOffers() {
        List<OfferRow> published = published();
        Set<String> categories = published.stream().flatMap(o -> o.thematiques().stream())
                .map(Vocabularies::categoryOf).collect(Collectors.toSet());
        assertThat(categories).containsExactlyInAnyOrderElementsOf(vocabularies.values(VocabularyKind.CATEGORIE));
        Set<String> families = new HashSet<>();
        for (OfferRow offer : published) {
            families.addAll(vocabularies.familiesOf(offer.thematiques(), offer.siae(), offer.clause()));
        }
        assertThat(families).containsExactlyInAnyOrderElementsOf(
                vocabularies.families().stream().map(f -> f.code()).toList());
        assertThat(published.stream().map(OfferRow::siaeKind).filter(k -> k != null).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("ACI", "EI", "ETTI", "AI", "EITI", "GEIQ", "EA");
    }

    @Test
    void publishedOffersUseEveryAccessRuleAndSomeKeepAutoPrescriptionForGivenPublics() {
        List<OfferRow> published = published();
        assertThat(published.stream().map(OfferRow::accessRule).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("prescription", "validation", "auto");
        assertThat(published).anyMatch(o -> o.accessRule().equals("auto") && !o.accessPublics().isEmpty());
        assertThat(published).filteredOn(o -> !o.accessRule().equals("auto")).allMatch(o -> o.accessPublics().isEmpty());
    }

    @Test
    void someOffersHaveSessionsWithPlacesAndSomeSessionsAreFullWithAWaitingList() {
        LocalDate today = loader.today();
        assertThat(count("select count(distinct offer_id) from offer_session where places_left > 0 and offer_id like 'passerelle-demo--%'")).isGreaterThan(500);
        assertThat(count("select count(*) from offer_session where places_left = 0 and waiting_list and offer_id like 'passerelle-demo--%'")).isGreaterThan(50);
        assertThat(count("select count(*) from offer_session where capacity not between 1 and 20 and offer_id like 'passerelle-demo--%'")).isZero();
        assertThat(count("select count(*) from offer_session where offer_id like 'passerelle-demo--%' and starts_on < date '" + today + "'"
                + " or starts_on > date '" + today.plusMonths(9) + "'")).isZero();
    }

    @Test
    void someOffersAreStaleSomeSuspendedUntilALaterDateSomeDraftsAndSomeArchived() {
        LocalDate today = loader.today();
        List<OfferRow> offers = offers();
        long stale = offers.stream().filter(o -> o.status().equals("publiee")
                && o.dateMaj().isBefore(today.minusYears(1))).count();
        assertThat(stale).isBetween(300L, 2000L);
        assertThat(offers).allMatch(o -> !o.dateMaj().isAfter(today) && o.dateMaj().isAfter(today.minusYears(2)));
        assertThat(offers).filteredOn(o -> o.status().equals("suspendue")).isNotEmpty()
                .allMatch(o -> o.suspendedUntil() != null && o.suspendedUntil().isAfter(today));
        assertThat(offers).filteredOn(o -> o.status().equals("brouillon")).hasSizeGreaterThan(30);
        assertThat(offers).filteredOn(o -> o.status().equals("archivee")).isNotEmpty();
        assertThat(count("select count(*) from offer where source = 'passerelle-demo' and verified_on is not null and verified_by is not null"))
                .isGreaterThan(100);
        assertThat(count("select count(distinct update_frequency_months) from offer where source = 'passerelle-demo'")).isEqualTo(3);
    }

    @Test
    void everyOfferIsInAKnownCommuneWithinFifteenKilometresOfItsCentroid() {
        for (OfferRow offer : offers()) {
            Commune commune = gazetteer.commune(offer.codeInsee())
                    .orElseThrow(() -> new AssertionError(offer.id() + " has unknown commune " + offer.codeInsee()));
            assertThat(offer.codePostal()).as(offer.id()).matches("\\d{5}");
            assertThat(commune.codesPostaux()).as(offer.id()).contains(offer.codePostal());
            double km = commune.point().distanceKm(new GeoPoint(offer.latitude(), offer.longitude()));
            assertThat(km).as(offer.id() + " distance to " + commune.nom()).isLessThan(15);
        }
    }

    @Test
    void everyVocabularyValueIsAKnownDataInclusionValue() {
        for (OfferRow o : offers()) {
            vocabularies.requireKnown(VocabularyKind.THEMATIQUE, o.thematiques(), "thematiques");
            vocabularies.requireKnown(VocabularyKind.TYPE, List.of(o.type()), "type");
            vocabularies.requireKnown(VocabularyKind.FRAIS, List.of(o.frais()), "frais");
            vocabularies.requireKnown(VocabularyKind.PUBLIC, o.publics(), "publics");
            vocabularies.requireKnown(VocabularyKind.PUBLIC, o.accessPublics(), "access_publics");
            vocabularies.requireKnown(VocabularyKind.MODE_ACCUEIL, o.modesAccueil(), "modes_accueil");
            vocabularies.requireKnown(VocabularyKind.MODE_MOBILISATION, o.modesMobilisation(), "modes_mobilisation");
            vocabularies.requireKnown(VocabularyKind.PERSONNE_MOBILISATRICE, o.mobilisablePar(), "mobilisable_par");
            assertThat(o.thematiques()).isNotEmpty();
            assertThat(o.langues()).contains("fr").allMatch(l -> l.matches("[a-z]{2}"));
        }
        List<List<String>> reseaux = query("select reseaux_porteurs from structure where source = 'passerelle-demo'", rs -> {
            List<List<String>> all = new ArrayList<>();
            while (rs.next()) {
                all.add(Sql.textArray(rs, "reseaux_porteurs"));
            }
            return all;
        });
        reseaux.forEach(r -> vocabularies.requireKnown(VocabularyKind.RESEAU_PORTEUR, r, "reseaux_porteurs"));
        Set<String> kinds = new HashSet<>();
        for (StructureKind kind : StructureKind.values()) {
            kinds.add(kind.code());
        }
        assertThat(count("select count(*) from structure where source = 'passerelle-demo' and typologie is null")).isZero();
        Set<String> typologies = query("select distinct typologie from structure where source = 'passerelle-demo'", rs -> {
            Set<String> found = new HashSet<>();
            while (rs.next()) {
                found.add(rs.getString(1));
            }
            return found;
        });
        assertThat(typologies).isSubsetOf(kinds);
    }

    @Test
    void zonesOfEveryKindAreUsedAndRemoteOffersHaveAWideZone() {
        List<OfferRow> offers = offers();
        Set<String> kinds = new HashSet<>();
        for (OfferRow o : offers) {
            for (String code : o.zone()) {
                if (code.equals(Gazetteer.FRANCE)) {
                    kinds.add("france");
                } else if (code.length() == 9) {
                    assertThat(gazetteer.epci(code)).as(o.id() + " zone " + code).isPresent();
                    kinds.add("epci");
                } else if (code.length() == 5) {
                    assertThat(gazetteer.commune(code)).as(o.id() + " zone " + code).isPresent();
                    kinds.add("commune");
                } else {
                    assertThat(gazetteer.departement(code)).as(o.id() + " zone " + code).isPresent();
                    kinds.add("departement");
                }
            }
            if (o.zone().isEmpty()) {
                kinds.add("empty");
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder("empty", "commune", "epci", "departement", "france");
        assertThat(offers).filteredOn(o -> o.modesAccueil().equals(List.of("a-distance"))).isNotEmpty()
                .allMatch(o -> o.zone().size() == 1 && (o.zone().get(0).equals("france") || o.zone().get(0).length() <= 3));
        assertThat(offers).anyMatch(o -> o.langues().size() > 1);
    }

    @Test
    void everyOpeningHoursValueParsesAsOsmOpeningHours() {
        List<String> hours = query("""
                select horaires_accueil from structure where source = 'passerelle-demo' and horaires_accueil is not null
                union select horaires_accueil from offer where source = 'passerelle-demo' and horaires_accueil is not null""", rs -> {
            List<String> all = new ArrayList<>();
            while (rs.next()) {
                all.add(rs.getString(1));
            }
            return all;
        });
        assertThat(hours).hasSizeGreaterThan(10);
        for (String value : hours) {
            try {
                assertThat(new OpeningHoursParser(new StringReader(value)).rules(true)).as(value).isNotEmpty();
            } catch (Exception e) {
                fail("Opening hours do not parse: " + value, e);
            }
        }
    }

    @Test
    void structuresHaveValidSiretsFrenchPhonesFictionalAddressesAndSomeAntennes() {
        record Row(String id, String siret, String telephone, String courriel, String codeInsee, String nom,
                   String parentId) {
        }
        List<Row> rows = query("select id, siret, telephone, courriel, code_insee, nom, parent_id from structure where source = 'passerelle-demo'", rs -> {
            List<Row> all = new ArrayList<>();
            while (rs.next()) {
                all.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)));
            }
            return all;
        });
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.siret()).matches("\\d{14}");
            assertThat(DemoCatalogueGenerator.luhnValid(r.siret())).as(r.siret()).isTrue();
            assertThat(DemoCatalogueGenerator.luhnValid(r.siret().substring(0, 9))).as(r.siret()).isTrue();
            assertThat(r.telephone()).matches("\\+33[1-9]\\d{8}");
            assertThat(r.courriel()).matches("contact@[a-z0-9-]+\\.example\\.org");
            assertThat(r.nom().length()).isBetween(3, 150);
            assertThat(gazetteer.commune(r.codeInsee())).as(r.id()).isPresent();
        });
        assertThat(rows).filteredOn(r -> r.parentId() != null).hasSizeGreaterThan(20);
        assertThat(count("select count(*) from structure where source = 'passerelle-demo' and moderation_status = 'en_attente'")).isPositive();
    }

    @Test
    void offerNamesAndDescriptionsAreWithinDataInclusionBounds() {
        // Version 1: as the generator wrote them (other tests of the run edit a few demo offers).
        record Text(String id, String nom, String description) {
        }
        List<Text> texts = query("select id, nom, description from offer where source = 'passerelle-demo'"
                + " and version = 1", rs -> {
            List<Text> all = new ArrayList<>();
            while (rs.next()) {
                all.add(new Text(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
            return all;
        });
        assertThat(texts).hasSizeGreaterThan(6000);
        for (Text o : texts) {
            assertThat(o.nom().length()).as(o.id()).isBetween(3, 150);
            assertThat(o.nom()).as(o.id()).doesNotEndWith(".").doesNotContain("{");
            assertThat(o.description().length()).as(o.id()).isBetween(200, 1200);
            assertThat(o.description()).as(o.id()).doesNotContain("{").doesNotContain("lorem");
        }
    }

    @Test
    void theFirstOperatorStructureIsInMelunWithEveryAccessRuleAndSessionsWithPlaces() {
        DemoCatalogue demo = loader.catalogue();
        assertThat(demo.firstOperatorStructure()).isEqualTo("passerelle-demo--s-000000");
        String first = query("select nom, code_insee from structure where id = '" + demo.firstOperatorStructure() + "'",
                rs -> {
                    rs.next();
                    return rs.getString(1) + " " + rs.getString(2);
                });
        assertThat(first).isEqualTo("Passerelle Emploi Melun 77288");
        List<OfferRow> own = offers().stream().filter(o -> o.structureId().equals(demo.firstOperatorStructure())).toList();
        assertThat(own).hasSizeGreaterThanOrEqualTo(6).allMatch(o -> o.status().equals("publiee"));
        assertThat(own.stream().map(OfferRow::id).toList()).containsExactlyElementsOf(demo.firstOperatorOffers());
        assertThat(own.stream().map(OfferRow::accessRule).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("prescription", "validation", "auto");
        assertThat(count("select count(distinct s.offer_id) from offer_session s join offer o on o.id = s.offer_id"
                + " where o.structure_id = '" + demo.firstOperatorStructure() + "' and s.places_left > 0"))
                .isGreaterThanOrEqualTo(3);

        String second = query("select nom, code_insee, typologie from structure where id = '"
                + demo.secondOperatorStructure() + "'", rs -> {
            rs.next();
            return rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3);
        });
        assertThat(second).isEqualTo("Chantier d'insertion Les Jardins de la Brie 77284 ACI");
        assertThat(offers()).filteredOn(o -> o.structureId().equals(demo.secondOperatorStructure()))
                .hasSize(demo.secondOperatorOffers().size()).allMatch(OfferRow::siae);
    }
}
