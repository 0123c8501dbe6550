package culturebridge.tools;

import culturebridge.model.BenchHooks;
import culturebridge.model.Setup;
import culturebridge.model.StepTimer;
import culturebridge.model.StepTimer.Part;
import culturebridge.model.World;
import culturebridge.output.MonthlyCollector;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark: the full model's audience-agent-steps per second and, in the same JVM on the
 * same agent state, those of the bare loop (the floor), with peak heap and where the steps'
 * time goes. Wall time is measured with the monotonic clock around whole phases, and around the
 * parts of a step that pass over all agents ({@link StepTimer}), never per agent.
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
     * @param parts         seconds spent in each timed part of the model's and the floor's steps
     */
    public record Figures(int agents, int steps, int threads, double initSeconds, double modelSeconds,
                          double floorSeconds, long peakHeapBytes, long maxHeapBytes, Map<Part, Double> parts) {
        /** The model's parts, in the order they are reported. */
        public static final List<Part> MODEL_PARTS = List.of(Part.AUDIENCE_STEP, Part.COMMIT, Part.TRAVEL);
        /** The floor's parts. */
        public static final List<Part> FLOOR_PARTS = List.of(Part.FLOOR_LOOP, Part.FLOOR_COMMIT);

        public Figures {
            parts = Map.copyOf(parts);
        }

        /** Seconds in a timed part. */
        public double seconds(Part part) { return parts.getOrDefault(part, 0.0); }

        /**
         * The model's seconds outside its timed parts: the supply and policy of the week, studios,
         * regulators, the monthly output and the summary it reads.
         */
        public double otherModelSeconds() {
            double timed = 0;
            for (Part p : MODEL_PARTS) timed += seconds(p);
            return Math.max(0, modelSeconds - timed);
        }

        public double modelRate() { return (double) agents * steps / modelSeconds; }
        public double floorRate() { return (double) agents * steps / floorSeconds; }
        public double ratio() { return modelSeconds / floorSeconds; }
        /** Building the world, the model's steps and the floor's, together. */
        public double wallSeconds() { return initSeconds + modelSeconds + floorSeconds; }
    }

    /** Wall time of each part of the steps, from the monotonic clock. */
    private static final class PartTimes implements StepTimer {
        final long[] nanos = new long[Part.values().length];
        private long entered;

        @Override
        public void enter(Part part) {
            entered = System.nanoTime();
        }

        @Override
        public void exit(Part part) {
            nanos[part.ordinal()] += System.nanoTime() - entered;
        }
    }

    /**
     * What the floor is, recorded with the figures: the bare loop reads every per-agent array
     * the audience step reads and writes every one it writes
     * ({@link culturebridge.model.agent.BareLoop}). Figures recorded with another floor (one
     * that touched two of the thirteen arrays) give ratios that are not comparable.
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
        PartTimes times = new PartTimes();
        BenchHooks.setStepTimer(w, times);
        w.start();
        long t1 = System.nanoTime();
        int n = Math.min(steps, w.calendar().steps());
        for (int s = 0; s < n; s++) w.schedule.step(w);
        long t2 = System.nanoTime();
        for (int s = 0; s < n; s++) BenchHooks.stepBareLoop(w, s);
        long t3 = System.nanoTime();
        w.finish();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peak += pool.getPeakUsage().getUsed();
        }
        Map<Part, Double> parts = new EnumMap<>(Part.class);
        for (Part p : Part.values()) parts.put(p, times.nanos[p.ordinal()] / 1e9);
        return new Figures(w.audiences().size(), n, threads, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                peak, Runtime.getRuntime().maxMemory(), parts);
    }
}
