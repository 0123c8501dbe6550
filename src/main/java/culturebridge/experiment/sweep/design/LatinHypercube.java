package culturebridge.experiment.sweep.design;

import ec.util.MersenneTwisterFast;

/**
 * A Latin hypercube sample on the unit cube (McKay, Beckman &amp; Conover 1979): each factor's
 * range is cut into n equal strata and every stratum holds exactly one of the n points, at a
 * uniformly random position inside it; the strata are paired across factors by independent
 * random permutations. Every factor is thus covered evenly with few points.
 *
 * <p>The draws come from MASON's Mersenne Twister seeded with the design's seed (never a
 * clock-seeded generator), so the same seed gives the same design on any machine.
 */
public final class LatinHypercube {
    private LatinHypercube() {
    }

    /**
     * The sample.
     *
     * @param n    number of points (at least 1)
     * @param k    number of factors (at least 1)
     * @param seed seed of the draws
     * @return {@code x[i][j]}: coordinate of point i on factor j, in [0, 1)
     */
    public static double[][] sample(int n, int k, long seed) {
        if (n < 1 || k < 1) throw new IllegalArgumentException("need n >= 1 and k >= 1, got n=" + n + ", k=" + k);
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        double[][] x = new double[n][k];
        int[] perm = new int[n];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < n; i++) perm[i] = i;
            // Fisher-Yates shuffle: a uniform random permutation of the strata.
            for (int i = n - 1; i > 0; i--) {
                int s = random.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[s];
                perm[s] = t;
            }
            for (int i = 0; i < n; i++) x[i][j] = (perm[i] + random.nextDouble()) / n;
        }
        return x;
    }
}
