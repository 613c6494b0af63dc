package fr.passerelle.interop.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.micronaut.json.tree.JsonNode;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Streams the rows of a data·inclusion file one at a time, whatever its layout: a JSON array,
 * JSON lines, a saved API page ({@code {"items": [...]}}), search hits ({@code {"service": {...},
 * "distance": ...}}) or CSV (open-data layout). Only one row is in memory at a time. CSV cells are
 * turned into JSON values: list fields from a JSON array or comma/pipe-separated text, numbers
 * from text, the {@code passerelle} block from its JSON.
 */
public final class ImportFile {

    /** Fields that are lists in data·inclusion v0 and v1 (services and structures). */
    static final Set<String> LIST_FIELDS = Set.of("thematiques", "publics", "modes_accueil", "zone_eligibilite",
            "modes_mobilisation", "mobilisable_par", "reseaux_porteurs", "profils", "types",
            "modes_orientation_accompagnateur", "modes_orientation_beneficiaire", "pre_requis", "justificatifs",
            "labels_nationaux", "labels_autres", "types_cog", "modes_orientation_accompagnateur_autres");
    private static final Set<String> NUMBER_FIELDS = Set.of("latitude", "longitude", "volume_horaire_hebdomadaire",
            "nombre_semaines");
    private static final Set<String> JSON_FIELDS = Set.of("passerelle");
    private static final JsonFactory JSON = new JsonFactory();

    private final Path path;
    private volatile long bytesRead;

    public ImportFile(Path path) {
        this.path = path;
    }

    public long size() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Bytes consumed so far by the running pass (for progress and ETA). */
    public long bytesRead() {
        return bytesRead;
    }

    /** Calls {@code row} for every row of the file, in order. */
    public void forEach(Consumer<JsonNode> row) throws IOException {
        bytesRead = 0;
        try (InputStream in = new BufferedInputStream(counting(Files.newInputStream(path)), 1 << 16)) {
            in.mark(4096);
            int first = firstSignificant(in);
            in.reset();
            if (first == '[' || first == '{') {
                readJson(in, row);
            } else if (first != -1) {
                readCsv(in, row);
            }
        }
    }

    private InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead++;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    bytesRead += n;
                }
                return n;
            }
        };
    }

    private static int firstSignificant(InputStream in) throws IOException {
        int c;
        do {
            c = in.read();
        } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
        return c;
    }

    private static void readJson(InputStream in, Consumer<JsonNode> row) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    readElements(p, row);
                } else if (token == JsonToken.START_OBJECT) {
                    readRootObject(p, row);
                } else {
                    throw new IOException("Unexpected JSON value at the root of the file: " + token);
                }
            }
        }
    }

    private static void readElements(JsonParser p, Consumer<JsonNode> row) throws IOException {
        while (p.nextToken() != JsonToken.END_ARRAY) {
            emit(readValue(p), row);
        }
    }

    /** A row (JSON lines), or a page whose "items" are streamed without holding the page. */
    private static void readRootObject(JsonParser p, Consumer<JsonNode> row) throws IOException {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        boolean page = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("items".equals(name) && value == JsonToken.START_ARRAY) {
                page = true;
                readElements(p, row);
            } else if (page) {
                p.skipChildren();
            } else {
                fields.put(name, readValue(p));
            }
        }
        if (!page) {
            emit(JsonNode.createObjectNode(fields), row);
        }
    }

    /** Search hits wrap the service: {"service": {...}, "distance": 1.2}. */
    private static void emit(JsonNode node, Consumer<JsonNode> row) {
        JsonNode service = node.isObject() ? node.get("service") : null;
        if (service != null && service.isObject() && node.get("id") == null) {
            row.accept(service);
        } else {
            row.accept(node);
        }
    }

    private static JsonNode readValue(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT -> {
                Map<String, JsonNode> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    fields.put(name, readValue(p));
                }
                return JsonNode.createObjectNode(fields);
            }
            case START_ARRAY -> {
                List<JsonNode> values = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    values.add(readValue(p));
                }
                return JsonNode.createArrayNode(values);
            }
            case VALUE_STRING -> {
                return JsonNode.createStringNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return JsonNode.createNumberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return JsonNode.createNumberNode(p.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return JsonNode.createBooleanNode(true);
            }
            case VALUE_FALSE -> {
                return JsonNode.createBooleanNode(false);
            }
            case VALUE_NULL -> {
                return JsonNode.nullNode();
            }
            default -> throw new IOException("Unexpected JSON token " + p.currentToken());
        }
    }

    private static void readCsv(InputStream in, Consumer<JsonNode> row) throws IOException {
        in.mark(1 << 15);
        byte[] head = in.readNBytes(1 << 14);
        in.reset();
        char separator = separatorOf(new String(head, StandardCharsets.UTF_8));
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().fieldSeparator(separator).detectBomHeader(true)
                .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (NamedCsvRecord record : csv) {
                Map<String, JsonNode> fields = new LinkedHashMap<>();
                record.getFieldsAsMap().forEach((name, value) -> fields.put(name.strip(), cell(name.strip(), value)));
                row.accept(JsonNode.createObjectNode(fields));
            }
        }
    }

    /** The separator of the header line: the most frequent of , ; and tab. */
    static char separatorOf(String head) {
        int end = head.indexOf('\n');
        String header = end < 0 ? head : head.substring(0, end);
        char best = ',';
        long bestCount = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[]{';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    static JsonNode cell(String name, String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return JsonNode.nullNode();
        }
        if (LIST_FIELDS.contains(name)) {
            return JsonNode.createArrayNode(listOf(value));
        }
        if (NUMBER_FIELDS.contains(name)) {
            try {
                return JsonNode.createNumberNode(Double.parseDouble(value.replace(',', '.')));
            } catch (NumberFormatException e) {
                return JsonNode.createStringNode(value);
            }
        }
        if (JSON_FIELDS.contains(name) || value.startsWith("{")) {
            try (JsonParser p = JSON.createParser(value)) {
                p.nextToken();
                return readValue(p);
            } catch (IOException e) {
                return JsonNode.createStringNode(value);
            }
        }
        return JsonNode.createStringNode(value);
    }

    /** A list cell: a JSON array, else values separated by pipes (or commas when no pipe). */
    private static List<JsonNode> listOf(String value) {
        if (value.startsWith("[")) {
            try (JsonParser p = JSON.createParser(value)) {
                p.nextToken();
                JsonNode array = readValue(p);
                List<JsonNode> values = new ArrayList<>();
                array.values().forEach(values::add);
                return values;
            } catch (IOException e) {
                // Not JSON after all: fall through to separated text.
            }
        }
        String separator = value.contains("|") ? "\\|" : ",";
        List<JsonNode> values = new ArrayList<>();
        for (String part : value.split(separator)) {
            String item = part.strip();
            if (item.startsWith("\"") && item.endsWith("\"") && item.length() > 1) {
                item = item.substring(1, item.length() - 1);
            }
            if (!item.isEmpty()) {
                values.add(JsonNode.createStringNode(item));
            }
        }
        return values;
    }
}
