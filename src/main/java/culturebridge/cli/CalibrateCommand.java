package culturebridge.cli;

import culturebridge.experiment.calibration.CalibrationOutputs;
import culturebridge.experiment.calibration.Calibrator;
import culturebridge.experiment.calibration.FitStatistics;
import culturebridge.output.ResultsFolder;
import culturebridge.output.RunOutputs;
import culturebridge.scenario.CalibrationReader;
import culturebridge.scenario.CalibrationSpec;
import culturebridge.scenario.ScenarioException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code calibrate FILE}: fit parameters to observed arrivals with CMA-ES. */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fit the parameters named in a calibration file to observed monthly arrivals (CMA-ES, common random numbers).",
                "Writes calibrated.yaml (include it from scenarios), fit.csv, trace.csv, charts and a manifest."})
final class CalibrateCommand implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "calibration file (e.g. scenarios/calibration/cn-kr-2010-2016.yaml)")
    Path file;

    @Mixin SharedOptions.Out out;
    @Mixin SharedOptions.Threads threads;
    @Mixin SharedOptions.Force force;

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

    /** The results folder, locked while the calibration writes it. */
    private ResultsFolder held;

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
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Path dir;
        try {
            // a file named ..yaml must not make results/calibration/.. (all results) the folder
            dir = out.dir != null ? out.dir : culturebridge.output.AtomicFiles.resolveInside(Path.of("results", "calibration"), name);
        } catch (IllegalArgumentException e) {
            err.println("error: " + file + ": the file name gives no results folder of its own in results/calibration ('"
                    + name + "'); rename the file or choose --out");
            return Main.BAD_INPUT;
        }
        Calibrator calibrator = new Calibrator(cal, n, log);
        RunOutputs outputs;
        try {
            calibrator.check();
            held = ResultsFolder.claim(dir, force.on, List.of(spec.commandLine().getParseResult().originalArgs().toArray(new String[0])),
                    List.of(), err);
            outputs = RunOutputs.prepare(dir, false);
        } catch (ScenarioException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            return Main.outputError(err, e);
        }
        log.printf(Locale.ROOT, "calibrating %d parameter(s) of %s: CMA-ES, population %d, at most %d generations, %d replicate(s) per candidate%n",
                cal.parameters().size(), cal.scenario().getFileName(), cal.population(), cal.maxIterations(), cal.replicates());
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Calibrator.Result r;
        try {
            r = calibrator.run();
        } catch (ScenarioException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        try {
            List<String> files = CalibrationOutputs.write(outputs, cal, r, started, wall,
                    List.of(spec.commandLine().getParseResult().originalArgs().toArray(new String[0])));
            log.printf(Locale.ROOT, "%nbest loss %.5f after %d candidates in %.0f s%n", r.bestLoss(), r.trace().size(), wall);
            r.best().forEach((k, v) -> log.printf(Locale.ROOT, "  %-40s %.6g%n", k, v));
            log.printf(Locale.ROOT, "%n%-6s %6s %8s %9s %12s %12s %8s%n", "period", "months", "MAPE", "RMSE(log)", "simulated", "observed", "total");
            for (FitStatistics.Row row : r.fit()) {
                log.printf(Locale.ROOT, "%-6s %6d %7.1f%% %9.3f %12.0f %12.0f %+7.1f%%%n", row.period(), row.months(), 100 * row.mape(),
                        row.rmseLog(), row.simulated(), row.observed(), 100 * row.totalError());
            }
            log.println("\nresults: " + outputs.dir());
            for (String f : files) log.println("  " + f);
        } catch (IOException e) {
            err.println("error: could not write results: " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
