package culturebridge.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.experiment.sweep.analysis.Interval;
import culturebridge.experiment.sweep.analysis.Replication;
import culturebridge.output.MonthlySeries;
import culturebridge.scenario.SweepResponse;
import culturebridge.scenario.SweepResponse.Reducer;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** Response reducers and the replicate statistics, on numbers worked out by hand. */
class ReducersAndReplicationTest {

    private static final MonthlySeries SERIES = new MonthlySeries(1, List.of("x"),
            List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5)),
            List.of("a", "a", "b", "b", "b"), new double[][] {{1}, {4}, {2}, {8}, {5}});

    private static double reduce(Reducer r, String from, String to, double threshold) {
        return Reducers.reduce(new SweepResponse("r", "x", r, from == null ? null : YearMonth.parse(from),
                to == null ? null : YearMonth.parse(to), threshold), SERIES);
    }

    @Test
    void everyReducerOverAWindow() {
        assertEquals(5, reduce(Reducer.FINAL, null, null, Double.NaN));
        assertEquals(8, reduce(Reducer.FINAL, null, "2026-04", Double.NaN), "final is the window's last month");
        assertEquals(4, reduce(Reducer.MEAN, null, null, Double.NaN));
        assertEquals(5, reduce(Reducer.MEAN, "2026-03", null, Double.NaN));
        assertEquals(14, reduce(Reducer.SUM, "2026-02", "2026-04", Double.NaN));
        assertEquals(8, reduce(Reducer.MAX, null, null, Double.NaN));
        assertEquals(2, reduce(Reducer.MIN, "2026-02", null, Double.NaN));
        assertEquals(1, reduce(Reducer.FIRST_ABOVE, null, null, 3), "month 2026-02 is one month after the start");
        assertEquals(1, reduce(Reducer.FIRST_ABOVE, "2026-03", null, 6), "counted from the window's start");
        assertEquals(5, reduce(Reducer.FIRST_ABOVE, null, null, 100), "never: the window's length (censored)");
        assertEquals(1, reduce(Reducer.FIRST_BELOW, "2026-02", null, 3), "4 then 2: below 3 one month after the window starts");
        assertTrue(Double.isNaN(reduce(Reducer.MEAN, "2026-06", null, Double.NaN)), "an empty window gives NaN");
    }

    @Test
    void pairedDifferencesUseTheSameSeedsPairs() {
        // Arm and baseline move together replicate by replicate (common random numbers).
        double[] base = {10, 12, 9, 11};
        double[] arm = {11, 13.5, 9.5, 12};
        Replication.Paired p = Replication.paired(arm, base, 0.95);
        double[] d = {1, 1.5, 0.5, 1};
        double mean = 1;
        double sd = Math.sqrt(((0) + 0.25 + 0.25 + 0) / 3);
        double half = new TDistribution(null, 3).inverseCumulativeProbability(0.975) * sd / 2;
        assertEquals(4, p.pairs());
        assertEquals(mean, p.difference().estimate(), 1e-12);
        assertEquals(sd, p.sdDifference(), 1e-12);
        assertEquals(mean - half, p.difference().low(), 1e-12);
        assertEquals(mean + half, p.difference().high(), 1e-12);
        assertTrue(p.varianceRatio() < 0.1, "pairing removes most of the variance: " + p.varianceRatio());
        assertTrue(p.unpairedHalfWidth() > 3 * half, "without pairing the interval would be much wider");
        assertEquals(d.length, p.pairs());
        Replication.Paired missing = Replication.paired(new double[] {1, Double.NaN, 3}, new double[] {0, 1, 1}, 0.95);
        assertEquals(2, missing.pairs(), "a failed replicate drops its pair");
    }

    @Test
    void armIntervalsAndReplicationAdequacy() {
        Interval m = Replication.mean(new double[] {2, 4, 6}, 0.95);
        double half = new TDistribution(null, 2).inverseCumulativeProbability(0.975) * 2 / Math.sqrt(3);
        assertEquals(4, m.estimate(), 1e-12);
        assertEquals(half, m.halfWidth(), 1e-12);
        double[] widths = Replication.halfWidths(new double[] {2, 4, 6, 4}, 0.95);
        assertEquals(3, widths.length);
        assertEquals(new TDistribution(null, 1).inverseCumulativeProbability(0.975) * Math.sqrt(2) / Math.sqrt(2), widths[0], 1e-12);
        // s = 2, mean 4: (1.96 * 2 / (0.05 * 4))^2 = 384.1 -> 385 replicates for a 5% half-width.
        assertEquals(385, Replication.replicatesFor(new double[] {2, 4, 6}, 0.05, 0.95));
    }
}
