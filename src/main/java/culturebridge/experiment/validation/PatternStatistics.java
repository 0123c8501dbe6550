package culturebridge.experiment.validation;

import java.util.Arrays;
import org.apache.commons.math3.fitting.SimpleCurveFitter;
import org.apache.commons.math3.fitting.WeightedObservedPoints;
import org.apache.commons.math3.analysis.ParametricUnivariateFunction;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/** The statistics the pattern checks use, as pure functions (tested on known inputs). */
public final class PatternStatistics {
    private PatternStatistics() {}

    /**
     * Hill (1975) estimate of the Pareto tail index from the {@code k} largest values:
     * {@code alpha = k / sum_{i<k} ln(x_(i) / x_(k))} with x sorted in decreasing order.
     */
    public static double hill(double[] values, int k) {
        double[] x = Arrays.stream(values).filter(v -> v > 0).sorted().toArray();
        int n = x.length;
        if (k < 2 || k >= n) throw new IllegalArgumentException("need 2 <= k < n, got k=" + k + ", n=" + n);
        double threshold = x[n - k - 1];
        double s = 0;
        for (int i = n - k; i < n; i++) s += StrictMath.log(x[i] / threshold);
        return k / s;
    }

    /** Share of the total held by the largest {@code share} of the values. */
    public static double topShare(double[] values, double share) {
        double[] x = Arrays.stream(values).filter(v -> v > 0).sorted().toArray();
        int top = (int) Math.ceil(share * x.length);
        double all = 0;
        double t = 0;
        for (int i = 0; i < x.length; i++) {
            all += x[i];
            if (i >= x.length - top) t += x[i];
        }
        return t / all;
    }

    /** Pearson correlation. */
    public static double correlation(double[] a, double[] b) {
        return new PearsonsCorrelation().correlation(a, b);
    }

    /**
     * Least-squares fit of a Bass curve with a starting level to an adoption series:
     * {@code A(t) = a0 + (m - a0) F(t; p, q)}, F the Bass (1969) cumulative share, t in years.
     * Returns {p, q, m, R^2}; a0 is the first value.
     */
    public static double[] fitBass(double[] years, double[] share) {
        double a0 = share[0];
        ParametricUnivariateFunction f = new ParametricUnivariateFunction() {
            @Override public double value(double t, double... b) { return bassLevel(t, a0, b[0], b[1], b[2]); }
            @Override public double[] gradient(double t, double... b) {
                double[] g = new double[3];
                for (int i = 0; i < 3; i++) {
                    double h = 1e-6 * Math.max(1e-3, Math.abs(b[i]));
                    double[] up = b.clone();
                    double[] dn = b.clone();
                    up[i] += h;
                    dn[i] -= h;
                    g[i] = (bassLevel(t, a0, up[0], up[1], up[2]) - bassLevel(t, a0, dn[0], dn[1], dn[2])) / (2 * h);
                }
                return g;
            }
        };
        WeightedObservedPoints pts = new WeightedObservedPoints();
        for (int i = 0; i < years.length; i++) pts.add(years[i], share[i]);
        double last = share[share.length - 1];
        double[] b = SimpleCurveFitter.create(f, new double[] {0.05, 0.5, Math.min(1, Math.max(last * 1.2, a0 + 0.01))})
                .withMaxIterations(10_000).fit(pts.toList());
        double mean = Arrays.stream(share).average().orElse(0);
        double ssRes = 0;
        double ssTot = 0;
        for (int i = 0; i < years.length; i++) {
            double r = share[i] - bassLevel(years[i], a0, b[0], b[1], b[2]);
            ssRes += r * r;
            ssTot += (share[i] - mean) * (share[i] - mean);
        }
        return new double[] {b[0], b[1], b[2], 1 - ssRes / ssTot};
    }

    static double bassLevel(double t, double a0, double p, double q, double m) {
        if (p <= 0) return a0;
        double e = StrictMath.exp(-(p + q) * t);
        return a0 + (m - a0) * (1 - e) / (1 + (q / p) * e);
    }
}
