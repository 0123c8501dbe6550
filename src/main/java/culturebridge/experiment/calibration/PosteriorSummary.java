package culturebridge.experiment.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Weighted summaries of a particle population: quantiles, spread and correlations, and the
 * identifiability table (per parameter the ratio of posterior to prior standard deviation, near
 * 1 where the data say nothing about it, and its strongest posterior correlations, which show
 * the combinations the data fix where the parameters alone are not fixed).
 */
public final class PosteriorSummary {
    private PosteriorSummary() {}

    /**
     * One parameter's row.
     *
     * @param partners the other parameters most correlated with it, strongest first, as "name (r)"
     */
    public record Row(String name, double priorSd, double posteriorSd, double median, double q05, double q95,
                      List<String> partners, double strongest) {
        public double sdRatio() {
            return posteriorSd / priorSd;
        }
    }

    /** The weighted q-quantile of column i (the smallest value whose cumulative weight reaches q). */
    public static double quantile(double[][] x, double[] w, int i, double q) {
        Integer[] order = new Integer[x.length];
        for (int k = 0; k < order.length; k++) order[k] = k;
        Arrays.sort(order, Comparator.comparingDouble(k -> x[k][i]));
        double c = 0;
        for (int k : order) {
            c += w[k];
            if (c >= q - 1e-12) return x[k][i];
        }
        return x[order[order.length - 1]][i];
    }

    public static double mean(double[][] x, double[] w, int i) {
        double m = 0;
        for (int k = 0; k < x.length; k++) m += w[k] * x[k][i];
        return m;
    }

    public static double covariance(double[][] x, double[] w, int i, int j) {
        double mi = mean(x, w, i);
        double mj = mean(x, w, j);
        double c = 0;
        for (int k = 0; k < x.length; k++) c += w[k] * (x[k][i] - mi) * (x[k][j] - mj);
        return c;
    }

    public static double correlation(double[][] x, double[] w, int i, int j) {
        double d = Math.sqrt(covariance(x, w, i, i) * covariance(x, w, j, j));
        return d > 0 ? covariance(x, w, i, j) / d : 0;
    }

    /** The componentwise weighted median. */
    public static double[] median(double[][] x, double[] w) {
        double[] m = new double[x[0].length];
        for (int i = 0; i < m.length; i++) m[i] = quantile(x, w, i, 0.5);
        return m;
    }

    /** The identifiability table. */
    public static List<Row> table(Prior prior, double[][] x, double[] w) {
        List<Row> rows = new ArrayList<>();
        int n = prior.dimension();
        for (int i = 0; i < n; i++) {
            final int a = i;
            List<Integer> others = new ArrayList<>();
            for (int j = 0; j < n; j++) if (j != i) others.add(j);
            others.sort(Comparator.comparingDouble(j -> -Math.abs(correlation(x, w, a, j))));
            List<String> partners = new ArrayList<>();
            for (int j : others.subList(0, Math.min(2, others.size()))) {
                partners.add(String.format(java.util.Locale.ROOT, "%s (%+.2f)", prior.parameter(j).name(), correlation(x, w, a, j)));
            }
            double strongest = others.isEmpty() ? 0 : correlation(x, w, a, others.get(0));
            rows.add(new Row(prior.parameter(i).name(), prior.sd(i), Math.sqrt(covariance(x, w, i, i)),
                    quantile(x, w, i, 0.5), quantile(x, w, i, 0.05), quantile(x, w, i, 0.95), partners, strongest));
        }
        return rows;
    }
}
