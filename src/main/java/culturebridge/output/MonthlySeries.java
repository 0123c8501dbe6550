package culturebridge.output;

import java.time.YearMonth;
import java.util.List;

/**
 * The monthly trajectory of one run (one replicate): a value per metric per calendar month,
 * and the name of the policy stage active at each month's end.
 *
 * @param seed    the run's seed
 * @param columns metric names, in {@link Metrics} order
 * @param months  the calendar months, in order
 * @param stages  stage name at each month's end
 * @param values  values[month][column]
 */
public record MonthlySeries(long seed, List<String> columns, List<YearMonth> months,
                            List<String> stages, double[][] values) {

    /** Column index of a metric, or -1. */
    public int column(String metric) { return columns.indexOf(metric); }

    /** The series of one metric over the months. */
    public double[] series(String metric) {
        int c = column(metric);
        if (c < 0) throw new IllegalArgumentException("no metric " + metric + "; known: " + columns);
        double[] out = new double[months.size()];
        for (int i = 0; i < out.length; i++) out[i] = values[i][c];
        return out;
    }
}
