package culturebridge.experiment.sweep.analysis;

/**
 * First-order (main-effect) variance shares of a full-factorial design: for each factor, the
 * variance of the output's mean at each of its levels over the output's total variance, across
 * design points (η², the ANOVA main-effect share; in a balanced full factorial it estimates the
 * first-order Sobol index over the chosen levels). It works for categorical factors such as
 * scenario variants. The interval bootstraps the replicates (the same resample at every point,
 * which keeps common random numbers paired), so it shows how much of an effect is seed noise.
 */
public final class MainEffects {
    private MainEffects() {
    }

    /**
     * η² of each factor on per-point values.
     *
     * @param levels {@code levels[point][factor]}: level number of each factor
     * @param y      output at each point (NaN points are left out)
     * @param counts levels of each factor
     */
    public static double[] estimate(int[][] levels, double[] y, int[] counts) {
        int k = counts.length;
        double mean = 0;
        int n = 0;
        for (double v : y) {
            if (Double.isFinite(v)) {
                mean += v;
                n++;
            }
        }
        mean /= n;
        double total = 0;
        for (double v : y) if (Double.isFinite(v)) total += (v - mean) * (v - mean);
        double[] out = new double[k];
        for (int i = 0; i < k; i++) {
            double[] sum = new double[counts[i]];
            int[] cnt = new int[counts[i]];
            for (int p = 0; p < y.length; p++) {
                if (!Double.isFinite(y[p])) continue;
                sum[levels[p][i]] += y[p];
                cnt[levels[p][i]]++;
            }
            double between = 0;
            for (int l = 0; l < counts[i]; l++) {
                if (cnt[l] > 0) {
                    double m = sum[l] / cnt[l];
                    between += cnt[l] * (m - mean) * (m - mean);
                }
            }
            out[i] = total > 0 ? between / total : Double.NaN;
        }
        return out;
    }

    /**
     * η² with intervals from resampling replicates.
     *
     * @param values {@code values[point][replicate]} (NaN for failed runs)
     */
    public static Interval[] analyse(int[][] levels, double[][] values, int[] counts, int resamples, double confidence, long seed) {
        int reps = values.length == 0 ? 0 : values[0].length;
        return Bootstrap.intervals(reps, idx -> estimate(levels, PointMeans.of(values, idx), counts), resamples, confidence, seed);
    }
}
