package culturebridge.experiment.sweep.analysis;

import culturebridge.experiment.sweep.store.SweepLayout;
import culturebridge.experiment.sweep.store.SweepManifest;
import culturebridge.experiment.sweep.store.SweepTables;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A completed sweep read back from its folder for analysis: the design (arms, structure,
 * levels, unit coordinates), every run's responses by point and replicate, and, from
 * {@code monthly.csv}, each response metric's monthly mean over replicates at every point (for
 * time-resolved indices). Monthly rows are streamed and only per-point sums are kept, so a large
 * sweep's monthly table is never held in memory.
 */
public final class SweepData {
    /** One design point as {@code design.csv} describes it. */
    public record Point(int index, String arm, String block, int group, String changed, List<String> levels, double[] u) { }

    private final Path dir;
    private final Map<String, Object> manifest;
    private final String designType;
    private final List<String> factors;
    private final List<String> responses;
    private final List<String> responseMetrics;
    private final int replicates;
    private final int baselinePoint;
    private final List<Point> points;
    private final double[][][] values;
    private final List<String> monthlyMetrics;
    private final List<YearMonth> months;
    private final double[][][] monthlyMeans;

    private SweepData(Path dir, Map<String, Object> manifest, String designType, List<String> factors,
                      List<String> responses, List<String> responseMetrics, int replicates, int baselinePoint,
                      List<Point> points, double[][][] values, List<String> monthlyMetrics, List<YearMonth> months,
                      double[][][] monthlyMeans) {
        this.dir = dir;
        this.manifest = manifest;
        this.designType = designType;
        this.factors = factors;
        this.responses = responses;
        this.responseMetrics = responseMetrics;
        this.replicates = replicates;
        this.baselinePoint = baselinePoint;
        this.points = points;
        this.values = values;
        this.monthlyMetrics = monthlyMetrics;
        this.months = months;
        this.monthlyMeans = monthlyMeans;
    }

    /** Refuses a folder that is not a complete, unsharded sweep. */
    public static final class NotAnalysableException extends IOException {
        private static final long serialVersionUID = 1L;

        /** @param message what is wrong and what to do */
        public NotAnalysableException(String message) {
            super(message);
        }
    }

    /**
     * Reads a sweep folder.
     *
     * @throws NotAnalysableException if it is not a sweep's folder, is incomplete, or is one shard
     */
    public static SweepData read(Path folder) throws IOException {
        SweepLayout layout = new SweepLayout(folder);
        if (!Files.isRegularFile(layout.manifest())) {
            throw new NotAnalysableException(layout.dir() + " has no " + SweepLayout.MANIFEST_JSON + "; give a sweep's results folder");
        }
        Map<String, Object> m;
        try {
            m = SweepManifest.readHeader(layout.manifest());
        } catch (IOException e) {
            throw new NotAnalysableException(e.getMessage());
        }
        if (!SweepManifest.COMPLETE.equals(m.get("status"))) {
            throw new NotAnalysableException("the sweep in " + layout.dir() + " is not complete (status " + m.get("status")
                    + "); finish it with sweep --resume first");
        }
        if (!"1/1".equals(m.get("shard"))) {
            throw new NotAnalysableException(layout.dir() + " holds shard " + m.get("shard") + " only; join the shards with merge first");
        }
        String type = String.valueOf(((Map<?, ?>) m.get("design")).get("type"));
        List<String> factors = new ArrayList<>();
        for (Object f : (List<?>) m.get("factors")) factors.add(String.valueOf(((Map<?, ?>) f).get("name")));
        List<String> responses = new ArrayList<>();
        List<String> metrics = new ArrayList<>();
        for (Object r : (List<?>) m.get("responses")) {
            responses.add(String.valueOf(((Map<?, ?>) r).get("name")));
            metrics.add(String.valueOf(((Map<?, ?>) r).get("metric")));
        }
        int replicates = ((Number) m.get("replicates")).intValue();
        Object bp = ((Map<?, ?>) m.get("baseline")).get("point");
        int baseline = bp instanceof Number n ? n.intValue() : -1;

        List<Point> points = readDesign(layout.file(SweepLayout.DESIGN_CSV), factors);
        double[][][] values = new double[responses.size()][points.size()][replicates];
        for (double[][] a : values) for (double[] b : a) Arrays.fill(b, Double.NaN);
        try (CSVParser p = parse(layout.file(SweepLayout.RESPONSES_CSV))) {
            for (CSVRecord rec : p) {
                if (!"ok".equals(rec.get("status"))) continue;
                int point = Integer.parseInt(rec.get("point"));
                int rep = Integer.parseInt(rec.get("replicate"));
                for (int i = 0; i < responses.size(); i++) values[i][point][rep] = number(rec.get(responses.get(i)));
            }
        }

        List<String> monthly = new ArrayList<>();
        List<YearMonth> months = new ArrayList<>();
        double[][][] means = new double[0][][];
        Path monthlyCsv = layout.file(SweepLayout.MONTHLY_CSV);
        if (Files.isRegularFile(monthlyCsv)) {
            try (CSVParser p = parse(monthlyCsv)) {
                List<String> header = p.getHeaderNames();
                for (String metric : metrics) if (header.contains(metric) && !monthly.contains(metric)) monthly.add(metric);
                Map<YearMonth, Integer> monthIndex = new LinkedHashMap<>();
                List<double[][]> sums = new ArrayList<>();
                List<int[][]> counts = new ArrayList<>();
                for (CSVRecord rec : p) {
                    YearMonth ym = YearMonth.parse(rec.get("date"));
                    Integer mi = monthIndex.get(ym);
                    if (mi == null) {
                        mi = monthIndex.size();
                        monthIndex.put(ym, mi);
                        sums.add(new double[monthly.size()][points.size()]);
                        counts.add(new int[monthly.size()][points.size()]);
                    }
                    int point = Integer.parseInt(rec.get("point"));
                    for (int i = 0; i < monthly.size(); i++) {
                        double v = number(rec.get(monthly.get(i)));
                        if (Double.isFinite(v)) {
                            sums.get(mi)[i][point] += v;
                            counts.get(mi)[i][point]++;
                        }
                    }
                }
                months.addAll(monthIndex.keySet());
                // The months in calendar order, whatever order the runs' rows came in.
                List<YearMonth> sorted = new ArrayList<>(months);
                sorted.sort(null);
                means = new double[monthly.size()][points.size()][sorted.size()];
                for (int mo = 0; mo < sorted.size(); mo++) {
                    int src = monthIndex.get(sorted.get(mo));
                    for (int i = 0; i < monthly.size(); i++) {
                        for (int pt = 0; pt < points.size(); pt++) {
                            int c = counts.get(src)[i][pt];
                            means[i][pt][mo] = c > 0 ? sums.get(src)[i][pt] / c : Double.NaN;
                        }
                    }
                }
                months = sorted;
            }
        }
        return new SweepData(layout.dir(), m, type, List.copyOf(factors), List.copyOf(responses), List.copyOf(metrics), replicates,
                baseline, points, values, List.copyOf(monthly), List.copyOf(months), means);
    }

    private static List<Point> readDesign(Path file, List<String> factors) throws IOException {
        List<Point> out = new ArrayList<>();
        try (CSVParser p = parse(file)) {
            for (CSVRecord rec : p) {
                List<String> levels = new ArrayList<>();
                double[] u = new double[factors.size()];
                for (int i = 0; i < factors.size(); i++) {
                    levels.add(rec.get(factors.get(i)));
                    u[i] = number(rec.get(SweepTables.COORDINATE_PREFIX + factors.get(i)));
                }
                String group = rec.get("group");
                out.add(new Point(Integer.parseInt(rec.get("point")), rec.get("arm"), rec.get("block"),
                        group.isEmpty() ? -1 : Integer.parseInt(group), rec.get("changed"), List.copyOf(levels), u));
            }
        }
        return List.copyOf(out);
    }

    private static CSVParser parse(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new NotAnalysableException("missing " + file);
        Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
    }

    private static double number(String s) {
        if (s == null || s.isEmpty()) return Double.NaN;
        return Double.parseDouble(s);
    }

    /** The folder. */
    public Path dir() { return dir; }

    /** The manifest's fields (without the run records). */
    public Map<String, Object> manifest() { return manifest; }

    /** The design type, e.g. {@code sobol}. */
    public String designType() { return designType; }

    /** Factor names. */
    public List<String> factors() { return factors; }

    /** Response names. */
    public List<String> responses() { return responses; }

    /** The metric of each response. */
    public List<String> responseMetrics() { return responseMetrics; }

    /** Replicates per point. */
    public int replicates() { return replicates; }

    /** The baseline arm's point, or -1. */
    public int baselinePoint() { return baselinePoint; }

    /** The design points. */
    public List<Point> points() { return points; }

    /** {@code values(response)[point][replicate]}, NaN for failed runs. */
    public double[][] values(int response) { return values[response]; }

    /** Metrics with monthly values (those of the responses that {@code monthly.csv} holds). */
    public List<String> monthlyMetrics() { return monthlyMetrics; }

    /** The months of {@code monthly.csv}, in order. */
    public List<YearMonth> months() { return months; }

    /** {@code monthlyMeans(metric)[point][month]}: mean over completed replicates. */
    public double[][] monthlyMeans(int metric) { return monthlyMeans[metric]; }
}
