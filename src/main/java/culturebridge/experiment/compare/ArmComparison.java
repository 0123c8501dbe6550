package culturebridge.experiment.compare;

import culturebridge.output.CsvTableWriter;
import culturebridge.output.Metric;
import culturebridge.output.Metrics;
import culturebridge.output.RunOutputs;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A comparison of the arms of a policy experiment: each arm's mean of a metric at a date (a
 * month, or a calendar year: the year's mean of a level, its total of a flow) and its difference
 * from a baseline arm, paired replicate by replicate. Arms of one {@code run A B C} share their
 * seeds, so replicate k of every arm starts from the same warmed-up world and the paired
 * difference removes the noise they share. Where the tables carry a posterior {@code draw}
 * column, a pair is one seed and one draw.
 *
 * <p>The 95% interval is Student's t interval over the paired differences:
 * {@code mean(d) +- t(0.975, n-1) * sd(d) / sqrt(n)}, with {@code sd} the sample standard
 * deviation (n-1). With one pair there is no interval and its bounds are left empty. That
 * interval says how well the runs pin down the mean difference; the spread of the difference
 * itself is {@code diff_p05 .. diff_p95}, the central 90% of the paired differences (R's type 7
 * quantiles, as the charts' bands): over posterior draws and seeds, the interval of a policy
 * effect once parameter uncertainty is counted.
 */
public final class ArmComparison {
    /** Columns of {@code comparison.csv}. */
    public static final List<String> COLUMNS =
            List.of("metric", "at", "arm", "baseline", "pairs", "mean", "sd", "diff", "diff_sd", "diff_lo95", "diff_hi95",
                    "diff_p05", "diff_p95");
    /** The optional column that names a posterior draw; pairs then match seed and draw. */
    public static final String DRAW = "draw";
    /** Metric families shown when none are chosen: attitudes, soft power, tourism and tension. */
    private static final List<String> HEADLINE_PREFIXES =
            List.of("favourable.", "attitude.", "soft_power.", "arrivals.", "receipts.", "tension");

    /** Input that cannot be compared: the message says what and where. */
    public static final class CompareException extends Exception {
        private static final long serialVersionUID = 1L;

        public CompareException(String message) {
            super(message);
        }
    }

    /** One arm's table: per pair key (seed, or seed and draw), per month, the row's values. */
    public record Arm(String name, Path dir, List<String> columns, Map<String, Map<YearMonth, String[]>> rows) {
        double value(String pair, YearMonth month, String metric) {
            String[] row = rows.get(pair).get(month);
            return row == null ? Double.NaN : Double.parseDouble(row[columns.indexOf(metric)]);
        }

        TreeSet<YearMonth> months() {
            TreeSet<YearMonth> all = new TreeSet<>();
            for (var m : rows.values()) all.addAll(m.keySet());
            return all;
        }
    }

    /** One line of the comparison; the difference fields are NaN on the baseline's own line. */
    public record Row(String metric, String at, String arm, String baseline, int pairs, double mean, double sd,
                      double diff, double diffSd, double diffLo, double diffHi, double diffP05, double diffP95) {
        /** The line's fields in the order of {@link #COLUMNS}. */
        public List<String> fields() {
            List<String> f = new ArrayList<>(List.of(metric, at, arm, baseline, Integer.toString(pairs)));
            for (double x : new double[] {mean, sd, diff, diffSd, diffLo, diffHi, diffP05, diffP95}) {
                f.add(CsvTableWriter.formatDouble(x));
            }
            return f;
        }
    }

    private ArmComparison() {
    }

    /**
     * The arms found in the given folders: a results folder of one arm (it holds
     * {@code manifest.json} and {@code monthly.csv}), or a folder holding one such folder per arm
     * (the {@code --out} folder of {@code run A B C}).
     */
    public static List<Arm> readArms(List<Path> dirs) throws CompareException, IOException {
        List<Path> armDirs = new ArrayList<>();
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) throw new CompareException(d + " is not a folder");
            if (isResultsFolder(d)) {
                armDirs.add(d);
                continue;
            }
            List<Path> inside;
            try (var s = Files.list(d)) {
                inside = s.filter(ArmComparison::isResultsFolder).sorted().toList();
            }
            if (inside.isEmpty()) {
                throw new CompareException(d + " is not a results folder (no " + RunOutputs.MANIFEST_JSON + " and "
                        + RunOutputs.MONTHLY_CSV + ") and holds none; give the folders that `run` wrote");
            }
            armDirs.addAll(inside);
        }
        List<Arm> arms = new ArrayList<>();
        for (Path d : armDirs) {
            Arm a = readArm(d);
            for (Arm b : arms) {
                if (b.name().equals(a.name())) {
                    throw new CompareException("arm " + a.name() + " is given twice (" + b.dir() + " and " + d + ")");
                }
            }
            arms.add(a);
        }
        if (arms.size() < 2) throw new CompareException("a comparison needs at least two arms, found " + arms.size());
        return arms;
    }

    /** Whether the arms' replicates pair by posterior draw as well as by seed. */
    public static boolean pairsByDraw(List<Arm> arms) {
        return arms.get(0).columns().contains(DRAW);
    }

    private static boolean isResultsFolder(Path d) {
        return Files.isRegularFile(d.resolve(RunOutputs.MANIFEST_JSON)) && Files.isRegularFile(d.resolve(RunOutputs.MONTHLY_CSV));
    }

    private static Arm readArm(Path dir) throws CompareException, IOException {
        Path file = dir.resolve(RunOutputs.MONTHLY_CSV);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(file); CSVParser p = CSVParser.parse(r, format)) {
            List<String> columns = p.getHeaderNames();
            for (String key : List.of("scenario", "seed", "date")) {
                if (!columns.contains(key)) throw new CompareException(file + " has no column '" + key + "'");
            }
            boolean draws = columns.contains(DRAW);
            String name = null;
            Map<String, Map<YearMonth, String[]>> rows = new LinkedHashMap<>();
            for (CSVRecord rec : p) {
                if (name == null) name = rec.get("scenario");
                String pair = "seed " + rec.get("seed") + (draws ? " draw " + rec.get(DRAW) : "");
                YearMonth month;
                try {
                    month = YearMonth.parse(rec.get("date"));
                } catch (DateTimeParseException e) {
                    throw new CompareException(file + " line " + p.getCurrentLineNumber() + ": date '" + rec.get("date")
                            + "' is not YYYY-MM");
                }
                rows.computeIfAbsent(pair, k -> new TreeMap<>()).put(month, rec.values());
            }
            if (name == null) throw new CompareException(file + " has no rows");
            return new Arm(name, dir, columns, rows);
        }
    }

    /** The headline metrics the arms' tables hold (attitudes, soft power, arrivals, receipts, tension). */
    public static List<String> headlineMetrics(Arm arm) {
        List<String> out = new ArrayList<>();
        for (String c : arm.columns()) {
            boolean family = HEADLINE_PREFIXES.stream().anyMatch(c::startsWith);
            // soft power's parts (familiarity, reputation, ...) are left to the full table
            boolean part = c.startsWith("soft_power.") && c.indexOf('.') != c.lastIndexOf('.');
            if (family && !part) out.add(c);
        }
        return out;
    }

    /**
     * The dates compared when none are chosen: the first December at least a year after the
     * arms' common start (an early effect), and their common last month (the end).
     */
    public static List<String> defaultDates(List<Arm> arms) throws CompareException {
        YearMonth start = null;
        YearMonth end = null;
        for (Arm a : arms) {
            TreeSet<YearMonth> m = a.months();
            start = start == null || m.first().isAfter(start) ? m.first() : start;
            end = end == null || m.last().isBefore(end) ? m.last() : end;
        }
        if (start.isAfter(end)) throw new CompareException("the arms share no month");
        YearMonth early = start.plusMonths(12);
        early = YearMonth.of(early.getYear(), 12);
        List<String> out = new ArrayList<>();
        if (!early.isAfter(end) && !early.equals(end)) out.add(early.toString());
        out.add(end.toString());
        return out;
    }

    /**
     * The comparison of every arm with {@code baseline} for each metric at each date, in the order
     * metric, date, arm (the baseline first).
     *
     * @param baseline the baseline arm's name, or null for the status-quo arm (a name starting
     *                 with {@code status-quo}) if there is one, else the first arm
     */
    public static List<Row> compare(List<Arm> arms, String baseline, List<String> metrics, List<String> dates)
            throws CompareException {
        Arm base = baselineArm(arms, baseline);
        for (Arm a : arms) {
            if (!a.rows().keySet().equals(base.rows().keySet())) {
                boolean draws = a.columns().contains(DRAW);
                throw new CompareException("arms " + base.name() + " and " + a.name() + " were run with different seeds"
                        + (draws ? " or posterior draws" : "") + " (" + String.join(", ", base.rows().keySet()) + " against "
                        + String.join(", ", a.rows().keySet()) + "); run them together (run A B ... --replicates N"
                        + (draws ? " --draws D" : "") + ") so that replicates pair");
            }
            for (String m : metrics) {
                if (!a.columns().contains(m)) {
                    throw new CompareException("arm " + a.name() + " (" + a.dir() + ") has no metric '" + m
                            + "'; see `culturebridge metrics` for the names");
                }
            }
        }
        Map<String, Metric.Kind> kinds = kindsByFamily();
        List<Arm> ordered = new ArrayList<>();
        ordered.add(base);
        for (Arm a : arms) if (a != base) ordered.add(a);
        List<String> pairs = new ArrayList<>(base.rows().keySet());
        List<Row> out = new ArrayList<>();
        for (String metric : metrics) {
            Metric.Kind kind = kinds.getOrDefault(family(metric), Metric.Kind.LEVEL);
            for (String at : dates) {
                List<YearMonth> months = months(at);
                Map<String, double[]> values = new HashMap<>();
                for (Arm a : ordered) {
                    double[] v = new double[pairs.size()];
                    for (int i = 0; i < pairs.size(); i++) v[i] = at(a, pairs.get(i), months, metric, kind, at);
                    values.put(a.name(), v);
                }
                double[] b = values.get(base.name());
                for (Arm a : ordered) {
                    double[] v = values.get(a.name());
                    double[] d = new double[v.length];
                    for (int i = 0; i < v.length; i++) d[i] = v[i] - b[i];
                    boolean self = a == base;
                    double dm = self ? Double.NaN : mean(d);
                    double ds = self ? Double.NaN : sd(d);
                    double half = self || d.length < 2 ? Double.NaN
                            : new TDistribution(d.length - 1).inverseCumulativeProbability(0.975) * ds / Math.sqrt(d.length);
                    double p05 = self || d.length < 2 ? Double.NaN : percentile(d, 5);
                    double p95 = self || d.length < 2 ? Double.NaN : percentile(d, 95);
                    out.add(new Row(metric, at, a.name(), base.name(), d.length, mean(v), sd(v), dm, ds, dm - half, dm + half,
                            p05, p95));
                }
            }
        }
        return out;
    }

    private static Arm baselineArm(List<Arm> arms, String baseline) throws CompareException {
        if (baseline != null) {
            for (Arm a : arms) if (a.name().equals(baseline)) return a;
            List<String> names = arms.stream().map(Arm::name).toList();
            throw new CompareException("no arm named '" + baseline + "' (arms: " + String.join(", ", names) + ")");
        }
        for (Arm a : arms) if (a.name().startsWith("status-quo")) return a;
        return arms.get(0);
    }

    /** The months a date stands for: {@code YYYY-MM} one month, {@code YYYY} the twelve of the year. */
    static List<YearMonth> months(String at) throws CompareException {
        try {
            if (at.matches("\\d{4}")) {
                List<YearMonth> year = new ArrayList<>();
                for (int m = 1; m <= 12; m++) year.add(YearMonth.of(Integer.parseInt(at), m));
                return year;
            }
            return List.of(YearMonth.parse(at));
        } catch (DateTimeParseException e) {
            throw new CompareException("date '" + at + "' is neither YYYY-MM (a month) nor YYYY (a year)");
        }
    }

    private static double at(Arm a, String pair, List<YearMonth> months, String metric, Metric.Kind kind, String at)
            throws CompareException {
        double sum = 0;
        for (YearMonth m : months) {
            double x = a.value(pair, m, metric);
            if (Double.isNaN(x)) {
                throw new CompareException("arm " + a.name() + " has no month " + m + " for " + pair + " (date " + at
                        + "); choose dates inside every arm's run with --at");
            }
            sum += x;
        }
        return kind == Metric.Kind.FLOW ? sum : sum / months.size();
    }

    /** How each metric family (the name up to its first dot) aggregates, from the metric definitions. */
    private static Map<String, Metric.Kind> kindsByFamily() {
        Map<String, Metric.Kind> kinds = new HashMap<>();
        try {
            for (String table : culturebridge.scenario.CountryTable.BUILT_IN) {
                for (Metric m : Metrics.forCountries(culturebridge.scenario.CountryTable.builtIn(table))) {
                    kinds.put(family(m.name()), m.kind());
                }
            }
        } catch (culturebridge.scenario.ScenarioException e) {
            throw new IllegalStateException("a built-in country table does not load", e);
        }
        return kinds;
    }

    private static String family(String metric) {
        int dot = metric.indexOf('.');
        return dot < 0 ? metric : metric.substring(0, dot);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    private static double percentile(double[] x, double p) {
        return new org.apache.commons.math3.stat.descriptive.rank.Percentile()
                .withEstimationType(org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType.R_7).evaluate(x, p);
    }

    private static double sd(double[] x) {
        if (x.length < 2) return Double.NaN;
        return new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation(true).evaluate(x);
    }
}
