package fr.passerelle.shared;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;

import javax.sql.DataSource;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/** The data source settings the imports' speed depends on reach the driver whatever JDBC_URL says. */
@MicronautTest(transactional = false, startApplication = false)
class DataSourceSettingsTest {

    @Inject
    DataSource dataSource;

    @Test
    void batchedInsertsAreRewrittenAsMultiRowStatements() throws Exception {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            BaseConnection pg = connection.unwrap(BaseConnection.class);
            assertThat(pg.getQueryExecutor().isReWriteBatchedInsertsEnabled()).isTrue();
        }
    }
}
