package culturebridge.scenario;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * One number a sweep records for each run: a metric's monthly series reduced to a scalar
 * (its final value, its mean, sum, maximum or minimum over a window of months, or the month it
 * first crosses a threshold). Responses are what sensitivity indices and paired differences
 * are computed on.
 *
 * @param name      column name in {@code responses.csv}
 * @param metric    the metric, by its name (a column of {@code monthly.csv})
 * @param reducer   how the months are reduced
 * @param from      first month of the window, or null for the run's first month
 * @param to        last month of the window, or null for the run's last month
 * @param threshold the threshold of {@code first-above} and {@code first-below}; NaN otherwise
 */
public record SweepResponse(String name, String metric, Reducer reducer, YearMonth from, YearMonth to, double threshold)
        implements java.io.Serializable {

    /** How a monthly series becomes one number. */
    public enum Reducer {
        /** The value in the window's last month (the run's last month by default). */
        FINAL("final"),
        /** Mean over the window. */
        MEAN("mean"),
        /** Sum over the window (for flows such as titles released). */
        SUM("sum"),
        /** Largest value in the window. */
        MAX("max"),
        /** Smallest value in the window. */
        MIN("min"),
        /**
         * Months from the window's start to the first month whose value is above the threshold
         * (0 if the first month already is); the window's length in months if it never is
         * (censored at the horizon).
         */
        FIRST_ABOVE("first-above"),
        /** As {@link #FIRST_ABOVE}, for the first month below the threshold. */
        FIRST_BELOW("first-below");

        /** The name in sweep files. */
        public final String key;

        Reducer(String key) {
            this.key = key;
        }

        /** Whether this reducer needs a threshold. */
        public boolean needsThreshold() {
            return this == FIRST_ABOVE || this == FIRST_BELOW;
        }

        /** The reducer of this name, or null. */
        public static Reducer byKey(String key) {
            for (Reducer r : values()) if (r.key.equals(key)) return r;
            return null;
        }

        /** All names, for messages. */
        public static List<String> keys() {
            return Arrays.stream(values()).map(r -> r.key).toList();
        }
    }
}
