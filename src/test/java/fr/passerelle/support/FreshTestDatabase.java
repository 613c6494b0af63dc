package fr.passerelle.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Gives every test run an empty database, whatever an earlier run or a developer left in it:
 * the first Micronaut context then migrates it and loads the demo catalogue once for the run.
 */
public class FreshTestDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String ownDatabase = "jdbc:postgresql://127.0.0.1:5432/" + databaseName();
        String url = env("JDBC_URL", ownDatabase);
        String user = env("JDBC_USER", "postgres");
        String password = env("JDBC_PASSWORD", "");
        // Wins over application-test.yml for every Micronaut context of this run.
        System.setProperty("datasources.default.url", url);
        try {
            if (url.equals(ownDatabase)) {
                recreate(url, user, password);
            } else {
                resetSchema(url, user, password);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database " + url
                    + " (is PostgreSQL running on 127.0.0.1:5432?)", e);
        }
        deleteTestHome();
    }

    /** The search index of an earlier run would describe another database: start without it. */
    private static void deleteTestHome() {
        String home = System.getenv("PASSERELLE_HOME");
        if (home == null || !home.contains("test-home")) {
            return;
        }
        Path root = Path.of(home);
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean " + root, e);
        }
    }

    /** One database per checkout, so two clones can run their tests side by side. */
    static String databaseName() {
        String checkout = Path.of(System.getProperty("user.dir")).getFileName().toString()
                .toLowerCase().replaceAll("[^a-z0-9]", "_");
        return "passerelle_test_" + checkout;
    }

    private static void recreate(String url, String user, String password) throws SQLException {
        String adminUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        String database = url.substring(url.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        }
    }

    private static void resetSchema(String url, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
