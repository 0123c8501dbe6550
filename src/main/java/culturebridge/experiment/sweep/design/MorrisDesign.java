package culturebridge.experiment.sweep.design;

import ec.util.MersenneTwisterFast;

/**
 * Morris's one-at-a-time design for elementary effects (Morris 1991, "Factorial sampling
 * plans for preliminary computational experiments", Technometrics 33: 161-174). Each factor's
 * range is the unit interval cut into a grid of p levels {0, 1/(p-1), ..., 1}; the step is
 * Δ = p / (2 (p - 1)). A trajectory starts at a random grid point and moves each factor once,
 * in a random order, by +Δ or -Δ, giving k + 1 points whose neighbours differ in one factor
 * only. r trajectories give r (k + 1) points and r elementary effects per factor.
 *
 * <p>This is Morris's construction B* = (J x* + (Δ/2)[(2B - J) D* + J]) P*: the base point x*
 * is drawn from the levels {0, ..., 1 - Δ}, the directions D* and the order P* uniformly.
 * Coordinates are computed as level / (p - 1), so they are exact grid values. The draws come
 * from MASON's Mersenne Twister seeded with the design's seed.
 */
public final class MorrisDesign {
    private MorrisDesign() {
    }

    /** The step Δ = p / (2 (p - 1)) of a p-level grid. */
    public static double delta(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    /**
     * The design.
     *
     * @param r      trajectories
     * @param k      factors
     * @param levels grid levels p (even, at least 2)
     * @param seed   seed of the draws
     * @return r (k + 1) points; trajectory t occupies rows t (k + 1) to t (k + 1) + k
     */
    public static double[][] sample(int r, int k, int levels, long seed) {
        if (r < 1 || k < 1) throw new IllegalArgumentException("need r >= 1 and k >= 1, got r=" + r + ", k=" + k);
        checkLevels(levels);
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        int half = levels / 2;
        double[][] rows = new double[r * (k + 1)][];
        for (int t = 0; t < r; t++) {
            int[] base = new int[k];
            int[] signs = new int[k];
            int[] order = new int[k];
            for (int i = 0; i < k; i++) {
                // x* on the levels 0 .. p/2 - 1, i.e. {0, ..., 1 - Δ}, so x* + Δ stays on the grid.
                base[i] = random.nextInt(half);
                signs[i] = random.nextBoolean() ? 1 : -1;
                order[i] = i;
            }
            for (int i = k - 1; i > 0; i--) {
                int s = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[s];
                order[s] = tmp;
            }
            double[][] traj = trajectory(base, signs, order, levels);
            System.arraycopy(traj, 0, rows, t * (k + 1), k + 1);
        }
        return rows;
    }

    /**
     * One trajectory, as a pure function of its draws.
     *
     * @param base   grid level of x* for each factor, in 0 .. p/2 - 1
     * @param signs  direction of each factor's move, +1 or -1 (D*)
     * @param order  the order in which factors move (P*): order[m] moves at step m + 1
     * @param levels grid levels p
     * @return k + 1 points: the start, then one point after each move
     */
    public static double[][] trajectory(int[] base, int[] signs, int[] order, int levels) {
        checkLevels(levels);
        int k = base.length;
        int half = levels / 2;
        int[] level = new int[k];
        for (int i = 0; i < k; i++) {
            if (base[i] < 0 || base[i] >= half) throw new IllegalArgumentException("base level " + base[i] + " outside 0.." + (half - 1));
            // Moving up starts at x*; moving down starts at x* + Δ (Morris's (Δ/2)(J - D*) term).
            level[i] = signs[i] > 0 ? base[i] : base[i] + half;
        }
        double[][] out = new double[k + 1][];
        out[0] = coordinates(level, levels);
        for (int m = 0; m < k; m++) {
            int f = order[m];
            level[f] += signs[f] > 0 ? half : -half;
            out[m + 1] = coordinates(level, levels);
        }
        return out;
    }

    /** Which factor moves between point m and m + 1 of a trajectory, read off the points. */
    public static int movedFactor(double[] before, double[] after) {
        int moved = -1;
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                if (moved >= 0) throw new IllegalArgumentException("more than one factor moved");
                moved = i;
            }
        }
        if (moved < 0) throw new IllegalArgumentException("no factor moved");
        return moved;
    }

    private static double[] coordinates(int[] level, int levels) {
        double[] x = new double[level.length];
        for (int i = 0; i < x.length; i++) x[i] = level[i] / (double) (levels - 1);
        return x;
    }

    private static void checkLevels(int levels) {
        if (levels < 2 || levels % 2 != 0) throw new IllegalArgumentException("Morris levels must be even and >= 2, got " + levels);
    }
}
