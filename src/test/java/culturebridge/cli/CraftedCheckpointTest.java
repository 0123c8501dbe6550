package culturebridge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.testing.ForgedCheckpoints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkpoints cannot be used to run code, exhaust memory or the stack, or pass for another
 * seed: a forged checkpoint is refused with exit code 2 and the reason, and a forged or copied
 * warm-up checkpoint in the cache is recomputed, so the run ends with its own seed's numbers.
 */
class CraftedCheckpointTest {
    @TempDir static Path tmp;
    private static Path real;

    private static final String SCENARIO = "scenarios/japan-korea-1998-2004.yaml";

    @BeforeAll
    static void aRealCheckpoint() {
        Path out = tmp.resolve("real");
        Object[] r = CliCapture.run("run", SCENARIO, "--set", "agents=400", "--set", "months=3", "--checkpoint-every", "4",
                "--out", out.toString(), "--quiet");
        assertEquals(0, r[0], String.valueOf(r[1]));
        real = out.resolve("checkpoints/replicate-0.ckpt");
        assertTrue(Files.isRegularFile(real));
    }

    private static String resumeFrom(Path forged, String out) {
        Object[] r = CliCapture.run("run", SCENARIO, "--set", "agents=400", "--set", "months=3", "--resume-from", forged.toString(),
                "--out", tmp.resolve(out).toString(), "--quiet");
        String err = String.valueOf(r[1]);
        assertEquals(2, r[0], err);
        assertTrue(err.startsWith("error: checkpoint " + forged), err);
        assertTrue(err.lines().count() <= 2, "one clear message, no stack trace: " + err);
        assertFalse(Files.exists(tmp.resolve(out).resolve("monthly.csv")));
        return err;
    }

    /** Forges a checkpoint holding {@code stream} and asserts that resuming it is refused, saying why. */
    private static void refusedWith(String name, byte[] stream, String... reasons) throws IOException {
        Path f = tmp.resolve(name + ".ckpt");
        ForgedCheckpoints.forge(real, f, stream);
        String err = resumeFrom(f, name);
        assertTrue(err.contains("refused"), err);
        for (String reason : reasons) assertTrue(err.contains(reason), err);
    }

    @Test
    void aHugeArrayIsRefusedBeforeItIsAllocated() throws IOException {
        refusedWith("huge", ForgedCheckpoints.hugeLongArray(), "long[]");
    }

    @Test
    void deepNestingIsRefusedBeforeTheStackOverflows() throws IOException {
        refusedWith("deep", ForgedCheckpoints.nested(200_000));
    }

    @Test
    void anotherTypeIsRefusedBeforeItIsBuilt() throws IOException {
        refusedWith("map", ForgedCheckpoints.hashMap(50_000), "java.util.HashMap");
    }

    @Test
    void aChangedByteIsRefused() throws IOException {
        byte[] b = Files.readAllBytes(real);
        b[b.length / 2] ^= 0x01;
        Path f = Files.write(tmp.resolve("flipped.ckpt"), b);
        resumeFrom(f, "flipped");
    }

    /** A six-month history and an arm continuing it, small enough to run in seconds. */
    private static Path warmupScenarios() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("warm"));
        String policy = "policy: {stages: [{name: open, quota: {JP: unlimited, KR: unlimited}}]}\n";
        Files.writeString(dir.resolve("hist.yaml"), "name: hist\nstart: 1998-01\nmonths: 6\ncountries: jp-kr-1998\n" + policy);
        Files.writeString(dir.resolve("arm.yaml"),
                "name: arm\nstart: 1998-07\nmonths: 3\ncountries: jp-kr-1998\nwarmup: hist.yaml\n" + policy);
        return dir.resolve("arm.yaml");
    }

    private static byte[] runArm(Path arm, Path cache, long seed, String out) throws IOException {
        Path dir = tmp.resolve(out);
        Object[] r = CliCapture.run("run", arm.toString(), "--seed", Long.toString(seed), "--set", "agents=400",
                "--warmup-cache", cache.toString(), "--out", dir.toString(), "--quiet");
        assertEquals(0, r[0], String.valueOf(r[1]));
        return Files.readAllBytes(dir.resolve("monthly.csv"));
    }

    private static Path cached(Path cache, long seed) throws IOException {
        try (Stream<Path> s = Files.walk(cache)) {
            List<Path> found = s.filter(p -> p.getFileName().toString().equals("seed" + seed + ".ckpt")).toList();
            assertEquals(1, found.size(), "warm-up checkpoints of seed " + seed + ": " + found);
            return found.get(0);
        }
    }

    @Test
    void aWarmupCheckpointCopiedOverAnotherSeedIsRecomputed() throws IOException {
        Path arm = warmupScenarios();
        Path cache = tmp.resolve("cache-copied");
        byte[] five = runArm(arm, cache, 5, "seed5");
        runArm(arm, cache, 6, "seed6");
        Files.copy(cached(cache, 6), cached(cache, 5), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertArrayEquals(five, runArm(arm, cache, 5, "seed5-again"), "seed 5 must end with seed 5's numbers");
    }

    @Test
    void aForgedWarmupCheckpointIsRecomputedNotACrash() throws IOException {
        Path arm = warmupScenarios();
        Path cache = tmp.resolve("cache-forged");
        byte[] seven = runArm(arm, cache, 7, "seed7");
        for (byte[] stream : List.of(ForgedCheckpoints.hugeLongArray(), ForgedCheckpoints.nested(200_000))) {
            ForgedCheckpoints.forge(real, cached(cache, 7), stream);
            assertArrayEquals(seven, runArm(arm, cache, 7, "seed7-" + stream.length));
        }
    }
}
