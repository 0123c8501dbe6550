package culturebridge.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.scenario.CalibrationSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sampler on a model whose posterior is known: y ~ N(theta_1 + theta_2, 0.1) observed at 1
 * with a uniform prior on [-3, 3]^2 and theta_3 that the data do not inform. The posterior
 * concentrates on the line theta_1 + theta_2 = 1 (strong negative correlation), leaves theta_3
 * at its prior spread, and the sampler is deterministic, thread-independent and resumable.
 */
class AbcSmcTest {

    @TempDir Path tmp;

    private static Prior prior() {
        return new Prior(List.of(
                new CalibrationSpec.Parameter("a", CalibrationSpec.Family.UNIFORM, -3, 3, Double.NaN, Double.NaN),
                new CalibrationSpec.Parameter("b", CalibrationSpec.Family.UNIFORM, -3, 3, Double.NaN, Double.NaN),
                new CalibrationSpec.Parameter("c", CalibrationSpec.Family.NORMAL, -3, 3, 0, 1)));
    }

    /** Distance of a noisy simulation whose noise is a function of theta (a deterministic simulator). */
    private static double distance(double[] t) {
        double noise = 0.1 * Math.sin(1e4 * (t[0] * 7 + t[1] * 13 + t[2] * 17));
        double y = t[0] + t[1] + noise;
        return (y - 1) * (y - 1);
    }

    private AbcSmc.Result run(Path dir, AbcSmc.Simulator sim, int threads, boolean resume) throws IOException {
        AbcSmc smc = new AbcSmc(prior(), sim, 200, 5, 0.5, 0.0, 42, threads, null);
        try (Journal j = Journal.open(dir, "toy", List.of("a", "b", "c"), resume)) {
            return smc.run(j);
        }
    }

    @Test
    void thePosteriorConcentratesWhereTheDataPointAndNowhereElse() throws IOException {
        AbcSmc.Result r = run(tmp, AbcSmcTest::distance, 2, false);
        assertEquals(5, r.generations().size());
        AbcSmc.Generation post = r.posterior();
        double sum = 0;
        for (double w : post.weights()) sum += w;
        assertEquals(1, sum, 1e-9, "weights sum to 1");
        for (int g = 1; g < 5; g++) {
            assertTrue(r.generations().get(g).tolerance() < r.generations().get(g - 1).tolerance(), "tolerances fall");
        }
        List<PosteriorSummary.Row> table = PosteriorSummary.table(prior(), post.particles(), post.weights());
        // a + b is fixed: each alone stays wide, but they are strongly anti-correlated
        assertTrue(table.get(0).strongest() < -0.8, "a and b trade off: " + table.get(0));
        double mean = PosteriorSummary.mean(post.particles(), post.weights(), 0) + PosteriorSummary.mean(post.particles(), post.weights(), 1);
        assertEquals(1, mean, 0.15, "posterior mean of a + b");
        // c is not informed: its spread stays near the prior's
        assertTrue(table.get(2).sdRatio() > 0.7, "c keeps its prior spread: " + table.get(2));
        assertTrue(post.ess() > 20, "ESS " + post.ess());
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() throws IOException {
        AbcSmc.Result one = run(Files.createDirectories(tmp.resolve("one")), AbcSmcTest::distance, 1, false);
        AbcSmc.Result three = run(Files.createDirectories(tmp.resolve("three")), AbcSmcTest::distance, 3, false);
        for (int g = 0; g < one.generations().size(); g++) {
            assertArrayEquals(one.generations().get(g).weights(), three.generations().get(g).weights());
            for (int k = 0; k < 200; k++) {
                assertArrayEquals(one.generations().get(g).particles()[k], three.generations().get(g).particles()[k]);
            }
        }
    }

    @Test
    void aKilledRunResumesFromItsJournalToTheSameResultWithoutRerunningWhatWasDone() throws IOException {
        AtomicInteger wholeCalls = new AtomicInteger();
        AbcSmc.Result whole = run(Files.createDirectories(tmp.resolve("whole")), t -> {
            wholeCalls.incrementAndGet();
            return distance(t);
        }, 2, false);
        Path dir = Files.createDirectories(tmp.resolve("killed"));
        AtomicInteger calls = new AtomicInteger();
        // the hook: the 500th evaluation kills the run, as a kill -9 would, leaving the journal behind
        AbcSmc.Simulator dying = t -> {
            if (calls.incrementAndGet() >= 500) throw new IllegalStateException("killed");
            return distance(t);
        };
        assertThrows(IllegalStateException.class, () -> run(dir, dying, 1, false));
        Path journal = dir.resolve(Journal.FILE);
        // and the kill cut the last line short
        String text = Files.readString(journal, StandardCharsets.UTF_8);
        String cut = text.substring(0, text.length() - 7);
        Files.writeString(journal, cut, StandardCharsets.UTF_8);
        long intact = cut.lines().filter(l -> l.endsWith(",ok")).count();
        assertEquals(498, intact, "499 evaluations journalled before the kill, the last cut short");
        AtomicInteger again = new AtomicInteger();
        AbcSmc.Result resumed = run(dir, t -> {
            again.incrementAndGet();
            return distance(t);
        }, 2, true);
        assertEquals(wholeCalls.get() - intact, again.get(), "the resumed run evaluates only what the journal lacks");
        AbcSmc.Generation a = whole.posterior();
        AbcSmc.Generation b = resumed.posterior();
        assertArrayEquals(a.weights(), b.weights());
        for (int k = 0; k < a.particles().length; k++) assertArrayEquals(a.particles()[k], b.particles()[k]);
    }

    private AbcSmc.Result replenish(Path dir, AbcSmc.Simulator sim, int threads, boolean resume) throws IOException {
        AbcSmc smc = new AbcSmc(prior(), sim, 200, 6, 0.5, 0.0, 42, threads, 5, null);
        try (Journal j = Journal.open(dir, "toy-moves", List.of("a", "b", "c"), resume)) {
            return smc.run(j);
        }
    }

    @Test
    void replenishmentKeepsEqualWeightsAndFindsTheSamePosterior() throws IOException {
        AbcSmc.Result r = replenish(Files.createDirectories(tmp.resolve("moves")), AbcSmcTest::distance, 2, false);
        assertEquals(6, r.generations().size());
        AbcSmc.Generation post = r.posterior();
        assertEquals(200, post.ess(), 1e-9, "equal weights: the ESS is the particle count");
        assertTrue(post.distinct() > 100, "the moves keep the particles apart: " + post.distinct() + " distinct");
        for (int g = 1; g < 6; g++) {
            assertTrue(r.generations().get(g).tolerance() < r.generations().get(g - 1).tolerance(), "tolerances fall");
            for (double d : r.generations().get(g).distances()) {
                assertTrue(d <= r.generations().get(g).tolerance(), "every particle lies within its generation's tolerance");
            }
        }
        List<PosteriorSummary.Row> table = PosteriorSummary.table(prior(), post.particles(), post.weights());
        assertTrue(table.get(0).strongest() < -0.8, "a and b trade off: " + table.get(0));
        double mean = PosteriorSummary.mean(post.particles(), post.weights(), 0) + PosteriorSummary.mean(post.particles(), post.weights(), 1);
        assertEquals(1, mean, 0.15, "posterior mean of a + b");
        assertTrue(table.get(2).sdRatio() > 0.7, "c keeps its prior spread: " + table.get(2));
    }

    @Test
    void replenishmentDoesNotDependOnTheThreadsAndResumesFromItsJournal() throws IOException {
        AbcSmc.Result one = replenish(Files.createDirectories(tmp.resolve("m1")), AbcSmcTest::distance, 1, false);
        Path dir = Files.createDirectories(tmp.resolve("m3"));
        AtomicInteger calls = new AtomicInteger();
        AbcSmc.Simulator dying = t -> {
            if (calls.incrementAndGet() >= 400) throw new IllegalStateException("killed");
            return distance(t);
        };
        assertThrows(IllegalStateException.class, () -> replenish(dir, dying, 3, false));
        AbcSmc.Result resumed = replenish(dir, AbcSmcTest::distance, 3, true);
        for (int k = 0; k < 200; k++) assertArrayEquals(one.posterior().particles()[k], resumed.posterior().particles()[k]);
    }

    @Test
    void aJournalOfAnotherCalibrationIsRefused() throws IOException {
        run(tmp, AbcSmcTest::distance, 1, false);
        IOException e = assertThrows(IOException.class, () -> Journal.open(tmp, "other", List.of("a", "b", "c"), true));
        assertTrue(e.getMessage().contains("belongs to another calibration"), e.getMessage());
    }

    @Test
    void theWeightedQuantilesAndTheKernelBehave() {
        double[][] x = {{0}, {1}, {2}, {3}};
        double[] w = {0.1, 0.1, 0.1, 0.7};
        assertEquals(3, PosteriorSummary.quantile(x, w, 0, 0.5));
        assertEquals(0, PosteriorSummary.quantile(x, w, 0, 0.05));
        assertEquals(1.5, AbcSmc.quantile(new double[] {0, 1, 2, 3}, 0.5), 1e-12);
        Prior p = prior();
        assertEquals(6 / Math.sqrt(12), p.sd(0), 1e-3, "sd of U(-3, 3)");
        assertEquals(0, p.density(new double[] {3.5, 0, 0}));
        assertTrue(p.density(new double[] {0, 0, 0}) > p.density(new double[] {0, 0, 2}), "the normal marginal peaks at its mean");
    }
    @Test
    void theKernelIsBuiltFromAnyWeightedCloudOfManyParameters() {
        int n = 13;
        java.util.List<CalibrationSpec.Parameter> ps = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) ps.add(new CalibrationSpec.Parameter("p" + i, CalibrationSpec.Family.UNIFORM, 0, 1 + i, Double.NaN, Double.NaN));
        Prior prior = new Prior(ps);
        ec.util.MersenneTwisterFast rng = new ec.util.MersenneTwisterFast(7);
        double[][] x = new double[150][];
        double[] w = new double[150];
        for (int k = 0; k < x.length; k++) {
            x[k] = prior.sample(rng);
            w[k] = rng.nextDouble() * 1e-3 + (k % 7 == 0 ? 1 : 0);
        }
        AbcSmc.normalise(w);
        Kernel kernel = new Kernel(x, w, prior);
        double[] y = kernel.perturb(x[0], rng);
        for (double v : y) assertTrue(Double.isFinite(v));
        assertEquals(1.0, kernel.density(x[3], x[3]), 1e-12, "the kernel peaks at its centre");
        assertTrue(kernel.mixture(y, w) > 0);
    }
}
