package culturebridge.experiment;

import culturebridge.model.Setup;
import culturebridge.model.World;
import culturebridge.output.MonthlyCollector;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The benchmark: the full model's audience-agent-steps per second and, in the same JVM on the
 * same agent state, those of the bare loop (the floor), with peak heap. Wall time is measured
 * with the monotonic clock around whole phases only, never inside the model.
 */
public final class Bench {

    /**
     * Figures of one benchmark.
     *
     * @param agents        audience agents
     * @param steps         weekly steps timed
     * @param threads       threads of the audience phase
     * @param initSeconds   building the world (network, agents)
     * @param modelSeconds  the full model's steps
     * @param floorSeconds  the bare loop's steps
     * @param peakHeapBytes peak heap use over the benchmark
     * @param maxHeapBytes  the heap limit
     */
    public record Figures(int agents, int steps, int threads, double initSeconds, double modelSeconds,
                          double floorSeconds, long peakHeapBytes, long maxHeapBytes) {
        public double modelRate() { return (double) agents * steps / modelSeconds; }
        public double floorRate() { return (double) agents * steps / floorSeconds; }
        public double ratio() { return modelSeconds / floorSeconds; }
        /** Building the world, the model's steps and the floor's, together. */
        public double wallSeconds() { return initSeconds + modelSeconds + floorSeconds; }
    }

    /**
     * What the floor is, recorded with the figures: since issue 8's second round the bare loop
     * reads every per-agent array the audience step reads and writes every one it writes
     * ({@link culturebridge.model.agent.BareLoop}); before, it touched two of the thirteen,
     * so ratios from before are not comparable.
     */
    public static final String FLOOR_DEFINITION = "all-agent-state";

    private Bench() {}

    /** Runs the benchmark on a setup whose calendar covers at least {@code steps} steps. */
    public static Figures run(Setup setup, int steps, int threads, long seed) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        long t0 = System.nanoTime();
        World w = new World(setup, seed);
        w.setThreads(threads);
        MonthlyCollector.attachOnStart(w);
        w.start();
        long t1 = System.nanoTime();
        int n = Math.min(steps, w.calendar().steps());
        for (int s = 0; s < n; s++) w.schedule.step(w);
        long t2 = System.nanoTime();
        for (int s = 0; s < n; s++) w.stepBareLoop(s);
        long t3 = System.nanoTime();
        w.finish();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peak += pool.getPeakUsage().getUsed();
        }
        return new Figures(w.audiences().size(), n, threads, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                peak, Runtime.getRuntime().maxMemory());
    }
}
