package fr.passerelle.interop.imports;

import java.util.Set;

/**
 * Published when an import has written its last row: rooms that derive data from the catalogue
 * (duplicate clusters, quality scores…) refresh what the import may have changed.
 *
 * @param sources the sources whose rows the import read
 * @param report  what the import did
 */
public record ImportFinished(Set<String> sources, ImportReport report) {

    /** True when the import created or changed something. */
    public boolean changedAnything() {
        return report.imported() + report.updated() + report.archived() > 0;
    }
}
