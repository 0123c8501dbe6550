package culturebridge.model.policy;

/**
 * A condition on an observed monthly metric, such as "favourable.CN above 0.25 for 6 months".
 * It is checked at each month's end on the month just completed; it is met once the comparison
 * has held for {@code forMonths} consecutive completed months.
 *
 * @param metric    metric name, as in the CSV header (e.g. {@code favourable.CN}, {@code tension})
 * @param above     true for {@code value > threshold}, false for {@code value < threshold}
 * @param threshold threshold in the metric's unit
 * @param forMonths consecutive months the comparison must hold (at least 1)
 */
public record Condition(String metric, boolean above, double threshold, int forMonths)
        implements java.io.Serializable {

    public Condition {
        if (forMonths < 1) throw new IllegalArgumentException("forMonths must be at least 1, got " + forMonths);
    }

    /** Whether a single month's value satisfies the comparison. */
    public boolean holds(double value) {
        return above ? value > threshold : value < threshold;
    }

    @Override
    public String toString() {
        return metric + (above ? " > " : " < ") + threshold + (forMonths > 1 ? " for " + forMonths + " months" : "");
    }
}
