package culturebridge.cli;

import culturebridge.experiment.Checkpoints;
import culturebridge.experiment.ReplicateResult;
import culturebridge.experiment.RunBudget;
import culturebridge.experiment.ScenarioRunner;
import culturebridge.experiment.Warmups;
import culturebridge.output.AtomicFiles;
import culturebridge.output.MonthlySeries;
import culturebridge.output.ResultsFolder;
import culturebridge.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run SCENARIO...}: headless scenario runs writing CSV, manifest and charts. Several
 * scenarios run as the arms of one comparison: the same seeds, and, for scenarios that continue
 * the same warm-up, the same warmed-up world for each replicate.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a scenario headless and write monthly.csv, events.csv, charts/*.png and manifest.json.",
                "SCENARIO is a YAML file or the name of one in scenarios/ (e.g. gradual-opening-2026).",
                "Several scenarios run as arms of one comparison: same seeds, and one warm-up per seed for those that "
                + "continue the same history (e.g. run status-quo-2026 gradual-opening-2026 --replicates 10)."})
final class RunCommand implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "scenario file(s) or name(s)")
    List<String> scenarioNames;

    @Mixin SharedOptions.Seed seed;
    @Mixin SharedOptions.Replicates replicates;
    @Mixin SharedOptions.Out out;
    @Mixin SharedOptions.Sets sets;
    @Mixin SharedOptions.Threads threads;
    @Mixin SharedOptions.Force force;
    @Mixin SharedOptions.Quiet quiet;

    @Option(names = "--checkpoint-every", paramLabel = "WEEKS",
            description = "write a checkpoint of each replicate every WEEKS weeks to <out>/checkpoints/replicate-<k>.ckpt")
    Integer checkpointEvery;

    @Option(names = "--resume-from", paramLabel = "FILE",
            description = "continue the replicate saved in a checkpoint to the end and write its outputs (same scenario and --set as the run that wrote it)")
    Path resumeFrom;

    @Option(names = "--cold-start",
            description = "start from the scenario's initial conditions (its country table) even if it names a warm-up")
    boolean coldStart;

    @Option(names = "--draws", paramLabel = "N",
            description = "run N draws of the scenario's posterior (its posterior: file, or --posterior), each with its own "
                    + "warm-up and the requested replicates; a draw's field columns (travel.epidemics[0].suppression) go into "
                    + "the history the run starts from (the scenario, or its warm-up); the draws are the first N of a weighted "
                    + "resample seeded by the run's seed (default: no draws, the scenario's own point values)")
    Integer draws;

    @Option(names = "--posterior", paramLabel = "FILE",
            description = "the posterior to draw from instead of the one the scenario names (a CSV draw,weight,<parameter>...; needs --draws)")
    Path posteriorFile;

    @Mixin SharedOptions.WarmupCache warmupCache;

    @Mixin SharedOptions.Band band;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        if (!band.valid(err)) return Main.BAD_INPUT;
        // every scenario is loaded and checked before anything runs
        List<Scenario> arms = new ArrayList<>();
        for (String name : scenarioNames) {
            Scenario sc = SetOverrides.loadScenario(name, sets.values, err);
            if (sc == null) return Main.BAD_INPUT;
            arms.add(coldStart ? sc.withoutWarmup() : sc);
        }
        if (!replicates.valid(err)) return Main.BAD_INPUT;
        int nThreads = threads.atLeastOne(err);
        if (nThreads < 0) return Main.BAD_INPUT;
        if (checkpointEvery != null && checkpointEvery < 1) {
            err.println("error: --checkpoint-every must be at least 1 week, got " + checkpointEvery);
            return Main.BAD_INPUT;
        }
        if (posteriorFile != null && draws == null) {
            err.println("error: --posterior FILE chooses the posterior that --draws N draws from; give --draws N as well");
            return Main.BAD_INPUT;
        }
        if (draws != null && draws < 1) {
            err.println("error: --draws must be at least 1, got " + draws);
            return Main.BAD_INPUT;
        }
        if (draws != null && resumeFrom != null) {
            err.println("error: --resume-from continues one replicate; it runs without --draws (the checkpoint holds its draw's values)");
            return Main.BAD_INPUT;
        }
        culturebridge.scenario.Posterior posterior = null;
        if (draws != null) {
            posterior = posterior(arms, err);
            if (posterior == null) return Main.BAD_INPUT;
        }
        if (resumeFrom != null && arms.size() > 1) {
            err.println("error: --resume-from continues one replicate of one scenario; give a single SCENARIO");
            return Main.BAD_INPUT;
        }
        Checkpoints.Restored restored = null;
        if (resumeFrom != null) {
            // read (and refuse) the checkpoint before the results folder is touched
            try {
                restored = Checkpoints.read(resumeFrom);
            } catch (Checkpoints.CheckpointException e) {
                err.println("error: " + e.getMessage());
                return Main.BAD_INPUT;
            }
            String mismatch = Checkpoints.mismatch(restored, arms.get(0).setup());
            if (mismatch != null) {
                err.println("error: checkpoint " + resumeFrom + " " + mismatch);
                return Main.BAD_INPUT;
            }
            // the outputs are those of the checkpoint's replicate: its seed, one replicate
            seed.value = restored.header().seed() - restored.header().replicate();
            replicates.count = 1;
        }
        // one base seed for every arm: the first scenario's (or --seed), so arms pair replicate by replicate
        Scenario first = arms.get(0);
        long baseSeed = seed.value != null ? seed.value : (first.seed() != null ? first.seed() : 1L);
        // seeds and heap are checked before any folder is made: a run that cannot finish leaves nothing behind
        int runs = replicates.count * (draws == null ? 1 : draws);
        String problem = RunBudget.seedProblem(baseSeed, runs);
        for (int i = 0; problem == null && i < arms.size(); i++) {
            problem = RunBudget.heapProblem(arms.get(i).setup(), 1, replicates.count, Runtime.getRuntime().maxMemory());
        }
        if (problem != null) {
            err.println("error: " + problem);
            return Main.BAD_INPUT;
        }
        ScenarioRunner.Draws drawn = posterior == null ? null : ScenarioRunner.Draws.of(posterior, draws, baseSeed);
        // every draw is set into every arm (and its history) before a folder is claimed
        for (int i = 0; drawn != null && i < arms.size(); i++) {
            try {
                drawn.scenarios(arms.get(i));
            } catch (culturebridge.scenario.ScenarioException e) {
                err.println("error: " + e.getMessage());
                return Main.BAD_INPUT;
            }
        }
        List<Path> dirs = new ArrayList<>();
        for (Scenario sc : arms) {
            String name = sc.setup().name();
            Path dir = out.dir == null ? ScenarioRunner.defaultOut(Path.of("results"), name, baseSeed, replicates.count, sets.values)
                    : arms.size() == 1 ? out.dir : AtomicFiles.resolveInside(out.dir, name);
            if (out.dir == null && draws != null) dir = dir.resolveSibling(dir.getFileName() + "-draws" + draws);
            if (dirs.contains(dir)) {
                err.println("error: two scenarios would write to " + dir + "; give each scenario once");
                return Main.BAD_INPUT;
            }
            dirs.add(dir);
        }
        // every results folder is checked and claimed (locked for this process) before the first
        // arm runs, so a clash with an earlier or a running run stops the comparison before any of it is computed
        List<String> commandLine = List.of(spec.commandLine().getParseResult().originalArgs().toArray(new String[0]));
        List<ResultsFolder> held = new ArrayList<>();
        try {
            for (Path dir : dirs) {
                try {
                    held.add(ResultsFolder.claim(dir, force.on, commandLine,
                            resumeFrom == null ? List.of() : List.of(resumeFrom), err));
                } catch (IOException e) {
                    int code = Main.outputError(err, e);
                    if (e instanceof AtomicFiles.OutputExistsException) resumeHint(dir, err);
                    return code;
                }
            }
            if (drawn != null && !quiet.on) describeDraws(outw, arms, drawn);
            return runArms(arms, dirs, baseSeed, nThreads, restored, drawn, commandLine, outw, err);
        } finally {
            for (ResultsFolder f : held) {
                try {
                    f.close();
                } catch (IOException ignored) {
                    // the process ends next, which releases the lock anyway
                }
            }
        }
    }

    private int runArms(List<Scenario> arms, List<Path> dirs, long baseSeed, int nThreads, Checkpoints.Restored restored,
                        ScenarioRunner.Draws drawn, List<String> commandLine, PrintWriter outw, PrintWriter err) {
        boolean progress = !quiet.on && System.console() != null;
        for (int i = 0; i < arms.size(); i++) {
            ScenarioRunner.Result result;
            try {
                var opts = new ScenarioRunner.Options(baseSeed, replicates.count, nThreads, dirs.get(i), force.on, progress, commandLine,
                        checkpointEvery == null ? 0 : checkpointEvery, restored, Warmups.in(warmupCache.dir), band.share, drawn);
                result = ScenarioRunner.run(arms.get(i), opts, quiet.on ? null : new java.io.PrintStream(System.out, true));
            } catch (IOException e) {
                return Main.outputError(err, e);
            } catch (java.io.UncheckedIOException e) {
                return Main.outputError(err, e.getCause());
            }
            if (!quiet.on) {
                outw.println("results: " + result.dir());
                for (String f : result.files()) outw.println("  " + f);
                printSummary(outw, result.replicates(), drawn == null ? null
                        : ScenarioRunner.runsDescription(drawn.selected().size(), replicates.count));
            }
            outw.flush();
        }
        return 0;
    }

    /**
     * The posterior the arms draw from: {@code --posterior}, else the one the arms name, which
     * must be the same file for all (the arms pair draw by draw); read and checked.
     */
    private culturebridge.scenario.Posterior posterior(List<Scenario> arms, PrintWriter err) {
        Path file = posteriorFile;
        if (file == null) {
            for (Scenario sc : arms) {
                if (sc.posterior() == null) {
                    err.println("error: " + sc.setup().name() + " names no posterior (" + sc.file() + "); add "
                            + "'posterior: calibration/<file>.csv' to it, or give one with --posterior FILE");
                    return null;
                }
                if (file != null && !file.equals(sc.posterior())) {
                    err.println("error: the arms name different posteriors (" + file + " and " + sc.posterior()
                            + "); arms compared draw by draw need one: give it with --posterior FILE");
                    return null;
                }
                file = sc.posterior();
            }
        }
        try {
            return culturebridge.scenario.Posterior.read(file);
        } catch (culturebridge.scenario.ScenarioException e) {
            err.println("error: " + e.getMessage());
            return null;
        }
    }

    /** Says which draws run and which of the posterior's parameters each arm takes from them. */
    private void describeDraws(PrintWriter out, List<Scenario> arms, ScenarioRunner.Draws drawn) {
        var post = drawn.posterior();
        out.printf(Locale.ROOT, "posterior %s (%d draws): running draws %s, each with %d replicate(s)%n", post.file(),
                post.draws().size(), String.join(", ", drawn.selected().stream().map(culturebridge.scenario.Posterior.Draw::id).toList()),
                replicates.count);
        for (Scenario sc : arms) {
            var taken = sc.takenFrom(post);
            List<String> kept = post.parameters().stream().filter(n -> !taken.contains(n)).sorted().toList();
            List<String> fields = taken.stream().filter(culturebridge.scenario.ScenarioLoader::isFieldPath).toList();
            List<String> params = taken.stream().filter(n -> !fields.contains(n)).toList();
            String where = sc.root() == null ? "" : " in " + sc.root().file().getFileName();
            out.println("  " + sc.setup().name() + " takes " + String.join(", ", params) + " from each draw"
                    + (fields.isEmpty() ? "" : ", and sets " + String.join(", ", fields) + where)
                    + (kept.isEmpty() ? "" : "; keeps its own " + String.join(", ", kept)));
        }
        out.flush();
    }

    /**
     * After a crash a results folder holds checkpoints but no manifest (the manifest is written
     * last): say how to continue instead of only how to start over.
     */
    private static void resumeHint(Path dir, PrintWriter err) {
        Path checkpoints = dir.resolve(Checkpoints.DIR);
        if (java.nio.file.Files.exists(dir.resolve(culturebridge.output.RunOutputs.MANIFEST_JSON))
                || !java.nio.file.Files.isDirectory(checkpoints)) {
            return;
        }
        try (var files = java.nio.file.Files.list(checkpoints)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(".ckpt")).sorted().toList();
            if (found.isEmpty()) return;
            err.println("hint: the run in " + dir + " did not finish (no manifest.json) and left checkpoints; continue a "
                    + "replicate with --resume-from " + found.get(0) + " --out <new folder>, or start over with --force");
        } catch (IOException ignored) {
            // the hint is a courtesy; the error above stands
        }
    }

    /**
     * Final-month values of the headline metrics: the mean over all runs (posterior draws and
     * replicates) and, with more than one run, the central 90% of the runs (5th and 95th
     * percentiles, R's type 7, as the charts' bands).
     */
    static void printSummary(PrintWriter out, List<ReplicateResult> reps) {
        printSummary(out, reps, null);
    }

    /**
     * As {@link #printSummary(PrintWriter, List)}, saying what the runs are ({@code runs}, e.g.
     * "8 runs (4 posterior draws x 2 replicates)"; null: replicates).
     */
    static void printSummary(PrintWriter out, List<ReplicateResult> reps, String runs) {
        MonthlySeries first = reps.get(0).series();
        int last = first.months().size() - 1;
        if (runs == null) runs = reps.size() + " replicate(s)";
        out.printf(Locale.ROOT, "final month %s, %s; mean of %s%s:%n", first.months().get(last),
                culturebridge.experiment.compare.FinalStages.describe(reps.stream().map(ReplicateResult::series).toList()), runs,
                reps.size() > 1 ? " [5%, 95%] over them" : "");
        for (String col : first.columns()) {
            boolean headline = col.startsWith("adoption.") || col.startsWith("attitude.") || col.startsWith("favourable.")
                    || (col.startsWith("soft_power.") && col.indexOf('.') == col.lastIndexOf('.')) || col.equals("tension");
            if (!headline) continue;
            double[] v = new double[reps.size()];
            for (int i = 0; i < v.length; i++) v[i] = reps.get(i).series().values()[last][first.column(col)];
            double mean = java.util.Arrays.stream(v).average().orElse(Double.NaN);
            if (v.length < 2) {
                out.printf(Locale.ROOT, "  %-32s %10.4f%n", col, mean);
                continue;
            }
            var pct = new org.apache.commons.math3.stat.descriptive.rank.Percentile()
                    .withEstimationType(org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType.R_7);
            out.printf(Locale.ROOT, "  %-32s %10.4f  [%.4f, %.4f]%n", col, mean, pct.evaluate(v, 5), pct.evaluate(v, 95));
        }
    }
}
