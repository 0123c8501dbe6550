package culturebridge.experiment.calibration;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How well a simulated monthly series fits an observed one, overall and per calendar year:
 * mean absolute percentage error of the months (MAPE), root mean squared error of the logs
 * (RMSE on logs, the calibration's loss), and the error of the annual total.
 */
public final class FitStatistics {

    /**
     * Fit of one period.
     *
     * @param period     "all" or the year
     * @param months     months compared
     * @param mape       mean of |sim - obs| / obs over the months
     * @param rmseLog    sqrt(mean (ln sim - ln obs)^2)
     * @param simulated  simulated total over the months
     * @param observed   observed total over the months
     */
    public record Row(String period, int months, double mape, double rmseLog, double simulated, double observed) {
        /** Relative error of the total. */
        public double totalError() { return simulated / observed - 1; }
    }

    private FitStatistics() {}

    /** Per-year rows then the overall row, for the months where both series have a value. */
    public static List<Row> compute(List<YearMonth> months, double[] simulated, double[] observed) {
        SortedMap<Integer, List<Integer>> byYear = new TreeMap<>();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            if (!Double.isFinite(observed[i]) || observed[i] <= 0 || !Double.isFinite(simulated[i])) continue;
            byYear.computeIfAbsent(months.get(i).getYear(), y -> new ArrayList<>()).add(i);
            all.add(i);
        }
        List<Row> rows = new ArrayList<>();
        for (var e : byYear.entrySet()) rows.add(row(String.valueOf(e.getKey()), e.getValue(), simulated, observed));
        if (!all.isEmpty()) rows.add(row("all", all, simulated, observed));
        return rows;
    }

    private static Row row(String period, List<Integer> idx, double[] sim, double[] obs) {
        double ape = 0;
        double sq = 0;
        double s = 0;
        double o = 0;
        for (int i : idx) {
            ape += Math.abs(sim[i] - obs[i]) / obs[i];
            double d = StrictMath.log(Math.max(sim[i], 1.0)) - StrictMath.log(obs[i]);
            sq += d * d;
            s += sim[i];
            o += obs[i];
        }
        return new Row(period, idx.size(), ape / idx.size(), Math.sqrt(sq / idx.size()), s, o);
    }
}
