package fr.passerelle.shared;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Driver settings every Passerelle data source needs, whatever JDBC_URL says: batched inserts
 * (imports, the demo catalogue) are sent as multi-row statements, several times faster. Set here
 * because YAML keys under {@code data-source-properties} are normalised and lose the driver's
 * camel case.
 */
@Singleton
class DataSourceTuning implements BeanCreatedEventListener<DatasourceConfiguration> {

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        configuration.addDataSourceProperty("reWriteBatchedInserts", "true");
        return configuration;
    }
}
