package culturebridge.experiment.calibration;

import culturebridge.output.AtomicFiles;
import culturebridge.output.CsvTableWriter;
import culturebridge.output.ManifestInfo;
import culturebridge.output.ManifestWriter;
import culturebridge.output.RunOutputs;
import culturebridge.scenario.CalibrationSpec;
import culturebridge.scenario.ParamsBinder;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a calibration's results folder: {@code posterior.csv} (the last generation: draw,
 * weight, one column per parameter), {@code generations.csv} (every generation's particles),
 * {@code trace.csv} (per generation: tolerance, attempts, acceptance rate, ESS, seconds),
 * {@code posterior-median.yaml} (the median as an includable point), {@code identifiability.csv}, {@code median-fit.csv} and {@code fit.csv} (the posterior
 * median's fit in the window), {@code predictive.csv} (5-95% bands of every target),
 * {@code coverage.csv} (the observations after the window and whether the 90% band covers
 * them), the charts, the median's {@code monthly.csv}, and the manifest, last.
 */
public final class CalibrationOutputs {
    /** The posterior file that scenarios name. */
    public static final String POSTERIOR = "posterior.csv";

    /** The posterior median as a file a scenario can include: the point values of runs without draws. */
    public static final String MEDIAN_POINT = "posterior-median.yaml";

    private CalibrationOutputs() {}

    public static List<String> write(RunOutputs out, Calibration.Outcome o, Instant started, double wallSeconds,
                                     List<String> commandLine) throws IOException {
        CalibrationSpec spec = o.spec();
        AbcSmc.Generation post = o.smc().posterior();
        out.record(writePosterior(out.resolve(POSTERIOR), spec, post, provenance(o, commandLine)));
        out.record(writeMedianPoint(out.resolve(MEDIAN_POINT), spec, o.median(), provenance(o, commandLine)));
        out.record(writeGenerations(out.resolve("generations.csv"), spec, o.smc()));
        out.record(writeTrace(out.resolve("trace.csv"), o.smc()));
        out.record(table(out.resolve("identifiability.csv"), List.of("parameter", "prior_sd", "posterior_sd", "sd_ratio",
                "median", "q05", "q95", "strongest_correlation", "most_correlated_with"), o.identifiability().stream()
                .map(r -> List.of(r.name(), f(r.priorSd()), f(r.posteriorSd()), f(r.sdRatio()), f(r.median()), f(r.q05()),
                        f(r.q95()), f(r.strongest()), String.join("; ", r.partners()))).toList()));
        out.record(table(out.resolve("median-fit.csv"), List.of("target", "period", "observed", "simulated", "in_window"),
                o.medianPoints().stream().map(p -> List.of(p.target(), p.period().toString(), f(p.observed()), f(p.simulated()),
                        Boolean.toString(p.inWindow()))).toList()));
        out.record(table(out.resolve("fit.csv"), List.of("target", "measure", "value", "observations"),
                o.fit().stream().map(x -> List.of(x.target(), x.measure(), f(x.value()), Integer.toString(x.count()))).toList()));
        out.record(table(out.resolve("predictive.csv"), List.of("target", "period", "q05", "q50", "q95", "observed", "role"),
                o.bands().stream().map(b -> List.of(b.target(), b.period().toString(), f(b.q05()), f(b.q50()), f(b.q95()),
                        Double.isNaN(b.observed()) ? "" : f(b.observed()), b.role())).toList()));
        out.record(table(out.resolve("coverage.csv"), List.of("target", "period", "observed", "q05", "q50", "q95", "covered"),
                coverage(o).stream().map(b -> List.of(b.target(), b.period().toString(), f(b.observed()), f(b.q05()), f(b.q50()),
                        f(b.q95()), Boolean.toString(b.covers()))).toList()));
        out.writeMonthly(o.medianSetup().name() + "-posterior-median", o.medianRuns(), ParamsBinder.values(o.medianSetup().params()));
        out.recordAll(PosteriorCharts.writeAll(out.chartsDir(), o));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("calibration_file", spec.file().toString());
        extra.put("calibration_sha256", ManifestWriter.sha256(spec.file()));
        extra.put("method", "ABC-SMC (Toni et al. 2009; Beaumont et al. 2009)");
        extra.put("particles", o.size().particles());
        extra.put("generations", o.smc().generations().size());
        extra.put("agents", o.size().agents() == null ? "scenario" : o.size().agents());
        extra.put("runs", o.runs());
        // a resumed calibration that ran nothing new has no speed to report (JSON has no NaN)
        if (Double.isFinite(o.secondsPerRun())) extra.put("seconds_per_run", o.secondsPerRun());
        Map<String, Double> median = new LinkedHashMap<>();
        for (int i = 0; i < o.median().length; i++) median.put(spec.names().get(i), o.median()[i]);
        extra.put("posterior_median", median);
        List<Long> seeds = o.medianRuns().stream().map(s -> s.seed()).toList();
        ManifestWriter.write(out.resolve(RunOutputs.MANIFEST_JSON), new ManifestWriter.Run(o.medianSetup().name(),
                spec.scenario(), ParamsBinder.values(o.medianSetup().params()), seeds, started, wallSeconds, commandLine,
                out.files()), ManifestInfo.current("dev"), extra);
        out.record(out.resolve(RunOutputs.MANIFEST_JSON));
        return out.files();
    }

    /** The bands at observations after the window. */
    public static List<Calibration.Band> coverage(Calibration.Outcome o) {
        return o.bands().stream().filter(b -> b.role().equals("out of window")).toList();
    }

    private static String f(double v) {
        return CsvTableWriter.formatDouble(v);
    }

    private static List<String> provenance(Calibration.Outcome o, List<String> commandLine) {
        ManifestInfo info = ManifestInfo.current("dev");
        return List.of(
                "posterior of " + o.spec().file().getFileName() + ": ABC-SMC, " + o.size().particles() + " particles, "
                        + o.smc().generations().size() + " generations, final tolerance "
                        + String.format(Locale.ROOT, "%.4g", o.smc().posterior().tolerance()) + ", agents "
                        + (o.size().agents() == null ? "as the file's set:" : o.size().agents()) + ", replicates per particle "
                        + o.spec().replicates(),
                "command: culturebridge " + String.join(" ", commandLine) + "; made " + Instant.now() + " at git commit " + info.gitCommit()
                        + (Boolean.TRUE.equals(info.gitDirty()) ? " (with uncommitted changes)" : ""));
    }

    private static Path writePosterior(Path file, CalibrationSpec spec, AbcSmc.Generation g, List<String> comments)
            throws IOException {
        StringWriter w = new StringWriter();
        for (String c : comments) w.append("# ").append(c.replace('\n', ' ')).append('\n');
        try (CSVPrinter p = new CSVPrinter(w, CsvTableWriter.FORMAT)) {
            List<String> header = new ArrayList<>(List.of("draw", "weight"));
            header.addAll(spec.names());
            p.printRecord(header);
            for (int k = 0; k < g.particles().length; k++) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(k), f(g.weights()[k])));
                for (double v : g.particles()[k]) row.add(f(v));
                p.printRecord(row);
            }
        }
        AtomicFiles.writeString(file, w.toString());
        return file;
    }

    /**
     * The posterior median in the form of a scenario include: parameters under {@code params:},
     * scenario field paths under {@code set:}. The median of each marginal, not a joint mode.
     */
    private static Path writeMedianPoint(Path file, CalibrationSpec spec, double[] median, List<String> comments)
            throws IOException {
        StringBuilder params = new StringBuilder();
        StringBuilder set = new StringBuilder();
        for (int i = 0; i < median.length; i++) {
            String name = spec.names().get(i);
            StringBuilder to = culturebridge.scenario.ScenarioLoader.isFieldPath(name) ? set : params;
            to.append("  ").append(name).append(": ").append(f(median[i])).append('\n');
        }
        StringBuilder w = new StringBuilder();
        w.append("# The posterior median of each calibrated parameter (the marginal medians, not a joint mode):\n");
        w.append("# the point values of runs without --draws. A scenario includes this file to use them.\n");
        for (String c : comments) w.append("# ").append(c.replace('\n', ' ')).append('\n');
        if (params.length() > 0) w.append("params:\n").append(params);
        if (set.length() > 0) w.append("set:\n").append(set);
        AtomicFiles.writeString(file, w.toString());
        return file;
    }

    private static Path writeGenerations(Path file, CalibrationSpec spec, AbcSmc.Result r) throws IOException {
        List<String> header = new ArrayList<>(List.of("generation", "draw", "weight", "distance"));
        header.addAll(spec.names());
        List<List<String>> rows = new ArrayList<>();
        for (AbcSmc.Generation g : r.generations()) {
            for (int k = 0; k < g.particles().length; k++) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(g.index()), Integer.toString(k), f(g.weights()[k]),
                        f(g.distances()[k])));
                for (double v : g.particles()[k]) row.add(f(v));
                rows.add(row);
            }
        }
        return table(file, header, rows);
    }

    private static Path writeTrace(Path file, AbcSmc.Result r) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (AbcSmc.Generation g : r.generations()) {
            rows.add(List.of(Integer.toString(g.index()), f(g.tolerance()), Integer.toString(g.particles().length),
                    Integer.toString(g.attempts()), f(g.acceptance()), f(g.ess()), Integer.toString(g.distinct()),
                    f(g.seconds()), f(AbcSmc.quantile(g.distances(), 0.5))));
        }
        return table(file, List.of("generation", "tolerance", "particles", "attempts", "acceptance_rate", "ess", "distinct",
                "seconds", "median_distance"), rows);
    }

    private static Path table(Path file, List<String> header, List<List<String>> rows) throws IOException {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CsvTableWriter.FORMAT)) {
            p.printRecord(header);
            for (List<String> row : rows) p.printRecord(row);
        }
        AtomicFiles.writeString(file, w.toString());
        return file;
    }

    /** Prints the trace, the identifiability table, the median's fit and the coverage table. */
    public static void print(PrintStream log, Calibration.Outcome o) {
        log.printf(Locale.ROOT, "%n%-10s %12s %9s %10s %8s %9s%n", "generation", "tolerance", "attempts", "acceptance", "ESS",
                "distinct");
        for (AbcSmc.Generation g : o.smc().generations()) {
            log.printf(Locale.ROOT, "%-10d %12.4g %9d %10.3f %8.1f %9d%n", g.index(), g.tolerance(), g.attempts(), g.acceptance(),
                    g.ess(), g.distinct());
        }
        log.printf(Locale.ROOT, "%nidentifiability (posterior sd / prior sd; near 1: the data say little)%n");
        log.printf(Locale.ROOT, "%-36s %10s %10s %10s %8s  %s%n", "parameter", "median", "q05", "q95", "sd ratio",
                "strongest correlations");
        for (PosteriorSummary.Row r : o.identifiability()) {
            log.printf(Locale.ROOT, "%-36s %10.4g %10.4g %10.4g %8.2f  %s%n", r.name(), r.median(), r.q05(), r.q95(), r.sdRatio(),
                    String.join(", ", r.partners()));
        }
        log.printf(Locale.ROOT, "%nfit of the posterior median in the window%n");
        for (Calibration.Fit f : o.fit()) {
            log.printf(Locale.ROOT, "  %-40s %-24s %10.4f  (%d)%n", f.target(), f.measure(), f.value(), f.count());
        }
        log.printf(Locale.ROOT, "%nafter the window (never fitted): does the 90%% band cover the observation?%n");
        for (Calibration.Band b : coverage(o)) {
            log.printf(Locale.ROOT, "  %-40s %-8s observed %12.4g  band [%.4g, %.4g]  %s%n", b.target(), b.period(), b.observed(),
                    b.q05(), b.q95(), b.covers() ? "covered" : "NOT covered");
        }
        if (Double.isFinite(o.secondsPerRun())) {
            log.printf(Locale.ROOT, "%n%d runs, %.2f s per run (one replicate to the window's end): %.0f runs per hour per thread%n",
                    o.runs(), o.secondsPerRun(), 3600 / o.secondsPerRun());
        } else {
            log.printf(Locale.ROOT, "%nno new calibration runs: every generation was read back from the journal%n");
        }
    }
}
