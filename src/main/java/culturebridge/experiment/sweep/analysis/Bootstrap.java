package culturebridge.experiment.sweep.analysis;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * Percentile bootstrap confidence intervals (Efron &amp; Tibshirani 1993, ch. 13): the
 * statistic is recomputed on B resamples of the n units, drawn with replacement, and the
 * interval is given by the resampled values' alpha/2 and 1 - alpha/2 quantiles. Draws come
 * from MASON's Mersenne Twister with a fixed seed, so an analysis always prints the same
 * intervals for the same data.
 */
public final class Bootstrap {
    /** Default resamples. */
    public static final int DEFAULT_RESAMPLES = 1000;
    /** Default seed of the resampling. */
    public static final long DEFAULT_SEED = 20100101L;

    private Bootstrap() {
    }

    /** A statistic of several values computed on a resample, given as unit indices. */
    @FunctionalInterface
    public interface Statistic {
        /** The statistic's values on the units {@code idx} (with repeats). */
        double[] compute(int[] idx);
    }

    /**
     * Intervals for each value of a vector statistic.
     *
     * @param units      number of resampling units
     * @param statistic  the statistic
     * @param resamples  B
     * @param confidence e.g. 0.95
     * @param seed       seed of the draws
     * @return one interval per value, around the statistic on the original units
     */
    public static Interval[] intervals(int units, Statistic statistic, int resamples, double confidence, long seed) {
        int[] all = new int[units];
        for (int i = 0; i < units; i++) all[i] = i;
        double[] est = statistic.compute(all);
        Interval[] out = new Interval[est.length];
        if (resamples < 2 || units < 2) {
            for (int i = 0; i < est.length; i++) out[i] = Interval.of(est[i]);
            return out;
        }
        double[][] samples = new double[est.length][resamples];
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        int[] idx = new int[units];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < units; i++) idx[i] = random.nextInt(units);
            double[] v = statistic.compute(idx);
            for (int i = 0; i < est.length; i++) samples[i][b] = v[i];
        }
        double alpha = 1 - confidence;
        for (int i = 0; i < est.length; i++) {
            double[] s = finite(samples[i]);
            out[i] = s.length < 2 ? Interval.of(est[i])
                    : new Interval(est[i], quantile(s, alpha / 2), quantile(s, 1 - alpha / 2));
        }
        return out;
    }

    private static double[] finite(double[] v) {
        return Arrays.stream(v).filter(Double::isFinite).sorted().toArray();
    }

    /** Quantile of sorted values by linear interpolation between order statistics (R's type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
