package culturebridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.experiment.sweep.Shard;
import culturebridge.output.AtomicFiles;
import culturebridge.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names taken from input files (a sweep's or scenario's name, a file name) cannot make a
 * command write outside its results folder: with {@code --out}, everything lands under it;
 * without, the default folder is a folder of its own under {@code results/}, never
 * {@code results/} itself or anything above it, so {@code --force} cannot clear other results.
 */
class OutputPathsTest {

    @TempDir Path tmp;

    private static String base() {
        return Path.of("scenarios", "gradual-opening-2026.yaml").toAbsolutePath().toString();
    }

    /** A valid sweep of two runs, without a name: the file name gives it one. */
    private static String unnamedSweep() {
        return "scenario: " + base() + "\n"
                + "design: {type: full-factorial}\n"
                + "factors:\n"
                + "  - {name: baseTension, path: params.baselineTension, levels: [0.15, 0.35]}\n"
                + "responses:\n"
                + "  - {metric: favourable.CN, reducer: final}\n";
    }

    /** Every regular file under the folder, relative. */
    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aSweepFileWhoseNameCannotNameAFolderIsRefusedBeforeAnythingRuns() throws Exception {
        Path ok = tmp.resolve("fine-name.yaml");
        Files.writeString(ok, unnamedSweep());
        Object[] fine = CliCapture.run("sweep", ok.toString(), "--dry-run");
        assertEquals(0, fine[0], (String) fine[1]);
        // results/sweeps/.. is results/ (every result), results/sweeps/. all sweeps: --force would clear them
        for (String fileName : List.of("...yaml", "..yaml", ".yaml", ".hidden.yaml")) {
            Path dir = Files.createDirectories(tmp.resolve("d" + fileName.length()));
            Path file = dir.resolve(fileName);
            Files.writeString(file, unnamedSweep());
            Object[] r = CliCapture.run("sweep", file.toString(), "--dry-run");
            String err = (String) r[1];
            assertEquals(2, r[0], fileName + ": " + err);
            assertTrue(err.contains(file + ": name: the sweep has no name, and its file name '" + fileName + "'"), err);
            assertTrue(err.contains("add a name"), err);
        }
    }

    @Test
    void theDefaultSweepFolderIsAFolderOfItsOwnUnderResultsSweeps() {
        Path root = Path.of("results", "sweeps").toAbsolutePath();
        assertEquals(root.resolve("my-sweep"), SweepCommand.defaultOut("my-sweep", Shard.ALL));
        assertEquals(root.resolve("my-sweep/shard-2-of-3"), SweepCommand.defaultOut("my-sweep", Shard.parse("2/3")));
        for (String bad : List.of("..", ".", "", "../escape", "a/../..", "/tmp/elsewhere")) {
            assertThrows(IllegalArgumentException.class, () -> SweepCommand.defaultOut(bad, Shard.ALL), bad);
        }
    }

    @Test
    void aSweepsNameCannotClimbOut() throws Exception {
        for (String name : List.of("../escape", "/tmp/absolute", "'a/b'", "'..'", "'.'")) {
            Path file = tmp.resolve("named.yaml");
            Files.writeString(file, "name: " + name + "\n" + unnamedSweep());
            Object[] r = CliCapture.run("sweep", file.toString(), "--dry-run");
            assertEquals(2, r[0], name + ": " + r[1]);
            assertTrue(((String) r[1]).contains(file + ":1:7: name: a sweep name starts with a letter"), (String) r[1]);
        }
    }

    @Test
    void aSweepWritesOnlyInsideItsOutFolder() throws Exception {
        // a variant scenario whose file name is ..yaml: its copy in inputs/ must stay inside too
        Path scenario = tmp.resolve("base.yaml");
        Files.writeString(scenario, RunCrashTest.SCENARIO);
        Path odd = tmp.resolve("..yaml");
        Files.writeString(odd, RunCrashTest.SCENARIO.replace("seed: 7", "seed: 8"));
        Path file = tmp.resolve("escaping.yaml");
        Files.writeString(file, "name: escaping\n"
                + "scenario: " + scenario + "\n"
                + "design: {type: full-factorial}\n"
                + "factors:\n"
                + "  - name: path\n"
                + "    variants:\n"
                + "      - {name: base, set: {}}\n"
                + "      - {name: odd, scenario: " + odd + "}\n"
                + "responses:\n"
                + "  - {metric: favourable.CN, reducer: final}\n");
        Path out = tmp.resolve("deep/out");
        Object[] r = CliCapture.run("sweep", file.toString(), "--out", out.toString(), "--quiet", "--threads", "1",
                "--set", "agents=200", "--set", "months=2");
        assertEquals(0, r[0], (String) r[1]);
        assertTrue(files(out).contains("inputs/variant-odd--..yaml"), files(out).toString());
        assertEquals(List.of("..yaml", "base.yaml", "escaping.yaml"), files(tmp).stream().filter(f -> !f.startsWith("deep")).toList(),
                "files outside --out");
        assertTrue(files(out).stream().noneMatch(f -> AtomicFiles.isTemporaryName(Path.of(f).getFileName().toString())));
    }

    @Test
    void aScenarioNamedToClimbOutWritesOnlyInsideOut() throws Exception {
        for (String name : List.of("../../escaped", "/tmp/culturebridge-absolute-name")) {
            Path dir = Files.createDirectories(tmp.resolve("case" + name.length()));
            Path scenario = dir.resolve("s.yaml");
            Files.writeString(scenario, RunCrashTest.SCENARIO.replace("name: crash-test", "name: '" + name + "'"));
            Path out = dir.resolve("a/b/out");
            Object[] r = CliCapture.run("run", scenario.toString(), "--out", out.toString(), "--quiet", "--threads", "1",
                    "--set", "agents=200", "--set", "months=2", "--checkpoint-every", "4");
            // a scenario name names results folders: one that would climb out is refused before anything runs
            assertEquals(2, r[0], (String) r[1]);
            assertTrue(((String) r[1]).contains("a scenario name starts with a letter"), (String) r[1]);
            assertFalse(Files.exists(out), "nothing is written for a refused scenario");
            assertEquals(List.of("s.yaml"), files(dir), "files outside --out");
            assertFalse(Files.exists(Path.of("/tmp/culturebridge-absolute-name")));
        }
    }

    @Test
    void aCalibrationFileNamedDotDotIsRefusedBeforeAnythingRuns() throws Exception {
        Path file = tmp.resolve("...yaml");
        Files.writeString(file, "scenario: " + base() + "\n"
                + "window: {from: 2026-01, to: 2026-06}\n"
                + "parameters:\n"
                + "  baselineTension: {prior: uniform, min: 0.1, max: 0.3}\n"
                + "targets:\n"
                + "  - {name: tension, metric: tension, compare: monthly, scale: linear, observed: {2026-03: 0.3},"
                + " error: 0.05, discrepancy: 0}\n");
        Object[] r = CliCapture.run("calibrate", file.toString());
        String err = (String) r[1];
        assertEquals(2, r[0], err);
        assertTrue(err.contains("the file name gives no results folder of its own in results/calibration ('..')"), err);
    }

    // ------------------------------------------------------------------ names that would climb out of their folders

    /**
     * The default folder of {@code run} is {@code results/<scenario name>/...}: {@code name:
     * ../../escaped} must not write two folders above {@code results/}. Run in a child JVM whose
     * working folder is a temporary one.
     */
    @Test
    void theDefaultRunFolderStaysUnderResults() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work/inner"));
        Path scenario = work.resolve("s.yaml");
        Files.writeString(scenario, RunCrashTest.SCENARIO.replace("name: crash-test", "name: ../../escaped"));
        Process p = new ProcessBuilder(ChildJvm.command(List.of("run", scenario.toString(), "--quiet", "--set", "agents=200",
                "--set", "months=2"))).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertFalse(Files.exists(tmp.resolve("work/escaped")), "the run wrote outside results/: " + files(tmp.resolve("work")));
        assertTrue(p.exitValue() == 2 || files(work.resolve("results")).stream().anyMatch(f -> f.endsWith("monthly.csv")),
                Files.readString(tmp.resolve("child.log")));
    }

    /** With several scenarios, each arm goes to {@code --out/<scenario name>}: inside --out whatever the name. */
    @Test
    void everyArmOfAComparisonStaysUnderOut() throws Exception {
        Path a = tmp.resolve("a.yaml");
        Files.writeString(a, RunCrashTest.SCENARIO.replace("name: crash-test", "name: ../escaped-arm"));
        Path b = tmp.resolve("b.yaml");
        Files.writeString(b, RunCrashTest.SCENARIO.replace("name: crash-test", "name: fine-arm"));
        Path out = tmp.resolve("out");
        Object[] r = CliCapture.run("run", a.toString(), b.toString(), "--out", out.toString(), "--quiet", "--threads", "1",
                "--set", "agents=200", "--set", "months=2");
        assertFalse(Files.exists(tmp.resolve("escaped-arm")), "an arm was written outside --out: " + r[1]);
    }

    /** A warm-up's checkpoints go to {@code <cache>/<warm-up name>-<key>/}: inside the cache whatever the name. */
    @Test
    void warmUpCheckpointsStayInTheCache() throws Exception {
        Path warmup = tmp.resolve("w.yaml");
        Files.writeString(warmup, RunCrashTest.SCENARIO.replace("name: crash-test", "name: ../../escaped-warmup")
                .replace("start: 2026-01", "start: 2025-01").replace("months: 24", "months: 12"));
        Path arm = tmp.resolve("arm.yaml");
        Files.writeString(arm, RunCrashTest.SCENARIO.replace("name: crash-test", "name: arm\nwarmup: w.yaml"));
        Path cache = Files.createDirectories(tmp.resolve("cache/inner"));
        Object[] r = CliCapture.run("run", arm.toString(), "--out", tmp.resolve("out").toString(), "--quiet", "--threads", "1",
                "--set", "agents=200", "--set", "months=2", "--warmup-cache", cache.toString());
        try (Stream<Path> s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("escaped-warmup")),
                    "warm-up checkpoints were written outside the cache: " + r[1]);
        }
    }
}
