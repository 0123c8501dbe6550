package culturebridge.experiment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/** The pattern statistics on inputs with known answers. */
class PatternStatisticsTest {

    @Test
    void hillRecoversTheParetoIndex() {
        MersenneTwisterFast r = new MersenneTwisterFast(3);
        for (double alpha : new double[] {1.5, 2.0, 3.0}) {
            double[] x = new double[200_000];
            for (int i = 0; i < x.length; i++) x[i] = Math.pow(1 - r.nextDouble(), -1 / alpha);
            assertEquals(alpha, PatternStatistics.hill(x, 20_000), 0.05 * alpha, "alpha " + alpha);
        }
    }

    @Test
    void topShareIsExact() {
        double[] x = {1, 1, 1, 1, 1, 1, 1, 1, 2, 10};
        assertEquals(12.0 / 20.0, PatternStatistics.topShare(x, 0.2), 1e-12);
        assertEquals(10.0 / 20.0, PatternStatistics.topShare(x, 0.1), 1e-12);
    }

    @Test
    void bassFitRecoversKnownCurve() {
        double p = 0.08;
        double q = 0.9;
        double m = 0.6;
        double a0 = 0.05;
        int n = 48;
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i / 12.0;
            y[i] = PatternStatistics.bassLevel(t[i], a0, p, q, m);
        }
        double[] fit = PatternStatistics.fitBass(t, y);
        assertEquals(p, fit[0], 0.005);
        assertEquals(q, fit[1], 0.05);
        assertEquals(m, fit[2], 0.01);
        assertEquals(1.0, fit[3], 1e-6);
    }

    @Test
    void correlationOfIdenticalProfilesIsOne() {
        double[] a = {1, 2, 3, 2, 1, 0.5};
        assertEquals(1.0, PatternStatistics.correlation(a, a.clone()), 1e-12);
    }
}
