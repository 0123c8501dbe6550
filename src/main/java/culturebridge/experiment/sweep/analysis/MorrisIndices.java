package culturebridge.experiment.sweep.analysis;

import culturebridge.experiment.sweep.design.MorrisDesign;

/**
 * Morris elementary-effects screening. Along each trajectory of a Morris design one factor
 * moves at a time; its elementary effect is EE = (y(after) - y(before)) / Δu, with Δu the move
 * on the unit scale (±Δ). Over the r trajectories:
 * <ul>
 *   <li>μ, the mean effect, and σ, its standard deviation (Morris 1991): a large σ marks a
 *       factor whose effect depends on the other factors' values (interaction) or is
 *       non-linear;</li>
 *   <li>μ*, the mean absolute effect (Campolongo, Cariboni &amp; Saltelli 2007, "An effective
 *       screening design for sensitivity analysis of large models", Environmental Modelling &amp;
 *       Software 22: 1509-1518), which ranks factors without effects of opposite signs
 *       cancelling out; its interval bootstraps the trajectories.</li>
 * </ul>
 * Effects are on the unit scale of each factor's range, so factors are comparable.
 */
public final class MorrisIndices {
    private MorrisIndices() {
    }

    /**
     * Screening measures of one output.
     *
     * @param muStar       mean absolute elementary effect of each factor, with interval
     * @param mu           mean elementary effect
     * @param sigma        standard deviation of the elementary effects (n - 1 denominator)
     * @param trajectories trajectories used
     */
    public record Result(Interval[] muStar, double[] mu, double[] sigma, int trajectories) { }

    /**
     * Elementary effects, one row per trajectory.
     *
     * @param u the design's points in trajectory order, k + 1 per trajectory
     * @param y the output at each point
     * @param k number of factors
     * @return {@code ee[t][i]}: effect of factor i in trajectory t
     */
    public static double[][] effects(double[][] u, double[] y, int k) {
        int r = u.length / (k + 1);
        double[][] ee = new double[r][k];
        for (int t = 0; t < r; t++) {
            for (int m = 0; m < k; m++) {
                int before = t * (k + 1) + m;
                int i = MorrisDesign.movedFactor(u[before], u[before + 1]);
                ee[t][i] = (y[before + 1] - y[before]) / (u[before + 1][i] - u[before][i]);
            }
        }
        return ee;
    }

    /** μ, μ* (with bootstrap interval over trajectories) and σ of each factor. */
    public static Result analyse(double[][] ee, int resamples, double confidence, long seed) {
        int r = ee.length;
        int k = r == 0 ? 0 : ee[0].length;
        double[] mu = new double[k];
        double[] sigma = new double[k];
        for (int i = 0; i < k; i++) {
            double s = 0;
            for (double[] e : ee) s += e[i];
            mu[i] = s / r;
            double ss = 0;
            for (double[] e : ee) ss += (e[i] - mu[i]) * (e[i] - mu[i]);
            sigma[i] = r > 1 ? Math.sqrt(ss / (r - 1)) : Double.NaN;
        }
        Interval[] muStar = Bootstrap.intervals(r, idx -> {
            double[] m = new double[k];
            for (int i = 0; i < k; i++) {
                double s = 0;
                for (int t : idx) s += Math.abs(ee[t][i]);
                m[i] = s / idx.length;
            }
            return m;
        }, resamples, confidence, seed);
        return new Result(muStar, mu, sigma, r);
    }
}
