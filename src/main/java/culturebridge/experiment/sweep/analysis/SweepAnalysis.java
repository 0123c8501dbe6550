package culturebridge.experiment.sweep.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis of a completed sweep: sensitivity indices of every response (the method follows
 * the design: Sobol first-order and total indices for a Saltelli design, Morris μ*, μ and σ for
 * Morris trajectories, partial rank correlations for a Latin hypercube, main-effect variance
 * shares for a full factorial), the same for every month of each response's metric
 * (time-resolved indices), each arm's mean with its interval, paired differences against the
 * baseline arm, and replication adequacy. Everything is computed from the tables alone and
 * with fixed bootstrap seeds, so the same sweep always gives the same analysis.
 */
public final class SweepAnalysis {

    /**
     * How to analyse.
     *
     * @param resamples  bootstrap resamples B
     * @param confidence confidence level of every interval, e.g. 0.95
     * @param seed       seed of the bootstrap
     * @param byMonth    compute time-resolved indices
     * @param precision  target half-width of an arm's interval as a share of its mean, for the
     *                   replicates recommendation (e.g. 0.05)
     */
    public record Options(int resamples, double confidence, long seed, boolean byMonth, double precision) {
        public Options {
            if (!(confidence > 0 && confidence < 1)) throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
            if (resamples < 0) throw new IllegalArgumentException("resamples must be >= 0, got " + resamples);
            if (!(precision > 0)) throw new IllegalArgumentException("precision must be > 0, got " + precision);
        }

        /** B = 1000, 95%, by month, 5% precision target. */
        public static Options defaults() {
            return new Options(Bootstrap.DEFAULT_RESAMPLES, 0.95, Bootstrap.DEFAULT_SEED, true, 0.05);
        }
    }

    /** A sensitivity index of one factor for one response (or one metric in one month). */
    public record IndexRow(String response, String factor, String method, String index, Interval value, int n) { }

    /** A time-resolved index. */
    public record MonthRow(String metric, YearMonth month, IndexRow row) { }

    /** One arm's mean over replicates. */
    public record ArmRow(String response, int point, String arm, int n, Interval mean, double sd) { }

    /** One arm against the baseline. */
    public record PairedRow(String response, int point, String arm, String baseline, Replication.Paired paired) { }

    /**
     * Replication adequacy of one response: over arms, the median half-width of the mean's
     * interval with the first n replicates, n = 2..R.
     *
     * @param response       response name
     * @param replicates     n for each entry
     * @param halfWidth      median half-width over arms
     * @param relative       median half-width as a share of |mean|
     * @param recommended    median over arms of the replicates for the precision target
     */
    public record Adequacy(String response, int[] replicates, double[] halfWidth, double[] relative, double recommended) { }

    /**
     * Everything computed.
     *
     * @param data       the sweep
     * @param options    how it was analysed
     * @param method     the sensitivity method (sobol, morris, prcc, main-effects)
     * @param indices    indices of every response
     * @param byMonth    time-resolved indices
     * @param arms       every arm's mean per response
     * @param paired     paired differences against the baseline (empty without a baseline)
     * @param adequacy   replication adequacy per response (empty with one replicate)
     * @param summaries  per response: mean, sd and completed runs over all runs, and the share
     *                   of the variance of the arms' means that is replicate noise
     */
    public record Report(SweepData data, Options options, String method, List<IndexRow> indices, List<MonthRow> byMonth,
                         List<ArmRow> arms, List<PairedRow> paired, List<Adequacy> adequacy,
                         Map<String, double[]> summaries) { }

    private final SweepData d;
    private final Options o;
    private final String method;

    private SweepAnalysis(SweepData d, Options o) {
        this.d = d;
        this.o = o;
        this.method = switch (d.designType()) {
            case "sobol" -> "sobol";
            case "morris" -> "morris";
            case "latin-hypercube" -> "prcc";
            default -> "main-effects";
        };
    }

    /**
     * The warning owed to a reader of indices computed from one replicate per design point, or
     * null when there are replicates. Each run then differs from its neighbours by the factors
     * and by its seed, and nothing separates the two: Morris sigma counts seed noise as
     * interaction or nonlinearity (mu* is inflated by it too), and Sobol indices credit it to
     * the factors and their interactions. With two or more replicates the indices use point
     * means and the summary states replicate noise's share of the variance.
     */
    public static String seedNoiseWarning(String method, int replicates) {
        if (replicates >= 2) return null;
        String what = switch (method) {
            case "morris" -> "Morris mu* and sigma include seed noise (sigma counts it as interaction or nonlinearity)";
            case "sobol" -> "Sobol indices include seed noise (credited to the factors and their interactions)";
            default -> "the indices include seed noise";
        };
        return "warning: one replicate per design point, so " + what
                + " that cannot be told apart from the factors' effects; run the sweep with --replicates 2 or more "
                + "to measure and average it out";
    }

    /** Analyses a sweep. */
    public static Report analyse(SweepData d, Options o) {
        return new SweepAnalysis(d, o).run();
    }

    private Report run() {
        List<IndexRow> indices = new ArrayList<>();
        List<ArmRow> arms = new ArrayList<>();
        List<PairedRow> paired = new ArrayList<>();
        List<Adequacy> adequacy = new ArrayList<>();
        Map<String, double[]> summaries = new LinkedHashMap<>();
        for (int r = 0; r < d.responses().size(); r++) {
            String name = d.responses().get(r);
            double[][] v = d.values(r);
            indices.addAll(sensitivity(name, PointMeans.of(v), v));
            summaries.put(name, summary(v, noiseShare(v)));
            for (SweepData.Point p : d.points()) {
                Interval mean = Replication.mean(v[p.index()], o.confidence());
                arms.add(new ArmRow(name, p.index(), p.arm(), finiteCount(v[p.index()]), mean, Replication.sd(v[p.index()])));
            }
            if (d.baselinePoint() >= 0) {
                double[] base = v[d.baselinePoint()];
                String baseArm = d.points().get(d.baselinePoint()).arm();
                for (SweepData.Point p : d.points()) {
                    if (p.index() == d.baselinePoint()) continue;
                    paired.add(new PairedRow(name, p.index(), p.arm(), baseArm, Replication.paired(v[p.index()], base, o.confidence())));
                }
            }
            if (d.replicates() >= 2) adequacy.add(adequacy(name, v));
        }
        List<MonthRow> byMonth = new ArrayList<>();
        if (o.byMonth()) {
            for (int m = 0; m < d.monthlyMetrics().size(); m++) {
                String metric = d.monthlyMetrics().get(m);
                double[][] means = d.monthlyMeans(m);
                for (int t = 0; t < d.months().size(); t++) {
                    double[] y = new double[means.length];
                    for (int p = 0; p < y.length; p++) y[p] = means[p][t];
                    for (IndexRow row : sensitivity(metric, y, null)) byMonth.add(new MonthRow(metric, d.months().get(t), row));
                }
            }
        }
        return new Report(d, o, method, indices, byMonth, arms, paired, adequacy, summaries);
    }

    /** Mean, sd and count over all completed runs, and the replicate-noise share. */
    private static double[] summary(double[][] v, double noiseShare) {
        List<Double> all = new ArrayList<>();
        for (double[] p : v) for (double x : p) if (Double.isFinite(x)) all.add(x);
        double[] a = all.stream().mapToDouble(Double::doubleValue).toArray();
        double mean = Arrays.stream(a).average().orElse(Double.NaN);
        return new double[] {mean, Replication.sd(a), a.length, noiseShare};
    }

    /**
     * How much of the variance of the arms' means is seed noise: the pooled within-arm variance
     * over the replicates, divided by the replicates (the variance of a mean), over the variance
     * of the arms' means across the design. Sensitivity indices treat the arms' means as the
     * model's output, so this share of their variance belongs to no factor; with independent
     * noise it also inflates every total index by about as much. NaN with one replicate.
     */
    double noiseShare(double[][] v) {
        double within = 0;
        int arms = 0;
        double reps = 0;
        List<Double> means = new ArrayList<>();
        for (SweepData.Point p : d.points()) {
            if (p.block().equals("base")) continue;
            double[] x = Arrays.stream(v[p.index()]).filter(Double::isFinite).toArray();
            if (x.length == 0) continue;
            means.add(Arrays.stream(x).average().orElse(Double.NaN));
            if (x.length < 2) continue;
            double sd = Replication.sd(x);
            within += sd * sd;
            reps += x.length;
            arms++;
        }
        if (arms == 0) return Double.NaN;
        double varOfMean = within / arms / (reps / arms);
        double across = Replication.sd(means.stream().mapToDouble(Double::doubleValue).toArray());
        return across > 0 ? varOfMean / (across * across) : Double.NaN;
    }

    private static int finiteCount(double[] v) {
        int n = 0;
        for (double x : v) if (Double.isFinite(x)) n++;
        return n;
    }

    /**
     * The design's sensitivity indices of one output.
     *
     * @param y          per-point output (replicate means)
     * @param replicates per-point, per-replicate output, or null (then no replicate bootstrap)
     */
    List<IndexRow> sensitivity(String response, double[] y, double[][] replicates) {
        List<String> f = d.factors();
        int k = f.size();
        List<IndexRow> out = new ArrayList<>();
        switch (method) {
            case "sobol" -> {
                Map<Integer, int[]> rows = new LinkedHashMap<>();
                for (SweepData.Point p : d.points()) {
                    if (p.block().equals("base")) continue;
                    int[] row = rows.computeIfAbsent(p.group(), g -> {
                        int[] x = new int[k + 2];
                        Arrays.fill(x, -1);
                        return x;
                    });
                    switch (p.block()) {
                        case "A" -> row[0] = p.index();
                        case "B" -> row[1] = p.index();
                        default -> row[2 + f.indexOf(p.changed())] = p.index();
                    }
                }
                List<int[]> complete = new ArrayList<>();
                for (int[] row : rows.values()) {
                    boolean ok = true;
                    for (int idx : row) ok &= idx >= 0 && Double.isFinite(y[idx]);
                    if (ok) complete.add(row);
                }
                int n = complete.size();
                double[] fA = new double[n];
                double[] fB = new double[n];
                double[][] fAB = new double[k][n];
                for (int j = 0; j < n; j++) {
                    int[] row = complete.get(j);
                    fA[j] = y[row[0]];
                    fB[j] = y[row[1]];
                    for (int i = 0; i < k; i++) fAB[i][j] = y[row[2 + i]];
                }
                if (n < 2) {
                    for (String factor : f) {
                        out.add(new IndexRow(response, factor, method, "S1", Interval.NONE, n));
                        out.add(new IndexRow(response, factor, method, "ST", Interval.NONE, n));
                    }
                    break;
                }
                SobolIndices.Result s = SobolIndices.analyse(fA, fB, fAB, o.resamples(), o.confidence(), o.seed());
                for (int i = 0; i < k; i++) {
                    out.add(new IndexRow(response, f.get(i), method, "S1", s.first()[i], n));
                    out.add(new IndexRow(response, f.get(i), method, "ST", s.total()[i], n));
                }
            }
            case "morris" -> {
                Map<Integer, List<SweepData.Point>> traj = new LinkedHashMap<>();
                for (SweepData.Point p : d.points()) {
                    if (!p.block().equals("base")) traj.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p);
                }
                List<double[]> us = new ArrayList<>();
                List<Double> ys = new ArrayList<>();
                int r = 0;
                for (List<SweepData.Point> t : traj.values()) {
                    boolean ok = t.size() == k + 1;
                    for (SweepData.Point p : t) ok &= Double.isFinite(y[p.index()]);
                    if (!ok) continue;
                    for (SweepData.Point p : t) {
                        us.add(p.u());
                        ys.add(y[p.index()]);
                    }
                    r++;
                }
                if (r < 2) {
                    for (String factor : f) out.add(new IndexRow(response, factor, method, "mu_star", Interval.NONE, r));
                    break;
                }
                double[][] ee = MorrisIndices.effects(us.toArray(new double[0][]), ys.stream().mapToDouble(Double::doubleValue).toArray(), k);
                MorrisIndices.Result m = MorrisIndices.analyse(ee, o.resamples(), o.confidence(), o.seed());
                for (int i = 0; i < k; i++) {
                    out.add(new IndexRow(response, f.get(i), method, "mu_star", m.muStar()[i], r));
                    out.add(new IndexRow(response, f.get(i), method, "mu", Interval.of(m.mu()[i]), r));
                    out.add(new IndexRow(response, f.get(i), method, "sigma", Interval.of(m.sigma()[i]), r));
                }
            }
            case "prcc" -> {
                List<double[]> xs = new ArrayList<>();
                List<Double> ys = new ArrayList<>();
                for (SweepData.Point p : d.points()) {
                    if (p.block().equals("base") || !Double.isFinite(y[p.index()])) continue;
                    xs.add(p.u());
                    ys.add(y[p.index()]);
                }
                Interval[] pr = Prcc.analyse(xs.toArray(new double[0][]), ys.stream().mapToDouble(Double::doubleValue).toArray(), o.confidence());
                for (int i = 0; i < k; i++) out.add(new IndexRow(response, f.get(i), method, "PRCC", pr[i], ys.size()));
            }
            default -> {
                List<SweepData.Point> pts = new ArrayList<>();
                for (SweepData.Point p : d.points()) if (!p.block().equals("base")) pts.add(p);
                int[] counts = new int[k];
                int[][] levels = new int[pts.size()][k];
                List<List<String>> seen = new ArrayList<>();
                for (int i = 0; i < k; i++) seen.add(new ArrayList<>());
                for (int p = 0; p < pts.size(); p++) {
                    for (int i = 0; i < k; i++) {
                        String l = pts.get(p).levels().get(i);
                        int idx = seen.get(i).indexOf(l);
                        if (idx < 0) {
                            idx = seen.get(i).size();
                            seen.get(i).add(l);
                        }
                        levels[p][i] = idx;
                    }
                }
                for (int i = 0; i < k; i++) counts[i] = seen.get(i).size();
                Interval[] eta;
                if (replicates != null) {
                    double[][] vals = new double[pts.size()][];
                    for (int p = 0; p < pts.size(); p++) vals[p] = replicates[pts.get(p).index()];
                    eta = MainEffects.analyse(levels, vals, counts, o.resamples(), o.confidence(), o.seed());
                } else {
                    double[] yy = new double[pts.size()];
                    for (int p = 0; p < pts.size(); p++) yy[p] = y[pts.get(p).index()];
                    double[] e = MainEffects.estimate(levels, yy, counts);
                    eta = new Interval[k];
                    for (int i = 0; i < k; i++) eta[i] = Interval.of(e[i]);
                }
                for (int i = 0; i < k; i++) out.add(new IndexRow(response, f.get(i), method, "main_effect", eta[i], pts.size()));
            }
        }
        return out;
    }

    private Adequacy adequacy(String name, double[][] v) {
        int reps = d.replicates();
        int[] ns = new int[reps - 1];
        double[] half = new double[reps - 1];
        double[] rel = new double[reps - 1];
        List<double[]> perArmHalf = new ArrayList<>();
        List<double[]> perArmRel = new ArrayList<>();
        List<Double> recommended = new ArrayList<>();
        for (double[] arm : v) {
            if (finiteCount(arm) < reps) continue;
            double[] h = Replication.halfWidths(arm, o.confidence());
            double[] rr = new double[h.length];
            for (int n = 2; n <= reps; n++) {
                double mean = Arrays.stream(Arrays.copyOf(arm, n)).average().orElse(Double.NaN);
                rr[n - 2] = mean != 0 ? h[n - 2] / Math.abs(mean) : Double.NaN;
            }
            perArmHalf.add(h);
            perArmRel.add(rr);
            double rec = Replication.replicatesFor(arm, o.precision(), o.confidence());
            if (Double.isFinite(rec)) recommended.add(rec);
        }
        for (int n = 2; n <= reps; n++) {
            ns[n - 2] = n;
            final int at = n - 2;
            half[at] = median(perArmHalf.stream().mapToDouble(a -> a[at]).toArray());
            rel[at] = median(perArmRel.stream().mapToDouble(a -> a[at]).toArray());
        }
        return new Adequacy(name, ns, half, rel, median(recommended.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    static double median(double[] v) {
        double[] x = Arrays.stream(v).filter(Double::isFinite).sorted().toArray();
        if (x.length == 0) return Double.NaN;
        return x.length % 2 == 1 ? x[x.length / 2] : (x[x.length / 2 - 1] + x[x.length / 2]) / 2;
    }
}
