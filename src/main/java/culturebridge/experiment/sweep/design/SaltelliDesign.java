package culturebridge.experiment.sweep.design;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The Saltelli sampling scheme for first-order and total Sobol indices (Saltelli 2002;
 * Saltelli et al. 2010, "Variance based sensitivity analysis of model output. Design and
 * estimator for the total sensitivity index", Computer Physics Communications 181: 259-270).
 *
 * <p>Two N x k matrices A and B are taken from one Sobol' low-discrepancy sequence of
 * dimension 2k (A its first k coordinates, B the last k); for each factor i the matrix
 * AB<sub>i</sub> is A with column i taken from B. The design lists, for each row j of the
 * matrices, the k + 2 points A<sub>j</sub>, AB<sub>j</sub><sup>1</sup>, ...,
 * AB<sub>j</sub><sup>k</sup>, B<sub>j</sub> (the order SALib uses), N (k + 2) points in all.
 * The sequence is Commons Math's {@link SobolSequenceGenerator} (Joe &amp; Kuo 2008 direction
 * numbers, up to 1000 dimensions, so k up to 500); its first point, the origin, is skipped as
 * is usual, because it sits on the boundary and repeats in A and B. N a power of two keeps
 * the sequence's balance properties.
 */
public final class SaltelliDesign {
    /** Most factors: the generator has 1000 dimensions and the scheme uses 2k. */
    public static final int MAX_FACTORS = 500;

    private SaltelliDesign() {
    }

    /** Position of A<sub>j</sub> in the design. */
    public static int a(int j, int k) {
        return j * (k + 2);
    }

    /** Position of AB<sub>j</sub><sup>i</sup> (factor i from B) in the design. */
    public static int ab(int j, int i, int k) {
        return j * (k + 2) + 1 + i;
    }

    /** Position of B<sub>j</sub> in the design. */
    public static int b(int j, int k) {
        return j * (k + 2) + k + 1;
    }

    /**
     * The design.
     *
     * @param n base sample size N (rows of A and B)
     * @param k number of factors
     * @return N (k + 2) points in [0, 1)<sup>k</sup>, in the order described above
     */
    public static double[][] sample(int n, int k) {
        if (n < 1 || k < 1) throw new IllegalArgumentException("need n >= 1 and k >= 1, got n=" + n + ", k=" + k);
        if (k > MAX_FACTORS) throw new IllegalArgumentException("at most " + MAX_FACTORS + " factors, got " + k);
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        // The sequence starts at the origin; draw it and drop it. (skipTo(1) would drop two points:
        // it positions the generator on point 1 and nextVector() then moves on to point 2.)
        sobol.nextVector();
        double[][] rows = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            double[] v = sobol.nextVector();
            double[] a = new double[k];
            double[] b = new double[k];
            System.arraycopy(v, 0, a, 0, k);
            System.arraycopy(v, k, b, 0, k);
            rows[a(j, k)] = a;
            for (int i = 0; i < k; i++) {
                double[] abi = a.clone();
                abi[i] = b[i];
                rows[ab(j, i, k)] = abi;
            }
            rows[b(j, k)] = b;
        }
        return rows;
    }
}
