package culturebridge.cli;

import culturebridge.experiment.calibration.Calibration;
import culturebridge.experiment.calibration.CalibrationOutputs;
import culturebridge.output.AtomicFiles;
import culturebridge.output.ResultsFolder;
import culturebridge.output.RunOutputs;
import culturebridge.scenario.CalibrationReader;
import culturebridge.scenario.CalibrationSpec;
import culturebridge.scenario.ScenarioException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code calibrate FILE}: the posterior of the parameters a calibration file names, by ABC-SMC. */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Estimate the joint posterior of the parameters named in a calibration file by ABC-SMC on the file's"
                + " window (Toni et al. 2009; Beaumont et al. 2009).",
                "Writes posterior.csv, trace.csv, identifiability.csv, fit.csv, predictive.csv, coverage.csv, charts and a manifest;"
                        + " journals every run so that a killed calibration resumes with --resume."})
final class CalibrateCommand implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "calibration file (e.g. scenarios/calibration/history-2010-2019.yaml)")
    Path file;

    @Option(names = "--quick", description = "the file's quick size (few particles, fewer agents, 2 generations): minutes, for trying and CI")
    boolean quick;

    @Option(names = "--resume", description = "continue the calibration whose journal is in the results folder (after a kill)")
    boolean resume;

    @Option(names = "--particles", paramLabel = "N", description = "particles per generation (default: the file's)")
    Integer particles;

    @Option(names = "--generations", paramLabel = "N", description = "generations at most (default: the file's)")
    Integer generations;

    @Option(names = "--agents", paramLabel = "N", description = "agents per run (default: the file's)")
    Integer agents;

    @Option(names = "--predictive", paramLabel = "N", description = "posterior draws run for the predictive bands (default: the file's)")
    Integer predictive;

    @Option(names = "--moves", paramLabel = "N", description = "0: population Monte Carlo with importance weights;"
            + " N >= 1: replenishment ABC-SMC (Drovandi & Pettitt 2011) with N MCMC moves per refilled particle"
            + " (default: the file's)")
    Integer moves;

    @Mixin SharedOptions.Out out;
    @Mixin SharedOptions.Threads threads;
    @Mixin SharedOptions.Force force;

    /** The results folder, locked while the calibration writes it. */
    private ResultsFolder held;

    @Override
    public Integer call() {
        try {
            return calibrate();
        } finally {
            try {
                if (held != null) held.close();
            } catch (IOException ignored) {
                // the process ends next, which releases the lock anyway
            }
        }
    }

    private Integer calibrate() {
        PrintWriter err = spec.commandLine().getErr();
        PrintStream log = new PrintStream(System.out, true);
        CalibrationSpec cal;
        try {
            cal = CalibrationReader.read(file);
        } catch (ScenarioException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        int n = threads.atLeastOne(err);
        if (n < 0) return Main.BAD_INPUT;
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "") + (quick ? "-quick" : "");
        Path dir;
        try {
            // a file named ..yaml must not make results/calibration/.. (all results) the folder
            dir = out.dir != null ? out.dir : AtomicFiles.resolveInside(Path.of("results", "calibration"), name);
        } catch (IllegalArgumentException e) {
            err.println("error: " + file + ": the file name gives no results folder of its own in results/calibration ('"
                    + name + "'); rename the file or choose --out");
            return Main.BAD_INPUT;
        }
        CalibrationSpec.Size base = cal.size(quick);
        if ((particles != null && particles < 4) || (agents != null && agents < 2) || (generations != null && generations < 1)
                || (predictive != null && predictive < 1) || (moves != null && moves < 0)) {
            err.println("error: --particles must be at least 4, --agents at least 2, --generations and --predictive at least 1,"
                    + " --moves at least 0");
            return Main.BAD_INPUT;
        }
        CalibrationSpec.Size size = new CalibrationSpec.Size(particles != null ? particles : base.particles(),
                generations != null ? generations : base.generations(), base.quantile(), base.minAcceptance(),
                agents != null ? agents : base.agents(), predictive != null ? predictive : base.predictive(),
                moves != null ? moves : base.moves());
        List<String> args = List.copyOf(spec.commandLine().getParseResult().originalArgs());
        RunOutputs outputs;
        try {
            new culturebridge.experiment.calibration.CalibrationRuns(cal, size.agents());
            if (resume && Files.isRegularFile(dir.resolve("journal.csv"))) {
                held = ResultsFolder.lock(dir, args);
                outputs = RunOutputs.existing(dir);
            } else {
                held = ResultsFolder.claim(dir, force.on, args, List.of(), err);
                outputs = RunOutputs.prepare(dir, false);
            }
        } catch (ScenarioException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            return Main.outputError(err, e);
        }
        log.printf(Locale.ROOT, "calibrating %d parameters of %s on %s to %s: ABC-SMC, %d particles, at most %d generations,"
                        + " %s agents, %d replicate(s) per particle, %d thread(s)%n", cal.parameters().size(),
                cal.scenario().getFileName(), cal.window().from(), cal.window().to(), size.particles(), size.generations(),
                size.agents() == null ? "the file's" : size.agents().toString(), cal.replicates(), n);
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Calibration.Outcome o;
        try {
            o = Calibration.run(cal, size, outputs.dir(), n, resume, log);
        } catch (ScenarioException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        try {
            List<String> files = CalibrationOutputs.write(outputs, o, started, wall, args);
            CalibrationOutputs.print(log, o);
            log.printf(Locale.ROOT, "%ncalibration took %.0f s; results: %s%n", wall, outputs.dir());
            for (String f : files) log.println("  " + f);
        } catch (IOException e) {
            err.println("error: could not write results: " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
