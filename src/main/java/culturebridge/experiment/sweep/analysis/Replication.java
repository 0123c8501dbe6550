package culturebridge.experiment.sweep.analysis;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Statistics over replicates: an arm's mean with its t confidence interval, the paired
 * difference of an arm against the baseline arm (replicate k of both ran with the same seed,
 * so pairs share their random numbers and their difference is less noisy: the variance ratio
 * var(a - b) / (var(a) + var(b)) says by how much), and replication adequacy, the
 * interval's half-width as replicates accumulate (it shrinks as 1/sqrt(n)), with the number of
 * replicates that would bring it under a target share of the mean.
 */
public final class Replication {
    private Replication() {
    }

    /**
     * Mean of the finite values with a t interval.
     *
     * @return the interval, NaN bounds with fewer than two values
     */
    public static Interval mean(double[] v, double confidence) {
        double[] x = finite(v);
        int n = x.length;
        if (n == 0) return Interval.NONE;
        double m = mean(x);
        if (n < 2) return Interval.of(m);
        double h = halfWidth(sd(x, m), n, confidence);
        return new Interval(m, m - h, m + h);
    }

    /** Sample standard deviation of the finite values (n - 1), NaN with fewer than two. */
    public static double sd(double[] v) {
        double[] x = finite(v);
        return x.length < 2 ? Double.NaN : sd(x, mean(x));
    }

    /**
     * A paired comparison of an arm with the baseline.
     *
     * @param pairs             replicates where both ran
     * @param difference        mean difference (arm - baseline) with its t interval
     * @param sdDifference      standard deviation of the differences
     * @param unpairedHalfWidth half-width the interval would have without pairing (Welch)
     * @param varianceRatio     var(arm - baseline) / (var(arm) + var(baseline)): below 1 when
     *                          common random numbers helped
     */
    public record Paired(int pairs, Interval difference, double sdDifference, double unpairedHalfWidth, double varianceRatio) { }

    /** Arm minus baseline, replicate by replicate. */
    public static Paired paired(double[] arm, double[] baseline, double confidence) {
        int n = Math.min(arm.length, baseline.length);
        double[] a = new double[n];
        double[] b = new double[n];
        double[] d = new double[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (Double.isFinite(arm[k]) && Double.isFinite(baseline[k])) {
                a[m] = arm[k];
                b[m] = baseline[k];
                d[m] = arm[k] - baseline[k];
                m++;
            }
        }
        a = Arrays.copyOf(a, m);
        b = Arrays.copyOf(b, m);
        d = Arrays.copyOf(d, m);
        if (m == 0) return new Paired(0, Interval.NONE, Double.NaN, Double.NaN, Double.NaN);
        Interval diff = mean(d, confidence);
        if (m < 2) return new Paired(m, diff, Double.NaN, Double.NaN, Double.NaN);
        double sa = sd(a, mean(a));
        double sb = sd(b, mean(b));
        double sd = sd(d, mean(d));
        double va = sa * sa / m;
        double vb = sb * sb / m;
        double unpaired;
        if (va + vb == 0) {
            unpaired = 0;
        } else {
            // Welch-Satterthwaite degrees of freedom.
            double df = (va + vb) * (va + vb) / (va * va / (m - 1) + vb * vb / (m - 1));
            unpaired = tQuantile(df, confidence) * Math.sqrt(va + vb);
        }
        double ratio = sa * sa + sb * sb > 0 ? sd * sd / (sa * sa + sb * sb) : Double.NaN;
        return new Paired(m, diff, sd, unpaired, ratio);
    }

    /** Half-width of the mean's interval using the first {@code n} replicates of each arm, for n = 2..R. */
    public static double[] halfWidths(double[] v, double confidence) {
        double[] out = new double[Math.max(0, v.length - 1)];
        for (int n = 2; n <= v.length; n++) {
            Interval i = mean(Arrays.copyOf(v, n), confidence);
            out[n - 2] = i.halfWidth();
        }
        return out;
    }

    /**
     * Replicates that would bring the interval's half-width down to {@code share} of |mean|,
     * from the standard deviation seen so far: n = (z s / (share |mean|))^2, rounded up.
     *
     * @return at least 2; NaN if the mean is 0 or the values are too few
     */
    public static double replicatesFor(double[] v, double share, double confidence) {
        double[] x = finite(v);
        if (x.length < 2) return Double.NaN;
        double m = mean(x);
        if (m == 0) return Double.NaN;
        double s = sd(x, m);
        double z = tQuantile(Double.POSITIVE_INFINITY, confidence);
        return Math.max(2, Math.ceil(StrictMath.pow(z * s / (share * Math.abs(m)), 2)));
    }

    static double halfWidth(double sd, int n, double confidence) {
        return tQuantile(n - 1, confidence) * sd / Math.sqrt(n);
    }

    /** The two-sided t quantile (normal for infinite degrees of freedom). */
    static double tQuantile(double df, double confidence) {
        double p = 1 - (1 - confidence) / 2;
        if (Double.isInfinite(df)) return new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1).inverseCumulativeProbability(p);
        return new TDistribution(null, df).inverseCumulativeProbability(p);
    }

    private static double[] finite(double[] v) {
        return Arrays.stream(v).filter(Double::isFinite).toArray();
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double d : x) s += d;
        return s / x.length;
    }

    private static double sd(double[] x, double m) {
        double ss = 0;
        for (double d : x) ss += (d - m) * (d - m);
        return Math.sqrt(ss / (x.length - 1));
    }
}
