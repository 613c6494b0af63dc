package fr.passerelle.interop;

import fr.passerelle.support.Api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** data·inclusion rows and files for import tests. */
public final class ImportFixtures {

    private ImportFixtures() {
    }

    public static String newSource() {
        return "test-import-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A v1 structure in Melun, with its own (unqualified) id. */
    public static Map<String, Object> structure(String id) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("nom", "Structure importée " + id);
        s.put("description", "Une structure venue d'un fichier data·inclusion.");
        s.put("adresse", "1 place Saint-Jean");
        s.put("code_postal", "77000");
        s.put("code_insee", "77288");
        s.put("commune", "Melun");
        s.put("latitude", 48.5397);
        s.put("longitude", 2.659);
        s.put("telephone", "01 60 00 00 01");
        s.put("date_maj", "2026-09-01");
        return s;
    }

    /** A v1 service of the structure, in Melun, without a point (the importer fills it). */
    public static Map<String, Object> service(String id, String structureId) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("structure_id", structureId);
        s.put("nom", "Atelier importé " + id);
        s.put("description", "Un atelier venu d'un fichier data·inclusion, pour tester l'import.");
        s.put("type", "atelier");
        s.put("thematiques", List.of("numerique--maitriser-les-fondamentaux-du-numerique"));
        s.put("frais", "gratuit");
        s.put("publics", List.of("tous-publics"));
        s.put("code_postal", "77000");
        s.put("code_insee", "77288");
        s.put("commune", "Melun");
        s.put("modes_accueil", List.of("en-presentiel"));
        s.put("date_maj", "2026-10-01");
        return s;
    }

    public static Path jsonArray(Path dir, String name, List<?> rows) {
        try {
            return Files.writeString(dir.resolve(name), Api.JSON.writeValueAsString(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path jsonLines(Path dir, String name, List<?> rows) {
        return write(dir.resolve(name), rows.stream().map(ImportFixtures::json).collect(Collectors.joining("\n")));
    }

    public static String json(Object value) {
        try {
            return Api.JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path file, String content) {
        try {
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
