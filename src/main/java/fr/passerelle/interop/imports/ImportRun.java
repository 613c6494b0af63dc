package fr.passerelle.interop.imports;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * One import started from the administrators' page, as kept in import_run.
 *
 * @param startedBy the administrator's username
 * @param report    null until the run has finished
 * @param error     why a failed run stopped (French, shown to administrators)
 */
public record ImportRun(long id, String startedBy, Instant startedAt, @Nullable Instant finishedAt, String fileName,
                        @Nullable String source, boolean full, ImportRunStatus status, long rowsRead,
                        @Nullable ImportReport report, @Nullable String error) {
}
