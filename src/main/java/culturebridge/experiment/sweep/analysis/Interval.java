package culturebridge.experiment.sweep.analysis;

/**
 * An estimate with a confidence interval.
 *
 * @param estimate the point estimate (NaN if it cannot be computed)
 * @param low      lower bound (NaN if none)
 * @param high     upper bound (NaN if none)
 */
public record Interval(double estimate, double low, double high) {
    /** An estimate without an interval. */
    public static Interval of(double estimate) {
        return new Interval(estimate, Double.NaN, Double.NaN);
    }

    /** Nothing could be estimated. */
    public static final Interval NONE = new Interval(Double.NaN, Double.NaN, Double.NaN);

    /** Half the interval's width (NaN without an interval). */
    public double halfWidth() {
        return (high - low) / 2;
    }
}
