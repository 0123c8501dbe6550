package culturebridge.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The arm that every other arm of a sweep is compared with, pair by pair over replicates
 * (replicate k has the same seed in every arm: common random numbers).
 *
 * @param kind   no baseline, the unchanged base scenario (run as an extra arm), or one design
 *               point named by its factor levels
 * @param levels for {@link Kind#POINT}: factor name to level label, for every factor
 */
public record SweepBaseline(Kind kind, Map<String, String> levels) {

    /** What the baseline is. */
    public enum Kind {
        /** No paired differences are reported. */
        NONE,
        /** The base scenario with the sweep's fixed changes only, run as an extra arm named {@code base}. */
        BASE,
        /** The design point with the given level of every factor (full-factorial designs). */
        POINT
    }

    public SweepBaseline {
        levels = levels == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }

    /** No baseline. */
    public static final SweepBaseline NONE_GIVEN = new SweepBaseline(Kind.NONE, Map.of());
}
