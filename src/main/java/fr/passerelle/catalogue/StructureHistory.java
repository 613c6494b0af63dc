package fr.passerelle.catalogue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

/**
 * The structure_change table: operators' edits and managers' moderation decisions, in the
 * transaction of each change, read newest first. Entries have the shape of an offer's.
 */
@Singleton
public class StructureHistory extends ChangeLog {

    public StructureHistory(JdbcOperations jdbc, JsonMapper json) {
        super(jdbc, json, "structure_change", "structure_id");
    }
}
