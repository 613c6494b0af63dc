package fr.passerelle.geo;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The reference tables in memory, read in one go; immutable once built. */
record GazetteerSnapshot(Map<String, Region> regions,
                         Map<String, Departement> departements,
                         List<Departement> departementList,
                         Map<String, Epci> epcis,
                         Map<String, Commune> communes,
                         Map<String, String> communeOfArrondissement,
                         NavigableMap<String, List<Commune>> communesByPostcode,
                         Map<String, List<Commune>> communesByDepartement,
                         Map<String, List<Epci>> epcisByDepartement,
                         Map<String, Integer> typeLiaison) {

    /** The commune of an INSEE code, or of an arrondissement code; null when unknown. */
    Commune commune(String code) {
        Commune commune = communes.get(code);
        if (commune == null) {
            String parent = communeOfArrondissement.get(code);
            return parent == null ? null : communes.get(parent);
        }
        return commune;
    }

    /** Communes having a postcode that starts with {@code prefix} (a whole postcode included). */
    Collection<Commune> communesWithPostcodePrefix(String prefix) {
        Set<Commune> found = new LinkedHashSet<>();
        communesByPostcode.subMap(prefix, true, prefix + Character.MAX_VALUE, false)
                .values().forEach(found::addAll);
        return found;
    }

    /** TNCC of a commune, département or région name (keys are prefixed "c:", "d:", "r:"). */
    int typeLiaison(String kind, String code) {
        return typeLiaison.getOrDefault(kind + ":" + code, 0);
    }

    static GazetteerSnapshot read(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            Map<String, Integer> liaison = new HashMap<>();
            Map<String, Region> regions = new HashMap<>();
            try (ResultSet rows = statement.executeQuery("select code, nom, type_liaison from region")) {
                while (rows.next()) {
                    regions.put(rows.getString(1), new Region(rows.getString(1), rows.getString(2)));
                    liaison.put("r:" + rows.getString(1), rows.getInt(3));
                }
            }
            Map<String, Departement> departements = new HashMap<>();
            try (ResultSet rows = statement.executeQuery(
                    "select code, nom, region_code, type_liaison from departement")) {
                while (rows.next()) {
                    departements.put(rows.getString(1),
                            new Departement(rows.getString(1), rows.getString(2), rows.getString(3)));
                    liaison.put("d:" + rows.getString(1), rows.getInt(4));
                }
            }
            Map<String, Epci> epcis = new HashMap<>();
            try (ResultSet rows = statement.executeQuery("select code, nom, type from epci")) {
                while (rows.next()) {
                    epcis.put(rows.getString(1), new Epci(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
            Map<String, Commune> communes = new HashMap<>(50_000);
            try (ResultSet rows = statement.executeQuery("""
                    select code, nom, codes_postaux, departement_code, region_code, epci_code, population,
                           latitude, longitude, type_liaison
                    from commune""")) {
                while (rows.next()) {
                    Array postcodes = rows.getArray(3);
                    Commune commune = new Commune(rows.getString(1), rows.getString(2),
                            Arrays.asList((String[]) postcodes.getArray()), rows.getString(4), rows.getString(5),
                            rows.getString(6), rows.getObject(7, Integer.class),
                            rows.getDouble(8), rows.getDouble(9));
                    communes.put(commune.code(), commune);
                    liaison.put("c:" + commune.code(), rows.getInt(10));
                }
            }
            Map<String, String> arrondissements = new HashMap<>();
            NavigableMap<String, List<Commune>> byPostcode = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery(
                    "select code, commune_code, codes_postaux from commune_arrondissement")) {
                while (rows.next()) {
                    arrondissements.put(rows.getString(1), rows.getString(2));
                    Commune parent = communes.get(rows.getString(2));
                    for (String postcode : (String[]) rows.getArray(3).getArray()) {
                        index(byPostcode, postcode, parent);
                    }
                }
            }
            for (Commune commune : communes.values()) {
                for (String postcode : commune.codesPostaux()) {
                    index(byPostcode, postcode, commune);
                }
            }
            return build(regions, departements, epcis, communes, arrondissements, byPostcode, liaison);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the gazetteer tables", e);
        }
    }

    private static void index(Map<String, List<Commune>> byPostcode, String postcode, Commune commune) {
        List<Commune> list = byPostcode.computeIfAbsent(postcode, key -> new ArrayList<>(2));
        if (commune != null && !list.contains(commune)) {
            list.add(commune);
        }
    }

    private static GazetteerSnapshot build(Map<String, Region> regions, Map<String, Departement> departements,
                                           Map<String, Epci> epcis, Map<String, Commune> communes,
                                           Map<String, String> arrondissements,
                                           NavigableMap<String, List<Commune>> byPostcode,
                                           Map<String, Integer> liaison) {
        Collator french = Collator.getInstance(Locale.FRENCH);
        Comparator<Commune> communeByName = Comparator.comparing(Commune::nom, french).thenComparing(Commune::code);
        Comparator<Epci> epciByName = Comparator.comparing(Epci::nom, french).thenComparing(Epci::code);

        Map<String, List<Commune>> communesByDepartement = communes.values().stream()
                .collect(Collectors.groupingBy(Commune::departementCode, Collectors.collectingAndThen(
                        Collectors.toList(), list -> list.stream().sorted(communeByName).toList())));
        Map<String, List<Epci>> epcisByDepartement = communes.values().stream()
                .filter(c -> c.epciCode() != null && epcis.containsKey(c.epciCode()))
                .collect(Collectors.groupingBy(Commune::departementCode, Collectors.collectingAndThen(
                        Collectors.mapping(c -> epcis.get(c.epciCode()), Collectors.toSet()),
                        set -> set.stream().sorted(epciByName).toList())));
        List<Departement> departementList = departements.values().stream()
                .sorted(Comparator.comparing(Departement::code)).toList();
        NavigableMap<String, List<Commune>> postcodes = new TreeMap<>();
        byPostcode.forEach((postcode, list) -> postcodes.put(postcode, List.copyOf(list)));

        return new GazetteerSnapshot(Map.copyOf(regions), Map.copyOf(departements), departementList,
                Map.copyOf(epcis), Map.copyOf(communes), Map.copyOf(arrondissements),
                java.util.Collections.unmodifiableNavigableMap(postcodes),
                Map.copyOf(communesByDepartement), Map.copyOf(epcisByDepartement), Map.copyOf(liaison));
    }
}
