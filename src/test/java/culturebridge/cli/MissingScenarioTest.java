package culturebridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario that is not there is reported with where it was looked for and what is there
 * instead, not as a bare {@code NoSuchFileException}. (Maven runs tests in the project folder,
 * where {@code scenarios/} is.)
 */
class MissingScenarioTest {

    @TempDir Path tmp;

    @Test
    void aMisspeltNameGetsTheFolderAndASuggestion() {
        Object[] r = CliCapture.run("run", "gradual-openin-2026", "--out", tmp.resolve("out").toString());
        assertEquals(Main.BAD_INPUT, r[0]);
        String err = String.valueOf(r[1]);
        assertTrue(err.contains("scenarios/gradual-openin-2026.yaml: no such file in "), err);
        assertTrue(err.contains("did you mean 'gradual-opening-2026'"), err);
        assertTrue(err.contains("Scenarios there: ") && err.contains("status-quo-2026"), err);
    }

    @Test
    void aPathInAMissingFolderSaysWhichFolder() {
        Path file = tmp.resolve("nowhere").resolve("s.yaml");
        Object[] r = CliCapture.run("run", file.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(Main.BAD_INPUT, r[0]);
        String err = String.valueOf(r[1]);
        assertTrue(err.contains("the folder " + file.getParent() + " does not exist"), err);
        assertTrue(!err.contains("NoSuchFileException"), err);
    }
}
