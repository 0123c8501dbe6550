package culturebridge.experiment.calibration;

import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Approximate Bayesian computation by sequential Monte Carlo (ABC-SMC; Toni et al. 2009, with
 * the importance weights of Beaumont, Cornuet, Marin &amp; Robert 2009's population Monte Carlo
 * ABC). Generation 0 samples the prior and accepts every particle; generation t takes as its
 * tolerance a quantile of generation t-1's distances (the adaptive, quantile-based schedule of
 * Beaumont et al. 2009 and Drovandi &amp; Pettitt 2011, in the spirit of Del Moral, Doucet &amp; Jasra
 * 2012), proposes by resampling a particle by weight and moving it with a Gaussian kernel of
 * twice the weighted covariance of the previous generation (Beaumont et al. 2009; Filippi et
 * al. 2013), keeps proposals within the tolerance, and weights each kept particle by
 * prior(theta) / sum_j w_j K(theta - theta_j).
 *
 * <p>Determinism: the proposal of attempt a in generation t is drawn from a generator seeded
 * with (seed, t, a), attempts are evaluated in fixed batches of one generation's size, and the
 * particles kept are the first ones within the tolerance in attempt order, so the result does
 * not depend on the number of threads. Every evaluation is journalled ({@link Journal}); a
 * resumed run re-proposes the same particles and reads their distances back.
 */
public final class AbcSmc {

    /** Distance of a parameter vector's simulation from the observations. */
    @FunctionalInterface
    public interface Simulator {
        double distance(double[] theta) throws Exception;
    }

    /** One generation: its tolerance, particles, weights, distances and cost. */
    public record Generation(int index, double tolerance, double[][] particles, double[] weights, double[] distances,
                             int attempts, double seconds) {
        public double acceptance() {
            return (double) particles.length / attempts;
        }

        /** Effective sample size 1 / sum w^2 (weights sum to 1). */
        public double ess() {
            double s = 0;
            for (double w : weights) s += w * w;
            return 1 / s;
        }
    }

    /**
     * The outcome: the generations completed, the last being the posterior.
     *
     * @param stopped why the run ended before its last generation (empty if it did not)
     */
    public record Result(List<Generation> generations, String stopped) {
        public Generation posterior() {
            return generations.get(generations.size() - 1);
        }
    }

    private final Prior prior;
    private final Simulator simulator;
    private final int particles;
    private final int generations;
    private final double quantile;
    private final double minAcceptance;
    private final long seed;
    private final int threads;
    private final PrintStream log;

    public AbcSmc(Prior prior, Simulator simulator, int particles, int generations, double quantile, double minAcceptance,
                  long seed, int threads, PrintStream log) {
        this.prior = prior;
        this.simulator = simulator;
        this.particles = particles;
        this.generations = generations;
        this.quantile = quantile;
        this.minAcceptance = minAcceptance;
        this.seed = seed;
        this.threads = Math.max(1, threads);
        this.log = log;
    }

    /** Runs the sampler, journalling into (and resuming from) {@code journal}. */
    Result run(Journal journal) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "culturebridge-abc");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Generation> done = new ArrayList<>();
            String stopped = "";
            long started = System.nanoTime();
            for (int t = 0; t < generations; t++) {
                Generation prev = t == 0 ? null : done.get(t - 1);
                Generation g = generation(t, prev, journal, pool, started);
                if (g == null) {
                    stopped = String.format(Locale.ROOT, "generation %d stopped: acceptance below %.3g", t, minAcceptance);
                    if (log != null) log.println(stopped + "; the posterior is generation " + (t - 1));
                    break;
                }
                done.add(g);
            }
            return new Result(List.copyOf(done), stopped);
        } finally {
            pool.shutdownNow();
        }
    }

    private Generation generation(int t, Generation prev, Journal journal, ExecutorService pool, long started)
            throws IOException {
        long t0 = System.nanoTime();
        double tolerance = prev == null ? Double.POSITIVE_INFINITY : quantile(prev.distances(), quantile);
        Kernel kernel = prev == null ? null : new Kernel(prev.particles(), prev.weights(), prior);
        int maxAttempts = prev == null ? 100 * particles
                : (int) Math.min(100L * particles, minAcceptance > 0 ? (long) Math.ceil(particles / minAcceptance) : 100L * particles);
        List<double[]> kept = new ArrayList<>();
        List<Double> keptDistance = new ArrayList<>();
        int used = 0;
        int attempt = 0;
        int evaluated = 0;
        while (kept.size() < particles && attempt < maxAttempts) {
            int batch = Math.min(particles, maxAttempts - attempt);
            double[][] proposals = new double[batch][];
            double[] distances = new double[batch];
            List<Future<Double>> futures = new ArrayList<>();
            for (int k = 0; k < batch; k++) {
                int a = attempt + k;
                proposals[k] = propose(t, a, prev, kernel);
                Journal.Entry e = journal.get(t, a);
                if (e != null) {
                    if (!Arrays.equals(e.theta(), proposals[k])) {
                        throw new IOException("the journal's particle " + t + "/" + a + " differs from the one proposed now:"
                                + " the calibration changed; start afresh with --force");
                    }
                    futures.add(null);
                    distances[k] = e.distance();
                } else {
                    double[] theta = proposals[k];
                    futures.add(pool.submit(() -> {
                        double d = simulator.distance(theta);
                        journal.record(t, a, theta, d);
                        return d;
                    }));
                    evaluated++;
                }
            }
            for (int k = 0; k < batch; k++) {
                if (futures.get(k) == null) continue;
                try {
                    distances[k] = futures.get(k).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("calibration interrupted", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a calibration run failed: " + e.getCause(), e.getCause());
                }
            }
            for (int k = 0; k < batch && kept.size() < particles; k++) {
                double d = distances[k];
                if (Double.isFinite(d) && d <= tolerance) {
                    kept.add(proposals[k]);
                    keptDistance.add(d);
                }
                used = attempt + k + 1;
            }
            attempt += batch;
            progress(t, kept.size(), used, tolerance, evaluated, t0, started);
        }
        if (kept.size() < particles) {
            if (prev == null) throw new IllegalStateException("fewer than " + particles + " prior draws gave a finite distance");
            return null;
        }
        double[][] ps = kept.toArray(new double[0][]);
        double[] ds = keptDistance.stream().mapToDouble(Double::doubleValue).toArray();
        double[] w = new double[particles];
        for (int i = 0; i < particles; i++) w[i] = prev == null ? 1 : prior.density(ps[i]) / kernel.mixture(ps[i], prev.weights());
        normalise(w);
        Generation g = new Generation(t, tolerance, ps, w, ds, used, (System.nanoTime() - t0) / 1e9);
        if (log != null) {
            log.printf(Locale.ROOT, "generation %d done: tolerance %.4g, acceptance %.3f (%d/%d), ESS %.1f, %.0f s%n", t,
                    tolerance, g.acceptance(), particles, used, g.ess(), g.seconds());
        }
        return g;
    }

    private void progress(int t, int accepted, int used, double tolerance, int evaluated, long t0, long started) {
        if (log == null) return;
        double elapsed = (System.nanoTime() - t0) / 1e9;
        double rate = used > 0 ? (double) accepted / used : 0;
        double perAttempt = evaluated > 0 ? elapsed / evaluated : Double.NaN;
        double eta = rate > 0 && Double.isFinite(perAttempt) ? (particles - accepted) / rate * perAttempt : Double.NaN;
        log.printf(Locale.ROOT, "generation %d/%d: %d/%d particles accepted of %d attempts, tolerance %.4g, %s,"
                        + " generation ETA %s, total elapsed %.0f s%n", t, generations - 1, accepted, particles, used, tolerance,
                Double.isFinite(perAttempt) ? String.format(Locale.ROOT, "%.1f s per run", perAttempt) : "all read from the journal",
                Double.isFinite(eta) ? String.format(Locale.ROOT, "%.0f s", eta) : "unknown", (System.nanoTime() - started) / 1e9);
    }

    /** The proposal of attempt a of generation t: a function of (seed, t, a) and the previous generation. */
    private double[] propose(int t, int a, Generation prev, Kernel kernel) {
        MersenneTwisterFast rng = new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32), t, a, 0x5eed});
        if (prev == null) return prior.sample(rng);
        for (int tries = 0; tries < 10_000; tries++) {
            int j = pick(prev.weights(), rng.nextDouble());
            double[] x = kernel.perturb(prev.particles()[j], rng);
            if (prior.density(x) > 0) return x;
        }
        return prior.sample(rng);
    }

    private static int pick(double[] w, double u) {
        double c = 0;
        for (int i = 0; i < w.length; i++) {
            c += w[i];
            if (u < c) return i;
        }
        return w.length - 1;
    }

    static void normalise(double[] w) {
        double s = 0;
        for (double v : w) s += v;
        for (int i = 0; i < w.length; i++) w[i] /= s;
    }

    /** The q-quantile of the values (linear interpolation between order statistics). */
    static double quantile(double[] values, double q) {
        double[] s = values.clone();
        Arrays.sort(s);
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }
}
