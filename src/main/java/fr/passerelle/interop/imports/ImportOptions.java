package fr.passerelle.interop.imports;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How to import a file.
 *
 * @param source     the source of every row (ids become {@code source--id}); null: each row's own
 * @param full       the file is the whole source: its offers missing from the file are archived
 * @param progress   told every few seconds how far the import is
 * @param crashAfter test hook: the import dies after this many rows, as a killed process would
 * @param batchSize  rows per transaction
 */
public record ImportOptions(@Nullable String source, boolean full, Consumer<Progress> progress,
                            @Nullable Integer crashAfter, int batchSize) {

    public static final int DEFAULT_BATCH = 500;

    public static ImportOptions of(@Nullable String source, boolean full) {
        return new ImportOptions(source, full, p -> { }, null, DEFAULT_BATCH);
    }

    public ImportOptions withProgress(Consumer<Progress> listener) {
        return new ImportOptions(source, full, listener, crashAfter, batchSize);
    }

    public ImportOptions crashingAfter(int rows) {
        return new ImportOptions(source, full, progress, rows, batchSize);
    }

    public ImportOptions inBatchesOf(int rows) {
        return new ImportOptions(source, full, progress, crashAfter, rows);
    }

    /** Rows read so far, rows per second, and the time left at that pace. */
    public record Progress(long rows, double rowsPerSecond, @Nullable Duration eta) {
        @Override
        public String toString() {
            return String.format("%,d rows read, %.0f rows/s%s", rows, rowsPerSecond,
                    eta == null ? "" : ", ETA " + eta.toSeconds() + " s");
        }
    }
}
