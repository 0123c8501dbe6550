package culturebridge.experiment;

import culturebridge.model.Setup;
import culturebridge.model.World;
import culturebridge.output.MonthlyCollector;
import java.util.function.LongConsumer;

/**
 * Runs single replicates of a setup: a fresh {@link World} per run (or one forked from the
 * set-up's warm-up), stepped to the end of its calendar with the monthly collector attached.
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
        return run(Warmups.standard(), setup, replicate, seed, threads, onStep, null);
    }

    /**
     * Runs one replicate, from its warm-up's end state if the set-up has a warm-up
     * ({@link Warmups}).
     *
     * @param warmups where warm-up checkpoints are kept
     * @param onStep called after each step with the number of the run's own steps done (may be null)
     * @param log    told when a warm-up has to be computed first (may be null)
     */
    public static ReplicateResult run(Warmups warmups, Setup setup, int replicate, long seed, int threads, LongConsumer onStep,
                                      java.util.function.Consumer<String> log) {
        Warmups.Prepared p = warmups.prepare(setup, seed, threads, log);
        World w = p.world();
        try {
            while (!p.done()) {
                w.schedule.step(w);
                if (onStep != null) onStep.accept(p.stepsDone());
            }
            return new ReplicateResult(replicate, seed, p.collector().series(seed), MonthlyCollector.timeline(w));
        } finally {
            w.finish();
        }
    }
}
