package culturebridge.model.policy;

/**
 * A condition on an observed monthly metric, such as "favourable.CN above 0.25 for 6 months",
 * or, relative to where the scenario started, "favourable.CN risen by 0.02 for 3 months". It is
 * checked at each month's end on the month just completed; it is met once the comparison has
 * held for {@code forMonths} consecutive completed months.
 *
 * <p>A relative condition compares the change since the start ({@link Observations#atStart}):
 * a policy that waits for opinion to "warm" then means the same whatever level a warmed-up
 * history hands the scenario.
 *
 * @param metric     metric name, as in the CSV header (e.g. {@code favourable.CN}, {@code tension})
 * @param above      true for {@code value > threshold}, false for {@code value < threshold}
 * @param threshold  threshold in the metric's unit (for a relative condition, a change: +0.02
 *                   for "risen by 0.02", -0.05 for "fallen by 0.05")
 * @param forMonths  consecutive months the comparison must hold (at least 1)
 * @param sinceStart true when the value compared is the change since the start
 */
public record Condition(String metric, boolean above, double threshold, int forMonths, boolean sinceStart)
        implements java.io.Serializable {

    public Condition {
        if (forMonths < 1) throw new IllegalArgumentException("forMonths must be at least 1, got " + forMonths);
    }

    /** An absolute condition. */
    public Condition(String metric, boolean above, double threshold, int forMonths) {
        this(metric, above, threshold, forMonths, false);
    }

    /** Whether a single month's value satisfies the comparison. */
    public boolean holds(double value) {
        return above ? value > threshold : value < threshold;
    }

    /** The value compared in the last completed month: the metric, or its change since the start; NaN if unknown. */
    public double value(Observations obs) {
        double v = obs.lastMonth(metric);
        return sinceStart ? v - obs.atStart(metric) : v;
    }

    /** Whether the last completed month satisfies the comparison (NaN never does). */
    public boolean holds(Observations obs) {
        double v = value(obs);
        return !Double.isNaN(v) && holds(v);
    }

    @Override
    public String toString() {
        String months = forMonths > 1 ? " for " + forMonths + " months" : "";
        if (sinceStart) return metric + (above ? " risen by more than " + threshold : " fallen by more than " + -threshold)
                + " since the start" + months;
        return metric + (above ? " > " : " < ") + threshold + months;
    }
}
