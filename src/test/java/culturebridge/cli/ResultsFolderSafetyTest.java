package culturebridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.testing.ChildJvm;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer per results folder, and {@code --force} that clears only what CultureBridge made:
 * a second run into a folder another process is writing is refused with exit code 2 naming the
 * holder; once the holder is killed the folder is taken over; a folder of the user's own files,
 * or the folder holding the checkpoint a run resumes from, is never emptied.
 */
class ResultsFolderSafetyTest {
    @TempDir Path tmp;

    private static final String SCENARIO = "scenarios/japan-korea-1998-2004.yaml";

    private static Object[] smallRun(Path out, String... extra) {
        List<String> a = new java.util.ArrayList<>(List.of("run", SCENARIO, "--set", "agents=400", "--set", "months=3",
                "--out", out.toString(), "--quiet"));
        a.addAll(List.of(extra));
        return CliCapture.run(a.toArray(new String[0]));
    }

    @Test
    void aSecondWriterIsRefusedAndAKilledWritersFolderIsTakenOver() throws Exception {
        Path out = tmp.resolve("shared");
        // a long run in another JVM: 1,200 months of 20,000 agents take far longer than this test
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.command(List.of("run", SCENARIO, "--set", "months=1200",
                "--out", out.toString(), "--quiet")));
        pb.redirectErrorStream(true).redirectOutput(tmp.resolve("first.log").toFile());
        Process first = pb.start();
        try {
            // the first writer makes and holds the folder before its first step, until it ends
            Path marker = out.resolve(".culturebridge-lock");
            for (int i = 0; i < 600 && !Files.isDirectory(out) && first.isAlive(); i++) Thread.sleep(100);
            for (int i = 0; i < 30 && !(Files.exists(marker) && Files.size(marker) > 0) && first.isAlive(); i++) Thread.sleep(100);
            assertTrue(first.isAlive(), "the first run ended early: " + Files.readString(tmp.resolve("first.log")));
            Object[] second = smallRun(out, "--force");
            String err = String.valueOf(second[1]);
            assertEquals(2, second[0], err);
            assertTrue(err.contains("in use") && err.contains("pid " + first.pid()), err);
            assertFalse(Files.exists(out.resolve("monthly.csv")), "the second writer wrote into the first one's folder");
        } finally {
            first.destroyForcibly();
            assertTrue(first.waitFor(60, TimeUnit.SECONDS));
        }
        // killed: the system released its lock, and the folder (marked as CultureBridge's) is taken over
        Object[] after = smallRun(out, "--force");
        assertEquals(0, after[0], String.valueOf(after[1]));
        assertTrue(Files.isRegularFile(out.resolve("manifest.json")));
    }

    @Test
    void forceDoesNotEmptyAFolderCultureBridgeDidNotMake() throws Exception {
        Path v = tmp.resolve("V");
        Files.createDirectories(v.resolve("sub"));
        Files.writeString(v.resolve("precious.txt"), "x");
        Object[] r = smallRun(v, "--force");
        String err = String.valueOf(r[1]);
        assertEquals(2, r[0], err);
        assertTrue(err.contains("precious.txt"), "the refusal says what the folder holds: " + err);
        assertTrue(Files.isRegularFile(v.resolve("precious.txt")));
        assertTrue(Files.isDirectory(v.resolve("sub")));
    }

    @Test
    void forceClearsARunFolderAndSaysWhatItRemoved() throws Exception {
        Path d = tmp.resolve("D");
        assertEquals(0, smallRun(d)[0]);
        Files.writeString(d.resolve("notes.txt"), "x");
        Object[] r = smallRun(d, "--force");
        String err = String.valueOf(r[1]);
        assertEquals(0, r[0], err);
        assertTrue(err.contains("removed") && err.contains("monthly.csv") && err.contains("notes.txt"), err);
        assertFalse(Files.exists(d.resolve("notes.txt")));
    }

    @Test
    void forceNeverClearsTheCheckpointItResumesFrom() throws Exception {
        Path d = tmp.resolve("D");
        assertEquals(0, smallRun(d, "--checkpoint-every", "4", "--set", "months=6")[0]);
        Path ckpt = d.resolve("checkpoints/replicate-0.ckpt");
        assertTrue(Files.isRegularFile(ckpt));
        Object[] r = smallRun(d, "--set", "months=6", "--resume-from", ckpt.toString(), "--force");
        String err = String.valueOf(r[1]);
        assertEquals(2, r[0], err);
        assertTrue(err.contains(ckpt.getFileName().toString()), err);
        assertTrue(Files.isRegularFile(ckpt), "the checkpoint was deleted");
    }

    @Test
    void aFileOrAnOverLongNameAsOutIsBadInput() throws Exception {
        Path file = Files.writeString(tmp.resolve("afile"), "x");
        Object[] r = smallRun(file);
        assertEquals(2, r[0], String.valueOf(r[1]));
        assertEquals("x", Files.readString(file));
        Path longName = tmp.resolve("n".repeat(300));
        r = smallRun(longName);
        assertEquals(2, r[0], String.valueOf(r[1]));
        assertTrue(String.valueOf(r[1]).contains("too long"), String.valueOf(r[1]));
        assertTrue(String.valueOf(r[1]).lines().count() <= 2, String.valueOf(r[1]));
    }

    @Test
    void seedsThatWouldWrapAndUnboundedReplicatesAreRefusedBeforeAnythingIsMade() {
        Path out = tmp.resolve("S");
        Object[] r = smallRun(out, "--seed", Long.toString(Long.MAX_VALUE), "--replicates", "2");
        assertEquals(2, r[0], String.valueOf(r[1]));
        assertTrue(String.valueOf(r[1]).contains(Long.toString(Long.MAX_VALUE)), String.valueOf(r[1]));
        assertFalse(Files.exists(out));
        r = smallRun(out, "--replicates", "2000000000");
        assertEquals(2, r[0], String.valueOf(r[1]));
        assertFalse(Files.exists(out));
    }

    @Test
    void aWorldTooLargeForTheHeapIsRefusedWithTheXmxToUse() throws Exception {
        Path out = tmp.resolve("M");
        List<String> cmd = new java.util.ArrayList<>(ChildJvm.command(List.of("run", SCENARIO, "--set", "agents=20000000",
                "--out", out.toString(), "--quiet")));
        cmd.set(cmd.indexOf("-Xmx512m"), "-Xmx128m");
        File log = tmp.resolve("m.log").toFile();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String text = Files.readString(log.toPath());
        assertEquals(2, p.exitValue(), text);
        assertTrue(text.contains("-Xmx") && !text.contains("OutOfMemoryError"), text);
        assertFalse(Files.exists(out), "nothing is made for a run that cannot fit");
    }
}
