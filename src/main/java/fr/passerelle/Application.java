package fr.passerelle;

import fr.passerelle.interop.imports.ImportCommand;
import fr.passerelle.shared.EmbeddedDatabase;
import io.micronaut.runtime.Micronaut;

import java.util.Arrays;

public final class Application {

    private Application() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("import")) {
            // A command, not a server: see ImportCommand. Its stdout is the report, so logs go to stderr.
            System.setProperty("passerelle.log.target", "System.err");
            System.exit(ImportCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        // The embedded database must be up before the data source is configured,
        // so it is started here rather than as a bean.
        EmbeddedDatabase.startWhenNoDatabaseConfigured();
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
