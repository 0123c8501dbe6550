package culturebridge.cli;

import culturebridge.tools.Bench;
import culturebridge.tools.BenchRecord;
import culturebridge.tools.SweepEfficiency;
import culturebridge.experiment.Warmups;
import culturebridge.experiment.sweep.SweepPlan;
import culturebridge.model.StepTimer.Part;
import culturebridge.output.Metrics;
import culturebridge.scenario.Scenario;
import culturebridge.scenario.ScenarioException;
import culturebridge.scenario.ScenarioLoader;
import culturebridge.scenario.SweepLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: audience-agent-steps per second of the full model against the bare-loop floor. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure the full model (default scenario parameters) against a bare loop over the same agent state.",
                "Prints agent-steps per second for both, their ratio and the peak heap. Give the JVM the heap to test with -Xmx.",
                "With --sweep, measure instead a sweep's parallel efficiency: the whole sweep command, in fresh JVMs, "
                        + "with 1 thread and with --threads, alternately, --repeat times each."})
final class BenchCommand implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--agents", paramLabel = "N", defaultValue = "100000", description = "audience agents (default: ${DEFAULT-VALUE})")
    int agents;

    @Option(names = "--steps", paramLabel = "S", defaultValue = "520", description = "weekly steps (default: ${DEFAULT-VALUE}, ten years)")
    int steps;

    @Option(names = "--scenario", paramLabel = "SCENARIO", defaultValue = "gradual-opening-2026", description = "scenario whose parameters and policy are used (default: ${DEFAULT-VALUE})")
    String scenario;

    @Mixin SharedOptions.Threads threads;
    @Mixin SharedOptions.Seed seed;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the figures as JSON to FILE")
    Path json;

    @Option(names = "--sweep", paramLabel = "SWEEP", description = "measure this sweep's parallel efficiency instead (a sweep file or the name of one in scenarios/sweeps/)")
    String sweep;

    @Mixin SharedOptions.Sets sets;

    @Option(names = "--repeat", paramLabel = "R", defaultValue = "3", description = "with --sweep: timed sweeps per thread count (default: ${DEFAULT-VALUE}; medians are reported)")
    int repeat;

    @Mixin SharedOptions.WarmupCache warmupCache;
    @Mixin SharedOptions.Jit jit;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!jit.valid(err)) return Main.BAD_INPUT;
        if (sweep != null) return benchSweep(out, err);
        for (String sweepOnly : List.of("--set", "--repeat", "--warmup-cache")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(sweepOnly)) {
                err.println("error: " + sweepOnly + " applies to a sweep's measurement: give --sweep SWEEP as well");
                return Main.BAD_INPUT;
            }
        }
        if (steps < 1) {
            err.println("error: --steps must be at least 1, got " + steps);
            return Main.BAD_INPUT;
        }
        int months = (int) Math.ceil(steps * 7 / 30.0) + 1;
        Scenario sc;
        try {
            sc = ScenarioLoader.load(ScenarioArgument.resolve(scenario),
                    Map.of("agents", Integer.toString(agents), "months", Integer.toString(months)), Metrics::names);
        } catch (ScenarioException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        int nThreads = threads.atLeastOne(err);
        if (nThreads < 0) return Main.BAD_INPUT;
        out.printf(Locale.ROOT, "bench: %,d agents x %d steps, %d thread(s), scenario %s%n", agents, steps, nThreads, sc.setup().name());
        out.flush();
        // from the scenario's initial conditions: the cost of a step does not depend on a warm-up
        Bench.Figures f = Bench.run(sc.setup().withoutWarmup(), steps, nThreads, seed.value);
        out.printf(Locale.ROOT, "  init (network, agents)   %8.2f s%n", f.initSeconds());
        out.printf(Locale.ROOT, "  full model               %8.2f s  %,14.0f agent-steps/s%n", f.modelSeconds(), f.modelRate());
        out.printf(Locale.ROOT, "  bare loop (floor)        %8.2f s  %,14.0f agent-steps/s%n", f.floorSeconds(), f.floorRate());
        out.printf(Locale.ROOT, "  model / floor            %8.2f x   (%.1f ns against %.1f ns an agent-step)%n", f.ratio(),
                f.modelSeconds() * 1e9 / ((double) f.agents() * f.steps()), f.floorSeconds() * 1e9 / ((double) f.agents() * f.steps()));
        out.printf(Locale.ROOT, "  peak heap                %8.0f MB of %.0f MB%n", f.peakHeapBytes() / 1e6, f.maxHeapBytes() / 1e6);
        out.println("  where the time goes (wall seconds, share):");
        for (Part p : Bench.Figures.MODEL_PARTS) part(out, "model", p.label(), f.seconds(p), f.modelSeconds());
        part(out, "model", "everything else", f.otherModelSeconds(), f.modelSeconds());
        for (Part p : Bench.Figures.FLOOR_PARTS) part(out, "floor", p.label(), f.seconds(p), f.floorSeconds());
        if (json != null) {
            // enough context to compare figures across commits and machines
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scenario", sc.setup().name());
            m.put("seed", seed.value);
            BenchRecord.putContext(m);
            m.put("floor_definition", Bench.FLOOR_DEFINITION);
            m.put("agents", f.agents());
            m.put("steps", f.steps());
            m.put("threads", f.threads());
            m.put("init_seconds", f.initSeconds());
            m.put("model_seconds", f.modelSeconds());
            m.put("floor_seconds", f.floorSeconds());
            m.put("wall_seconds", f.wallSeconds());
            m.put("model_agent_steps_per_second", f.modelRate());
            m.put("floor_agent_steps_per_second", f.floorRate());
            m.put("ratio", f.ratio());
            m.put("model_ns_per_agent_step", f.modelSeconds() * 1e9 / ((double) f.agents() * f.steps()));
            m.put("floor_ns_per_agent_step", f.floorSeconds() * 1e9 / ((double) f.agents() * f.steps()));
            Map<String, Object> parts = new LinkedHashMap<>();
            for (Part p : Bench.Figures.MODEL_PARTS) parts.put(key(p), f.seconds(p));
            parts.put("other", f.otherModelSeconds());
            m.put("model_parts_seconds", parts);
            Map<String, Object> floorParts = new LinkedHashMap<>();
            for (Part p : Bench.Figures.FLOOR_PARTS) floorParts.put(key(p).replace("floor_", ""), f.seconds(p));
            m.put("floor_parts_seconds", floorParts);
            m.put("peak_heap_bytes", f.peakHeapBytes());
            m.put("max_heap_bytes", f.maxHeapBytes());
            if (!writeJson(m, err)) return 1;
        }
        out.flush();
        return 0;
    }

    /** {@code bench --sweep}: the sweep's wall times with 1 and n threads, and the efficiency. */
    private int benchSweep(PrintWriter out, PrintWriter err) {
        for (String modelOnly : List.of("--agents", "--steps", "--scenario", "--seed")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(modelOnly)) {
                err.println("error: " + modelOnly + " applies to the model's benchmark, not to --sweep"
                        + (modelOnly.equals("--agents") ? " (use --set agents=N)" : ""));
                return Main.BAD_INPUT;
            }
        }
        int nThreads = threads.atLeast(2, " to compare with 1 thread", err);
        if (nThreads < 0) return Main.BAD_INPUT;
        if (repeat < 1) {
            err.println("error: --repeat must be at least 1, got " + repeat);
            return Main.BAD_INPUT;
        }
        Path file = ScenarioArgument.sweep(sweep);
        SweepPlan plan;
        try {
            // refused here, before any JVM starts, with the sweep command's own messages
            plan = SweepPlan.of(SweepLoader.load(file, sets.overrides(), Metrics::names));
        } catch (IllegalArgumentException | ScenarioException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        List<String> options = new ArrayList<>();
        for (String set : sets.values) options.addAll(List.of("--set", set));
        Path cache = (warmupCache.dir != null ? warmupCache.dir : Warmups.standard().cache()).toAbsolutePath();
        options.addAll(List.of("--warmup-cache", cache.toString()));
        // the sweeps measured run under this command's compiler policy
        options.addAll(List.of("--jit", jit.policy));
        out.printf(Locale.ROOT, "bench --sweep: %s, %d runs, 1 and %d threads, %d timed sweeps each (fresh JVMs, start included)%n",
                file, plan.runCount(), nThreads, repeat);
        out.flush();
        SweepEfficiency.Result r;
        try {
            r = new SweepEfficiency(file, options, nThreads).measure(repeat, line -> {
                out.println(line);
                out.flush();
            });
        } catch (SweepEfficiency.SweepFailed e) {
            err.println("error: " + e.getMessage());
            return e.exitCode() == Main.BAD_INPUT ? Main.BAD_INPUT : 1;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        int runs = plan.runCount();
        out.printf(Locale.ROOT, "  1 thread    median %8.2f s  %8.1f runs/min%n", r.oneThreadMedian(), runs * 60 / r.oneThreadMedian());
        out.printf(Locale.ROOT, "  %d threads   median %8.2f s  %8.1f runs/min%n", nThreads, r.threadsMedian(),
                runs * 60 / r.threadsMedian());
        out.printf(Locale.ROOT, "  efficiency         %8.1f %%   (median 1-thread time / (%d x median %d-thread time))%n",
                100 * r.efficiency(), nThreads, nThreads);
        out.printf("  outputs            %s%n", r.identicalOutputs()
                ? "byte-identical for 1 and " + nThreads + " threads (" + String.join(", ", SweepEfficiency.COMPARED) + ")"
                : "DIFFER between 1 and " + nThreads + " threads");
        out.flush();
        if (json != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sweep", file.toString());
            m.put("sets", sets.values);
            m.put("runs", runs);
            BenchRecord.putContext(m);
            m.put("threads", nThreads);
            m.put("repeats", repeat);
            m.put("one_thread_wall_seconds", r.oneThreadSeconds());
            m.put("threads_wall_seconds", r.threadsSeconds());
            m.put("one_thread_median_seconds", r.oneThreadMedian());
            m.put("threads_median_seconds", r.threadsMedian());
            m.put("efficiency", r.efficiency());
            m.put("identical_outputs", r.identicalOutputs());
            if (!writeJson(m, err)) return 1;
        }
        return r.identicalOutputs() ? 0 : 1;
    }

    private boolean writeJson(Map<String, Object> m, PrintWriter err) {
        try {
            BenchRecord.write(json, m);
            return true;
        } catch (IOException e) {
            err.println("error: could not write " + json + ": " + e.getMessage());
            return false;
        }
    }

    private static void part(PrintWriter out, String of, String label, double seconds, double total) {
        out.printf(Locale.ROOT, "    %-5s %-16s %8.2f s  %5.1f%%%n", of, label, seconds, total > 0 ? 100 * seconds / total : 0);
    }

    /** The JSON key of a part: its name in lower case, e.g. {@code audience_step}. */
    private static String key(Part p) {
        return p.name().toLowerCase(Locale.ROOT);
    }
}
