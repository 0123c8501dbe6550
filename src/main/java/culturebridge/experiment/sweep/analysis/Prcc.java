package culturebridge.experiment.sweep.analysis;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Partial rank correlation coefficients, the usual sensitivity measure for a Latin hypercube
 * sample (Marino, Hogue, Ray &amp; Kirschner 2008, "A methodology for performing global
 * uncertainty and sensitivity analysis in systems biology", J. Theor. Biol. 254: 178-196): the
 * correlation between the ranks of a factor and of the output after the linear effect of the
 * other factors' ranks is removed from both. It measures monotone influence, controlling for
 * the other factors. Intervals use Fisher's z transform with n - 2 - (k - 1) - 1 degrees of freedom.
 */
public final class Prcc {
    private Prcc() {
    }

    /**
     * PRCC of each factor.
     *
     * @param x          factor values, {@code x[point][factor]}
     * @param y          output at each point
     * @param confidence e.g. 0.95
     */
    public static Interval[] analyse(double[][] x, double[] y, double confidence) {
        int n = y.length;
        int k = n == 0 ? 0 : x[0].length;
        Interval[] out = new Interval[k];
        if (n < k + 3) {
            java.util.Arrays.fill(out, Interval.NONE);
            return out;
        }
        NaturalRanking ranking = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
        double[][] rx = new double[k][];
        for (int i = 0; i < k; i++) {
            double[] col = new double[n];
            for (int p = 0; p < n; p++) col[p] = x[p][i];
            rx[i] = ranking.rank(col);
        }
        double[] ry = ranking.rank(y);
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        for (int i = 0; i < k; i++) {
            double[] resX;
            double[] resY;
            if (k == 1) {
                resX = rx[i];
                resY = ry;
            } else {
                double[][] others = new double[n][k - 1];
                for (int p = 0; p < n; p++) {
                    int c = 0;
                    for (int j = 0; j < k; j++) if (j != i) others[p][c++] = rx[j][p];
                }
                resX = residuals(rx[i], others);
                resY = residuals(ry, others);
            }
            double r = constant(resX) || constant(resY) ? Double.NaN : new PearsonsCorrelation().correlation(resX, resY);
            double se = 1 / Math.sqrt(n - 3 - (k - 1));
            double zr = 0.5 * StrictMath.log((1 + r) / (1 - r));
            out[i] = Double.isFinite(zr) ? new Interval(r, StrictMath.tanh(zr - z * se), StrictMath.tanh(zr + z * se)) : Interval.of(r);
        }
        return out;
    }

    private static double[] residuals(double[] v, double[][] others) {
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(v, others);
        return ols.estimateResiduals();
    }

    private static boolean constant(double[] v) {
        for (double d : v) if (d != v[0]) return false;
        return true;
    }
}
