package culturebridge.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.experiment.sweep.engine.LocalEngine;
import culturebridge.output.AtomicFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local engine, failures, shards and merge, and the rules of the results folder. */
class SweepRunnerTest {

    @TempDir Path tmp;

    private SweepRunner.Result run(SweepPlan plan, int threads, Path out, Shard shard, RunWork work) throws Exception {
        return SweepRunner.run(plan, new LocalEngine(threads), work,
                new SweepRunner.Options(out, false, false, shard, false, List.of("test")), null);
    }

    @Test
    void oneAndTwoThreadsGiveTheSameBytesInRunOrderWithCommonSeeds() throws Exception {
        SweepPlan plan = SweepFixtures.plan(SweepFixtures.write(tmp, "s.yaml", SweepFixtures.factorial()));
        assertEquals(12, plan.runCount());
        SweepRunner.Result a = run(plan, 1, tmp.resolve("a"), Shard.ALL, new ModelRun());
        run(plan, 2, tmp.resolve("b"), Shard.ALL, new ModelRun());
        assertEquals(12, a.counts().ok());
        for (String f : SweepFixtures.DETERMINISTIC) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
        }
        assertEquals(SweepFixtures.runsWithoutWallTime(tmp.resolve("a")), SweepFixtures.runsWithoutWallTime(tmp.resolve("b")));
        List<String> rows = Files.readAllLines(tmp.resolve("a/responses.csv"));
        assertEquals("run,point,replicate,seed,status,filmQuota,baseTension,favourable.CN.final,filmAdoption,peakTension", rows.get(0));
        Map<String, String> seedOfReplicate = new LinkedHashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            String[] f = rows.get(i).split(",");
            assertEquals(Integer.toString(i - 1), f[0], "rows are in run order");
            // Common random numbers: replicate k has one seed, whatever the design point.
            String before = seedOfReplicate.putIfAbsent(f[2], f[3]);
            if (before != null) assertEquals(before, f[3], "replicate " + f[2] + " seed at point " + f[1]);
        }
        assertEquals(Map.of("0", "20260105", "1", "20260106", "2", "20260107"), seedOfReplicate);
        // Different factor levels with the same seed give different trajectories.
        assertFalse(rows.get(1).substring(rows.get(1).indexOf(",ok,")).equals(rows.get(10).substring(rows.get(10).indexOf(",ok,"))));
        List<String> monthly = Files.readAllLines(tmp.resolve("a/monthly.csv"));
        assertEquals("run,point,replicate,seed,filmQuota,baseTension,date,stage,tension,adoption.KR.film.in.CN,favourable.CN", monthly.get(0));
        assertEquals(1 + 12 * 6, monthly.size(), "a row per run and month");
        assertFalse(Files.exists(tmp.resolve("a/parts")), "per-run files are removed once the tables are complete");
        String manifest = Files.readString(tmp.resolve("a/manifest.json"));
        assertTrue(manifest.contains("\"status\" : \"complete\"") && manifest.contains("\"model_fingerprint\"")
                && manifest.contains("\"wall_seconds\"") && manifest.contains("\"seed\" : 20260107"), manifest);
        assertTrue(Files.isRegularFile(tmp.resolve("a/inputs/sweep--s.yaml")));
    }

    @Test
    void aRunThatThrowsIsRecordedAsFailedAndTheOthersFinish() throws Exception {
        SweepPlan plan = SweepFixtures.plan(SweepFixtures.write(tmp, "s.yaml", SweepFixtures.factorial()));
        ModelRun model = new ModelRun();
        RunWork failsOnRun5 = (setup, key) -> {
            if (key.run() == 5) throw new IllegalStateException("injected failure of run 5");
            return model.run(setup, key);
        };
        SweepRunner.Result r = run(plan, 2, tmp.resolve("f"), Shard.ALL, failsOnRun5);
        assertEquals(11, r.counts().ok());
        assertEquals(1, r.counts().failed());
        List<String> runs = Files.readAllLines(tmp.resolve("f/runs.csv"));
        assertTrue(runs.get(6).startsWith("5,1,2,20260107,failed,"), runs.get(6));
        assertTrue(runs.get(6).contains("java.lang.IllegalStateException: injected failure of run 5"), runs.get(6));
        for (int i = 1; i < runs.size(); i++) if (i != 6) assertTrue(runs.get(i).contains(",ok,"), runs.get(i));
        List<String> responses = Files.readAllLines(tmp.resolve("f/responses.csv"));
        assertEquals("5,1,2,20260107,failed,0,0.35,,,", responses.get(6));
        try (Stream<String> lines = Files.lines(tmp.resolve("f/monthly.csv"))) {
            assertTrue(lines.noneMatch(l -> l.startsWith("5,")), "a failed run has no monthly rows");
        }
        String manifest = Files.readString(tmp.resolve("f/manifest.json"));
        assertTrue(manifest.contains("\"failed\" : 1") && manifest.contains("injected failure of run 5"), manifest);
        // The command line's exit code for this is 3; its non-failing runs equal a clean sweep's.
        run(plan, 1, tmp.resolve("clean"), Shard.ALL, model);
        List<String> clean = Files.readAllLines(tmp.resolve("clean/responses.csv"));
        for (int i = 0; i < clean.size(); i++) if (i != 6) assertEquals(clean.get(i), responses.get(i));
    }

    @Test
    void twoShardsMergedEqualOneUnshardedSweep() throws Exception {
        Path file = SweepFixtures.write(tmp, "s.yaml", SweepFixtures.factorial());
        SweepPlan plan = SweepFixtures.plan(file);
        run(plan, 2, tmp.resolve("whole"), Shard.ALL, new ModelRun());
        run(plan, 1, tmp.resolve("s1"), Shard.parse("1/2"), new ModelRun());
        run(plan, 1, tmp.resolve("s2"), Shard.parse("2/2"), new ModelRun());
        assertEquals(1 + 6, Files.readAllLines(tmp.resolve("s1/responses.csv")).size(), "an even slice");
        // Shards in any order.
        SweepMerger.merge(List.of(tmp.resolve("s2"), tmp.resolve("s1")), tmp.resolve("merged"), false, List.of("test"), null);
        for (String f : SweepFixtures.DETERMINISTIC) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("whole").resolve(f)), Files.readAllBytes(tmp.resolve("merged").resolve(f)), f);
        }
        assertEquals(SweepFixtures.runsWithoutWallTime(tmp.resolve("whole")), SweepFixtures.runsWithoutWallTime(tmp.resolve("merged")));
        String manifest = Files.readString(tmp.resolve("merged/manifest.json"));
        assertTrue(manifest.contains("\"shard\" : \"1/1\"") && manifest.contains("\"merged_from\""), manifest);

        SweepMerger.MergeRefusedException missing = assertThrows(SweepMerger.MergeRefusedException.class,
                () -> SweepMerger.merge(List.of(tmp.resolve("s1")), tmp.resolve("m2"), false, List.of(), null));
        assertTrue(missing.getMessage().contains("missing shard(s) [2] of 2"), missing.getMessage());
        // A shard of another sweep (another file) is refused before anything is written.
        Path other = SweepFixtures.write(tmp, "other.yaml", SweepFixtures.factorial().replace("replicates: 3", "replicates: 3 # edited"));
        run(SweepFixtures.plan(other), 1, tmp.resolve("o2"), Shard.parse("2/2"), new ModelRun());
        SweepMerger.MergeRefusedException mixed = assertThrows(SweepMerger.MergeRefusedException.class,
                () -> SweepMerger.merge(List.of(tmp.resolve("s1"), tmp.resolve("o2")), tmp.resolve("m3"), false, List.of(), null));
        assertTrue(mixed.getMessage().contains("sweep file changed"), mixed.getMessage());
        assertFalse(Files.exists(tmp.resolve("m3")));
    }

    @Test
    void aFolderIsNeverReusedSilently() throws Exception {
        Path file = SweepFixtures.write(tmp, "s.yaml", SweepFixtures.factorial());
        SweepPlan plan = SweepFixtures.plan(file);
        Path out = tmp.resolve("o");
        run(plan, 2, out, Shard.ALL, new ModelRun());
        byte[] before = Files.readAllBytes(out.resolve("responses.csv"));
        assertThrows(AtomicFiles.OutputExistsException.class, () -> run(plan, 2, out, Shard.ALL, new ModelRun()));
        assertArrayEquals(before, Files.readAllBytes(out.resolve("responses.csv")));
        // Resuming a complete sweep does nothing.
        SweepRunner.Result again = SweepRunner.run(plan, new LocalEngine(2), new ModelRun(),
                new SweepRunner.Options(out, false, true, Shard.ALL, false, List.of()), null);
        assertTrue(again.alreadyComplete());
        assertEquals(0, again.ranNow());
        // Resuming after the sweep file changed is refused, naming what changed.
        Files.writeString(file, SweepFixtures.factorial() + "# a comment is a change too\n");
        SweepPlan changed = SweepFixtures.plan(file);
        SweepRunner.ResumeRefusedException e = assertThrows(SweepRunner.ResumeRefusedException.class, () -> SweepRunner.run(changed,
                new LocalEngine(1), new ModelRun(), new SweepRunner.Options(out, false, true, Shard.ALL, false, List.of()), null));
        assertTrue(e.getMessage().contains("the sweep file changed"), e.getMessage());
        // Resuming as another shard is refused too.
        SweepRunner.ResumeRefusedException s = assertThrows(SweepRunner.ResumeRefusedException.class, () -> SweepRunner.run(plan,
                new LocalEngine(1), new ModelRun(), new SweepRunner.Options(out, false, true, Shard.parse("1/2"), false, List.of()), null));
        assertTrue(s.getMessage().contains("shard") || s.getMessage().contains("sweep file"), s.getMessage());
        // --force starts over.
        SweepRunner.Result forced = SweepRunner.run(changed, new LocalEngine(2), new ModelRun(),
                new SweepRunner.Options(out, true, false, Shard.ALL, false, List.of()), null);
        assertEquals(12, forced.ranNow());
        // A folder that is not a sweep's cannot be resumed.
        Path stranger = Files.createDirectories(tmp.resolve("stranger"));
        Files.writeString(stranger.resolve("notes.txt"), "mine");
        assertThrows(SweepRunner.ResumeRefusedException.class, () -> SweepRunner.run(plan, new LocalEngine(1), new ModelRun(),
                new SweepRunner.Options(stranger, false, true, Shard.ALL, false, List.of()), null));
    }

    @Test
    void shardsAreEvenRoundRobinSlices() {
        assertEquals(List.of(0, 3, 6, 9), Shard.parse("1/3").runs(11));
        assertEquals(List.of(2, 5, 8), Shard.parse("3/3").runs(11));
        List<Integer> all = new ArrayList<>();
        for (int i = 1; i <= 4; i++) all.addAll(Shard.parse(i + "/4").runs(10));
        all.sort(null);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), all);
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/4"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("5/4"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("two/4"));
    }
}
