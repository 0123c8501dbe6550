package culturebridge.experiment.sweep.design;

/**
 * The full-factorial design: every combination of every factor's levels, in lexicographic
 * order with the last factor changing fastest (as nested loops, or Python's
 * {@code itertools.product}), so a design's point numbers are easy to read.
 */
public final class FullFactorial {
    private FullFactorial() {
    }

    /**
     * Level indices of every combination.
     *
     * @param counts number of levels of each factor (each at least 1)
     * @return one row per point, {@code rows[p][f]} the level of factor f at point p
     * @throws IllegalArgumentException for a factor without levels or a design too large for an array
     */
    public static int[][] indices(int[] counts) {
        long total = 1;
        for (int c : counts) {
            if (c < 1) throw new IllegalArgumentException("every factor needs at least one level, got " + c);
            total *= c;
            if (total > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("too many combinations: more than " + Integer.MAX_VALUE);
        }
        int n = (int) total;
        int k = counts.length;
        int[][] rows = new int[n][k];
        int[] current = new int[k];
        for (int p = 0; p < n; p++) {
            rows[p] = current.clone();
            for (int f = k - 1; f >= 0; f--) {
                if (++current[f] < counts[f]) break;
                current[f] = 0;
            }
        }
        return rows;
    }
}
