package fr.passerelle;

import fr.passerelle.shared.EmbeddedDatabase;
import io.micronaut.runtime.Micronaut;

public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        // The embedded database must be up before the data source is configured,
        // so it is started here rather than as a bean.
        EmbeddedDatabase.startWhenNoDatabaseConfigured();
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
