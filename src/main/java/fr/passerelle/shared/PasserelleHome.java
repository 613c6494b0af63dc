package fr.passerelle.shared;

import java.nio.file.Path;

/** The data directory: embedded database, search index, uploads. */
public final class PasserelleHome {

    private PasserelleHome() {
    }

    public static Path path() {
        String configured = System.getProperty("passerelle.home");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("PASSERELLE_HOME");
        }
        if (configured == null || configured.isBlank()) {
            return Path.of(System.getProperty("user.home"), ".passerelle");
        }
        return Path.of(configured).toAbsolutePath();
    }
}
