package culturebridge.scenario;

import java.util.Arrays;
import java.util.List;

/**
 * How a sweep chooses its design points: every combination of factor levels, a Latin
 * hypercube, the Saltelli scheme for Sobol indices, or Morris trajectories for elementary
 * effects. The generators themselves are in {@code culturebridge.experiment.sweep.design}.
 *
 * @param type   the kind of design
 * @param n      Latin hypercube: number of points; Sobol: base sample size N (the design has
 *               N (k + 2) points for k factors); 0 otherwise
 * @param r      Morris: number of trajectories (the design has r (k + 1) points); 0 otherwise
 * @param levels Morris: levels p of the grid on each factor's range (even); 0 otherwise
 * @param seed   seed of the design's own random draws (Latin hypercube, Morris); the Sobol
 *               sequence and a full factorial draw nothing
 */
public record SweepDesign(Type type, int n, int r, int levels, long seed) {

    /** The kinds of design, with the names sweep files use. */
    public enum Type {
        /** Every combination of every factor's levels. */
        FULL_FACTORIAL("full-factorial"),
        /** A Latin hypercube of n points (McKay, Beckman &amp; Conover 1979). */
        LATIN_HYPERCUBE("latin-hypercube"),
        /** The Saltelli (2002, 2010) scheme on a Sobol' sequence, for first-order and total Sobol indices. */
        SOBOL("sobol"),
        /** Morris (1991) one-at-a-time trajectories on a p-level grid, for elementary effects. */
        MORRIS("morris");

        /** The name in sweep files. */
        public final String key;

        Type(String key) {
            this.key = key;
        }

        /** The type of this name, or null. */
        public static Type byKey(String key) {
            for (Type t : values()) if (t.key.equals(key)) return t;
            return null;
        }

        /** All names, for messages. */
        public static List<String> keys() {
            return Arrays.stream(values()).map(t -> t.key).toList();
        }
    }
}
