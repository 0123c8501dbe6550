package culturebridge.experiment.calibration;

import culturebridge.model.Setup;
import culturebridge.output.MonthlySeries;
import culturebridge.scenario.CalibrationSpec;
import culturebridge.scenario.ScenarioException;
import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A Bayesian calibration from file to results: ABC-SMC on the window ({@link AbcSmc}), then the
 * checks a researcher reads: the identifiability table, the fit of the posterior median in the
 * window, posterior predictive bands over the whole scenario from a sample of posterior draws
 * (each run with its own seed, so the bands hold parameter and stochastic uncertainty), and
 * whether those bands cover the observations after the window, which nothing was fitted to.
 */
public final class Calibration {

    /** A simulated and an observed value of one period of a target. */
    public record Point(String target, YearMonth period, double observed, double simulated, boolean inWindow) {}

    /** A summary measure of the median's fit. */
    public record Fit(String target, String measure, double value, int count) {}

    /** A target's posterior predictive band at one period, with the observation if there is one. */
    public record Band(String target, YearMonth period, double q05, double q50, double q95, double observed, String role) {
        public boolean covers() {
            return observed >= q05 && observed <= q95;
        }
    }

    /** Everything the run produced. */
    public record Outcome(CalibrationSpec spec, CalibrationSpec.Size size, Prior prior, AbcSmc.Result smc,
                          List<PosteriorSummary.Row> identifiability, double[] median, List<Point> medianPoints,
                          List<Fit> fit, List<Band> bands, double[][] priorDraws, double secondsPerRun, int runs,
                          Setup medianSetup, List<MonthlySeries> medianRuns) {}

    private Calibration() {}

    /**
     * Runs a calibration, journalling into {@code dir} (resumed from its journal if {@code resume}).
     *
     * @param size the run's size (the file's full or quick size, or one given on the command line)
     */
    public static Outcome run(CalibrationSpec spec, CalibrationSpec.Size size, Path dir, int threads, boolean resume,
                              PrintStream log) throws ScenarioException, IOException {
        CalibrationRuns runs = new CalibrationRuns(spec, size.agents());
        Prior prior = new Prior(spec.parameters());
        long[] count = {0};
        long[] nanos = {0};
        AbcSmc.Simulator sim = theta -> {
            long t0 = System.nanoTime();
            double d = runs.distance(theta);
            synchronized (count) {
                count[0]++;
                nanos[0] += System.nanoTime() - t0;
            }
            return d;
        };
        AbcSmc smc = new AbcSmc(prior, sim, size.particles(), size.generations(), size.quantile(), size.minAcceptance(),
                spec.seed(), threads, size.moves(), log);
        AbcSmc.Result result;
        try (Journal journal = Journal.open(dir, fingerprint(spec, size), spec.names(), resume)) {
            if (log != null && journal.size() > 0) log.println("resuming: " + journal.size() + " evaluations read from the journal");
            result = smc.run(journal);
        }
        AbcSmc.Generation post = result.posterior();
        double[] median = PosteriorSummary.median(post.particles(), post.weights());
        List<PosteriorSummary.Row> table = PosteriorSummary.table(prior, post.particles(), post.weights());

        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "culturebridge-posterior");
            t.setDaemon(true);
            return t;
        });
        try {
            if (log != null) log.println("running the posterior median over the whole scenario");
            Setup medianSetup = runs.setup(median, true);
            int reps = Math.max(2, spec.replicates());
            List<Future<List<MonthlySeries>>> mf = new ArrayList<>();
            for (int k = 0; k < reps; k++) {
                final int rep = k;
                mf.add(pool.submit(() -> CalibrationRuns.run(medianSetup, spec.seed(), rep, 1)));
            }
            List<MonthlySeries> medianRuns = new ArrayList<>();
            for (var f : mf) medianRuns.addAll(get(f));
            List<Point> points = points(spec, medianRuns);
            List<Fit> fit = fit(spec, points);

            int draws = size.predictive();
            if (log != null) log.println("running " + draws + " posterior draws over the whole scenario for the predictive bands");
            double[][] sample = resample(post, draws, spec.seed());
            List<Future<List<MonthlySeries>>> pf = new ArrayList<>();
            for (int d = 0; d < draws; d++) {
                Setup s = runs.setup(sample[d], true);
                final int seedIndex = 1000 + d;
                pf.add(pool.submit(() -> CalibrationRuns.run(s, spec.seed(), seedIndex, 1)));
            }
            List<MonthlySeries> predictive = new ArrayList<>();
            for (var f : pf) predictive.addAll(get(f));
            List<Band> bands = bands(spec, predictive);

            MersenneTwisterFast rng = new MersenneTwisterFast(spec.seed() ^ 0x9e3779b97f4a7c15L);
            double[][] priorDraws = new double[2000][];
            for (int i = 0; i < priorDraws.length; i++) priorDraws[i] = prior.sample(rng);
            double perRun = count[0] > 0 ? nanos[0] / 1e9 / count[0] : Double.NaN;
            return new Outcome(spec, size, prior, result, table, median, points, fit, bands, priorDraws, perRun,
                    (int) count[0], medianSetup, medianRuns);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T get(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a posterior run failed: " + e.getCause(), e.getCause());
        }
    }

    /** What the journal's evaluations depend on. */
    static String fingerprint(CalibrationSpec spec, CalibrationSpec.Size size) throws IOException {
        try (InputStream in = Files.newInputStream(spec.file())) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(in.readAllBytes());
            md.update(Files.readAllBytes(spec.scenario()));
            return String.format(Locale.ROOT, "calibration %s particles %d quantile %s minAcceptance %s agents %s seed %d%s",
                    HexFormat.of().formatHex(md.digest()).substring(0, 16), size.particles(), size.quantile(),
                    size.minAcceptance(), size.agents(), spec.seed(), size.moves() > 0 ? " moves " + size.moves() : "");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Draws by weight, systematic resampling from one uniform of the seed's generator. */
    static double[][] resample(AbcSmc.Generation g, int n, long seed) {
        double u = new MersenneTwisterFast(seed * 31 + 7).nextDouble();
        double[][] out = new double[n][];
        double c = 0;
        int j = 0;
        double[] w = g.weights();
        for (int k = 0; k < n; k++) {
            double target = (k + u) / n;
            while (j < w.length - 1 && c + w[j] < target) {
                c += w[j];
                j++;
            }
            out[k] = g.particles()[j];
        }
        return out;
    }

    /** The median's simulated value of every observed period, in and after the window. */
    static List<Point> points(CalibrationSpec spec, List<MonthlySeries> runs) {
        List<Point> out = new ArrayList<>();
        List<YearMonth> months = runs.get(0).months();
        for (CalibrationSpec.Target t : spec.targets()) {
            double[] s = TargetFit.mean(runs, t.metric());
            for (var obs : List.of(t.observed(), t.outOfWindow())) {
                for (var e : obs.entrySet()) {
                    out.add(new Point(t.name(), e.getKey(), e.getValue(), TargetFit.value(t, months, s, e.getKey()),
                            obs == t.observed()));
                }
            }
        }
        return out;
    }

    /**
     * The median's fit in the window per target: MAPE for log-scale targets (and, for monthly
     * ones, the MAPE of the annual totals of complete years), the largest absolute error for
     * linear ones (survey shares: points).
     */
    static List<Fit> fit(CalibrationSpec spec, List<Point> points) {
        List<Fit> out = new ArrayList<>();
        for (CalibrationSpec.Target t : spec.targets()) {
            List<Point> in = points.stream().filter(p -> p.target().equals(t.name()) && p.inWindow()).toList();
            if (in.isEmpty()) continue;
            if (t.log()) {
                double ape = 0;
                for (Point p : in) ape += Math.abs(p.simulated() / p.observed() - 1);
                out.add(new Fit(t.name(), t.compare() == CalibrationSpec.Compare.MONTHLY ? "monthly MAPE" : "MAPE", ape / in.size(),
                        in.size()));
                if (t.compare() == CalibrationSpec.Compare.MONTHLY) {
                    SortedMap<Integer, double[]> years = new TreeMap<>();
                    for (Point p : in) {
                        double[] y = years.computeIfAbsent(p.period().getYear(), k -> new double[3]);
                        y[0] += p.simulated();
                        y[1] += p.observed();
                        y[2]++;
                    }
                    double a = 0;
                    int n = 0;
                    for (double[] y : years.values()) {
                        if (y[2] < 12) continue;
                        a += Math.abs(y[0] / y[1] - 1);
                        n++;
                    }
                    if (n > 0) out.add(new Fit(t.name(), "annual MAPE", a / n, n));
                }
            } else {
                double max = 0;
                for (Point p : in) max = Math.max(max, Math.abs(p.simulated() - p.observed()));
                out.add(new Fit(t.name(), "largest absolute error", max, in.size()));
            }
        }
        return out;
    }

    /** 5-50-95% bands of every target at every period the runs cover, with observations marked. */
    static List<Band> bands(CalibrationSpec spec, List<MonthlySeries> draws) {
        List<Band> out = new ArrayList<>();
        List<YearMonth> months = draws.get(0).months();
        for (CalibrationSpec.Target t : spec.targets()) {
            List<YearMonth> periods = new ArrayList<>();
            for (YearMonth m : months) {
                boolean keep = switch (t.compare()) {
                    case MONTHLY -> true;
                    case ANNUAL_SUM -> m.getMonthValue() == 12;
                    case MEAN_OF_MONTHS -> m.getMonthValue() == t.lastMonth();
                };
                if (keep) periods.add(m);
            }
            double[][] v = new double[draws.size()][];
            for (int d = 0; d < draws.size(); d++) {
                v[d] = TargetFit.values(t, months, draws.get(d).series(t.metric()), periods);
            }
            for (int k = 0; k < periods.size(); k++) {
                double[] col = new double[draws.size()];
                for (int d = 0; d < col.length; d++) col[d] = v[d][k];
                if (!Double.isFinite(col[0])) continue;
                YearMonth p = periods.get(k);
                Double in = t.observed().get(p);
                Double later = t.outOfWindow().get(p);
                double obs = in != null ? in : later != null ? later : Double.NaN;
                String role = in != null ? "in window" : later != null ? "out of window" : "";
                out.add(new Band(t.name(), p, AbcSmc.quantile(col, 0.05), AbcSmc.quantile(col, 0.5), AbcSmc.quantile(col, 0.95),
                        obs, role));
            }
        }
        return out;
    }
}
