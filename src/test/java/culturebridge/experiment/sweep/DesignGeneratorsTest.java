package culturebridge.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.experiment.sweep.design.FullFactorial;
import culturebridge.experiment.sweep.design.LatinHypercube;
import culturebridge.experiment.sweep.design.MorrisDesign;
import culturebridge.experiment.sweep.design.SaltelliDesign;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every design generator as a pure function with exact expected output. */
class DesignGeneratorsTest {

    @Test
    void fullFactorialListsEveryCombinationLastFactorFastest() {
        int[][] rows = FullFactorial.indices(new int[] {2, 3});
        assertArrayEquals(new int[][] {{0, 0}, {0, 1}, {0, 2}, {1, 0}, {1, 1}, {1, 2}}, rows);
        assertArrayEquals(new int[][] {{0}}, FullFactorial.indices(new int[] {1}));
        assertEquals(24, FullFactorial.indices(new int[] {2, 3, 4}).length);
        assertThrows(IllegalArgumentException.class, () -> FullFactorial.indices(new int[] {2, 0}));
    }

    @Test
    void latinHypercubeIsStratifiedAndExactForItsSeed() {
        double[][] x = LatinHypercube.sample(4, 2, 1);
        // Regression values: MASON's Mersenne Twister, Fisher-Yates per column, one uniform per cell.
        double[][] expected = {
                {0.23313933983487775, 0.836390181145616},
                {0.7820311125454775, 0.09919187030024479},
                {0.7497601291043903, 0.634704183214571},
                {0.30902224440998804, 0.354798627321696}};
        for (int i = 0; i < 4; i++) assertArrayEquals(expected[i], x[i], 0.0);
        double[][] big = LatinHypercube.sample(50, 3, 42);
        for (int j = 0; j < 3; j++) {
            boolean[] seen = new boolean[50];
            for (double[] row : big) {
                int stratum = (int) Math.floor(row[j] * 50);
                assertFalse(seen[stratum], "stratum " + stratum + " of factor " + j + " holds two points");
                seen[stratum] = true;
            }
        }
        assertTrue(Arrays.deepEquals(big, LatinHypercube.sample(50, 3, 42)), "same seed, same design");
        assertFalse(Arrays.deepEquals(big, LatinHypercube.sample(50, 3, 43)), "another seed, another design");
    }

    @Test
    void saltelliDesignIsTheSobolSequenceInABBlocks() {
        // The 2-dimensional Sobol' sequence after its origin: (1/2, 1/2), (3/4, 1/4), (1/4, 3/4).
        double[][] one = SaltelliDesign.sample(3, 1);
        double[][] expectedOne = {{0.5}, {0.5}, {0.5}, {0.75}, {0.25}, {0.25}, {0.25}, {0.75}, {0.75}};
        assertArrayEquals(expectedOne, one);
        // k = 2: rows A_j, AB_j^1, AB_j^2, B_j from the 4-dimensional points (1/2,1/2,1/2,1/2) and (3/4,1/4,1/4,1/4).
        double[][] two = SaltelliDesign.sample(2, 2);
        double[][] expectedTwo = {
                {0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5},
                {0.75, 0.25}, {0.25, 0.25}, {0.75, 0.25}, {0.25, 0.25}};
        assertArrayEquals(expectedTwo, two);
        double[][] big = SaltelliDesign.sample(16, 3);
        assertEquals(16 * 5, big.length);
        for (int j = 0; j < 16; j++) {
            double[] a = big[SaltelliDesign.a(j, 3)];
            double[] b = big[SaltelliDesign.b(j, 3)];
            for (int i = 0; i < 3; i++) {
                double[] ab = big[SaltelliDesign.ab(j, i, 3)];
                for (int c = 0; c < 3; c++) assertEquals(c == i ? b[c] : a[c], ab[c], 0.0, "AB_" + i + " row " + j + " column " + c);
            }
        }
    }

    @Test
    void morrisTrajectoryMovesOneFactorAtATimeByDelta() {
        // p = 4: grid {0, 1/3, 2/3, 1}, delta = 2/3. Factor 0 starts at level 0 and moves up;
        // factor 1 has base level 1 and moves down, so it starts at level 3; factor 1 moves first.
        double[][] t = MorrisDesign.trajectory(new int[] {0, 1}, new int[] {1, -1}, new int[] {1, 0}, 4);
        assertArrayEquals(new double[][] {{0, 1}, {0, 1 / 3.0}, {2 / 3.0, 1 / 3.0}}, t);
        assertEquals(2 / 3.0, MorrisDesign.delta(4), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> MorrisDesign.trajectory(new int[] {2}, new int[] {1}, new int[] {0}, 4));
        assertThrows(IllegalArgumentException.class, () -> MorrisDesign.sample(2, 2, 3, 1));
    }

    @Test
    void morrisSampleIsExactForItsSeedAndWellFormed() {
        double[][] x = MorrisDesign.sample(2, 2, 4, 3);
        double[][] expected = {{1, 1 / 3.0}, {1, 1}, {1 / 3.0, 1}, {0, 1 / 3.0}, {0, 1}, {2 / 3.0, 1}};
        assertArrayEquals(expected, x);
        int k = 5;
        int p = 6;
        double delta = MorrisDesign.delta(p);
        double[][] big = MorrisDesign.sample(30, k, p, 99);
        assertEquals(30 * (k + 1), big.length);
        for (int t = 0; t < 30; t++) {
            boolean[] moved = new boolean[k];
            for (int m = 0; m < k; m++) {
                double[] before = big[t * (k + 1) + m];
                double[] after = big[t * (k + 1) + m + 1];
                int f = MorrisDesign.movedFactor(before, after);
                assertFalse(moved[f], "factor " + f + " moved twice in trajectory " + t);
                moved[f] = true;
                assertEquals(delta, Math.abs(after[f] - before[f]), 1e-12);
            }
            for (double[] row : Arrays.copyOfRange(big, t * (k + 1), (t + 1) * (k + 1))) {
                for (double u : row) {
                    double level = u * (p - 1);
                    assertEquals(Math.rint(level), level, 1e-9, "off the grid: " + u);
                    assertTrue(u >= 0 && u <= 1);
                }
            }
        }
    }
}
