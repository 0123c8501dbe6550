package culturebridge.experiment.sweep.analysis;

/**
 * The output of a stochastic model at a design point, for sensitivity indices: the mean over the
 * point's replicates that completed. Averaging replicates first keeps the indices about the
 * factors rather than about seed noise; with common random numbers the noise that remains is
 * shared across points and cancels in differences.
 */
final class PointMeans {
    private PointMeans() {
    }

    /** Means over all replicates (NaN where none completed). */
    static double[] of(double[][] values) {
        int reps = values.length == 0 ? 0 : values[0].length;
        int[] all = new int[reps];
        for (int i = 0; i < reps; i++) all[i] = i;
        return of(values, all);
    }

    /** Means over the replicates {@code idx} (with repeats, for the bootstrap). */
    static double[] of(double[][] values, int[] idx) {
        double[] out = new double[values.length];
        for (int p = 0; p < values.length; p++) {
            double s = 0;
            int n = 0;
            for (int r : idx) {
                double v = values[p][r];
                if (Double.isFinite(v)) {
                    s += v;
                    n++;
                }
            }
            out[p] = n > 0 ? s / n : Double.NaN;
        }
        return out;
    }
}
