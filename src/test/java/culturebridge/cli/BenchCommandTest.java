package culturebridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import culturebridge.experiment.Bench;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --json} writes figures that can be compared across commits, and they agree with
 * each other. No speed is asserted: speed is measured by running {@code bench}, not by tests.
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
}
