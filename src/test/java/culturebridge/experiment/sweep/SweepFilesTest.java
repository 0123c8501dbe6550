package culturebridge.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.output.Metrics;
import culturebridge.scenario.SweepLoader;
import culturebridge.scenario.SweepSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example in scenarios/sweeps/ is commented, loads, and makes only valid design points. */
class SweepFilesTest {

    static Stream<Path> files() throws Exception {
        return Files.list(Path.of("scenarios", "sweeps")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("files")
    void loadsAndEveryDesignPointIsValid(Path file) throws Exception {
        assertTrue(Files.readString(file).startsWith("# "), file + " starts with a comment saying what it asks");
        SweepSpec spec = SweepLoader.load(file, Map.of("agents", "1000"), Metrics::names);
        SweepPlan plan = SweepPlan.of(spec);
        plan.validate(2);
        assertTrue(plan.runCount() >= 50, file + " is a real sweep: " + plan.runCount() + " runs");
        Object[] dry = SweepFixtures.cli("sweep", file.toString(), "--dry-run", "--set", "agents=1000");
        assertEquals(0, dry[0], (String) dry[2]);
        assertTrue(((String) dry[1]).contains(plan.runCount() + " runs"), (String) dry[1]);
    }
}
