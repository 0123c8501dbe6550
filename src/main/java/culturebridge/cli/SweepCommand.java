package culturebridge.cli;

import culturebridge.experiment.sweep.ModelRun;
import culturebridge.experiment.sweep.Shard;
import culturebridge.experiment.sweep.SweepPlan;
import culturebridge.experiment.sweep.SweepRunner;
import culturebridge.experiment.sweep.engine.SweepEngine;
import culturebridge.experiment.sweep.engine.SweepEngines;
import culturebridge.experiment.sweep.store.SweepLayout;
import culturebridge.output.AtomicFiles;
import culturebridge.output.Metrics;
import culturebridge.scenario.ScenarioException;
import culturebridge.scenario.SweepFactor;
import culturebridge.scenario.SweepLoader;
import culturebridge.scenario.SweepResponse;
import culturebridge.scenario.SweepSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sweep FILE}: a parameter sweep (design x replicates) on this machine, on Spark, or one shard of it. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a parameter sweep: every design point of a sweep file, each with its replicates, into one results folder "
                + "(design.csv, responses.csv, monthly.csv, runs.csv, manifest.json). FILE is a sweep YAML file or the name of one "
                + "in scenarios/sweeps/. A killed sweep goes on with --resume; shards (--shard i/N) are joined with 'merge'.",
                "Exit codes: 0 all runs completed, 1 failure while running, 2 bad input, 3 finished but some runs failed."})
final class SweepCommand implements Callable<Integer> {

    /** Exit code of a sweep that finished with failed runs. */
    static final int SOME_RUNS_FAILED = 3;

    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "sweep file or name")
    String file;

    @Option(names = "--engine", paramLabel = "local|spark", defaultValue = "local",
            description = "where runs execute: threads of this machine, or Apache Spark (default: ${DEFAULT-VALUE})")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: the one spark-submit sets, else local[*])")
    String master;

    @Mixin SharedOptions.Threads threads;

    @Option(names = "--shard", paramLabel = "i/N", description = "run only shard i of N (1-based), an even slice of the runs")
    String shard;

    @Mixin SharedOptions.Out out;

    @Option(names = "--resume", description = "go on with the sweep in the results folder, skipping completed runs")
    boolean resume;

    @Mixin SharedOptions.Force force;
    @Mixin SharedOptions.Sets sets;

    @Option(names = "--replicates", paramLabel = "N",
            description = "replicates of every design point (seeds S, S+1, ...), instead of the sweep file's replicates")
    Integer replicates;

    @Option(names = "--dry-run", description = "check the sweep and print its design; run nothing")
    boolean dryRun;

    @Mixin SharedOptions.WarmupCache warmupCache;
    @Mixin SharedOptions.Quiet quiet;
    @Mixin SharedOptions.Jit jit;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        Map<String, String> overrides;
        try {
            overrides = sets.overrides();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (!jit.valid(err)) return Main.BAD_INPUT;
        if (resume && force.on) {
            err.println("error: --resume goes on with a sweep and --force starts it over; give one of them");
            return Main.BAD_INPUT;
        }
        int nThreads = threads.atLeastOne(err);
        if (nThreads < 0) return Main.BAD_INPUT;
        Shard slice;
        try {
            slice = shard == null ? Shard.ALL : Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            err.println("error: --shard: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        SweepSpec sweep;
        SweepPlan plan;
        try {
            sweep = SweepLoader.load(resolve(file), overrides, Metrics::names, replicates);
            plan = SweepPlan.of(sweep);
            plan.validate(nThreads);
        } catch (ScenarioException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (dryRun) {
            describe(outw, plan, slice);
            outw.flush();
            return 0;
        }
        String heap = "local".equals(engine) ? culturebridge.experiment.RunBudget.heapProblem(sweep.baseScenario().setup(),
                (int) Math.min(nThreads, plan.runCount()), 0, Runtime.getRuntime().maxMemory()) : null;
        if (heap != null) {
            err.println("error: " + heap.replace("replicates or threads", "or --threads"));
            return Main.BAD_INPUT;
        }
        SweepEngine eng;
        try {
            eng = SweepEngines.create(engine, nThreads, master);
        } catch (SweepEngines.EngineUnavailableException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        Path dir;
        try {
            dir = out.dir != null ? out.dir : defaultOut(sweep.name(), slice);
        } catch (IllegalArgumentException e) {
            err.println("error: " + file + ": the sweep's name '" + sweep.name() + "' cannot name a folder in results/sweeps; "
                    + "give the sweep another name or choose --out");
            return Main.BAD_INPUT;
        }
        PrintStream log = quiet.on ? null : new PrintStream(System.out, true);
        SweepRunner.Result result;
        try {
            var opts = new SweepRunner.Options(dir, force.on, resume, slice, !quiet.on && System.console() != null,
                    List.of(spec.commandLine().getParseResult().originalArgs().toArray(new String[0])));
            result = SweepRunner.run(plan, eng, new ModelRun(warmupCache.dir), opts, log);
        } catch (AtomicFiles.OutputExistsException e) {
            err.println("error: " + e.getMessage().replace("use --force to overwrite", "use --resume to go on with it, --force to start over"));
            return Main.BAD_INPUT;
        } catch (SweepRunner.ResumeRefusedException | culturebridge.output.OutputRefusedException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: could not write the sweep's results: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted; resume with --resume");
            return 1;
        }
        if (!quiet.on) {
            outw.println("results: " + result.dir());
            outw.printf(Locale.ROOT, "  %d runs: %d completed, %d failed%n", result.counts().total(), result.counts().ok(),
                    result.counts().failed());
        }
        outw.flush();
        return result.counts().failed() > 0 ? SOME_RUNS_FAILED : 0;
    }

    /** A sweep file as given, or a name in {@code scenarios/sweeps/} (see {@link ScenarioArgument#sweep}). */
    static Path resolve(String arg) {
        return ScenarioArgument.sweep(arg);
    }

    /**
     * {@code results/sweeps/<name>}, or {@code .../shard-i-of-N} for a shard.
     *
     * @throws IllegalArgumentException if the name is no folder strictly inside results/sweeps
     *                                  (the loader refuses such names; this is the last guard)
     */
    static Path defaultOut(String name, Shard shard) {
        Path base = AtomicFiles.resolveInside(Path.of("results", "sweeps"), name);
        return shard.isAll() ? base : base.resolve("shard-" + shard.index() + "-of-" + shard.count());
    }

    private static void describe(PrintWriter out, SweepPlan plan, Shard shard) {
        SweepSpec s = plan.spec();
        out.printf(Locale.ROOT, "sweep %s: base scenario %s (%s, %d months from %s)%n", s.name(), s.base().label(),
                s.baseScenario().setup().name(), s.baseScenario().setup().months(), s.baseScenario().setup().start());
        out.printf(Locale.ROOT, "design %s: %d points x %d replicates = %d runs%s%n", s.design().type().key, plan.points().size(),
                s.replicates(), plan.runCount(), shard.isAll() ? "" : " (shard " + shard + ": " + shard.runs(plan.runCount()).size() + ")");
        out.printf(Locale.ROOT, "seeds: replicate k uses %d + k in every design point%n", s.seed());
        for (SweepFactor f : s.factors()) {
            String what = f.kind() == SweepFactor.Kind.VARIANTS ? "variants" : f.path().toString();
            String values = f.range() != null
                    ? "range " + f.range().format(f.range().min()) + " to " + f.range().format(f.range().max()) + " (" + f.range().type().key + ")"
                    : f.levels().stream().map(l -> l.label()).toList().toString();
            out.printf(Locale.ROOT, "  factor %-20s %s: %s%n", f.name(), what, values);
        }
        for (SweepResponse r : s.responses()) {
            out.printf(Locale.ROOT, "  response %-28s %s%s of %s%s%n", r.name(), r.reducer().key,
                    r.reducer().needsThreshold() ? " " + r.threshold() : "", r.metric(),
                    r.from() == null && r.to() == null ? "" : " over " + (r.from() == null ? "start" : r.from()) + " to "
                            + (r.to() == null ? "end" : r.to()));
        }
        if (plan.baselinePoint() >= 0) out.println("baseline arm: " + plan.points().get(plan.baselinePoint()).arm());
        List<String> m = plan.monthlyMetrics();
        out.println("monthly.csv metrics: " + (m.isEmpty() ? "none"
                : s.monthly() == SweepSpec.MonthlyColumns.ALL ? "all " + m.size() : String.join(", ", m)));
        out.println("outputs: " + String.join(", ", SweepLayout.DESIGN_CSV, SweepLayout.RESPONSES_CSV, SweepLayout.MONTHLY_CSV,
                SweepLayout.RUNS_CSV, SweepLayout.MANIFEST_JSON));
    }
}
