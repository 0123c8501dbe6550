package culturebridge.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.Fork;
import culturebridge.model.Setup;
import culturebridge.model.World;
import culturebridge.output.Metrics;
import culturebridge.output.MonthlySeries;
import culturebridge.scenario.Scenario;
import culturebridge.scenario.ScenarioException;
import culturebridge.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warm-up and forks: a 2026 scenario starts from the history's end state, the same whether the
 * warm-up is computed or read from its checkpoint, for any thread count; arms share that state
 * exactly; arms that cannot continue the history are refused.
 */
class WarmupForkTest {
    private static final long SEED = 77;

    @TempDir Path cache;
    private Warmups warmups;

    @BeforeEach
    void useTemporaryCache() {
        warmups = new Warmups(cache);
    }

    private ReplicateResult run(Setup setup, long seed, int threads) {
        return Replicates.run(warmups, setup, 0, seed, threads, null, null);
    }

    private static Scenario load(String name, Map<String, String> extra) throws ScenarioException {
        Map<String, String> sets = new LinkedHashMap<>();
        sets.put("agents", "2000");
        sets.put("months", "9");
        sets.putAll(extra);
        return ScenarioLoader.load(Path.of("scenarios", name + ".yaml"), sets, Metrics::names);
    }

    private static void assertSameSeries(MonthlySeries a, MonthlySeries b) {
        assertEquals(a.columns(), b.columns());
        assertEquals(a.months(), b.months());
        assertEquals(a.stages(), b.stages());
        for (int i = 0; i < a.values().length; i++) assertArrayEquals(a.values()[i], b.values()[i], "month " + a.months().get(i));
    }

    @Test
    void theTwentyTwentySixScenariosContinueTheHistory() throws Exception {
        for (String name : List.of("status-quo-2026", "gradual-opening-2026", "rapid-opening-2026", "opening-with-shock-2026")) {
            Setup s = load(name, Map.of()).setup();
            assertNotNull(s.warmup(), name + " has no warm-up");
            assertEquals("history-2010-2025", s.warmup().name());
            assertEquals(YearMonth.of(2026, 1), s.warmup().start().plusMonths(s.warmup().months()));
            // the arm's population is the warm-up's
            assertEquals(2000, s.warmup().params().getAgents());
        }
    }

    @Test
    void checkpointedAndComputedWarmUpsGiveTheSameArmForAnyThreadCount() throws Exception {
        Setup arm = load("status-quo-2026", Map.of("agents", "12000")).setup();
        MonthlySeries computed = run(arm, SEED, 1).series();
        Path checkpoint = warmups.checkpointFile(arm.warmup(), SEED);
        assertTrue(Files.isRegularFile(checkpoint), "no checkpoint at " + checkpoint);
        assertTrue(Files.isRegularFile(checkpoint.resolveSibling("seed" + SEED + "-monthly.csv")), "no warm-up table");
        long written = Files.getLastModifiedTime(checkpoint).toMillis();
        MonthlySeries fromCheckpoint = run(arm, SEED, 2).series();
        assertEquals(written, Files.getLastModifiedTime(checkpoint).toMillis(), "the warm-up ran again");
        assertSameSeries(computed, fromCheckpoint);
        assertEquals(YearMonth.of(2026, 1), computed.months().get(0));
    }

    @Test
    void aDamagedCheckpointIsComputedAgainWithTheSameResult() throws Exception {
        Setup arm = load("status-quo-2026", Map.of()).setup();
        MonthlySeries first = run(arm, SEED, 1).series();
        Path checkpoint = warmups.checkpointFile(arm.warmup(), SEED);
        Files.write(checkpoint, new byte[] {1, 2, 3});
        MonthlySeries again = run(arm, SEED, 1).series();
        assertSameSeries(first, again);
        assertTrue(Files.size(checkpoint) > 3, "the damaged checkpoint was not replaced");
    }

    @Test
    void armsStartFromTheSameWarmedUpWorld() throws Exception {
        // same climate in both arms, so they differ only from the gradual path's second stage (July 2026)
        Map<String, String> tension = Map.of("baselineTension", "0.3");
        MonthlySeries statusQuo = run(load("status-quo-2026", tension).setup(), SEED, 1).series();
        MonthlySeries gradual = run(load("gradual-opening-2026", tension).setup(), SEED, 1).series();
        int stage2 = gradual.months().indexOf(YearMonth.of(2026, 7));
        for (int i = 0; i < stage2; i++) assertArrayEquals(statusQuo.values()[i], gradual.values()[i], "month " + i);
        assertEquals("cn-films-and-dramas + kr-films-and-dramas", gradual.stages().get(stage2));
        try (Stream<Path> folders = Files.list(cache)) {
            assertEquals(1, folders.count(), "both arms should share one warm-up");
        }
        // and a different seed is a different history
        MonthlySeries other = run(load("status-quo-2026", tension).setup(), SEED + 1, 1).series();
        assertNotEquals(statusQuo.series("attitude.CN")[0], other.series("attitude.CN")[0]);
    }

    @Test
    void theArmContinuesTheStateTheHistoryReached() throws Exception {
        Setup arm = load("status-quo-2026", Map.of("agents", "12000")).setup();
        MonthlySeries forked = run(arm, SEED, 1).series();
        MonthlySeries history = run(arm.warmup(), SEED, 1).series();
        MonthlySeries cold = run(arm.withoutWarmup(), SEED, 1).series();
        for (String metric : List.of("favourable.CN", "attitude.KR", "adoption.KR.drama.in.CN", "adoption.CN.drama.in.KR")) {
            double end = history.series(metric)[history.months().size() - 1];
            double next = forked.series(metric)[0];
            assertEquals(end, next, 0.02, metric + ": the arm's first month should continue the history's last");
        }
        // a cold start begins at the table's survey value instead (Tsinghua CISS 2023: 13.9%)
        assertEquals(0.139, cold.series("favourable.CN")[0], 0.03);
        // the arm's trip level is re-anchored to its own table's 2026 rate: expected Chinese
        // arrivals in its first month are those of a cold start, not the history's level
        double coldArrivals = cold.series("arrivals.CN.KR")[0];
        double forkArrivals = forked.series("arrivals.CN.KR")[0];
        assertEquals(coldArrivals, forkArrivals, 0.1 * coldArrivals);
    }

    @Test
    void armsThatCannotContinueTheHistoryAreRefused() throws Exception {
        ScenarioException late = assertThrows(ScenarioException.class, () -> load("status-quo-2026", Map.of("start", "2027-01")));
        assertTrue(late.getMessage().contains("must start 2026-01"), late.getMessage());
        assertTrue(late.getMessage().contains("warmup"), late.getMessage());

        Setup arm = load("status-quo-2026", Map.of()).setup();
        Setup warm = arm.warmup();
        var fewer = new culturebridge.model.Params();
        fewer.setAgents(1000);
        Setup otherPopulation = new Setup(arm.name(), arm.start(), arm.months(), arm.countries(), arm.policy(), fewer);
        String conflict = Fork.conflict(warm, otherPopulation);
        assertNotNull(conflict);
        assertTrue(conflict.startsWith("agents is 1000 here but 2000"), conflict);

        World notFinished = new World(warm, SEED);
        notFinished.start();
        assertThrows(IllegalStateException.class, () -> notFinished.continueAs(arm));
        notFinished.finish();
    }

    @Test
    void aForkedRunResumesFromItsOwnCheckpointToTheSameBytes(@TempDir Path dir) throws Exception {
        Scenario sc = load("status-quo-2026", Map.of());
        Setup arm = sc.setup();
        Path ckpt = dir.resolve("arm.ckpt");
        ReplicateResult whole = Checkpoints.runWithCheckpoints(warmups, arm, 0, SEED, 1, 20, ckpt, null, null);
        Checkpoints.Restored r = Checkpoints.read(ckpt);
        assertTrue(r.header().step() > r.world().calendar().firstStep(), "the checkpoint should be inside the arm");
        assertEquals(null, Checkpoints.mismatch(r, arm));
        ReplicateResult resumed = Checkpoints.finish(r, 1, null);
        assertSameSeries(whole.series(), resumed.series());
    }

    @Test
    void aSavedCheckpointIsReadWhileAnotherRunHoldsItsLock() throws Exception {
        Setup warmup = load("status-quo-2026", Map.of()).setup().warmup();
        Checkpoints.Restored first = warmups.endState(warmup, SEED, 1, null);
        Path file = warmups.checkpointFile(warmup, SEED);
        assertTrue(Files.isRegularFile(file));
        // another run of the same seed holds the lock (as while it computes); a run that finds
        // the checkpoint saved reads it without waiting
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            synchronized (Warmups.lockFor(file)) {
                Future<Checkpoints.Restored> read = other.submit(() -> warmups.endState(warmup, SEED, 1, null));
                Checkpoints.Restored second = read.get(60, TimeUnit.SECONDS);
                assertEquals(first.world().schedule.getSteps(), second.world().schedule.getSteps());
                var a = first.world().audiences();
                var b = second.world().audiences();
                assertEquals(a.size(), b.size());
                for (int i = 0; i < a.size(); i++) assertEquals(a.attitude(i), b.attitude(i), "agent " + i);
            }
        } finally {
            other.shutdownNow();
        }
    }
}
