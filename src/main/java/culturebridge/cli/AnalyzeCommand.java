package culturebridge.cli;

import culturebridge.experiment.sweep.analysis.AnalysisOutput;
import culturebridge.experiment.sweep.analysis.Bootstrap;
import culturebridge.experiment.sweep.analysis.SweepAnalysis;
import culturebridge.experiment.sweep.analysis.SweepData;
import culturebridge.experiment.sweep.store.SweepLayout;
import culturebridge.output.AtomicFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code analyze SWEEP_DIR}: sensitivity indices, paired differences, replication adequacy and charts of a sweep. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyse a completed sweep: sensitivity indices of every response (Sobol first-order and total for a sobol "
                + "design, Morris mu*/sigma for morris, partial rank correlations for latin-hypercube, main-effect shares for "
                + "full-factorial) with bootstrap intervals, the same month by month, each arm's mean, paired differences against "
                + "the baseline arm, and replication adequacy. Writes CSV tables and PNG charts and prints a summary."})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP_DIR", description = "a sweep's results folder")
    Path dir;

    @Mixin SharedOptions.Out out;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "" + Bootstrap.DEFAULT_RESAMPLES,
            description = "bootstrap resamples for intervals (default: ${DEFAULT-VALUE})")
    int resamples;

    @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95", description = "confidence level (default: ${DEFAULT-VALUE})")
    double confidence;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + Bootstrap.DEFAULT_SEED, description = "bootstrap seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--precision", paramLabel = "SHARE", defaultValue = "0.05",
            description = "target CI half-width as a share of an arm's mean, for the replicates advice (default: ${DEFAULT-VALUE})")
    double precision;

    @Option(names = "--no-by-month", description = "skip the time-resolved (monthly) indices")
    boolean noByMonth;

    @Option(names = "--no-charts", description = "write no charts")
    boolean noCharts;

    @Mixin SharedOptions.Force force;
    @Mixin SharedOptions.Quiet quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SweepAnalysis.Options options;
        try {
            options = new SweepAnalysis.Options(resamples, confidence, seed, !noByMonth, precision);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        SweepData data;
        try {
            data = SweepData.read(dir);
        } catch (SweepData.NotAnalysableException e) {
            err.println("error: " + e.getMessage() + runHint(dir));
            return Main.BAD_INPUT;
        } catch (IOException | RuntimeException e) {
            err.println("error: cannot read the sweep in " + dir + ": " + e.getMessage());
            return Main.BAD_INPUT;
        }
        SweepAnalysis.Report report = SweepAnalysis.analyse(data, options);
        Path target = out.dir != null ? out.dir : data.dir().resolve(SweepLayout.ANALYSIS_DIR);
        List<String> files;
        try {
            files = AnalysisOutput.write(report, target, force.on, !noCharts);
        } catch (AtomicFiles.OutputExistsException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: could not write the analysis: " + e.getMessage());
            return 1;
        }
        if (!quiet.on) {
            PrintStream ps = new PrintStream(System.out, true);
            AnalysisOutput.print(report, ps);
            ps.println();
            ps.println("analysis: " + target.toAbsolutePath().normalize());
            for (String f : files) ps.println("  " + f);
        }
        return 0;
    }

    /**
     * A hint for a folder that holds the results of {@code run} (one arm, or one folder per arm,
     * with or without posterior draws) rather than a sweep: those are compared by {@code compare}.
     */
    private static String runHint(Path dir) {
        try (var inside = java.nio.file.Files.list(dir)) {
            boolean run = isRunFolder(dir) || inside.anyMatch(AnalyzeCommand::isRunFolder);
            return run ? "; " + dir + " holds the results of `run` (arms, replicates, posterior draws): compare arms with "
                    + "`compare` (paired by seed and draw), or draw their charts again with `charts`" : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static boolean isRunFolder(Path d) {
        return java.nio.file.Files.isRegularFile(d.resolve(culturebridge.output.RunOutputs.MONTHLY_CSV))
                && java.nio.file.Files.isRegularFile(d.resolve(culturebridge.output.RunOutputs.MANIFEST_JSON));
    }
}
