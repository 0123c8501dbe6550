package culturebridge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.experiment.Checkpoints;
import culturebridge.output.AtomicFiles;
import culturebridge.output.ResultsFolder;
import culturebridge.testing.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} in a child JVM killed with {@code destroyForcibly} (SIGKILL: no shutdown hooks,
 * no flushing) at points drawn from a seeded random: a while after start, after a number of
 * checkpoints, between checkpoints, and at moments while the final files are being written. After every
 * kill the results folder holds nothing that looks complete unless it is (a file under its final
 * name is whole: monthly.csv byte for byte that of an uninterrupted run; manifest.json only in a
 * finished folder; leftovers carry the temporary mark), a re-run without {@code --force} refuses
 * the folder and leaves it as it was, and {@code --resume-from} the last checkpoint ends with
 * the monthly.csv of the uninterrupted run, byte for byte.
 */
class RunCrashTest {

    /** Seed of the kill points. */
    private static final long KILL_SEED = 20260105L;

    /** A self-contained scenario (no includes, no warm-up): about two seconds at 3,000 agents. */
    static final String SCENARIO = """
            name: crash-test
            start: 2026-01
            months: 24
            seed: 7
            countries: cn-kr
            policy:
              stages:
                - name: status-quo
                  quota:
                    CN: {film: 0, drama: 1, music: 0, digital: 4}
                    KR: unlimited
                - name: open
                  enter: {date: 2026-07}
                  quota:
                    CN: {film: 2, drama: 3}
            """;

    /** Files a finished run writes (besides charts/*.png). */
    private static final List<String> FINAL = List.of("monthly.csv", "events.csv", "odd.md", "manifest.json");
    private static final String CHECKPOINT = Checkpoints.DIR + "/replicate-0.ckpt";

    @TempDir Path tmp;
    private Path scenario;

    private List<String> run(Path out, String... extra) {
        List<String> a = new ArrayList<>(List.of("run", scenario.toString(), "--set", "agents=3000", "--threads", "1",
                "--checkpoint-every", "4", "--out", out.toString(), "--quiet"));
        a.addAll(List.of(extra));
        return a;
    }

    /**
     * Where a child is killed: after a delay of n ms, after n checkpoints, or once a final file
     * (monthly.csv, events.csv, the first chart, odd.md) is written; then after extra ms.
     */
    private record KillPoint(String kind, int n, int extraMillis) {
    }

    @Test
    void killedRunsLeaveNothingThatLooksCompleteAndResumeToTheSameBytes() throws Exception {
        scenario = tmp.resolve("crash-test.yaml");
        Files.writeString(scenario, SCENARIO);
        Path whole = tmp.resolve("whole");
        Object[] w = CliCapture.run(run(whole).toArray(new String[0]));
        assertEquals(0, w[0], (String) w[1]);
        Map<String, byte[]> reference = contents(whole);
        assertTrue(reference.containsKey("manifest.json") && reference.containsKey("monthly.csv"), reference.keySet().toString());

        Random random = new Random(KILL_SEED);
        List<KillPoint> points = List.of(
                new KillPoint("delay", 300 + random.nextInt(1500), 0),
                new KillPoint("checkpoints", 1 + random.nextInt(12), 0),
                new KillPoint("checkpoints", 8 + random.nextInt(14), random.nextInt(40)),
                new KillPoint(random.nextBoolean() ? "monthly.csv" : "events.csv", 0, random.nextInt(20)),
                new KillPoint("charts", 0, random.nextInt(20)),
                new KillPoint("odd.md", 0, random.nextInt(10)));
        int kills = 0;
        int resumed = 0;
        List<String> report = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            KillPoint p = points.get(i);
            Path out = tmp.resolve("killed-" + i);
            Path log = tmp.resolve("child-" + i + ".log");
            Process child = new ProcessBuilder(ChildJvm.command(run(out))).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            boolean killedAlive;
            try {
                waitFor(p, child, out);
                killedAlive = child.isAlive();
                child.destroyForcibly();
                assertTrue(child.waitFor(1, TimeUnit.MINUTES), "the child did not die");
            } finally {
                child.destroyForcibly();
            }
            if (!killedAlive) assertEquals(0, child.exitValue(), () -> "the child failed: " + read(log));
            if (killedAlive) kills++;
            String what = "kill " + i + " (" + p + ", " + (killedAlive ? "killed" : "had finished") + "): ";
            Map<String, byte[]> left = contents(out);
            nothingLooksComplete(what, out, left, reference);
            rerunWithoutForceIsRefused(what, out, left, reference);
            boolean ckpt = left.containsKey(CHECKPOINT);
            String resumedFrom = "no checkpoint";
            if (ckpt) {
                resumedFrom = "resumed from week " + Checkpoints.read(out.resolve(CHECKPOINT)).header().step();
                // never in place: --force does not clear the folder holding the checkpoint it resumes from
                if (resumed % 2 == 1) {
                    Object[] refused = CliCapture.run(run(out, "--resume-from", out.resolve(CHECKPOINT).toString(), "--force")
                            .toArray(new String[0]));
                    assertEquals(2, refused[0], what + refused[1]);
                    assertArrayEquals(left.get(CHECKPOINT), Files.readAllBytes(out.resolve(CHECKPOINT)), what + "checkpoint kept");
                    resumedFrom += " (in place refused)";
                }
                Path to = tmp.resolve("resumed-" + i);
                resumedFrom += " into a new folder";
                Object[] r = CliCapture.run(run(to, "--resume-from", out.resolve(CHECKPOINT).toString(), "--force")
                        .toArray(new String[0]));
                assertEquals(0, r[0], what + r[1]);
                assertArrayEquals(reference.get("monthly.csv"), Files.readAllBytes(to.resolve("monthly.csv")), what + "resumed monthly.csv");
                assertArrayEquals(reference.get("events.csv"), Files.readAllBytes(to.resolve("events.csv")), what + "resumed events.csv");
                assertTrue(Files.exists(to.resolve("manifest.json")), what + "no manifest after resuming");
                try (Stream<Path> s = Files.walk(to)) {
                    assertTrue(s.noneMatch(f -> AtomicFiles.isTemporaryName(f.getFileName().toString())), what + "temporary files left");
                }
                resumed++;
            }
            report.add(what + resumedFrom + "; left " + left.keySet());
        }
        System.out.println("run crash test: " + kills + " kills of " + points.size() + " children, " + resumed + " resumed\n  "
                + String.join("\n  ", report));
        assertTrue(kills >= 3, "at least three children were killed while running: " + report);
        assertTrue(resumed >= 2, "at least two kills left a checkpoint to resume from: " + report);
    }

    /** Waits (without any time assertion) until the kill point is reached or the child ends. */
    private static void waitFor(KillPoint p, Process child, Path out) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        if (p.kind().equals("delay")) {
            child.waitFor(p.n(), TimeUnit.MILLISECONDS);
        } else {
            Path ckpt = out.resolve(CHECKPOINT);
            Object last = null;
            int versions = 0;
            while (child.isAlive() && System.nanoTime() < deadline) {
                if (p.kind().equals("charts")) {
                    if (anyChart(out)) break;
                } else if (!p.kind().equals("checkpoints")) {
                    if (Files.exists(out.resolve(p.kind()))) break;
                } else {
                    // every checkpoint is a new file renamed over the old one: count the files seen
                    Object key = fileKey(ckpt);
                    if (key != null && !key.equals(last)) {
                        last = key;
                        if (++versions >= p.n()) break;
                    }
                }
                Thread.sleep(1);
            }
        }
        if (p.extraMillis() > 0) child.waitFor(p.extraMillis(), TimeUnit.MILLISECONDS);
    }

    private static boolean anyChart(Path out) {
        try (Stream<Path> s = Files.list(out.resolve("charts"))) {
            return s.anyMatch(f -> f.getFileName().toString().endsWith(".png"));
        } catch (IOException e) {
            return false;
        }
    }

    private static Object fileKey(Path f) {
        try {
            return Files.readAttributes(f, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Every file under a final name is whole, and the folder is marked complete (manifest.json)
     * only when everything is there: a leftover of the kill carries the temporary mark.
     */
    private static void nothingLooksComplete(String what, Path out, Map<String, byte[]> left, Map<String, byte[]> reference)
            throws Exception {
        for (Map.Entry<String, byte[]> e : left.entrySet()) {
            String name = e.getKey();
            String file = name.substring(name.lastIndexOf('/') + 1);
            if (AtomicFiles.isTemporaryName(file)) continue; // hidden, and never read as a result
            if (name.equals(culturebridge.output.ResultsFolder.MARKER)) continue; // the lock and marker file: no result
            if (name.equals(CHECKPOINT)) {
                Checkpoints.Restored r = Checkpoints.read(out.resolve(name)); // whole and readable, or this throws
                assertTrue(r.header().step() > 0, what + "checkpoint at step " + r.header().step());
            } else if (name.startsWith("charts/") && name.endsWith(".png")) {
                assertTrue(reference.containsKey(name), what + "unexpected chart " + name);
                assertNotNull(ImageIO.read(out.resolve(name).toFile()), what + name + " is not a whole PNG");
            } else if (name.startsWith("charts/") && (name.endsWith(".svg") || name.endsWith(".pdf"))) {
                assertTrue(reference.containsKey(name), what + "unexpected chart " + name);
                String tail = new String(e.getValue(), java.nio.charset.StandardCharsets.ISO_8859_1).stripTrailing();
                assertTrue(name.endsWith(".svg") ? tail.endsWith("</svg\n>") || tail.endsWith("</svg>") : tail.endsWith("%%EOF"),
                        what + name + " is not whole");
            } else if (FINAL.contains(name)) {
                if (!name.equals("manifest.json")) assertArrayEquals(reference.get(name), e.getValue(), what + name + " is not whole");
            } else {
                throw new AssertionError(what + "unexpected file " + name + " in " + left.keySet());
            }
        }
        if (left.containsKey("manifest.json")) {
            String manifest = new String(left.get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8).strip();
            assertTrue(manifest.startsWith("{") && manifest.endsWith("}"), what + "manifest.json is not whole");
            for (String name : reference.keySet()) {
                assertTrue(left.containsKey(name), what + "manifest.json written, but " + name + " is missing");
            }
        }
    }

    /**
     * Without --force, a folder with anything in it is refused and left as it was; an empty or missing one is used,
     * and so is one that holds only the lock marker (a child killed between making the marker and writing anything
     * else leaves just that, and AtomicFiles.prepareOutputDir counts such a folder as empty).
     */
    private void rerunWithoutForceIsRefused(String what, Path out, Map<String, byte[]> left, Map<String, byte[]> reference)
            throws Exception {
        boolean usable = left.keySet().stream().allMatch(ResultsFolder.MARKER::equals) && isEmptyOrMissingButForTheMarker(out);
        Object[] r = CliCapture.run(run(out).toArray(new String[0]));
        String err = (String) r[1];
        if (usable) {
            assertEquals(0, r[0], what + err);
            assertArrayEquals(reference.get("monthly.csv"), Files.readAllBytes(out.resolve("monthly.csv")), what);
            return;
        }
        assertEquals(2, r[0], what + err);
        assertTrue(err.contains(out.toString()) && err.contains("--force"), what + err);
        assertFalse(err.contains("Exception"), what + err);
        // an unfinished run that left a checkpoint is pointed to --resume-from, not only to --force
        boolean unfinished = !left.containsKey("manifest.json") && left.keySet().stream().anyMatch(f -> f.endsWith(".ckpt"));
        assertEquals(unfinished, err.contains("--resume-from"), what + err);
        Map<String, byte[]> after = contents(out);
        assertEquals(left.keySet(), after.keySet(), what + "the refused re-run changed the folder");
        for (String name : left.keySet()) assertArrayEquals(left.get(name), after.get(name), what + name + " changed");
    }

    private static boolean isEmptyOrMissingButForTheMarker(Path dir) throws IOException {
        if (!Files.exists(dir)) return true;
        try (Stream<Path> s = Files.list(dir)) {
            return s.allMatch(p -> p.getFileName().toString().equals(ResultsFolder.MARKER) && Files.isRegularFile(p));
        }
    }

    /** Relative path (with /) to bytes of every regular file under the folder (none if it is missing). */
    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        if (!Files.exists(dir)) return m;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return m;
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
