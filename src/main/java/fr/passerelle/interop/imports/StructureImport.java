package fr.passerelle.interop.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import fr.passerelle.account.AccountRef;
import fr.passerelle.account.AccountService;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferCatalogue;
import fr.passerelle.catalogue.OfferEditor;
import fr.passerelle.catalogue.OfferRepository;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.catalogue.Structure;
import fr.passerelle.interop.DataInclusionMapper;
import fr.passerelle.interop.DiService;
import fr.passerelle.interop.opendata.OpenDataExport;
import fr.passerelle.interop.imports.ImportReport.Rejection;
import fr.passerelle.shared.DomainException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * An operator's bulk import for one structure: a CSV template (the data·inclusion v1 service
 * columns an operator fills, prefilled with the structure's offers) to download, fill in a
 * spreadsheet and send back. The upload is rewritten into a file the {@link Importer} reads,
 * every row forced onto the structure, then imported by it: one import engine.
 * <p>
 * Rules: only those who may edit the structure import into it; a row whose id is another
 * structure's offer is rejected; a row without id gets an id derived from the structure and the
 * offer's name, so sending the same file twice creates nothing new.
 */
@Singleton
public class StructureImport {

    /** Columns the operator does not fill: forced (source, structure_id), set by us (date_maj, passerelle). */
    private static final Set<String> NOT_IN_TEMPLATE = Set.of("source", "structure_id", "date_maj", "passerelle");
    /** The template's header: the data·inclusion v1 service fields, in their order. */
    public static final List<String> COLUMNS = OpenDataExport.columnsOf(DiService.class).stream()
            .filter(column -> !NOT_IN_TEMPLATE.contains(column)).toList();
    private static final int LOOKUP_BATCH = 500;

    private final Importer importer;
    private final AccountService accounts;
    private final OfferCatalogue catalogue;
    private final OfferEditor editor;
    private final OfferRepository offers;
    private final DataInclusionMapper mapper;
    private final JsonMapper json;
    private final TransactionOperations<Connection> transactions;

    public StructureImport(Importer importer, AccountService accounts, OfferCatalogue catalogue, OfferEditor editor,
                           OfferRepository offers, DataInclusionMapper mapper, JsonMapper json,
                           TransactionOperations<Connection> transactions) {
        this.importer = importer;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.editor = editor;
        this.offers = offers;
        this.mapper = mapper;
        this.json = json;
        this.transactions = transactions;
    }

    /** The file name a template downloads as. */
    public static String templateName(String structureId) {
        return "modele-import-" + structureId.replaceAll("[^A-Za-z0-9_-]+", "-") + ".csv";
    }

    /**
     * Writes the template: UTF-8 with a byte-order mark and semicolons, as French spreadsheets
     * open it by a double click; lists as values separated by « | ». Archived offers are left out.
     */
    public void writeTemplate(String structureId, AccountRef who, OutputStream out) throws IOException {
        structure(structureId, who);
        List<Offer> current = editor.offersOf(structureId, who).stream()
                .filter(o -> o.lifecycle().status() != OfferStatus.ARCHIVEE)
                .sorted(Comparator.comparing(Offer::nom, String.CASE_INSENSITIVE_ORDER)).toList();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CsvWriter csv = CsvWriter.builder().fieldSeparator(';').build(writer);
        csv.writeRecord(COLUMNS);
        for (Offer offer : current) {
            JsonNode tree = json.writeValueToTree(mapper.service(offer));
            csv.writeRecord(COLUMNS.stream().map(column -> cell(tree.get(column))).toList());
        }
        csv.flush();
        writer.flush();
    }

    /** Text as is, numbers as written in JSON, lists as values separated by « | » (the Importer reads them back). */
    private static String cell(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            return StreamSupport.stream(value.values().spliterator(), false).map(JsonNode::coerceStringValue)
                    .collect(Collectors.joining("|"));
        }
        if (value.isNumber()) {
            return value.getNumberValue().toString();
        }
        return value.coerceStringValue();
    }

    /**
     * Imports an operator's file into the structure. The file is only read; the caller deletes it.
     *
     * @throws DomainException 403 when {@code who} may not edit the structure, 404 when it does not
     *                         exist, 400 when the file is not a CSV with a « nom » column
     */
    public ImportReport run(String structureId, Path upload, AccountRef who) throws IOException {
        Structure structure = structure(structureId, who);
        Path rewritten = Files.createTempFile("passerelle-structure-import-", ".csv");
        try {
            List<Rejection> rejected = rewrite(structure, upload, rewritten);
            ImportReport report = importer.run(rewritten, ImportOptions.of(null, false));
            List<Rejection> all = new ArrayList<>(rejected);
            all.addAll(report.rejected());
            return new ImportReport(report.imported(), report.updated(), report.unchanged(), List.copyOf(all),
                    report.archived(), report.unmappedThemes());
        } catch (CsvParseException | UncheckedIOException e) {
            throw unreadable(e.getMessage());
        } finally {
            Files.deleteIfExists(rewritten);
        }
    }

    private Structure structure(String structureId, AccountRef who) {
        Structure structure = catalogue.structure(structureId);
        accounts.requireCanEditStructure(who, structureId);
        return structure;
    }

    /** Writes the rows of {@code upload} onto the structure into {@code target}; answers the rows refused here. */
    private List<Rejection> rewrite(Structure structure, Path upload, Path target) throws IOException {
        char separator = ImportFile.separatorOf(head(upload));
        Map<String, Offer> known = knownOffers(upload, separator, structure);
        List<Rejection> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> header = new ArrayList<>(COLUMNS);
        header.add("source");
        header.add("structure_id");
        try (CsvReader<NamedCsvRecord> in = reader(upload, separator);
             CsvWriter out = CsvWriter.builder().build(target, StandardCharsets.UTF_8)) {
            out.writeRecord(header);
            boolean headerChecked = false;
            for (NamedCsvRecord record : in) {
                if (!headerChecked) {
                    requireNameColumn(record.getHeader());
                    headerChecked = true;
                }
                Map<String, String> cells = cells(record);
                if (cells.values().stream().allMatch(String::isBlank)) {
                    continue; // spreadsheets leave empty lines at the end
                }
                String id = idOf(structure, cells);
                Offer existing = known.get(id);
                if (existing != null && !existing.structureId().equals(structure.id())) {
                    rejected.add(new Rejection(id, "id", "Cette offre appartient à une autre structure : vous ne "
                            + "pouvez pas la modifier ici. Retirez la ligne, ou videz la colonne « id » pour créer "
                            + "une nouvelle offre."));
                    continue;
                }
                if (!seen.add(id)) {
                    rejected.add(new Rejection(id, "id", "Cette offre est déjà sur une autre ligne du fichier (même "
                            + "identifiant, ou même nom sans identifiant) : seule la première ligne est importée."));
                    continue;
                }
                List<String> row = new ArrayList<>(header.size());
                for (String column : COLUMNS) {
                    row.add(column.equals("id") ? id : cells.getOrDefault(column, ""));
                }
                // An existing offer keeps its source (a full import of that source still sees it); a new one
                // takes the structure's.
                row.add(existing != null ? existing.source() : structure.source());
                row.add(structure.id());
                out.writeRecord(row);
            }
            if (!headerChecked) {
                requireNameColumn(headerOf(upload, separator));
            }
        }
        return rejected;
    }

    /** The offers already stored under the ids the file names (theirs or derived from the name). */
    private Map<String, Offer> knownOffers(Path upload, char separator, Structure structure) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        try (CsvReader<NamedCsvRecord> in = reader(upload, separator)) {
            for (NamedCsvRecord record : in) {
                ids.add(idOf(structure, cells(record)));
            }
        }
        Map<String, Offer> known = new HashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += LOOKUP_BATCH) {
            List<String> slice = all.subList(from, Math.min(all.size(), from + LOOKUP_BATCH));
            transactions.executeRead(status -> offers.findByIds(slice)).forEach(o -> known.put(o.id(), o));
        }
        return known;
    }

    /**
     * The row's id, qualified as the Importer would; a row without one gets
     * {@code source--import-<hash of structure and name>}: stable, so the same file twice is the same offers.
     */
    static String idOf(Structure structure, Map<String, String> cells) {
        String raw = cells.getOrDefault("id", "").strip();
        if (!raw.isEmpty()) {
            return raw.contains("--") ? raw : structure.source() + "--" + raw;
        }
        String name = cells.getOrDefault("nom", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return structure.source() + "--import-" + sha256(structure.id() + "\n" + name).substring(0, 24);
    }

    private static Map<String, String> cells(NamedCsvRecord record) {
        Map<String, String> cells = new HashMap<>();
        record.getFieldsAsMap().forEach((name, value) -> {
            String column = name.strip();
            if (COLUMNS.contains(column)) {
                cells.put(column, value == null ? "" : value);
            }
        });
        return cells;
    }

    private static void requireNameColumn(List<String> header) {
        if (header.stream().map(String::strip).noneMatch("nom"::equals)) {
            throw unreadable("la première ligne doit porter les noms de colonnes du modèle, dont « nom »");
        }
    }

    private static DomainException unreadable(String why) {
        return DomainException.badParameter("file", "Le fichier n'a pas pu être lu : utilisez le modèle CSV de la "
                + "structure (" + why + ").");
    }

    private static CsvReader<NamedCsvRecord> reader(Path file, char separator) throws IOException {
        return CsvReader.builder().fieldSeparator(separator).detectBomHeader(true).allowMissingFields(true)
                .allowExtraFields(true).ofNamedCsvRecord(file, StandardCharsets.UTF_8);
    }

    private static List<String> headerOf(Path file, char separator) throws IOException {
        String first = head(file).lines().findFirst().orElse("").replace("\uFEFF", "");
        return List.of(first.split(String.valueOf(separator), -1));
    }

    private static String head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(1 << 14), StandardCharsets.UTF_8);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
