package culturebridge.experiment.calibration;

import culturebridge.output.MonthlySeries;
import culturebridge.scenario.CalibrationSpec;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * How simulated months compare with a target's observations: the simulated value of each
 * observed period (a month, a year's sum, or a mean over a survey's fieldwork months) and the
 * ABC distance. The distance is the sum over target groups of the mean squared standardised
 * error of the group, {@code z = (f(sim) - f(obs)) / sqrt(error^2 + discrepancy^2)} with f the
 * log or the identity as the target says: each group weighs the same whatever its number of
 * observations (120 months count as much as four surveys), and a group's error is measured in
 * units of what the data and the model's known inexactness allow.
 */
public final class TargetFit {
    private TargetFit() {}

    /** The replicate mean of each month of a metric. */
    public static double[] mean(List<MonthlySeries> runs, String metric) {
        double[] sum = null;
        for (MonthlySeries r : runs) {
            double[] s = r.series(metric);
            if (sum == null) sum = new double[s.length];
            for (int i = 0; i < s.length; i++) sum[i] += s[i];
        }
        for (int i = 0; i < sum.length; i++) sum[i] /= runs.size();
        return sum;
    }

    /** The simulated value of a target's period (NaN where the months do not cover it). */
    public static double value(CalibrationSpec.Target t, List<YearMonth> months, double[] s, YearMonth period) {
        Map<YearMonth, Integer> index = new HashMap<>();
        for (int i = 0; i < months.size(); i++) index.put(months.get(i), i);
        return value(t, index, s, period);
    }

    private static double value(CalibrationSpec.Target t, Map<YearMonth, Integer> index, double[] s, YearMonth period) {
        int first = switch (t.compare()) {
            case MONTHLY -> period.getMonthValue();
            case ANNUAL_SUM -> 1;
            case MEAN_OF_MONTHS -> t.firstMonth();
        };
        int last = t.compare() == CalibrationSpec.Compare.ANNUAL_SUM ? 12 : period.getMonthValue();
        double sum = 0;
        for (int m = first; m <= last; m++) {
            Integer i = index.get(YearMonth.of(period.getYear(), m));
            if (i == null) return Double.NaN;
            sum += s[i];
        }
        return t.compare() == CalibrationSpec.Compare.ANNUAL_SUM ? sum : sum / (last - first + 1);
    }

    /** The simulated values of the given periods. */
    public static double[] values(CalibrationSpec.Target t, List<YearMonth> months, double[] s, List<YearMonth> periods) {
        Map<YearMonth, Integer> index = new HashMap<>();
        for (int i = 0; i < months.size(); i++) index.put(months.get(i), i);
        double[] out = new double[periods.size()];
        for (int k = 0; k < out.length; k++) out[k] = value(t, index, s, periods.get(k));
        return out;
    }

    /**
     * A value on the target's scale. The log is floored at the target's floor: a value below what
     * the data can tell apart from zero (a reported share rounded to a tenth of a point) counts as
     * that limit, so a simulation of zero is as far as the data allow and no farther.
     */
    static double scaled(CalibrationSpec.Target t, double v) {
        return t.log() ? StrictMath.log(Math.max(v, t.floor())) : v;
    }

    /** Mean squared standardised error of one target group over its in-window observations. */
    public static double groupDistance(CalibrationSpec.Target t, List<MonthlySeries> runs) {
        SortedMap<YearMonth, Double> obs = t.observed();
        if (obs.isEmpty()) return 0;
        double[] s = mean(runs, t.metric());
        double[] sim = values(t, runs.get(0).months(), s, List.copyOf(obs.keySet()));
        double sd = t.sd();
        double sq = 0;
        int k = 0;
        for (double o : obs.values()) {
            double v = sim[k++];
            if (!Double.isFinite(v)) return Double.POSITIVE_INFINITY;
            double z = (scaled(t, v) - scaled(t, o)) / sd;
            sq += z * z;
        }
        return sq / obs.size();
    }

    /** The ABC distance: the sum of the groups' mean squared standardised errors. */
    public static double distance(List<CalibrationSpec.Target> targets, List<MonthlySeries> runs) {
        double d = 0;
        for (CalibrationSpec.Target t : targets) d += groupDistance(t, runs);
        return d;
    }
}
