package culturebridge.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep in a child JVM killed with {@code destroyForcibly} (SIGKILL: no shutdown hooks, no
 * flushing) part-way, then resumed: the resumed folder's tables are identical to those of a
 * sweep that was never interrupted, and the runs done before the kill are not run again.
 */
class KillAndResumeTest {

    @TempDir Path tmp;

    /** 40 runs of a thousand agents over two years: a few seconds, long enough to kill part-way. */
    private String sweep() {
        return "name: kill-me\n"
                + "scenario: " + SweepFixtures.scenario("gradual-opening-2026") + "\n"
                + "replicates: 4\n"
                + "design: {type: latin-hypercube, n: 10, seed: 3}\n"
                + "factors:\n"
                + "  - {name: baseTension, path: params.baselineTension, range: {min: 0.1, max: 0.4}}\n"
                + "  - {name: filmsFrom, path: 'policy.sides.CN.stages[1].enter.date', range: {min: 2026-03, max: 2026-10}}\n"
                + "responses:\n"
                + "  - {metric: favourable.CN, reducer: final}\n"
                + "  - {metric: tension, reducer: mean}\n";
    }

    private static long parts(Path dir) throws Exception {
        Path p = dir.resolve("parts");
        if (!Files.isDirectory(p)) return 0;
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".part")).count();
        }
    }

    @Test
    void aSweepKilledMidwayResumesToTheSameFiles() throws Exception {
        Path file = SweepFixtures.write(tmp, "kill.yaml", sweep());
        Path killed = tmp.resolve("killed");
        List<String> cmd = ChildJvm.command(List.of("sweep", file.toString(), "--out", killed.toString(), "--threads", "1", "--quiet",
                "--set", "agents=1000", "--set", "months=24"));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            // Wait (without a time assertion) until a few runs are stored, then kill hard.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (parts(killed) < 3 && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
            child.destroyForcibly();
            child.waitFor(1, TimeUnit.MINUTES);
        } finally {
            child.destroyForcibly();
        }
        long done = parts(killed);
        assertTrue(done >= 3, "the child stored runs before it was killed: " + Files.readString(tmp.resolve("child.log")));
        assertTrue(done < 40, "the child was killed before it finished (" + done + " of 40 runs stored)");
        assertTrue(Files.readString(killed.resolve("manifest.json")).contains("\"status\" : \"running\""));
        assertTrue(!Files.exists(killed.resolve("responses.csv")), "no tables before every run is done");

        Object[] resumed = SweepFixtures.cli("sweep", file.toString(), "--out", killed.toString(), "--resume", "--threads", "2",
                "--set", "agents=1000", "--set", "months=24");
        assertEquals(0, resumed[0], (String) resumed[2]);
        assertTrue(((String) resumed[1]).contains(done + " done before, " + (40 - done) + " to run"), (String) resumed[1]);

        Path clean = tmp.resolve("clean");
        Object[] whole = SweepFixtures.cli("sweep", file.toString(), "--out", clean.toString(), "--quiet", "--threads", "2",
                "--set", "agents=1000", "--set", "months=24");
        assertEquals(0, whole[0], (String) whole[2]);
        for (String f : SweepFixtures.DETERMINISTIC) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
        }
        assertEquals(SweepFixtures.runsWithoutWallTime(clean), SweepFixtures.runsWithoutWallTime(killed));
        String manifest = Files.readString(killed.resolve("manifest.json"));
        assertTrue(manifest.contains("\"status\" : \"complete\""), manifest);
        assertEquals(2, manifest.split("\"start_time\"", -1).length - 1, "both sessions are recorded: " + manifest);
        try (Stream<Path> s = Files.walk(killed)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".tmp-")), "no temporary file is left");
        }
    }

    @Test
    void resumeIsRefusedWhenTheSweepFileChanged() throws Exception {
        Path file = SweepFixtures.write(tmp, "s.yaml", sweep());
        Path out = tmp.resolve("o");
        assertEquals(0, SweepFixtures.cli("sweep", file.toString(), "--out", out.toString(), "--quiet",
                "--set", "agents=1000", "--set", "months=3")[0]);
        Files.writeString(file, sweep().replace("replicates: 4", "replicates: 5"));
        Object[] r = SweepFixtures.cli("sweep", file.toString(), "--out", out.toString(), "--resume",
                "--set", "agents=1000", "--set", "months=3");
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("cannot resume") && ((String) r[2]).contains("sweep file changed"), (String) r[2]);
        Object[] again = SweepFixtures.cli("sweep", file.toString(), "--out", out.toString(), "--set", "agents=1000", "--set", "months=3");
        assertEquals(2, again[0]);
        assertTrue(((String) again[2]).contains("--resume") && ((String) again[2]).contains("--force"), (String) again[2]);
        Object[] otherSets = SweepFixtures.cli("sweep", file.toString(), "--out", out.toString(), "--resume", "--force");
        assertEquals(2, otherSets[0], "--resume and --force together are refused");
    }
}
