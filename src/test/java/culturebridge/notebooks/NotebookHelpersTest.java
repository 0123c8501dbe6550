package culturebridge.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the unit tests of the notebooks' Python helpers ({@code notebooks/test_*.py}, e.g. the
 * response surfaces' axes of notebook 02: levels never pooled by a rounded label, factors ranked
 * on standardised effects) with Debian's Python. Required on CI ({@code CI=true}); skipped
 * elsewhere without Python and pandas.
 */
class NotebookHelpersTest {

    private static final Path NOTEBOOKS = Path.of("notebooks").toAbsolutePath();

    @Test
    void theNotebooksHelpersPassTheirTests() throws Exception {
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!ci) {
            Process probe;
            try {
                probe = new ProcessBuilder(python, "-c", "import pandas, numpy").redirectErrorStream(true).start();
                probe.getInputStream().readAllBytes();
            } catch (java.io.IOException e) {
                Assumptions.abort("no " + python + ": " + e.getMessage());
                return;
            }
            Assumptions.assumeTrue(probe.waitFor() == 0, "Python with pandas is not installed");
        }
        Process p = new ProcessBuilder(python, "-B", "-m", "unittest", "discover", "-s", NOTEBOOKS.toString(), "-p", "test_*.py", "-v")
                .directory(NOTEBOOKS.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), out);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.matches("(?s).*Ran [1-9]\\d* tests?.*"), out);
    }
}
