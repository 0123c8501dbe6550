package culturebridge.experiment.sweep.analysis;

/**
 * First-order and total Sobol sensitivity indices from a Saltelli design
 * ({@link culturebridge.experiment.sweep.design.SaltelliDesign}): given the model output at the
 * N rows of A, of B and of each AB<sub>i</sub>,
 * <ul>
 *   <li>first order, Saltelli et al. (2010), Table 2 (b):
 *       S<sub>i</sub> = (1/N) Σ<sub>j</sub> f(B)<sub>j</sub> (f(AB<sub>i</sub>)<sub>j</sub> - f(A)<sub>j</sub>) / V(Y),
 *       with f(B) centred on the mean of the outputs at A and B;</li>
 *   <li>total, Jansen (1999), as recommended by Saltelli et al. (2010), Table 2 (f):
 *       S<sub>Ti</sub> = (1/2N) Σ<sub>j</sub> (f(A)<sub>j</sub> - f(AB<sub>i</sub>)<sub>j</sub>)<sup>2</sup> / V(Y);</li>
 * </ul>
 * with V(Y) the variance of the 2N outputs at A and B together. Sobol, I.M. (2001). Global
 * sensitivity indices for nonlinear mathematical models and their Monte Carlo estimates.
 * Mathematics and Computers in Simulation 55, 271-280. Confidence intervals come from
 * bootstrapping the N rows ({@link Bootstrap}), as in SALib.
 *
 * <p>References: Saltelli, A., Annoni, P., Azzini, I., Campolongo, F., Ratto, M., Tarantola, S.
 * (2010). Variance based sensitivity analysis of model output. Computer Physics Communications
 * 181, 259-270. Jansen, M.J.W. (1999). Analysis of variance designs for model output. Computer
 * Physics Communications 117, 35-43.
 */
public final class SobolIndices {
    /** Variance below this share of the squared mean counts as none (relative sd below 1e-6). */
    static final double NEGLIGIBLE = 1e-12;

    private SobolIndices() {
    }

    /**
     * The indices of one output.
     *
     * @param first first-order index of each factor, with interval
     * @param total total index of each factor, with interval
     * @param rows  rows N used
     * @param variance V(Y)
     */
    public record Result(Interval[] first, Interval[] total, int rows, double variance) { }

    /**
     * Point estimates.
     *
     * @param fA  output at A (N values)
     * @param fB  output at B (N values)
     * @param fAB output at AB<sub>i</sub>: {@code fAB[i][j]}
     * @return {@code [0]} first-order, {@code [1]} total indices, one per factor
     */
    public static double[][] estimate(double[] fA, double[] fB, double[][] fAB) {
        int n = fA.length;
        int[] all = new int[n];
        for (int j = 0; j < n; j++) all[j] = j;
        return estimate(fA, fB, fAB, all);
    }

    /** Estimates on the rows {@code idx} (with repeats, for the bootstrap). */
    static double[][] estimate(double[] fA, double[] fB, double[][] fAB, int[] idx) {
        int k = fAB.length;
        int n = idx.length;
        double mean = 0;
        for (int j : idx) mean += fA[j] + fB[j];
        mean /= 2.0 * n;
        double var = 0;
        for (int j : idx) {
            var += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        }
        var /= 2.0 * n - 1;
        // Outputs that barely differ (e.g. months before any factor has acted) have no variance
        // to apportion: rounding noise would give indices of any size.
        boolean noVariance = !(var > NEGLIGIBLE * Math.max(mean * mean, Double.MIN_NORMAL));
        double[][] out = new double[2][k];
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j : idx) {
                // f(B) is centred: E[f(AB_i) - f(A)] = 0, so subtracting a constant leaves the
                // estimator's expectation unchanged but removes the f0 * noise term that makes
                // the uncentred form erratic when the output's mean is large against its
                // spread (Sobol' 2001; Saltelli et al. 2010, section 2).
                first += (fB[j] - mean) * (fAB[i][j] - fA[j]);
                double d = fA[j] - fAB[i][j];
                total += d * d;
            }
            out[0][i] = noVariance ? Double.NaN : first / n / var;
            out[1][i] = noVariance ? Double.NaN : total / (2.0 * n) / var;
        }
        return out;
    }

    /** Estimates with percentile bootstrap intervals over the rows. */
    public static Result analyse(double[] fA, double[] fB, double[][] fAB, int resamples, double confidence, long seed) {
        int k = fAB.length;
        int n = fA.length;
        Interval[] both = Bootstrap.intervals(n, idx -> {
            double[][] e = estimate(fA, fB, fAB, idx);
            double[] flat = new double[2 * k];
            System.arraycopy(e[0], 0, flat, 0, k);
            System.arraycopy(e[1], 0, flat, k, k);
            return flat;
        }, resamples, confidence, seed);
        Interval[] first = new Interval[k];
        Interval[] total = new Interval[k];
        for (int i = 0; i < k; i++) {
            first[i] = both[i];
            total[i] = both[k + i];
        }
        double mean = 0;
        for (int j = 0; j < n; j++) mean += fA[j] + fB[j];
        mean /= 2.0 * n;
        double var = 0;
        for (int j = 0; j < n; j++) var += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        return new Result(first, total, n, n > 0 ? var / (2.0 * n - 1) : Double.NaN);
    }
}
