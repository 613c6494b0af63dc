package fr.passerelle.interop;

import fr.passerelle.interop.imports.ImportCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static fr.passerelle.interop.ImportFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The command line door: {@code passerelle.jar import FILE --source NAME}, against the test database. */
class ImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void theCommandImportsAFileAndPrintsTheReport() throws Exception {
        Path file = jsonLines(dir, "rows.jsonl", List.of(structure("s"), service("o", "s")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int status;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            status = ImportCommand.run(new String[]{file.toString(), "--source", newSource()});
        } finally {
            System.setOut(original);
        }

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"imported\":2").contains("\"rejected\":[]");
    }

    @Test
    void aMissingFileIsAUsageError() throws Exception {
        assertThat(ImportCommand.run(new String[]{dir.resolve("absent.json").toString()})).isEqualTo(2);
    }
}
