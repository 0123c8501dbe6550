package culturebridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bare scenario names are found under the current folder first, then in the installation's
 * {@code scenarios/} folder, so the commands work from any folder. (Maven runs tests in the
 * project folder, whose {@code scenarios/} is also the installation's.)
 */
class ScenarioLookupTest {

    @TempDir Path tmp;

    private static final Path PROJECT_SCENARIOS = Path.of("scenarios").toAbsolutePath();

    @Test
    void theInstallationIsFoundFromTheCode() {
        assertEquals(Optional.of(PROJECT_SCENARIOS), ScenarioArgument.installedScenarios());
    }

    @Test
    void aNameMissingHereIsTakenFromTheInstallation() {
        Path here = tmp.resolve("scenarios");
        assertEquals(PROJECT_SCENARIOS.resolve("gradual-opening-2026.yaml"),
                ScenarioArgument.resolve("gradual-opening-2026", here, Optional.of(PROJECT_SCENARIOS)));
        // missing in both, no folder here: reported as the installation's file (whose
        // error lists the scenarios there)
        assertEquals(PROJECT_SCENARIOS.resolve("no-such-scenario.yaml"),
                ScenarioArgument.resolve("no-such-scenario", here, Optional.of(PROJECT_SCENARIOS)));
        // a path is a path: never looked up elsewhere
        assertEquals(Path.of("elsewhere", "gradual-opening-2026.yaml"),
                ScenarioArgument.resolve("elsewhere/gradual-opening-2026.yaml", here, Optional.of(PROJECT_SCENARIOS)));
    }

    @Test
    void theCurrentFolderWins() throws Exception {
        Path here = Files.createDirectories(tmp.resolve("scenarios"));
        Path mine = Files.writeString(here.resolve("gradual-opening-2026.yaml"), "name: mine\n");
        assertEquals(mine, ScenarioArgument.resolve("gradual-opening-2026", here, Optional.of(PROJECT_SCENARIOS)));
        // a folder of one's own: a name missing in both is reported as the file in it
        assertEquals(here.resolve("no-such-scenario.yaml"),
                ScenarioArgument.resolve("no-such-scenario", here, Optional.of(PROJECT_SCENARIOS)));
    }

    @Test
    void benchRunsFromAnotherFolder() throws Exception {
        List<String> cmd = ChildJvm.command(List.of("bench", "--agents", "2000", "--steps", "4", "--threads", "1"));
        Path log = tmp.resolve("bench.log");
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "bench did not finish");
        String out = Files.readString(log);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("scenario gradual-opening-2026") && out.contains("model / floor"), out);
    }
}
