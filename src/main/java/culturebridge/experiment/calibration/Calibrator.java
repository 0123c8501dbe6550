package culturebridge.experiment.calibration;

import culturebridge.experiment.ReplicateResult;
import culturebridge.experiment.Replicates;
import culturebridge.model.MersenneAdapter;
import culturebridge.model.Setup;
import culturebridge.output.Metrics;
import culturebridge.output.MonthlySeries;
import culturebridge.scenario.CalibrationSpec;
import culturebridge.scenario.ParamsBinder;
import culturebridge.scenario.Scenario;
import culturebridge.scenario.ScenarioException;
import culturebridge.scenario.ScenarioLoader;
import ec.util.MersenneTwisterFast;
import java.io.PrintStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;

/**
 * Fits chosen parameters to observed arrivals with CMA-ES (Hansen 2006; Commons Math's
 * {@link CMAESOptimizer}). Parameters are searched on [0, 1] scaled from their bounds. Each
 * candidate runs the scenario for every replicate seed, the same seeds for every candidate
 * (common random numbers, so candidates differ by their parameters only); its loss is the
 * mean squared log error of the replicate-mean simulated series against the observed months,
 * plus each soft target's weight times the mean squared log error of its annual totals.
 * Replicates of a candidate run in parallel on the given threads. The search's own random
 * numbers come from a Mersenne Twister seeded with the calibration's seed, so a calibration
 * is reproducible.
 */
public final class Calibrator {

    /** One evaluated candidate. */
    public record Evaluation(int index, int generation, double[] values, double loss) {}

    /** The outcome of a calibration. */
    public record Result(LinkedHashMap<String, Double> best, double bestLoss, List<Evaluation> trace,
                         List<ReplicateResult> bestRuns, Setup bestSetup, List<FitStatistics.Row> fit) {}

    private final CalibrationSpec spec;
    private final int threads;
    private final PrintStream log;
    private final List<Evaluation> trace = new ArrayList<>();
    private ExecutorService pool;

    public Calibrator(CalibrationSpec spec, int threads, PrintStream log) {
        this.spec = spec;
        this.threads = threads;
        this.log = log;
    }

    /**
     * Checks that the scenario loads with the fixed overrides and the initial values and that
     * the target metrics exist, before any search.
     */
    public Setup check() throws ScenarioException {
        double[] x0 = new double[spec.parameters().size()];
        for (int i = 0; i < x0.length; i++) x0[i] = scaled(i, spec.parameters().get(i).initial());
        Setup setup = setup(x0);
        var names = new ArrayList<String>();
        for (var m : Metrics.forSetup(setup)) names.add(m.name());
        for (String metric : List.of(spec.target().metric(), spec.target().observedMetric())) {
            if (!names.contains(metric)) {
                throw new ScenarioException(spec.file().toString(), 0, 0, "target", "the scenario has no metric '" + metric
                        + "'" + (metric.startsWith("arrivals_observed.") ? " (does it name observed data in travel.observed?)" : ""));
            }
        }
        for (var s : spec.softTargets()) {
            if (!names.contains(s.metric())) {
                throw new ScenarioException(spec.file().toString(), 0, 0, "softTargets", "the scenario has no metric '" + s.metric() + "'");
            }
        }
        return setup;
    }

    /** Runs the search. */
    public Result run() throws ScenarioException {
        check();
        int n = spec.parameters().size();
        double[] start = new double[n];
        double[] sigma = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            start[i] = scaled(i, spec.parameters().get(i).initial());
            sigma[i] = spec.sigma();
            hi[i] = 1;
        }
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "culturebridge-calibration");
            t.setDaemon(true);
            return t;
        });
        try {
            CMAESOptimizer cmaes = new CMAESOptimizer(spec.maxIterations(), 0, true, 0, 10,
                    new MersenneAdapter(new MersenneTwisterFast(spec.seed())), false, null);
            ObjectiveFunction f = new ObjectiveFunction(this::loss);
            PointValuePair best = cmaes.optimize(new MaxEval(spec.population() * (spec.maxIterations() + 2)), f,
                    GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(lo, hi),
                    new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(spec.population()));
            // the optimizer's answer is its best mean; take the best evaluated point if lower
            double[] x = best.getPoint();
            double bestLoss = best.getValue();
            for (Evaluation e : trace) {
                if (e.loss() < bestLoss) {
                    bestLoss = e.loss();
                    x = scaledAll(e.values());
                }
            }
            Setup setup = setup(x);
            List<ReplicateResult> runs = runReplicates(setup);
            double finalLoss = loss(runs);
            MonthlySeries first = runs.get(0).series();
            double[] sim = meanSeries(runs, spec.target().metric());
            double[] obs = first.series(spec.target().observedMetric());
            List<FitStatistics.Row> fit = FitStatistics.compute(first.months(), window(first.months(), sim), obs);
            LinkedHashMap<String, Double> values = new LinkedHashMap<>();
            double[] real = values(x);
            for (int i = 0; i < n; i++) values.put(spec.parameters().get(i).name(), real[i]);
            return new Result(values, finalLoss, List.copyOf(trace), runs, setup, fit);
        } finally {
            pool.shutdownNow();
        }
    }

    private double scaled(int i, double value) {
        var p = spec.parameters().get(i);
        return (value - p.min()) / (p.max() - p.min());
    }

    private double[] scaledAll(double[] real) {
        double[] x = new double[real.length];
        for (int i = 0; i < real.length; i++) x[i] = scaled(i, real[i]);
        return x;
    }

    /** Real parameter values of a point on [0, 1]^n (integers rounded for integer parameters). */
    double[] values(double[] x) {
        double[] v = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            var p = spec.parameters().get(i);
            double xi = Math.min(1, Math.max(0, x[i]));
            v[i] = p.min() + xi * (p.max() - p.min());
            if (!ScenarioLoader.isFieldPath(p.name()) && ParamsBinder.propertyType(p.name()) == int.class) v[i] = Math.round(v[i]);
        }
        return v;
    }

    private Setup setup(double[] x) throws ScenarioException {
        Map<String, String> sets = new LinkedHashMap<>(spec.fixed());
        double[] v = values(x);
        for (int i = 0; i < v.length; i++) {
            var p = spec.parameters().get(i);
            boolean integer = !ScenarioLoader.isFieldPath(p.name()) && ParamsBinder.propertyType(p.name()) == int.class;
            sets.put(p.name(), integer ? Long.toString(Math.round(v[i])) : Double.toString(v[i]));
        }
        Scenario sc = ScenarioLoader.load(spec.scenario(), sets, Metrics::names);
        return sc.setup();
    }

    private double loss(double[] x) {
        Setup setup;
        try {
            setup = setup(x);
        } catch (ScenarioException e) {
            // a candidate the scenario refuses (e.g. an integer rounding to an invalid value) is the worst possible
            return Double.MAX_VALUE;
        }
        double loss = loss(runReplicates(setup));
        int index = trace.size();
        int generation = index / spec.population();
        trace.add(new Evaluation(index, generation, values(x), loss));
        if (log != null && (index + 1) % spec.population() == 0) {
            double best = Double.MAX_VALUE;
            Evaluation bestE = null;
            for (Evaluation e : trace) if (e.loss() < best) { best = e.loss(); bestE = e; }
            log.printf(Locale.ROOT, "generation %3d  evaluations %4d  best loss %.5f  at %s%n", generation + 1, index + 1,
                    best, describe(bestE.values()));
        }
        return loss;
    }

    String describe(double[] v) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            if (i > 0) s.append(", ");
            s.append(spec.parameters().get(i).name()).append('=').append(String.format(Locale.ROOT, "%.4g", v[i]));
        }
        return s.toString();
    }

    private List<ReplicateResult> runReplicates(Setup setup) {
        List<Future<ReplicateResult>> futures = new ArrayList<>();
        for (int k = 0; k < spec.replicates(); k++) {
            final int rep = k;
            futures.add(pool.submit(() -> Replicates.run(setup, rep, Replicates.seed(spec.seed(), rep), 1, null)));
        }
        List<ReplicateResult> out = new ArrayList<>();
        try {
            for (Future<ReplicateResult> f : futures) out.add(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("calibration interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a calibration run failed: " + e.getCause(), e.getCause());
        }
        return out;
    }

    /** Loss of a candidate's replicates. */
    double loss(List<ReplicateResult> runs) {
        MonthlySeries first = runs.get(0).series();
        double[] sim = window(first.months(), meanSeries(runs, spec.target().metric()));
        double[] obs = first.series(spec.target().observedMetric());
        double sq = 0;
        int count = 0;
        for (int i = 0; i < sim.length; i++) {
            if (!Double.isFinite(sim[i]) || !Double.isFinite(obs[i]) || obs[i] <= 0) continue;
            double d = StrictMath.log(Math.max(sim[i], 1.0)) - StrictMath.log(obs[i]);
            sq += d * d;
            count++;
        }
        double loss = count > 0 ? sq / count : Double.MAX_VALUE;
        for (var soft : spec.softTargets()) {
            double[] s = meanSeries(runs, soft.metric());
            double se = 0;
            int years = 0;
            for (var e : soft.annual().entrySet()) {
                double total = 0;
                int months = 0;
                for (int i = 0; i < s.length; i++) {
                    if (first.months().get(i).getYear() == e.getKey()) {
                        total += s[i];
                        months++;
                    }
                }
                if (months < 12) continue;
                double d = StrictMath.log(Math.max(total, 1.0)) - StrictMath.log(e.getValue());
                se += d * d;
                years++;
            }
            if (years > 0) loss += soft.weight() * se / years;
        }
        return loss;
    }

    /** The series with NaN outside the target's months. */
    private double[] window(List<YearMonth> months, double[] series) {
        double[] out = series.clone();
        for (int i = 0; i < out.length; i++) {
            YearMonth m = months.get(i);
            if (m.isBefore(spec.target().from()) || m.isAfter(spec.target().to())) out[i] = Double.NaN;
        }
        return out;
    }

    static double[] meanSeries(List<ReplicateResult> runs, String metric) {
        double[] sum = null;
        for (ReplicateResult r : runs) {
            double[] s = r.series().series(metric);
            if (sum == null) sum = new double[s.length];
            for (int i = 0; i < s.length; i++) sum[i] += s[i];
        }
        for (int i = 0; i < sum.length; i++) sum[i] /= runs.size();
        return sum;
    }
}
