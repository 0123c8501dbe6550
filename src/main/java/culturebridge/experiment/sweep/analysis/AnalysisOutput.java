package culturebridge.experiment.sweep.analysis;

import culturebridge.experiment.sweep.store.SweepTables;
import culturebridge.output.AtomicFiles;
import culturebridge.output.CsvTableWriter;
import culturebridge.output.ManifestWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a sweep analysis to its folder ({@code <sweep>/analysis/} by default) and prints its
 * summary:
 * <pre>
 *   summary.csv                one row per response and factor: the design's indices with intervals,
 *                              and the response's replicate-noise share
 *   sensitivity.csv            the same, tidy: response, factor, method, index, estimate, ci_low, ci_high, n
 *   sensitivity_by_month.csv   time-resolved indices: metric, date, factor, method, index, ...
 *   arms.csv                   each arm's mean over replicates with its interval
 *   paired_differences.csv     each arm minus the baseline, replicate by replicate, with intervals
 *   replication.csv            interval half-width against replicates; replicates for the target
 *   analysis.json              options (resamples, confidence, seed) and the sweep analysed
 *   charts/*.png               see SweepCharts
 * </pre>
 */
public final class AnalysisOutput {
    private AnalysisOutput() {
    }

    /**
     * Writes everything into {@code dir} (prepared: refuses an existing non-empty folder unless
     * {@code force}).
     *
     * @return files written, relative to {@code dir}
     */
    public static List<String> write(SweepAnalysis.Report r, Path dir, boolean force, boolean charts) throws IOException {
        Path out = AtomicFiles.prepareOutputDir(dir, force);
        List<String> files = new ArrayList<>();
        files.add(summary(r, out.resolve("summary.csv")));
        files.add(table(out.resolve("sensitivity.csv"), List.of("response", "factor", "method", "index", "estimate", "ci_low", "ci_high", "n"),
                r.indices().stream().map(AnalysisOutput::indexRow).toList()));
        if (!r.byMonth().isEmpty()) {
            files.add(table(out.resolve("sensitivity_by_month.csv"),
                    List.of("metric", "date", "factor", "method", "index", "estimate", "ci_low", "ci_high", "n"),
                    r.byMonth().stream().map(m -> {
                        List<String> row = new ArrayList<>();
                        row.add(m.metric());
                        row.add(m.month().toString());
                        row.addAll(indexRow(m.row()).subList(1, 8));
                        return row;
                    }).toList()));
        }
        files.add(table(out.resolve("arms.csv"), List.of("response", "point", "arm", "n", "mean", "ci_low", "ci_high", "sd"),
                r.arms().stream().map(a -> List.of(a.response(), Integer.toString(a.point()), a.arm(), Integer.toString(a.n()),
                        f(a.mean().estimate()), f(a.mean().low()), f(a.mean().high()), f(a.sd()))).toList()));
        if (!r.paired().isEmpty()) {
            files.add(table(out.resolve("paired_differences.csv"), List.of("response", "point", "arm", "baseline", "pairs",
                            "mean_difference", "ci_low", "ci_high", "sd_difference", "unpaired_half_width", "crn_variance_ratio"),
                    r.paired().stream().map(p -> List.of(p.response(), Integer.toString(p.point()), p.arm(), p.baseline(),
                            Integer.toString(p.paired().pairs()), f(p.paired().difference().estimate()), f(p.paired().difference().low()),
                            f(p.paired().difference().high()), f(p.paired().sdDifference()), f(p.paired().unpairedHalfWidth()),
                            f(p.paired().varianceRatio()))).toList()));
        }
        if (!r.adequacy().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (SweepAnalysis.Adequacy a : r.adequacy()) {
                for (int i = 0; i < a.replicates().length; i++) {
                    rows.add(List.of(a.response(), Integer.toString(a.replicates()[i]), f(a.halfWidth()[i]), f(a.relative()[i]),
                            f(a.recommended())));
                }
            }
            files.add(table(out.resolve("replication.csv"), List.of("response", "replicates", "median_half_width",
                    "median_relative_half_width", "replicates_for_target"), rows));
        }
        LinkedHashMap<String, Object> info = new LinkedHashMap<>();
        info.put("sweep", r.data().manifest().get("sweep"));
        info.put("sweep_folder", r.data().dir().toString());
        info.put("sweep_sha256", r.data().manifest().get("sweep_sha256"));
        info.put("design", r.data().designType());
        info.put("method", r.method());
        info.put("bootstrap_resamples", r.options().resamples());
        info.put("bootstrap_seed", r.options().seed());
        info.put("confidence", r.options().confidence());
        info.put("precision_target", r.options().precision());
        info.put("by_month", r.options().byMonth());
        AtomicFiles.writeString(out.resolve("analysis.json"), ManifestWriter.toJson(info));
        files.add("analysis.json");
        if (charts) {
            for (Path p : SweepCharts.writeAll(r, out.resolve("charts"))) files.add(out.relativize(p).toString().replace('\\', '/'));
        }
        return files;
    }

    /** The design's indices in wide form, one row per response and factor. */
    private static String summary(SweepAnalysis.Report r, Path file) throws IOException {
        List<String> indexNames = indexNames(r.method());
        List<String> header = new ArrayList<>(List.of("response", "factor", "method"));
        for (String i : indexNames) {
            header.add(i);
            header.add(i + "_low");
            header.add(i + "_high");
        }
        header.add("n");
        header.add("noise_share");
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, Map<String, SweepAnalysis.IndexRow>>> e : grouped(r).entrySet()) {
            for (Map.Entry<String, Map<String, SweepAnalysis.IndexRow>> fe : e.getValue().entrySet()) {
                List<String> row = new ArrayList<>(List.of(e.getKey(), fe.getKey(), r.method()));
                int n = 0;
                for (String i : indexNames) {
                    SweepAnalysis.IndexRow x = fe.getValue().get(i);
                    Interval v = x == null ? Interval.NONE : x.value();
                    row.add(f(v.estimate()));
                    row.add(f(v.low()));
                    row.add(f(v.high()));
                    if (x != null) n = x.n();
                }
                row.add(Integer.toString(n));
                row.add(f(r.summaries().get(e.getKey())[3]));
                rows.add(row);
            }
        }
        return table(file, header, rows);
    }

    static List<String> indexNames(String method) {
        return switch (method) {
            case "sobol" -> List.of("S1", "ST");
            case "morris" -> List.of("mu_star", "mu", "sigma");
            case "prcc" -> List.of("PRCC");
            default -> List.of("main_effect");
        };
    }

    /** response -> factor -> index -> row, in the report's order. */
    private static Map<String, Map<String, Map<String, SweepAnalysis.IndexRow>>> grouped(SweepAnalysis.Report r) {
        Map<String, Map<String, Map<String, SweepAnalysis.IndexRow>>> g = new LinkedHashMap<>();
        for (SweepAnalysis.IndexRow row : r.indices()) {
            g.computeIfAbsent(row.response(), x -> new LinkedHashMap<>())
                    .computeIfAbsent(row.factor(), x -> new LinkedHashMap<>()).put(row.index(), row);
        }
        return g;
    }

    private static List<String> indexRow(SweepAnalysis.IndexRow row) {
        return List.of(row.response(), row.factor(), row.method(), row.index(), f(row.value().estimate()), f(row.value().low()),
                f(row.value().high()), Integer.toString(row.n()));
    }

    private static String table(Path file, List<String> header, List<List<String>> rows) throws IOException {
        AtomicFiles.write(file, out -> {
            CSVPrinter p = SweepTables.printer(out);
            p.printRecord(header);
            for (List<String> row : rows) p.printRecord(row);
            p.flush();
        });
        return file.getFileName().toString();
    }

    private static String f(double v) {
        return CsvTableWriter.formatDouble(v);
    }

    /** Prints the summary: indices per response, the largest paired differences, replication adequacy. */
    public static void print(SweepAnalysis.Report r, PrintStream out) {
        SweepData d = r.data();
        int pct = (int) Math.round(r.options().confidence() * 100);
        out.printf(Locale.ROOT, "sweep %s: %s design, %d points x %d replicates; %s indices with %d%% intervals%n",
                d.manifest().get("sweep"), d.designType(), d.points().size(), d.replicates(), methodName(r.method()), pct);
        String noise = SweepAnalysis.seedNoiseWarning(r.method(), d.replicates());
        if (noise != null) out.println(noise);
        List<String> names = indexNames(r.method());
        Map<String, Map<String, Map<String, SweepAnalysis.IndexRow>>> g = grouped(r);
        for (String resp : d.responses()) {
            double[] s = r.summaries().get(resp);
            out.printf(Locale.ROOT, "%n%s: mean %s, sd %s over %d completed runs%s%n", resp, g(s[0]), g(s[1]), (int) s[2],
                    Double.isFinite(s[3]) ? String.format(Locale.ROOT, "; replicate noise is %s%% of the variance of arm means%s",
                            g(s[3] * 100), s[3] > 0.2 ? " (indices are blurred by it: add replicates)" : "") : "");
            StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "  %-24s", "factor"));
            for (String i : names) h.append(String.format(Locale.ROOT, "%-30s", i + (isInterval(r.method(), i) ? " [" + pct + "% CI]" : "")));
            out.println(h.toString().stripTrailing());
            Map<String, Map<String, SweepAnalysis.IndexRow>> byFactor = g.getOrDefault(resp, Map.of());
            List<String> factors = new ArrayList<>(byFactor.keySet());
            // Most influential first, by the design's main index.
            String main = names.get(names.size() > 1 && r.method().equals("sobol") ? 1 : 0);
            factors.sort(Comparator.comparingDouble((String f) -> {
                SweepAnalysis.IndexRow x = byFactor.get(f).get(main);
                double v = x == null ? Double.NaN : Math.abs(x.value().estimate());
                return Double.isFinite(v) ? -v : Double.POSITIVE_INFINITY;
            }));
            for (String f : factors) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-24s", f));
                for (String i : names) {
                    SweepAnalysis.IndexRow x = byFactor.get(f).get(i);
                    Interval v = x == null ? Interval.NONE : x.value();
                    String cell = Double.isFinite(v.low()) ? String.format(Locale.ROOT, "%s [%s, %s]", g(v.estimate()), g(v.low()), g(v.high()))
                            : g(v.estimate());
                    line.append(String.format(Locale.ROOT, "%-30s", cell));
                }
                out.println(line.toString().stripTrailing());
            }
            List<SweepAnalysis.PairedRow> paired = new ArrayList<>();
            for (SweepAnalysis.PairedRow p : r.paired()) {
                if (p.response().equals(resp) && Double.isFinite(p.paired().difference().estimate())) paired.add(p);
            }
            if (!paired.isEmpty()) {
                paired.sort(Comparator.comparingDouble((SweepAnalysis.PairedRow p) -> -Math.abs(p.paired().difference().estimate())));
                double ratio = SweepAnalysis.median(paired.stream().mapToDouble(p -> p.paired().varianceRatio()).toArray());
                out.printf(Locale.ROOT, "  paired differences against %s (largest of %d arms; CRN variance ratio, median %s):%n",
                        paired.get(0).baseline(), paired.size(), g(ratio));
                // Designs can repeat an arm (a Saltelli AB point whose new level equals the old one):
                // show each arm once.
                java.util.Set<String> shownArms = new java.util.LinkedHashSet<>();
                for (SweepAnalysis.PairedRow p : paired) {
                    if (shownArms.size() == 5) break;
                    if (!shownArms.add(p.arm())) continue;
                    Interval ci = p.paired().difference();
                    out.printf(Locale.ROOT, "    %+.4g [%s, %s]  %s%n", ci.estimate(), g(ci.low()), g(ci.high()), shorten(p.arm(), 90));
                }
            }
            for (SweepAnalysis.Adequacy a : r.adequacy()) {
                if (!a.response().equals(resp)) continue;
                int last = a.replicates().length - 1;
                out.printf(Locale.ROOT, "  replication: an arm's %d%% CI half-width is %s (%s%% of its mean; median over arms) with %d replicates;"
                                + " from the spread seen, about %s replicates per arm would bring it to %s%%%n", pct, g(a.halfWidth()[last]),
                        g(a.relative()[last] * 100), a.replicates()[last],
                        Double.isFinite(a.recommended()) ? Long.toString(Math.round(a.recommended())) : "n/a",
                        g(r.options().precision() * 100));
            }
        }
    }

    private static boolean isInterval(String method, String index) {
        return !(method.equals("morris") && !index.equals("mu_star"));
    }

    private static String methodName(String method) {
        return switch (method) {
            case "sobol" -> "Sobol (Saltelli 2010 first-order, Jansen 1999 total)";
            case "morris" -> "Morris (mu* of Campolongo et al. 2007, sigma of Morris 1991)";
            case "prcc" -> "partial rank correlation";
            default -> "main-effect variance share";
        };
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 3) + "...";
    }

    private static String g(double v) {
        if (!Double.isFinite(v)) return "n/a";
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
