package culturebridge.experiment.calibration;

import culturebridge.scenario.CalibrationSpec;
import ec.util.MersenneTwisterFast;
import java.util.List;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;

/**
 * The joint prior of the calibrated parameters: independent marginals (uniform, normal or
 * lognormal, each truncated to its bounds; Commons Math distributions). Sampling inverts the
 * marginal's distribution function on the truncated range, so a draw needs one uniform number
 * per parameter from the caller's generator, whatever the family.
 */
public final class Prior {
    private final List<CalibrationSpec.Parameter> parameters;
    private final AbstractRealDistribution[] marginals;
    private final double[] cdfLo;
    private final double[] cdfHi;

    public Prior(List<CalibrationSpec.Parameter> parameters) {
        this.parameters = List.copyOf(parameters);
        int n = parameters.size();
        marginals = new AbstractRealDistribution[n];
        cdfLo = new double[n];
        cdfHi = new double[n];
        for (int i = 0; i < n; i++) {
            var p = parameters.get(i);
            // the generator argument is never used: sampling goes through inverseCumulativeProbability
            marginals[i] = switch (p.family()) {
                case UNIFORM -> new UniformRealDistribution(null, p.min(), p.max());
                case NORMAL -> new NormalDistribution(null, p.centre(), p.spread(), 1e-12);
                case LOGNORMAL -> new LogNormalDistribution(null, StrictMath.log(p.centre()), p.spread(), 1e-12);
            };
            cdfLo[i] = marginals[i].cumulativeProbability(p.min());
            cdfHi[i] = marginals[i].cumulativeProbability(p.max());
            if (!(cdfHi[i] > cdfLo[i])) {
                throw new IllegalArgumentException("the prior of " + p.name() + " puts no mass on [" + p.min() + ", " + p.max() + "]");
            }
        }
    }

    public int dimension() {
        return parameters.size();
    }

    public CalibrationSpec.Parameter parameter(int i) {
        return parameters.get(i);
    }

    /** A draw from the prior. */
    public double[] sample(MersenneTwisterFast rng) {
        double[] x = new double[parameters.size()];
        for (int i = 0; i < x.length; i++) {
            double u = cdfLo[i] + rng.nextDouble() * (cdfHi[i] - cdfLo[i]);
            double v = marginals[i].inverseCumulativeProbability(u);
            x[i] = Math.min(parameters.get(i).max(), Math.max(parameters.get(i).min(), v));
        }
        return x;
    }

    /** The prior density up to a constant (0 outside the bounds). */
    public double density(double[] x) {
        double d = 1;
        for (int i = 0; i < x.length; i++) {
            var p = parameters.get(i);
            if (!(x[i] >= p.min() && x[i] <= p.max())) return 0;
            d *= marginals[i].density(x[i]) / (cdfHi[i] - cdfLo[i]);
        }
        return d;
    }

    /** The prior's standard deviation of parameter i (of the truncated marginal, by quadrature). */
    public double sd(int i) {
        var p = parameters.get(i);
        int n = 2000;
        double h = (p.max() - p.min()) / n;
        double m0 = 0;
        double m1 = 0;
        double m2 = 0;
        for (int k = 0; k <= n; k++) {
            double x = p.min() + k * h;
            double w = (k == 0 || k == n ? 0.5 : 1) * marginals[i].density(x);
            m0 += w;
            m1 += w * x;
            m2 += w * x * x;
        }
        double mean = m1 / m0;
        return Math.sqrt(Math.max(0, m2 / m0 - mean * mean));
    }
}
