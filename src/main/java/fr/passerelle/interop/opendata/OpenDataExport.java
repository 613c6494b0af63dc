package fr.passerelle.interop.opendata;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.siegmar.fastcsv.writer.CsvWriter;
import fr.passerelle.catalogue.ModerationStatus;
import fr.passerelle.catalogue.OfferRepository;
import fr.passerelle.catalogue.StructureRepository;
import fr.passerelle.interop.DataInclusionMapper;
import fr.passerelle.interop.DiService;
import fr.passerelle.interop.DiStructure;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The open-data dumps of the catalogue: published offers of validated structures (what visitors
 * see) and validated structures, exactly as data·inclusion v1 plus our {@code passerelle} block,
 * in JSON or CSV (list fields and our block as JSON text). Written page by page (keyset on the
 * id), never holding the catalogue in memory. Export and import share the DiService/DiStructure
 * field list, so a dump imports back unchanged.
 */
@Singleton
public class OpenDataExport {

    /** The files of the dump. */
    public enum Dump {
        SERVICES_JSON("services.json"), SERVICES_CSV("services.csv"),
        STRUCTURES_JSON("structures.json"), STRUCTURES_CSV("structures.csv");

        private final String fileName;

        Dump(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }

        public boolean isCsv() {
            return fileName.endsWith(".csv");
        }
    }

    private static final int PAGE = 500;

    private final OfferRepository offers;
    private final StructureRepository structures;
    private final DataInclusionMapper mapper;
    private final JsonMapper json;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    public OpenDataExport(OfferRepository offers, StructureRepository structures, DataInclusionMapper mapper,
                          JsonMapper json, JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.offers = offers;
        this.structures = structures;
        this.mapper = mapper;
        this.json = json;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public void write(Dump dump, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        switch (dump) {
            case SERVICES_JSON -> writeJson(writer, this::servicePage);
            case SERVICES_CSV -> writeCsv(writer, columnsOf(DiService.class), this::servicePage);
            case STRUCTURES_JSON -> writeJson(writer, this::structurePage);
            case STRUCTURES_CSV -> writeCsv(writer, columnsOf(DiStructure.class), this::structurePage);
        }
        writer.flush();
    }

    /** One page of rows after the given id (as data·inclusion objects), in id order. */
    private record Page(List<Object> rows, String lastId) {
    }

    private Page servicePage(String afterId) {
        return transactions.executeRead(status -> {
            List<String> ids = offers.findPublishedIdsAfter(afterId, PAGE);
            List<Object> rows = new ArrayList<>(offers.findByIds(ids).stream().map(mapper::service).toList());
            return new Page(rows, ids.isEmpty() ? null : ids.get(ids.size() - 1));
        });
    }

    private Page structurePage(String afterId) {
        return transactions.executeRead(status -> {
            List<String> ids = jdbc.prepareStatement(
                    "select id from structure where moderation_status = ? and id > ? order by id limit ?", ps -> {
                        ps.setString(1, ModerationStatus.VALIDEE.code());
                        ps.setString(2, afterId);
                        ps.setInt(3, PAGE);
                        List<String> found = new ArrayList<>();
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                found.add(rs.getString(1));
                            }
                        }
                        return found;
                    });
            List<Object> rows = new ArrayList<>();
            for (String id : ids) {
                structures.findById(id).map(mapper::structure).ifPresent(rows::add);
            }
            return new Page(rows, ids.isEmpty() ? null : ids.get(ids.size() - 1));
        });
    }

    private void writeJson(Writer out, Function<String, Page> pages) throws IOException {
        out.write("[");
        boolean first = true;
        String after = "";
        Page page;
        while ((page = pages.apply(after)).lastId() != null) {
            for (Object row : page.rows()) {
                out.write(first ? "\n" : ",\n");
                out.write(json.writeValueAsString(row));
                first = false;
            }
            after = page.lastId();
        }
        out.write(first ? "]\n" : "\n]\n");
    }

    private void writeCsv(Writer out, List<String> columns, Function<String, Page> pages) throws IOException {
        CsvWriter csv = CsvWriter.builder().build(out);
        csv.writeRecord(columns);
        String after = "";
        Page page;
        while ((page = pages.apply(after)).lastId() != null) {
            for (Object row : page.rows()) {
                JsonNode tree = json.writeValueToTree(row);
                List<String> cells = new ArrayList<>(columns.size());
                for (String column : columns) {
                    cells.add(cell(tree.get(column)));
                }
                csv.writeRecord(cells);
            }
            after = page.lastId();
        }
        csv.flush();
    }

    /** Text as is, numbers as written in JSON, lists and objects as JSON text, null as empty. */
    private String cell(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isString()) {
            return value.getStringValue();
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.isBoolean() ? String.valueOf(value.getBooleanValue()) : value.getNumberValue().toString();
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON names of a data·inclusion record, in declaration order: the CSV header. */
    public static List<String> columnsOf(Class<? extends Record> type) {
        List<String> columns = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            // @JsonProperty does not target record components: it lands on the accessor.
            JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
            columns.add(property != null ? property.value() : component.getName());
        }
        return columns;
    }
}
