package culturebridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import culturebridge.tools.Bench;
import culturebridge.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --json} writes figures that can be compared across commits, and they agree with
 * each other; {@code bench --sweep} times whole sweeps and checks their outputs. No speed is asserted: speed is measured by running {@code bench}, not by tests.
 */
class BenchCommandTest {

    @TempDir Path tmp;

    @Test
    void jsonFiguresAreCompleteAndConsistent() throws Exception {
        Path json = tmp.resolve("bench.json");
        Object[] r = CliCapture.run("bench", "--agents", "20000", "--steps", "8", "--threads", "2", "--seed", "3",
                "--json", json.toString());
        assertEquals(0, r[0], String.valueOf(r[1]));
        JsonNode j = new ObjectMapper().readTree(json.toFile());
        for (String key : new String[] {"scenario", "model_fingerprint", "java", "cpus", "measured_at", "floor_definition",
                "agents", "steps", "threads", "init_seconds", "model_seconds", "floor_seconds", "wall_seconds",
                "model_agent_steps_per_second", "floor_agent_steps_per_second", "ratio", "peak_heap_bytes", "max_heap_bytes"}) {
            assertTrue(j.has(key), "missing " + key);
        }
        assertEquals(20000, j.get("agents").asInt());
        assertEquals(8, j.get("steps").asInt());
        assertEquals(2, j.get("threads").asInt());
        assertEquals(Bench.FLOOR_DEFINITION, j.get("floor_definition").asText());
        double model = j.get("model_seconds").asDouble();
        double floor = j.get("floor_seconds").asDouble();
        assertTrue(model > 0 && floor > 0);
        assertEquals(model / floor, j.get("ratio").asDouble(), 1e-9 * model / floor);
        assertEquals(20000.0 * 8 / model, j.get("model_agent_steps_per_second").asDouble(), 1e-6 * 20000.0 * 8 / model);
        assertEquals(j.get("init_seconds").asDouble() + model + floor, j.get("wall_seconds").asDouble(), 1e-9);
        assertTrue(j.get("peak_heap_bytes").asLong() > 0 && j.get("peak_heap_bytes").asLong() <= j.get("max_heap_bytes").asLong());
        // where the time goes: timed parts inside each whole, and the model's parts add up to it
        JsonNode parts = j.get("model_parts_seconds");
        double sum = 0;
        for (String key : new String[] {"audience_step", "commit", "travel", "other"}) {
            assertTrue(parts.has(key), "missing model part " + key);
            assertTrue(parts.get(key).asDouble() >= 0, key);
            sum += parts.get(key).asDouble();
        }
        assertTrue(parts.get("audience_step").asDouble() > 0 && parts.get("commit").asDouble() > 0);
        assertEquals(model, sum, 1e-9 * model + 1e-12);
        JsonNode floorParts = j.get("floor_parts_seconds");
        double floorSum = floorParts.get("loop").asDouble() + floorParts.get("commit").asDouble();
        assertTrue(floorParts.get("loop").asDouble() > 0 && floorSum <= floor, floorParts + " within " + floor);
    }

    @Test
    void refusesNonsense() {
        assertEquals(Main.BAD_INPUT, CliCapture.run("bench", "--steps", "0")[0]);
        assertEquals(Main.BAD_INPUT, CliCapture.run("bench", "--agents", "1000", "--threads", "0")[0]);
    }

    /** A sweep of two runs (short with {@code --set agents=500 --set months=2}). */
    private Path tinySweep() throws Exception {
        String scenario = Path.of("scenarios", "gradual-opening-2026.yaml").toAbsolutePath().toString();
        return Files.writeString(tmp.resolve("tiny.yaml"), "name: tiny\n"
                + "scenario: " + scenario + "\n"
                + "replicates: 1\n"
                + "design: {type: full-factorial}\n"
                + "factors:\n"
                + "  - {name: baseTension, path: params.baselineTension, levels: [0.15, 0.35]}\n"
                + "responses:\n"
                + "  - {metric: favourable.CN, reducer: final}\n");
    }

    private static Set<Path> benchSweepFolders() throws Exception {
        return benchSweepFolders(Path.of(System.getProperty("java.io.tmpdir")));
    }

    private static Set<Path> benchSweepFolders(Path tmpdir) throws Exception {
        try (Stream<Path> s = Files.list(tmpdir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("culturebridge-bench-sweep")).collect(Collectors.toSet());
        }
    }

    @Test
    void sweepEfficiencyTimesWholeSweepsInFreshJvms() throws Exception {
        Path sweep = tinySweep();
        Path json = tmp.resolve("sweep-bench.json");
        Set<Path> before = benchSweepFolders();
        Object[] r = CliCapture.run("bench", "--sweep", sweep.toString(), "--set", "agents=500", "--set", "months=2",
                "--threads", "2", "--repeat", "2",
                "--warmup-cache", tmp.resolve("warmups").toString(), "--json", json.toString());
        assertEquals(0, r[0], String.valueOf(r[1]));
        JsonNode j = new ObjectMapper().readTree(json.toFile());
        assertEquals(2, j.get("runs").asInt());
        assertEquals(2, j.get("threads").asInt());
        assertEquals(2, j.get("repeats").asInt());
        assertTrue(j.get("identical_outputs").asBoolean());
        double[] one = new double[2];
        double[] two = new double[2];
        for (int k = 0; k < 2; k++) {
            one[k] = j.get("one_thread_wall_seconds").get(k).asDouble();
            two[k] = j.get("threads_wall_seconds").get(k).asDouble();
            assertTrue(one[k] > 0 && two[k] > 0);
        }
        assertEquals(2, j.get("one_thread_wall_seconds").size());
        double oneMedian = (one[0] + one[1]) / 2;
        double twoMedian = (two[0] + two[1]) / 2;
        assertEquals(oneMedian, j.get("one_thread_median_seconds").asDouble(), 1e-12);
        assertEquals(twoMedian, j.get("threads_median_seconds").asDouble(), 1e-12);
        assertEquals(oneMedian / (2 * twoMedian), j.get("efficiency").asDouble(), 1e-12);
        // the sweeps' outputs are removed; the warm-ups they continue are kept for the next measurement
        assertEquals(before, benchSweepFolders());
        assertTrue(Files.isDirectory(tmp.resolve("warmups")));
    }

    @Test
    void sweepMeasurementStoppedBySignalLeavesNoFolderAndNoSweepRunning() throws Exception {
        Path sweep = tinySweep();
        Path jvmTmp = Files.createDirectories(tmp.resolve("jvm-tmp"));
        List<String> cmd = new ArrayList<>(ChildJvm.command(List.of("bench", "--sweep", sweep.toString(),
                "--set", "agents=2000", "--set", "months=24", "--threads", "2", "--repeat", "50",
                "--warmup-cache", tmp.resolve("warmups").toString())));
        cmd.add(1, "-Djava.io.tmpdir=" + jvmTmp);
        Path log = tmp.resolve("bench.log");
        Process bench = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            List<ProcessHandle> sweeps = List.of();
            while (bench.isAlive() && sweeps.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
                sweeps = bench.descendants().collect(Collectors.toList());
            }
            assertTrue(!sweeps.isEmpty(), "no sweep JVM under bench: " + Files.readString(log));
            assertEquals(1, benchSweepFolders(jvmTmp).size());
            // the first sweep computes the warm-up first, so it is still running when the signal comes
            bench.destroy(); // SIGTERM, as kill sends
            try {
                assertTrue(bench.waitFor(60, TimeUnit.SECONDS), "bench did not stop");
                assertEquals(Set.of(), benchSweepFolders(jvmTmp), "temporary folder left behind");
                // the hook waits for the sweep JVM it stops, so it must be gone now
                for (ProcessHandle h : sweeps) assertFalse(h.isAlive(), "sweep JVM " + h.pid() + " outlived bench");
            } finally {
                sweeps.forEach(ProcessHandle::destroyForcibly);
            }
        } finally {
            bench.destroyForcibly();
        }
    }

    @Test
    void sweepMeasurementRefusesOptionsOfTheOtherMeasurement() throws Exception {
        Path sweep = tinySweep();
        assertEquals(Main.BAD_INPUT, CliCapture.run("bench", "--sweep", sweep.toString(), "--agents", "5")[0]);
        assertEquals(Main.BAD_INPUT, CliCapture.run("bench", "--sweep", sweep.toString(), "--threads", "1")[0]);
        assertEquals(Main.BAD_INPUT, CliCapture.run("bench", "--sweep", sweep.toString(), "--repeat", "0")[0]);
        assertEquals(Main.BAD_INPUT, CliCapture.run("bench", "--sweep", tmp.resolve("missing.yaml").toString())[0]);
        Object[] r = CliCapture.run("bench", "--sweep", sweep.toString(), "--set", "agents=1");
        assertEquals(Main.BAD_INPUT, r[0]);
        assertTrue(String.valueOf(r[1]).contains("agents"), String.valueOf(r[1]));
        r = CliCapture.run("bench", "--set", "agents=500");
        assertEquals(Main.BAD_INPUT, r[0]);
        assertTrue(String.valueOf(r[1]).contains("--sweep"), String.valueOf(r[1]));
    }
}
