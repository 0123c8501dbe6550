package culturebridge.experiment.calibration;

import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
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
 * <p>With {@code moves > 0} the generations after the first replenish instead (Drovandi &amp;
 * Pettitt 2011's adaptive ABC-SMC, an instance of Del Moral, Doucet &amp; Jasra 2012): the particles
 * within the new tolerance survive as they are, the places of the others are refilled by
 * resampling the survivors uniformly, and each refilled particle takes {@code moves} steps of an
 * ABC Metropolis-Hastings chain (Marjoram et al. 2003) whose proposal is a Gaussian random walk
 * with (2.38^2 / d) times the survivors' covariance (Roberts, Gelman &amp; Gilks 1997) and whose
 * acceptance needs both the prior ratio and a simulation within the tolerance. The weights stay
 * equal, so the effective sample size cannot collapse onto a few particles as importance weights
 * do in many dimensions; what can fall is the number of distinct particles, which each
 * generation reports.
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

    /**
     * One generation: its tolerance, particles, weights, distances and cost.
     *
     * @param attempts simulations run for it
     * @param accepted proposals kept: the particles (population Monte Carlo) or the accepted moves (replenishment)
     */
    public record Generation(int index, double tolerance, double[][] particles, double[] weights, double[] distances,
                             int attempts, int accepted, double seconds) {
        public double acceptance() {
            return attempts == 0 ? 0 : (double) accepted / attempts;
        }

        /** Particles that differ from every other (replenishment copies survivors until their moves are accepted). */
        public int distinct() {
            java.util.Set<List<Double>> seen = new java.util.HashSet<>();
            for (double[] p : particles) seen.add(Arrays.stream(p).boxed().toList());
            return seen.size();
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
    private final int moves;
    private final PrintStream log;

    /** A population Monte Carlo sampler (importance weights). */
    public AbcSmc(Prior prior, Simulator simulator, int particles, int generations, double quantile, double minAcceptance,
                  long seed, int threads, PrintStream log) {
        this(prior, simulator, particles, generations, quantile, minAcceptance, seed, threads, 0, log);
    }

    /**
     * @param moves 0: population Monte Carlo with importance weights; at least 1: replenishment with this many
     *              Metropolis-Hastings moves per refilled particle and generation
     */
    public AbcSmc(Prior prior, Simulator simulator, int particles, int generations, double quantile, double minAcceptance,
                  long seed, int threads, int moves, PrintStream log) {
        if (moves < 0) throw new IllegalArgumentException("moves must be >= 0, got " + moves);
        this.moves = moves;
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
                Generation g = prev != null && moves > 0 ? replenish(t, prev, journal, pool, started)
                        : generation(t, prev, journal, pool, started);
                if (g == null) {
                    stopped = String.format(Locale.ROOT, "generation %d stopped: acceptance below %.3g", t, minAcceptance);
                    if (log != null) log.println(stopped + "; the posterior is generation " + (t - 1));
                    break;
                }
                done.add(g);
                if (prev != null && moves > 0 && g.acceptance() < minAcceptance && t < generations - 1) {
                    // the chains barely move any more: a further generation would mostly copy survivors
                    stopped = String.format(Locale.ROOT, "generation %d: move acceptance %.3g below %.3g", t, g.acceptance(),
                            minAcceptance);
                    if (log != null) log.println(stopped + "; the posterior is generation " + t);
                    break;
                }
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
            Pending[] pending = new Pending[batch];
            for (int k = 0; k < batch; k++) {
                proposals[k] = propose(t, attempt + k, prev, kernel);
                pending[k] = evaluate(t, attempt + k, proposals[k], journal, pool);
                if (pending[k].ran()) evaluated++;
            }
            for (int k = 0; k < batch; k++) distances[k] = pending[k].await();
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
        Generation g = new Generation(t, tolerance, ps, w, ds, used, particles, (System.nanoTime() - t0) / 1e9);
        if (log != null) {
            log.printf(Locale.ROOT, "generation %d done: tolerance %.4g, acceptance %.3f (%d/%d), ESS %.1f, %.0f s%n", t,
                    tolerance, g.acceptance(), particles, used, g.ess(), g.seconds());
        }
        return g;
    }

    /**
     * A replenishment generation: survivors within the new tolerance kept in order, the other places refilled
     * from them (place k's pick drawn from (seed, t, k)), then {@code moves} rounds in which every refilled
     * particle proposes a move (attempt m x particles + k, drawn from (seed, t, attempt)). A move whose prior
     * ratio fails its uniform is rejected without a run; the others are run (in parallel within a round) and
     * accepted within the tolerance.
     */
    private Generation replenish(int t, Generation prev, Journal journal, ExecutorService pool, long started)
            throws IOException {
        long t0 = System.nanoTime();
        double tolerance = quantile(prev.distances(), quantile);
        List<Integer> alive = new ArrayList<>();
        for (int i = 0; i < prev.particles().length; i++) {
            if (Double.isFinite(prev.distances()[i]) && prev.distances()[i] <= tolerance) alive.add(i);
        }
        if (alive.size() < 2) throw new IllegalStateException("fewer than 2 particles within tolerance " + tolerance);
        double[][] survivors = new double[alive.size()][];
        for (int k = 0; k < survivors.length; k++) survivors[k] = prev.particles()[alive.get(k)];
        Kernel kernel = Kernel.forMoves(survivors, prior);
        double[][] ps = new double[particles][];
        double[] ds = new double[particles];
        int first = Math.min(alive.size(), particles);
        for (int k = 0; k < particles; k++) {
            int from = k < first ? k : generator(t, k, 1).nextInt(alive.size());
            ps[k] = survivors[from];
            ds[k] = prev.distances()[alive.get(from)];
        }
        int simulated = 0;
        int accepted = 0;
        for (int m = 0; m < moves; m++) {
            int batch = particles - first;
            double[][] proposals = new double[batch][];
            Pending[] pending = new Pending[batch];
            for (int k = 0; k < batch; k++) {
                int slot = first + k;
                int a = m * particles + slot;
                MersenneTwisterFast rng = generator(t, a, 0);
                double[] x = kernel.perturb(ps[slot], rng);
                double ratio = prior.density(x) / prior.density(ps[slot]);
                if (!(rng.nextDouble() < ratio)) continue;
                proposals[k] = x;
                pending[k] = evaluate(t, a, x, journal, pool);
            }
            for (int k = 0; k < batch; k++) {
                if (pending[k] == null) continue;
                simulated++;
                double d = pending[k].await();
                if (Double.isFinite(d) && d <= tolerance) {
                    ps[first + k] = proposals[k];
                    ds[first + k] = d;
                    accepted++;
                }
            }
            if (log != null) {
                log.printf(Locale.ROOT, "generation %d/%d: move %d/%d of %d refilled particles, %d of %d runs accepted,"
                                + " tolerance %.4g, total elapsed %.0f s%n", t, generations - 1, m + 1, moves, batch, accepted,
                        simulated, tolerance, (System.nanoTime() - started) / 1e9);
            }
        }
        double[] w = new double[particles];
        Arrays.fill(w, 1.0 / particles);
        Generation g = new Generation(t, tolerance, ps, w, ds, simulated, accepted, (System.nanoTime() - t0) / 1e9);
        if (log != null) {
            log.printf(Locale.ROOT, "generation %d done: tolerance %.4g, %d survivors, move acceptance %.3f (%d/%d),"
                            + " %d distinct particles, %.0f s%n", t, tolerance, alive.size(), g.acceptance(), accepted, simulated,
                    g.distinct(), g.seconds());
        }
        return g;
    }

    /** A distance on its way: read back from the journal, or a run submitted to the pool ({@code ran}). */
    private record Pending(Future<Double> distance, boolean ran) {
        double await() throws IOException {
            try {
                return distance.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("calibration interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a calibration run failed: " + e.getCause(), e.getCause());
            }
        }
    }

    /**
     * The distance of attempt a of generation t: the journal's if it holds that attempt (which must be the same
     * particle), else a run of the simulator on the pool, journalled as it ends.
     */
    private Pending evaluate(int t, int a, double[] theta, Journal journal, ExecutorService pool) throws IOException {
        Journal.Entry e = journal.get(t, a);
        if (e != null) {
            if (!Arrays.equals(e.theta(), theta)) {
                throw new IOException("the journal's particle " + t + "/" + a + " differs from the one proposed now:"
                        + " the calibration changed; start afresh with --force");
            }
            return new Pending(CompletableFuture.completedFuture(e.distance()), false);
        }
        return new Pending(pool.submit(() -> {
            double d = simulator.distance(theta);
            journal.record(t, a, theta, d);
            return d;
        }), true);
    }

    private MersenneTwisterFast generator(int t, int a, int stream) {
        return new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32), t, a, 0x5eed + stream});
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
        MersenneTwisterFast rng = generator(t, a, 0);
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
