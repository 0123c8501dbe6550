package culturebridge.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.experiment.sweep.analysis.Interval;
import culturebridge.experiment.sweep.analysis.MainEffects;
import culturebridge.experiment.sweep.analysis.MorrisIndices;
import culturebridge.experiment.sweep.analysis.Prcc;
import culturebridge.experiment.sweep.analysis.SobolIndices;
import culturebridge.experiment.sweep.design.LatinHypercube;
import culturebridge.experiment.sweep.design.MorrisDesign;
import culturebridge.experiment.sweep.design.SaltelliDesign;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The estimators on functions whose indices are known. */
class SensitivityEstimatorsTest {

    /** Model output at every point of a Saltelli design, split into A, B and AB_i. */
    private static double[][][] saltelli(int n, int k, ToDoubleFunction<double[]> f) {
        double[][] x = SaltelliDesign.sample(n, k);
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[k][n];
        for (int j = 0; j < n; j++) {
            fA[j] = f.applyAsDouble(x[SaltelliDesign.a(j, k)]);
            fB[j] = f.applyAsDouble(x[SaltelliDesign.b(j, k)]);
            for (int i = 0; i < k; i++) fAB[i][j] = f.applyAsDouble(x[SaltelliDesign.ab(j, i, k)]);
        }
        return new double[][][] {{fA, fB}, fAB};
    }

    /** Ishigami & Homma (1990): sin x1 + a sin^2 x2 + b x3^4 sin x1 on [-pi, pi]^3, a = 7, b = 0.1. */
    private static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void sobolIndicesOfTheIshigamiFunctionAreWithin005OfTheAnalyticValues() {
        // Analytic values (Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, 4.6):
        // V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2.
        double a = 7;
        double b = 0.1;
        double v = a * a / 8 + b * Math.pow(Math.PI, 4) / 5 + b * b * Math.pow(Math.PI, 8) / 18 + 0.5;
        double v1 = 0.5 * Math.pow(1 + b * Math.pow(Math.PI, 4) / 5, 2);
        double v2 = a * a / 8;
        double v13 = b * b * Math.pow(Math.PI, 8) / 18 - b * b * Math.pow(Math.PI, 8) / 50;
        double[] s1 = {v1 / v, v2 / v, 0};
        double[] st = {(v1 + v13) / v, v2 / v, v13 / v};
        double[][][] out = saltelli(8192, 3, SensitivityEstimatorsTest::ishigami);
        SobolIndices.Result r = SobolIndices.analyse(out[0][0], out[0][1], out[1], 200, 0.95, 1);
        for (int i = 0; i < 3; i++) {
            assertEquals(s1[i], r.first()[i].estimate(), 0.05, "S1 of x" + (i + 1));
            assertEquals(st[i], r.total()[i].estimate(), 0.05, "ST of x" + (i + 1));
            assertTrue(r.first()[i].low() <= r.first()[i].estimate() && r.first()[i].estimate() <= r.first()[i].high());
        }
        assertEquals(0.3139, s1[0], 1e-4, "the analytic values themselves");
        assertEquals(0.2437, st[2], 1e-4);
        assertEquals(v, r.variance(), 0.05 * v);
    }

    @Test
    void sobolIndicesOfAnAdditiveFunctionSplitItsVariance() {
        // y = u1 + 2 u2: variances 1/12 and 4/12, so S1 = ST = 0.2 and 0.8.
        double[][][] out = saltelli(4096, 2, u -> u[0] + 2 * u[1]);
        double[][] e = SobolIndices.estimate(out[0][0], out[0][1], out[1]);
        assertArrayEquals(new double[] {0.2, 0.8}, e[0], 0.02);
        assertArrayEquals(new double[] {0.2, 0.8}, e[1], 0.02);
    }

    /** Outputs along a Morris design. */
    private static double[][] morrisEffects(int r, int k, ToDoubleFunction<double[]> f) {
        double[][] x = MorrisDesign.sample(r, k, 4, 5);
        double[] y = Arrays.stream(x).mapToDouble(f).toArray();
        return MorrisIndices.effects(x, y, k);
    }

    @Test
    void morrisRecoversTheSlopesOfALinearFunctionExactly() {
        MorrisIndices.Result r = MorrisIndices.analyse(morrisEffects(10, 4, u -> 4 * u[0] - 2 * u[1] + u[2]), 100, 0.95, 1);
        double[] muStar = Arrays.stream(r.muStar()).mapToDouble(Interval::estimate).toArray();
        assertArrayEquals(new double[] {4, 2, 1, 0}, muStar, 1e-9);
        assertArrayEquals(new double[] {4, -2, 1, 0}, r.mu(), 1e-9, "mu keeps the sign, mu* does not");
        assertArrayEquals(new double[] {0, 0, 0, 0}, r.sigma(), 1e-9, "a linear function has no spread of effects");
    }

    @Test
    void morrisRanksFactorsOfAKnownFunction() {
        // y = 10 u1 + 5 u2^2 + u3 + 3 u4 u5 (+ an inert u6): mu* about 10, 5, 1, 1.5, 1.5, 0;
        // u2 (non-linear) and u4, u5 (interacting) have sigma > 0, u1 and u3 have none.
        MorrisIndices.Result r = MorrisIndices.analyse(
                morrisEffects(60, 6, u -> 10 * u[0] + 5 * u[1] * u[1] + u[2] + 3 * u[3] * u[4]), 200, 0.95, 1);
        double[] muStar = Arrays.stream(r.muStar()).mapToDouble(Interval::estimate).toArray();
        Integer[] order = IntStream.range(0, 6).boxed().sorted(Comparator.comparingDouble(i -> -muStar[i])).toArray(Integer[]::new);
        assertEquals(0, order[0], "u1 first: " + Arrays.toString(muStar));
        assertEquals(1, order[1], "u2 second: " + Arrays.toString(muStar));
        assertTrue(Arrays.asList(3, 4).contains(order[2]) && Arrays.asList(3, 4).contains(order[3]), "u4, u5 next: " + Arrays.toString(muStar));
        assertEquals(2, order[4], "u3 fifth: " + Arrays.toString(muStar));
        assertEquals(0, muStar[5], 1e-12, "u6 is inert");
        assertEquals(0, r.sigma()[0], 1e-9);
        assertTrue(r.sigma()[1] > 0.5 && r.sigma()[3] > 0.5, "non-linear and interacting factors spread: " + Arrays.toString(r.sigma()));
    }

    @Test
    void prccFindsMonotoneInfluenceAndIgnoresNoise() {
        double[][] x = LatinHypercube.sample(200, 3, 3);
        double[] y = Arrays.stream(x).mapToDouble(u -> Math.exp(3 * u[0]) - 2 * u[1]).toArray();
        Interval[] p = Prcc.analyse(x, y, 0.95);
        assertTrue(p[0].estimate() > 0.95, "strong positive: " + p[0]);
        assertTrue(p[1].estimate() < -0.5, "negative: " + p[1]);
        assertTrue(Math.abs(p[2].estimate()) < 0.2, "inert: " + p[2]);
        assertTrue(p[2].low() < 0 && p[2].high() > 0, "the inert factor's interval covers 0: " + p[2]);
    }

    @Test
    void mainEffectsOfABalancedFactorialAreExact() {
        // 2 x 2 factorial, y = 2 a + b: between-level sums of squares 4 and 1 of a total 5.
        int[][] levels = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        double[] y = {0, 1, 2, 3};
        assertArrayEquals(new double[] {0.8, 0.2}, MainEffects.estimate(levels, y, new int[] {2, 2}), 1e-12);
    }
}
