package fr.passerelle.interop.imports;

import fr.passerelle.catalogue.ChangeLog;
import fr.passerelle.catalogue.Lifecycle;
import fr.passerelle.catalogue.ModerationStatus;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferFieldDiff;
import fr.passerelle.catalogue.OfferHistory;
import fr.passerelle.catalogue.OfferRepository;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.catalogue.OfferValidator;
import fr.passerelle.catalogue.Structure;
import fr.passerelle.catalogue.StructureHistory;
import fr.passerelle.catalogue.StructureRepository;
import fr.passerelle.catalogue.StructureValidator;
import fr.passerelle.geo.Commune;
import fr.passerelle.geo.Gazetteer;
import fr.passerelle.interop.DataInclusionMapper;
import fr.passerelle.interop.DataInclusionReader;
import fr.passerelle.interop.DiService;
import fr.passerelle.interop.DiStructure;
import fr.passerelle.interop.imports.ImportReport.Rejection;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.outbox.Outbox;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Imports data·inclusion structures and services (v1, or legacy v0 mapped row by row) into the
 * catalogue. Idempotent upsert by {@code source--id}: the same file twice creates nothing the second
 * time. Rows are streamed in one pass (a service met before its structure waits in a spill file
 * until the end, so services may come anywhere in the file) and written in batches (500 rows by
 * default, a few batched statements each), one transaction each, so a
 * process killed mid-import leaves whole rows only and converges when run again. Each row is all
 * or nothing: a rejected row writes nothing and is reported. Every write records its history entry
 * and its outbox row, as the editors do.
 */
@Singleton
public class Importer {

    /** Offers archived per transaction by a full import. */
    private static final int BATCH = ImportOptions.DEFAULT_BATCH;
    /** Written in the history tables as the author of imported changes. */
    public static final String AUTHOR = "import";
    private static final int MAX_REPORTED_REJECTIONS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);

    private final OfferRepository offers;
    private final StructureRepository structures;
    private final OfferValidator offerValidator;
    private final StructureValidator structureValidator;
    private final OfferHistory offerHistory;
    private final StructureHistory structureHistory;
    private final OfferFieldDiff diff;
    private final Outbox outbox;
    private final DataInclusionMapper mapper;
    private final DataInclusionReader reader;
    private final LegacyV0Mapper legacy;
    private final JsonMapper json;
    private final Gazetteer gazetteer;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final ApplicationEventPublisher<ImportFinished> finished;

    public Importer(OfferRepository offers, StructureRepository structures, OfferValidator offerValidator,
                    StructureValidator structureValidator, OfferHistory offerHistory,
                    StructureHistory structureHistory, OfferFieldDiff diff, Outbox outbox,
                    DataInclusionMapper mapper, DataInclusionReader reader, LegacyV0Mapper legacy, JsonMapper json,
                    Gazetteer gazetteer, JdbcOperations jdbc, TransactionOperations<Connection> transactions,
                    Clock clock, ApplicationEventPublisher<ImportFinished> finished) {
        this.offers = offers;
        this.structures = structures;
        this.offerValidator = offerValidator;
        this.structureValidator = structureValidator;
        this.offerHistory = offerHistory;
        this.structureHistory = structureHistory;
        this.diff = diff;
        this.outbox = outbox;
        this.mapper = mapper;
        this.reader = reader;
        this.legacy = legacy;
        this.json = json;
        this.gazetteer = gazetteer;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.finished = finished;
    }

    /** Thrown by the {@link ImportOptions#crashAfter()} test hook: the import stops where it is. */
    public static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash(long rows) {
            super("Simulated crash after " + rows + " rows");
        }
    }

    private enum Kind { STRUCTURE, SERVICE }

    private enum Outcome { IMPORTED, UPDATED, UNCHANGED }

    /** A row ready to write: its final id and its v1 tree. */
    private record Row(Kind kind, String id, String source, Map<String, JsonNode> fields) {
    }

    /** Thrown inside a row's processing: the row is rejected, nothing of it is written. */
    private static final class Rejected extends RuntimeException {
        final transient Rejection rejection;

        Rejected(String id, String field, String reason) {
            super(reason, null, false, false);
            this.rejection = new Rejection(id, field, reason);
        }
    }

    /** The state of one import. */
    private final class Run {
        final ImportOptions options;
        final ImportFile file;
        final long started = System.nanoTime();
        int imported;
        int updated;
        int unchanged;
        int archived;
        int rejectedCount;
        final List<Rejection> rejected = new ArrayList<>();
        final Set<String> seenOfferIds = new HashSet<>();
        final Set<String> offerSources = new LinkedHashSet<>();
        final Set<String> sources = new LinkedHashSet<>();
        final Set<String> unmappedThemes = new TreeSet<>();
        long rows;
        int pass;
        long lastProgress = System.nanoTime();

        Run(ImportFile file, ImportOptions options) {
            this.file = file;
            this.options = options;
        }

        void reject(Rejection r) {
            rejectedCount++;
            if (rejected.size() < MAX_REPORTED_REJECTIONS) {
                rejected.add(r);
            }
        }

        void count(Outcome outcome) {
            switch (outcome) {
                case IMPORTED -> imported++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }

        void tick() {
            rows++;
            if (options.crashAfter() != null && rows > options.crashAfter()) {
                throw new SimulatedCrash(options.crashAfter());
            }
            long now = System.nanoTime();
            if (now - lastProgress >= 2_000_000_000L) {
                lastProgress = now;
                options.progress().accept(progress(now));
            }
        }

        ImportOptions.Progress progress(long now) {
            double seconds = Math.max(0.001, (now - started) / 1e9);
            long size = Math.max(1, file.size());
            double done = pass > 0 ? 1.0 : Math.min(1.0, (double) file.bytesRead() / size);
            Duration eta = done <= 0 ? null : Duration.ofSeconds(Math.max(0, (long) (seconds * (1 - done) / done)));
            return new ImportOptions.Progress(rows, rows / seconds, eta);
        }
    }

    public ImportReport run(Path path, ImportOptions options) throws IOException {
        Run run = new Run(new ImportFile(path), options);
        int batchSize = Math.max(1, options.batchSize());
        List<Row> structureBatch = new ArrayList<>(batchSize);
        List<Row> serviceBatch = new ArrayList<>(batchSize);
        try (Deferred deferred = new Deferred()) {
            run.file.forEach(node -> {
                run.tick();
                Row row = prepare(run, node);
                if (row == null) {
                    return;
                }
                if (row.kind() == Kind.STRUCTURE) {
                    structureBatch.add(row);
                    if (structureBatch.size() >= batchSize) {
                        flush(run, structureBatch);
                    }
                } else {
                    serviceBatch.add(row);
                    if (serviceBatch.size() >= batchSize) {
                        // A service's structure must be written first: it may be in the pending batch.
                        flush(run, structureBatch);
                        flushServices(run, serviceBatch, deferred);
                    }
                }
            });
            flush(run, structureBatch);
            flushServices(run, serviceBatch, deferred);
            // Services read before their structure: now that every structure of the file is
            // written, they go in (or are rejected if their structure is still unknown).
            deferred.forEach(row -> {
                serviceBatch.add(row);
                if (serviceBatch.size() >= batchSize) {
                    flush(run, serviceBatch);
                }
            });
            flush(run, serviceBatch);
        }
        run.pass++;
        if (options.full()) {
            archiveMissing(run);
        }
        LOG.info("Import of {}: {} imported, {} updated, {} unchanged, {} rejected, {} archived", path,
                run.imported, run.updated, run.unchanged, run.rejectedCount, run.archived);
        run.options.progress().accept(run.progress(System.nanoTime()));
        ImportReport report = new ImportReport(run.imported, run.updated, run.unchanged, List.copyOf(run.rejected),
                run.archived, List.copyOf(run.unmappedThemes));
        finished.publishEvent(new ImportFinished(Set.copyOf(run.sources), report));
        return report;
    }

    /**
     * Services met before their structure, kept aside on disk (the file is read once, and a
     * national extract does not fit in memory) until every structure of the file is written.
     */
    private final class Deferred implements AutoCloseable {
        private Path spill;
        private java.io.BufferedWriter out;

        void add(Row row) {
            try {
                if (out == null) {
                    spill = Files.createTempFile("passerelle-import-", ".jsonl");
                    out = Files.newBufferedWriter(spill, StandardCharsets.UTF_8);
                }
                out.write(json.writeValueAsString(JsonNode.createObjectNode(row.fields())));
                out.newLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void forEach(Consumer<Row> consumer) throws IOException {
            if (out == null) {
                return;
            }
            out.close();
            new ImportFile(spill).forEach(node -> {
                Map<String, JsonNode> fields = new LinkedHashMap<>();
                node.entries().forEach(e -> fields.put(e.getKey(), e.getValue()));
                consumer.accept(new Row(Kind.SERVICE, text(fields, "id"), text(fields, "source"), fields));
            });
        }

        @Override
        public void close() throws IOException {
            if (out != null) {
                out.close();
                Files.deleteIfExists(spill);
            }
        }
    }

    /** Writes the services whose structure is known; the others wait in {@code deferred}. */
    private void flushServices(Run run, List<Row> batch, Deferred deferred) {
        if (batch.isEmpty()) {
            return;
        }
        Set<String> known = transactions.executeRead(status -> structures.findNames(batch.stream()
                .map(r -> text(r.fields(), "structure_id")).collect(Collectors.toSet())).keySet());
        List<Row> ready = new ArrayList<>(batch.size());
        for (Row row : batch) {
            if (known.contains(text(row.fields(), "structure_id"))) {
                ready.add(row);
            } else {
                deferred.add(row);
            }
        }
        batch.clear();
        flush(run, ready);
    }

    // ---- reading a row -------------------------------------------------------------------------

    /** The row as a v1 tree with its final ids, or null when it is rejected. */
    @Nullable
    private Row prepare(Run run, JsonNode node) {
        if (!node.isObject()) {
            run.reject(new Rejection(null, "ligne", "La ligne n'est pas un objet JSON."));
            return null;
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.entries()) {
            JsonNode value = e.getValue();
            boolean blank = value.isNull() || (value.isString() && value.getStringValue().isBlank());
            if (!blank) {
                fields.put(e.getKey(), value);
            }
        }
        Kind kind = fields.containsKey("structure_id") ? Kind.SERVICE : Kind.STRUCTURE;
        String rawId = text(fields, "id");
        String source = run.options.source() != null ? run.options.source() : text(fields, "source");
        if (rawId == null) {
            run.reject(new Rejection(null, "id", "L'identifiant (id) est obligatoire."));
            return null;
        }
        if (source == null || source.isBlank()) {
            run.reject(new Rejection(rawId, "source",
                    "La source est inconnue : indiquez-la dans la colonne « source » ou avec l'option source."));
            return null;
        }
        String id = qualified(source, rawId);
        run.sources.add(source);
        if (kind == Kind.SERVICE) {
            run.seenOfferIds.add(id);
            run.offerSources.add(source);
            if (legacy.isV0Service(fields)) {
                fields = legacy.serviceToV1(fields, run.unmappedThemes);
            }
            fields.put("structure_id", JsonNode.createStringNode(qualified(source, text(fields, "structure_id"))));
        } else if (legacy.isV0Structure(fields)) {
            fields = legacy.structureToV1(fields);
        }
        fields.put("id", JsonNode.createStringNode(id));
        fields.put("source", JsonNode.createStringNode(source));
        return new Row(kind, id, source, fields);
    }

    /** data·inclusion ids are "source--id"; a row's own id is qualified unless it already is. */
    static String qualified(String source, String id) {
        return id.contains("--") ? id : source + "--" + id;
    }

    @Nullable
    private static String text(Map<String, JsonNode> fields, String name) {
        JsonNode value = fields.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.getStringValue().strip();
        }
        return value.isNumber() ? value.getNumberValue().toString() : null;
    }

    // ---- writing a batch ----------------------------------------------------------------------

    private record Result(List<Outcome> outcomes, List<Rejection> rejections) {
    }

    private void flush(Run run, List<Row> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Result result;
        try {
            result = transactions.executeWrite(status -> write(batch));
        } catch (RuntimeException e) {
            // An unexpected failure (not a rejection) poisons the batch's transaction: redo its
            // rows one by one so only the faulty row is lost.
            LOG.warn("Import batch failed ({}), retrying its {} rows one by one", e.toString(), batch.size());
            List<Outcome> outcomes = new ArrayList<>();
            List<Rejection> rejections = new ArrayList<>();
            for (Row row : batch) {
                try {
                    Result one = transactions.executeWrite(status -> write(List.of(row)));
                    outcomes.addAll(one.outcomes());
                    rejections.addAll(one.rejections());
                } catch (RuntimeException failure) {
                    LOG.warn("Import row {} failed", row.id(), failure);
                    rejections.add(new Rejection(row.id(), "ligne",
                            "La ligne n'a pas pu être enregistrée (erreur inattendue : " + failure.getMessage() + ")."));
                }
            }
            result = new Result(outcomes, rejections);
        }
        result.outcomes().forEach(run::count);
        result.rejections().forEach(run::reject);
        batch.clear();
    }

    /**
     * The writes of one batch, applied at its end in a few batched statements rather than several
     * statements per row (the difference between minutes and seconds for a national extract).
     * Updates stay row by row: each needs its own version check.
     */
    private final class Writes {
        final List<Offer> newOffers = new ArrayList<>();
        final List<Structure> newStructures = new ArrayList<>();
        final Set<String> newStructureIds = new HashSet<>();
        final List<ChangeLog.Entry> changes = new ArrayList<>();
        final List<String> approximate = new ArrayList<>();
        final List<String> changed = new ArrayList<>();

        void created(Offer offer, boolean approximatePoint) {
            newOffers.add(offer);
            changed(offer.id(), approximatePoint, new ChangeLog.Entry(offer.id(), AUTHOR, "import", List.of()));
        }

        void created(Structure structure, boolean approximatePoint) {
            newStructures.add(structure);
            newStructureIds.add(structure.id());
            changed(structure.id(), approximatePoint, new ChangeLog.Entry(structure.id(), AUTHOR, "import", List.of()));
        }

        void changed(String id, boolean approximatePoint, ChangeLog.Entry change) {
            changes.add(change);
            changed.add(id);
            if (approximatePoint) {
                approximate.add(id);
            }
        }

        void apply(Kind kind) {
            if (kind == Kind.SERVICE) {
                offers.insertAll(newOffers);
                offerHistory.appendAll(changes);
                offers.markApproximatePoints(approximate);
            } else {
                structures.insertAll(newStructures);
                structureHistory.appendAll(changes);
                structures.markApproximatePoints(approximate);
            }
            outbox.recordAll(kind == Kind.SERVICE ? Outbox.OFFER : Outbox.STRUCTURE, changed);
        }
    }

    private Result write(List<Row> batch) {
        List<Outcome> outcomes = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Kind kind = batch.get(0).kind();
        List<String> ids = batch.stream().map(Row::id).toList();
        Map<String, Offer> storedOffers = new HashMap<>();
        Map<String, Structure> storedStructures = new HashMap<>();
        Set<String> knownStructures = new HashSet<>();
        if (kind == Kind.SERVICE) {
            offers.findByIds(ids).forEach(o -> storedOffers.put(o.id(), o));
            knownStructures.addAll(structures.findNames(batch.stream()
                    .map(r -> text(r.fields(), "structure_id")).collect(Collectors.toSet())).keySet());
        } else {
            structures.findByIds(ids).forEach(s -> storedStructures.put(s.id(), s));
        }
        Writes writes = new Writes();
        for (Row row : batch) {
            try {
                outcomes.add(kind == Kind.SERVICE
                        ? writeService(row, storedOffers.get(row.id()), knownStructures, writes)
                        : writeStructure(row, storedStructures.get(row.id()), writes));
            } catch (Rejected r) {
                rejections.add(r.rejection);
            }
        }
        writes.apply(kind);
        return new Result(outcomes, rejections);
    }

    private Outcome writeService(Row row, @Nullable Offer stored, Set<String> knownStructures, Writes writes) {
        Map<String, JsonNode> fields = row.fields();
        String structureId = text(fields, "structure_id");
        if (!knownStructures.contains(structureId)) {
            throw new Rejected(row.id(), "structure_id", "La structure « " + structureId + " » est introuvable : "
                    + "elle n'est ni dans le fichier (ou sa ligne a été rejetée) ni dans Passerelle.");
        }
        if (!fields.containsKey("passerelle") && stored != null) {
            // Our own fields (status, access rule, sessions…) are not the source's: keep ours.
            fields.put("passerelle", tree(mapper.service(stored).passerelle()));
        }
        fields.putIfAbsent("date_maj", JsonNode.createStringNode(LocalDate.now(clock).toString()));
        boolean approximate = fillPoint(fields);
        DiService service = read(row, fields, DiService.class);
        Offer offer;
        try {
            offer = reader.offer(service);
        } catch (DomainException | IllegalArgumentException | NullPointerException e) {
            throw new Rejected(row.id(), "passerelle", "Le bloc « passerelle » est incomplet ou invalide.");
        }
        requireNoProblems(row.id(), offerValidator.problemsOf(offer));
        if (stored == null) {
            writes.created(offer.withVersion(1), approximate);
            return Outcome.IMPORTED;
        }
        Offer candidate = offer.withVersion(stored.version());
        if (sameContent(candidate, stored)) {
            return Outcome.UNCHANGED;
        }
        if (!offers.update(candidate)) {
            throw new Rejected(row.id(), "id", "L'offre a été modifiée pendant l'import : relancez l'import.");
        }
        writes.changed(row.id(), approximate,
                new ChangeLog.Entry(row.id(), AUTHOR, "import", diff.between(stored, candidate)));
        return Outcome.UPDATED;
    }

    /** Content, not dates: a file re-exported with a newer date_maj but the same data changes nothing. */
    private static boolean sameContent(Offer candidate, Offer stored) {
        return candidate.withDateMaj(stored.dateMaj()).withSessions(withoutIds(candidate))
                .equals(stored.withSessions(withoutIds(stored)));
    }

    private static List<fr.passerelle.catalogue.OfferSession> withoutIds(Offer offer) {
        return offer.sessions().stream().map(s -> new fr.passerelle.catalogue.OfferSession(null, s.label(),
                s.startsOn(), s.endsOn(), s.capacity(), s.placesLeft(), s.waitingList())).toList();
    }

    private Outcome writeStructure(Row row, @Nullable Structure stored, Writes writes) {
        Map<String, JsonNode> fields = row.fields();
        boolean fromReferential = !fields.containsKey("passerelle");
        if (fromReferential && stored != null) {
            // Moderation, kind and parent are ours, not the source's.
            fields.put("passerelle", tree(mapper.structure(stored).passerelle()));
        }
        fields.putIfAbsent("date_maj", JsonNode.createStringNode(LocalDate.now(clock).toString()));
        boolean approximate = fillPoint(fields);
        DiStructure read = read(row, fields, DiStructure.class);
        if (read.nom() == null) {
            throw new Rejected(row.id(), "nom", "Le nom de la structure est obligatoire.");
        }
        Structure structure;
        try {
            structure = reader.structure(read);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Rejected(row.id(), "passerelle", "Le bloc « passerelle » est incomplet ou invalide.");
        }
        if (fromReferential && stored == null) {
            // An administrator chose to import this source: its new structures need no moderation
            // before their offers show (structures created in Passerelle itself still do).
            structure = withModeration(structure, ModerationStatus.VALIDEE);
        }
        requireNoProblems(row.id(), structureValidator.problemsOf(structure));
        if (structure.parentId() != null && stored == null && !writes.newStructureIds.contains(structure.parentId())
                && structures.findById(structure.parentId()).isEmpty()) {
            throw new Rejected(row.id(), "passerelle.structure_parente_id",
                    "La structure parente « " + structure.parentId() + " » est introuvable.");
        }
        if (stored == null) {
            writes.created(withVersion(structure, 1), approximate);
            return Outcome.IMPORTED;
        }
        Structure candidate = withVersion(structure, stored.version());
        if (withDate(candidate, stored.dateMaj()).equals(stored)) {
            return Outcome.UNCHANGED;
        }
        if (!structures.update(candidate)) {
            throw new Rejected(row.id(), "id", "La structure a été modifiée pendant l'import : relancez l'import.");
        }
        writes.changed(row.id(), approximate,
                new ChangeLog.Entry(row.id(), AUTHOR, "import", diff.between(stored, candidate)));
        return Outcome.UPDATED;
    }

    private static Structure withVersion(Structure s, int version) {
        return new Structure(s.id(), s.source(), s.siret(), s.nom(), s.description(), s.address(), s.telephone(),
                s.courriel(), s.siteWeb(), s.lienSource(), s.horairesAccueil(), s.accessibiliteLieu(),
                s.reseauxPorteurs(), s.typologie(), s.parentId(), s.moderationStatus(), s.dateMaj(), version);
    }

    private static Structure withModeration(Structure s, ModerationStatus status) {
        return new Structure(s.id(), s.source(), s.siret(), s.nom(), s.description(), s.address(), s.telephone(),
                s.courriel(), s.siteWeb(), s.lienSource(), s.horairesAccueil(), s.accessibiliteLieu(),
                s.reseauxPorteurs(), s.typologie(), s.parentId(), status, s.dateMaj(), s.version());
    }

    private static Structure withDate(Structure s, LocalDate dateMaj) {
        return new Structure(s.id(), s.source(), s.siret(), s.nom(), s.description(), s.address(), s.telephone(),
                s.courriel(), s.siteWeb(), s.lienSource(), s.horairesAccueil(), s.accessibiliteLieu(),
                s.reseauxPorteurs(), s.typologie(), s.parentId(), s.moderationStatus(), dateMaj, s.version());
    }

    private <T> T read(Row row, Map<String, JsonNode> fields, Class<T> type) {
        try {
            return json.readValueFromTree(JsonNode.createObjectNode(fields), type);
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            String field = fields.keySet().stream().filter(name -> message.contains(name)).findFirst().orElse("ligne");
            throw new Rejected(row.id(), field, "La ligne ne respecte pas le format data·inclusion v1 (un champ a un "
                    + "type inattendu, par exemple du texte à la place d'une liste ou d'une date).");
        }
    }

    private static void requireNoProblems(String id, List<DomainException.FieldError> problems) {
        if (!problems.isEmpty()) {
            String reason = problems.stream().map(p -> p.champ() + " : " + p.message())
                    .collect(Collectors.joining(" ; "));
            throw new Rejected(id, problems.get(0).champ(), reason);
        }
    }

    /** A row without a point gets its commune's: true when it did (the point is approximate). */
    private boolean fillPoint(Map<String, JsonNode> fields) {
        if (fields.containsKey("latitude") && fields.containsKey("longitude")) {
            return false;
        }
        Commune commune = gazetteer.commune(text(fields, "code_insee")).orElse(null);
        if (commune == null) {
            return false;
        }
        fields.put("latitude", JsonNode.createNumberNode(commune.latitude()));
        fields.put("longitude", JsonNode.createNumberNode(commune.longitude()));
        return true;
    }

    private JsonNode tree(Object value) {
        try {
            return json.writeValueToTree(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- full imports ---------------------------------------------------------------------------

    /** A full import is the whole source: its live offers missing from the file are archived. */
    private void archiveMissing(Run run) {
        Set<String> sources = run.options.source() != null ? Set.of(run.options.source()) : run.offerSources;
        for (String source : sources) {
            List<String> missing = liveOfferIds(source).stream().filter(id -> !run.seenOfferIds.contains(id)).toList();
            for (int from = 0; from < missing.size(); from += BATCH) {
                List<String> slice = missing.subList(from, Math.min(missing.size(), from + BATCH));
                run.archived += transactions.executeWrite(status -> {
                    int archived = 0;
                    for (Offer offer : offers.findByIds(slice)) {
                        Lifecycle l = offer.lifecycle();
                        OfferStatus next = l.status().moveTo(OfferStatus.ARCHIVEE);
                        Offer gone = offer.withLifecycle(new Lifecycle(next, null, l.updateFrequencyMonths(),
                                l.verifiedOn(), l.verifiedBy()));
                        if (offers.update(gone)) {
                            offerHistory.append(offer.id(), AUTHOR, "archivage", diff.between(offer, gone));
                            outbox.record(Outbox.OFFER, offer.id());
                            archived++;
                        }
                    }
                    return archived;
                });
            }
        }
    }

    private List<String> liveOfferIds(String source) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "select id from offer where source = ? and status <> ? order by id", ps -> {
                    ps.setString(1, source);
                    ps.setString(2, OfferStatus.ARCHIVEE.code());
                    List<String> ids = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getString(1));
                        }
                    }
                    return ids;
                }));
    }
}
