package culturebridge.output;

import culturebridge.model.World;

/**
 * One output metric: its name (a CSV column, a chart series, a sweep response, a policy
 * condition's subject), how it aggregates to a month, its unit, and how it is read from the
 * world.
 *
 * @param name        metric name, e.g. {@code adoption.KR.drama.in.CN}
 * @param kind        LEVEL: value at the month's last step; FLOW: total over the month's steps
 * @param unit        unit, for documentation and charts
 * @param description what it measures
 * @param function    reads the value; for FLOW metrics over steps [first, last]
 */
public record Metric(String name, Kind kind, String unit, String description, Function function) {

    /** How a metric aggregates to calendar months. */
    public enum Kind { LEVEL, FLOW }

    /** Reads a metric from the world; {@code first..last} are the month's steps. */
    @FunctionalInterface
    public interface Function {
        double value(World w, int first, int last);
    }
}
