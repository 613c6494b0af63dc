package fr.passerelle.catalogue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

/** The offer_change table: appended in the transaction of each change, read newest first. */
@Singleton
public class OfferHistory extends ChangeLog {

    public OfferHistory(JdbcOperations jdbc, JsonMapper json) {
        super(jdbc, json, "offer_change", "offer_id");
    }
}
