package culturebridge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --checkpoint-every} and {@code run --resume-from}: checkpointing changes nothing,
 * a resumed replicate ends with the same bytes as the uninterrupted run, and a checkpoint of
 * another model version (a tampered fingerprint) is refused with exit code 2.
 */
class CheckpointTest {

    @TempDir Path tmp;

    private static Object[] cli(String... args) {
        return CliCapture.run(args);
    }

    /** The shock scenario (stages, a rollback and a shock all happen in 16 months), small. */
    private static List<String> run(Path out, String... extra) {
        List<String> a = new ArrayList<>(List.of("run", "scenarios/opening-with-shock-2026.yaml", "--seed", "11",
                "--set", "agents=3000", "--set", "months=16", "--out", out.toString(), "--quiet"));
        a.addAll(List.of(extra));
        return a;
    }

    private static int exit(List<String> args) {
        Object[] r = cli(args.toArray(new String[0]));
        assertEquals(0, r[0], () -> String.join(" ", args) + "\n" + r[1]);
        return (int) r[0];
    }

    @Test
    void resumedReplicatesEndWithTheBytesOfAnUninterruptedRun() throws Exception {
        Path whole = tmp.resolve("whole");
        Path ckpt = tmp.resolve("checkpointed");
        exit(run(whole, "--replicates", "2"));
        // 16 months are 69 or 70 weeks: the last checkpoint is at week 60, in the shock's aftermath
        exit(run(ckpt, "--replicates", "2", "--checkpoint-every", "20"));
        byte[] expected = Files.readAllBytes(whole.resolve("monthly.csv"));
        assertArrayEquals(expected, Files.readAllBytes(ckpt.resolve("monthly.csv")), "checkpointing changed the results");
        assertArrayEquals(Files.readAllBytes(whole.resolve("events.csv")), Files.readAllBytes(ckpt.resolve("events.csv")));

        List<String> expectedLines = Files.readAllLines(whole.resolve("monthly.csv"));
        List<String> expectedEvents = Files.readAllLines(whole.resolve("events.csv"));
        List<String> monthly = new ArrayList<>(List.of(expectedLines.get(0)));
        List<String> events = new ArrayList<>(List.of(expectedEvents.get(0)));
        for (int k = 0; k < 2; k++) {
            Path file = ckpt.resolve("checkpoints/replicate-" + k + ".ckpt");
            assertTrue(Files.size(file) > 0, file + " missing");
            Path resumed = tmp.resolve("resumed-" + k);
            exit(run(resumed, "--resume-from", file.toString()));
            List<String> lines = Files.readAllLines(resumed.resolve("monthly.csv"));
            assertEquals(expectedLines.get(0), lines.get(0));
            monthly.addAll(lines.subList(1, lines.size()));
            List<String> ev = Files.readAllLines(resumed.resolve("events.csv"));
            events.addAll(ev.subList(1, ev.size()));
            assertTrue(Files.exists(resumed.resolve("manifest.json")));
        }
        // the two resumed replicates, one after the other, are the uninterrupted table line for line
        assertEquals(expectedLines, monthly);
        assertEquals(expectedEvents, events);
        // and a resumed replicate 0 alone is byte for byte the uninterrupted run of one replicate
        Path one = tmp.resolve("one");
        exit(run(one));
        assertArrayEquals(Files.readAllBytes(one.resolve("monthly.csv")),
                Files.readAllBytes(tmp.resolve("resumed-0/monthly.csv")));
        try (var files = Files.walk(ckpt)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".tmp")), "temporary files left behind");
        }
    }

    @Test
    void aCheckpointOfAnotherModelVersionOrNoCheckpointIsRefused() throws Exception {
        Path ckpt = tmp.resolve("checkpointed");
        exit(run(ckpt, "--checkpoint-every", "30"));
        Path file = ckpt.resolve("checkpoints/replicate-0.ckpt");
        byte[] bytes = Files.readAllBytes(file);
        // the fingerprint follows the magic and the format number; change one of its characters
        int at = 2 + "CultureBridge checkpoint".length() + 4 + 2 + 3;
        bytes[at] = (byte) (bytes[at] == 'a' ? 'b' : 'a');
        Path tampered = tmp.resolve("tampered.ckpt");
        Files.write(tampered, bytes);
        Path out = tmp.resolve("resumed");
        Object[] r = cli(run(out, "--resume-from", tampered.toString()).toArray(new String[0]));
        String err = (String) r[1];
        assertEquals(2, r[0], err);
        assertTrue(err.contains("another model version") && err.contains("tampered.ckpt"), err);
        assertFalse(err.contains("Exception"), err);
        assertFalse(Files.exists(out), "a refused resume wrote outputs");

        Path junk = tmp.resolve("junk.ckpt");
        Files.writeString(junk, "not a checkpoint at all");
        Object[] j = cli(run(out, "--resume-from", junk.toString()).toArray(new String[0]));
        assertEquals(2, j[0], (String) j[1]);
        assertTrue(((String) j[1]).contains("is not a CultureBridge checkpoint"), (String) j[1]);

        Object[] other = cli(run(out, "--resume-from", file.toString(), "--set", "agents=4000").toArray(new String[0]));
        assertEquals(2, other[0], (String) other[1]);
        assertTrue(((String) other[1]).contains("agents"), (String) other[1]);
        assertFalse(Files.exists(out));
    }
}
