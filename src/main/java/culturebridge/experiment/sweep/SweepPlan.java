package culturebridge.experiment.sweep;

import culturebridge.experiment.Replicates;
import culturebridge.experiment.sweep.design.DesignPoint;
import culturebridge.experiment.sweep.design.Designs;
import culturebridge.model.Country;
import culturebridge.model.Setup;
import culturebridge.output.Metrics;
import culturebridge.scenario.Scenario;
import culturebridge.scenario.ScenarioException;
import culturebridge.scenario.SweepBaseline;
import culturebridge.scenario.SweepFactor;
import culturebridge.scenario.SweepLevel;
import culturebridge.scenario.SweepResponse;
import culturebridge.scenario.SweepSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A sweep ready to run: its spec, its design points and the numbering of its runs. Run
 * {@code point * replicates + replicate} is replicate {@code replicate} of design point
 * {@code point}, with seed {@code Replicates.seed(seed, replicate)}: the same seed for that
 * replicate at every point (common random numbers), so that differences between arms are not
 * drowned by seed noise. Outputs are ordered by run number, never by completion.
 */
public final class SweepPlan {
    private final SweepSpec spec;
    private final List<DesignPoint> points;
    private final int baselinePoint;
    private final List<String> monthlyMetrics;

    private SweepPlan(SweepSpec spec, List<DesignPoint> points, int baselinePoint, List<String> monthlyMetrics) {
        this.spec = spec;
        this.points = List.copyOf(points);
        this.baselinePoint = baselinePoint;
        this.monthlyMetrics = List.copyOf(monthlyMetrics);
    }

    /** Builds the design of a sweep (a pure function of the spec). */
    public static SweepPlan of(SweepSpec spec) {
        List<DesignPoint> points = Designs.points(spec);
        int baseline = -1;
        if (spec.baseline().kind() == SweepBaseline.Kind.BASE) {
            baseline = 0;
        } else if (spec.baseline().kind() == SweepBaseline.Kind.POINT) {
            for (DesignPoint p : points) {
                boolean match = true;
                for (int i = 0; i < spec.factors().size() && match; i++) {
                    String want = spec.baseline().levels().get(spec.factors().get(i).name());
                    match = p.levels().get(i).label().equals(want);
                }
                if (match) {
                    baseline = p.index();
                    break;
                }
            }
        }
        return new SweepPlan(spec, points, baseline, monthlyMetrics(spec));
    }

    private static List<String> monthlyMetrics(SweepSpec spec) {
        List<Country> countries = spec.baseScenario().setup().countries();
        return switch (spec.monthly()) {
            case NONE -> List.of();
            case ALL -> List.copyOf(Metrics.names(countries));
            case RESPONSES -> {
                Set<String> wanted = new LinkedHashSet<>();
                for (SweepResponse r : spec.responses()) wanted.add(r.metric());
                // In the metrics' own column order, as in a scenario run's monthly.csv.
                List<String> out = new ArrayList<>();
                for (String m : Metrics.names(countries)) if (wanted.contains(m)) out.add(m);
                yield out;
            }
        };
    }

    /** The sweep file as read. */
    public SweepSpec spec() {
        return spec;
    }

    /** The design points, in order. */
    public List<DesignPoint> points() {
        return points;
    }

    /** The baseline arm's point number, or -1 when there is none. */
    public int baselinePoint() {
        return baselinePoint;
    }

    /** Metric columns of {@code monthly.csv} (empty for none). */
    public List<String> monthlyMetrics() {
        return monthlyMetrics;
    }

    /** Replicates per point. */
    public int replicates() {
        return spec.replicates();
    }

    /** Runs in the whole sweep. */
    public int runCount() {
        return points.size() * spec.replicates();
    }

    /** Run number {@code run}. */
    public RunKey run(int run) {
        if (run < 0 || run >= runCount()) throw new IllegalArgumentException("no run " + run + " in a sweep of " + runCount());
        int point = run / spec.replicates();
        int replicate = run % spec.replicates();
        return new RunKey(run, point, replicate, Replicates.seed(spec.seed(), replicate));
    }

    /** The seed of each replicate, the same at every point. */
    public List<Long> seeds() {
        List<Long> out = new ArrayList<>();
        for (int k = 0; k < spec.replicates(); k++) out.add(Replicates.seed(spec.seed(), k));
        return out;
    }

    /** The level of each factor at a point, as written in outputs (empty strings for the base arm). */
    public List<String> levelLabels(int point) {
        DesignPoint p = points.get(point);
        List<String> out = new ArrayList<>(spec.factors().size());
        for (int i = 0; i < spec.factors().size(); i++) out.add(p.isBase() ? "" : p.levels().get(i).label());
        return out;
    }

    /** The scenario of a design point. */
    public Scenario scenario(int point) throws ScenarioException {
        return spec.scenario(points.get(point).levels(), Metrics::names);
    }

    /** The task of one run: its key, its point's set-up and level labels. */
    public RunTask task(RunKey key) throws ScenarioException {
        Setup setup = scenario(key.point()).setup();
        return new RunTask(key, setup, levelLabels(key.point()));
    }

    /**
     * Checks that every design point makes a valid scenario, before anything runs. A problem
     * with one factor's value is reported at that factor's line of the sweep file; a problem of
     * a combination (e.g. two stage dates that cross) names the design point.
     *
     * @param threads threads to check with (points are independent)
     * @throws ScenarioException the problem of the first bad point, in point order
     */
    public void validate(int threads) throws ScenarioException {
        int n = points.size();
        int t = Math.max(1, Math.min(threads, n));
        ScenarioException[] errors = new ScenarioException[t];
        int[] errorPoint = new int[t];
        ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
            Thread th = new Thread(r, "culturebridge-sweep-check");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < t; w++) {
                final int worker = w;
                futures.add(pool.submit(() -> {
                    // Each worker checks points worker, worker + t, ... and stops at its first error;
                    // the smallest failing point over all workers is reported, as a serial check would.
                    for (int p = worker; p < n; p += t) {
                        try {
                            check(p);
                        } catch (ScenarioException e) {
                            errors[worker] = e;
                            errorPoint[worker] = p;
                            return;
                        }
                    }
                }));
            }
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the design", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("checking the design failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        ScenarioException first = null;
        int firstPoint = Integer.MAX_VALUE;
        for (int w = 0; w < t; w++) {
            if (errors[w] != null && errorPoint[w] < firstPoint) {
                first = errors[w];
                firstPoint = errorPoint[w];
            }
        }
        if (first != null) throw first;
    }

    private void check(int point) throws ScenarioException {
        DesignPoint p = points.get(point);
        String sweepFile = spec.file().toString();
        Scenario s;
        try {
            s = scenario(point);
        } catch (ScenarioException e) {
            if (!sweepFile.equals(e.file())) throw pointError(p, e.getMessage());
            long changed = p.levels().stream().filter(l -> !l.changes().isEmpty() || l.scenario() != null).count();
            if (changed < 2) throw e;
            // A changed value refused in combination with others: say which combination.
            throw new ScenarioException(e.file(), e.line(), e.column(), e.fieldPath(),
                    "design point " + p.index() + " (" + p.arm() + "): " + e.problem());
        }
        List<Country> base = spec.baseScenario().setup().countries();
        List<Country> here = s.setup().countries();
        for (int c = 0; c < 2; c++) {
            if (!here.get(c).code().equals(base.get(c).code())) {
                throw pointError(p, "its countries are " + here.get(0).code() + " and " + here.get(1).code()
                        + " but the base scenario's are " + base.get(0).code() + " and " + base.get(1).code()
                        + "; every point of a sweep must have the same countries (the same metric columns)");
            }
        }
    }

    private ScenarioException pointError(DesignPoint p, String problem) {
        SweepFactor where = spec.factors().get(0);
        for (int i = 0; i < p.levels().size(); i++) {
            SweepLevel l = p.levels().get(i);
            if (!l.changes().isEmpty() || l.scenario() != null) {
                where = spec.factors().get(i);
                break;
            }
        }
        return new ScenarioException(spec.file().toString(), where.origin().line(), where.origin().column(), "factors",
                "design point " + p.index() + " (" + p.arm() + ") is not a valid scenario: " + problem);
    }
}
