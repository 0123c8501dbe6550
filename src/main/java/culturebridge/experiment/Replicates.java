package culturebridge.experiment;

import culturebridge.model.Setup;
import culturebridge.model.World;
import culturebridge.output.MonthlyCollector;
import java.util.function.LongConsumer;

/**
 * Runs single replicates of a setup: a fresh {@link World} per run, stepped to the end of its
 * calendar with the monthly collector attached.
 *
 * <p>Replicate {@code k} of a run with base seed {@code s} uses seed {@code s + k}: distinct in
 * the 32 bits MASON keeps, written on every CSV row and in the manifest, and the same in
 * every arm of a comparison (common random numbers).
 */
public final class Replicates {
    private Replicates() {}

    /** The seed of replicate k. */
    public static long seed(long baseSeed, int k) {
        return baseSeed + k;
    }

    /**
     * Runs one replicate.
     *
     * @param onStep called after each step with the number of steps done (may be null)
     */
    public static ReplicateResult run(Setup setup, int replicate, long seed, int threads, LongConsumer onStep) {
        World w = new World(setup, seed);
        w.setThreads(threads);
        var collector = MonthlyCollector.attachOnStart(w);
        w.start();
        try {
            int steps = w.calendar().steps();
            while (w.schedule.getSteps() < steps) {
                w.schedule.step(w);
                if (onStep != null) onStep.accept(w.schedule.getSteps());
            }
            return new ReplicateResult(replicate, seed, collector.get().series(seed), MonthlyCollector.timeline(w));
        } finally {
            w.finish();
        }
    }
}
