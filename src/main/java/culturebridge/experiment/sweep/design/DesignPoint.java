package culturebridge.experiment.sweep.design;

import culturebridge.scenario.SweepLevel;
import java.util.List;

/**
 * One point of a sweep's design: a combination of factor levels, one arm of the experiment.
 * Replicates of it run with the seeds every other point uses too (common random numbers).
 *
 * @param index   point number, from 0, in design order
 * @param arm     readable name: {@code base}, or {@code factor=level} pairs
 * @param block   where the point sits in the design's structure: {@code base}, {@code point}
 *                (full factorial, Latin hypercube), {@code A}, {@code B} or {@code AB}
 *                (Saltelli), {@code step} (Morris)
 * @param group   Saltelli: the row j of the matrices; Morris: the trajectory; else the point's
 *                number within its design (-1 for the base arm)
 * @param changed Saltelli AB points: the factor taken from B; Morris: the factor moved to reach
 *                this point (empty at a trajectory's start); else empty
 * @param u       the point's coordinate in [0, 1] on each factor (NaN for the base arm)
 * @param levels  the level of each factor (empty for the base arm)
 */
public record DesignPoint(int index, String arm, String block, int group, String changed, double[] u,
                          List<SweepLevel> levels) {
    public DesignPoint {
        levels = List.copyOf(levels);
    }

    /** The arm of the unchanged base scenario. */
    public static final String BASE_BLOCK = "base";

    /** Whether this is the base arm (no factor changed). */
    public boolean isBase() {
        return BASE_BLOCK.equals(block);
    }
}
