package culturebridge.model.policy;

/**
 * What the policy can observe when it checks its conditions: the value of a named metric in
 * the last completed calendar month (NaN when no month has been completed or the metric is
 * unknown). The output layer's collector provides it, so conditions use exactly the numbers
 * written to the CSV. Serializable because the collector providing it travels with the world
 * in a checkpoint.
 */
@FunctionalInterface
public interface Observations extends java.io.Serializable {
    /** The metric's value in the last completed month, or NaN. */
    double lastMonth(String metric);

    /**
     * The metric's value at the start of the scenario: in the month before its first (the
     * warm-up's last) when it continues a warm-up, else in its first completed month; NaN
     * before that month is complete. Relative conditions compare against it.
     */
    default double atStart(String metric) { return Double.NaN; }

    /** Observations of nothing: every condition stays unmet. */
    Observations NONE = metric -> Double.NaN;
}
