package culturebridge.cli;

import culturebridge.experiment.Checkpoints;
import culturebridge.experiment.ReplicateResult;
import culturebridge.experiment.ScenarioRunner;
import culturebridge.output.AtomicFiles;
import culturebridge.output.MonthlySeries;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code run SCENARIO}: a headless scenario run writing CSV, manifest and charts. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a scenario headless and write monthly.csv, events.csv, charts/*.png and manifest.json.",
                "SCENARIO is a YAML file or the name of one in scenarios/ (e.g. gradual-opening-2026)."})
final class RunCommand implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario file or name")
    String scenario;

    @Option(names = "--seed", paramLabel = "S", description = "base seed; replicate k uses S + k (default: the scenario's seed, else 1)")
    Long seed;

    @Option(names = "--replicates", paramLabel = "N", defaultValue = "1", description = "replicates (default: ${DEFAULT-VALUE})")
    int replicates;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: results/<scenario>/seed<S>-x<N>)")
    Path out;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a parameter by its name (repeatable), e.g. --set agents=50000")
    List<String> sets = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "threads for each run's audience phase; results do not depend on it (default: all cores)")
    Integer threads;

    @Option(names = "--force", description = "overwrite an existing results folder")
    boolean force;

    @Option(names = "--quiet", description = "no progress bar or summary")
    boolean quiet;

    @Option(names = "--checkpoint-every", paramLabel = "WEEKS",
            description = "write a checkpoint of each replicate every WEEKS weeks to <out>/checkpoints/replicate-<k>.ckpt")
    Integer checkpointEvery;

    @Option(names = "--resume-from", paramLabel = "FILE",
            description = "continue the replicate saved in a checkpoint to the end and write its outputs (same scenario and --set as the run that wrote it)")
    Path resumeFrom;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        Scenario sc = SetOverrides.loadScenario(scenario, sets, err);
        if (sc == null) return Main.BAD_INPUT;
        if (replicates < 1) {
            err.println("error: --replicates must be at least 1, got " + replicates);
            return Main.BAD_INPUT;
        }
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1) {
            err.println("error: --threads must be at least 1, got " + nThreads);
            return Main.BAD_INPUT;
        }
        if (checkpointEvery != null && checkpointEvery < 1) {
            err.println("error: --checkpoint-every must be at least 1 week, got " + checkpointEvery);
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
            String mismatch = Checkpoints.mismatch(restored, sc.setup());
            if (mismatch != null) {
                err.println("error: checkpoint " + resumeFrom + " " + mismatch);
                return Main.BAD_INPUT;
            }
            // the outputs are those of the checkpoint's replicate: its seed, one replicate
            seed = restored.header().seed() - restored.header().replicate();
            replicates = 1;
        }
        long baseSeed = seed != null ? seed : (sc.seed() != null ? sc.seed() : 1L);
        Path dir = out != null ? out : ScenarioRunner.defaultOut(Path.of("results"), sc.setup().name(), baseSeed, replicates, sets);
        boolean progress = !quiet && System.console() != null;
        ScenarioRunner.Result result;
        try {
            var opts = new ScenarioRunner.Options(baseSeed, replicates, nThreads, dir, force, progress,
                    List.of(spec.commandLine().getParseResult().originalArgs().toArray(new String[0])),
                    checkpointEvery == null ? 0 : checkpointEvery, restored);
            result = ScenarioRunner.run(sc, opts, quiet ? null : new java.io.PrintStream(System.out, true));
        } catch (AtomicFiles.OutputExistsException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: could not write results: " + e.getMessage());
            return 1;
        }
        if (!quiet) {
            outw.println("results: " + result.dir());
            for (String f : result.files()) outw.println("  " + f);
            printSummary(outw, result.replicates());
        }
        outw.flush();
        return 0;
    }

    /** Final-month values of the headline metrics, averaged over replicates. */
    static void printSummary(PrintWriter out, List<ReplicateResult> reps) {
        MonthlySeries first = reps.get(0).series();
        int last = first.months().size() - 1;
        out.printf(Locale.ROOT, "final month %s, stage '%s' (mean of %d replicate(s)):%n",
                first.months().get(last), first.stages().get(last), reps.size());
        for (String col : first.columns()) {
            boolean headline = col.startsWith("adoption.") || col.startsWith("attitude.") || col.startsWith("favourable.")
                    || (col.startsWith("soft_power.") && col.indexOf('.') == col.lastIndexOf('.')) || col.equals("tension");
            if (!headline) continue;
            double sum = 0;
            for (ReplicateResult r : reps) sum += r.series().values()[last][first.column(col)];
            out.printf(Locale.ROOT, "  %-32s %10.4f%n", col, sum / reps.size());
        }
    }
}
