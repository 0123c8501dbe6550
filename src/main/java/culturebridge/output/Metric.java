package culturebridge.output;

import culturebridge.model.World;

/**
 * One output metric: its name (a CSV column, a chart series, a sweep response, a policy
 * condition's subject), how it aggregates to a month, its unit, and how it is read from the
 * world.
 *
 * @param name        metric name, e.g. {@code adoption.KR.drama.in.CN}
 * @param kind        LEVEL: value at the month's last step (a ratio over the weeks starting in
 *                    the month may use the step range); FLOW: total over the month's days, each
 *                    week's value split by its days in the month
 * @param unit        unit, for documentation and charts
 * @param description what it measures
 * @param function    reads the value; for FLOW metrics over steps [first, last]
 */
public record Metric(String name, Kind kind, String unit, String description, Function function) {

    /** How a metric aggregates to calendar months. */
    public enum Kind { LEVEL, FLOW }

    /**
     * Reads a metric from the world: a FLOW metric over steps {@code first..last} (the
     * collector asks for one week at a time); a LEVEL metric at the current step, with the
     * month's steps as {@code first..last}.
     */
    @FunctionalInterface
    public interface Function extends java.io.Serializable {
        double value(World w, int first, int last);
    }
}
