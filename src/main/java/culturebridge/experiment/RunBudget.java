package culturebridge.experiment;

import culturebridge.model.Setup;
import java.util.Locale;

/**
 * What a run asks of the machine, checked before anything is allocated or written: the heap
 * its worlds and kept results need, the number of replicates, and the seeds they use. A run
 * that cannot fit is refused at once with the {@code -Xmx} that would do, instead of dying
 * with a raw {@link OutOfMemoryError} after its results folder was made.
 */
public final class RunBudget {
    /** Most replicates of one run (a sweep file has the same bound). */
    public static final int MAX_REPLICATES = 100_000;
    /**
     * Heap per audience agent, measured on the shipped scenarios (about 116 bytes retained after
     * the first steps of worlds of 400,000 agents, and 175 bytes at the smallest heap that ran
     * them, everything else included), with room for the network's build.
     */
    static final long BYTES_PER_AGENT = 160;
    /** Heap of everything but the worlds: classes, scenario, charts, buffers. */
    static final long BASE_BYTES = 64L << 20;
    /** Heap of one month of one replicate's kept results (all metric columns, boxed rows and events). */
    static final long BYTES_PER_REPLICATE_MONTH = 4_096;

    private RunBudget() {
    }

    /**
     * Heap that {@code worldsAtOnce} worlds of this set-up need while {@code keptReplicates}
     * replicates' monthly results are kept for the outputs.
     */
    public static long heapNeeded(Setup setup, int worldsAtOnce, long keptReplicates) {
        long agents = setup.params().getAgents();
        long months = setup.months() + (setup.warmup() == null ? 0 : setup.warmup().months());
        return BASE_BYTES + worldsAtOnce * agents * BYTES_PER_AGENT + keptReplicates * setup.months() * BYTES_PER_REPLICATE_MONTH
                + (setup.warmup() == null ? 0 : months * BYTES_PER_REPLICATE_MONTH);
    }

    /**
     * Why the run cannot fit in a heap of {@code maxHeap} bytes, with the {@code -Xmx} that
     * would do; or null when it fits.
     */
    public static String heapProblem(Setup setup, int worldsAtOnce, long keptReplicates, long maxHeap) {
        long need = heapNeeded(setup, worldsAtOnce, keptReplicates);
        if (need <= maxHeap) return null;
        long gb = (need + need / 4 + (1L << 30) - 1) >> 30;
        return String.format(Locale.ROOT, "this run needs about %s of heap (%d world(s) of %,d agents at once, %d replicate(s) of "
                        + "%d months kept), but this Java has %s; run it with java -Xmx%dg -jar culturebridge.jar ..., or with fewer "
                        + "agents (--set agents=N), replicates or threads", size(need), worldsAtOnce, setup.params().getAgents(),
                keptReplicates, setup.months(), size(maxHeap), gb);
    }

    /** Why this replicate count is refused, or null. */
    public static String replicatesProblem(long replicates) {
        if (replicates < 1) return "--replicates must be at least 1, got " + replicates;
        if (replicates > MAX_REPLICATES) return "--replicates must be at most " + MAX_REPLICATES + ", got " + replicates;
        return null;
    }

    /**
     * Why replicates {@code 0..replicates-1} of base seed {@code seed} cannot have seeds
     * {@code seed + k} (the last one would pass the largest long and wrap around), or null.
     */
    public static String seedProblem(long seed, long replicates) {
        if (replicates > 1 && seed > Long.MAX_VALUE - (replicates - 1)) {
            return "seed " + seed + " + " + (replicates - 1) + " (the last replicate's seed) is larger than " + Long.MAX_VALUE
                    + "; choose a smaller --seed";
        }
        return null;
    }

    private static String size(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%d MB", bytes >> 20);
    }
}
