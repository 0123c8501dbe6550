package culturebridge.model;

import culturebridge.model.agent.AudienceSummary;
import culturebridge.model.agent.Audiences;
import culturebridge.model.agent.RangeRunner;

/**
 * The population aggregates of the audiences' current committed state, computed once on
 * demand: keyed by the audiences' commit count, not the step, so a read between two steps (as
 * a display makes) never caches a state that is about to change. A cache, not state: the
 * summary itself is not saved in a checkpoint (it is rebuilt as it was, from the step it was
 * computed at).
 */
final class SummaryCache implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private transient AudienceSummary summary;
    private long version = -1;
    /** The step the cached summary was computed at, so a restored world rebuilds exactly that one. */
    private int at;

    AudienceSummary get(Audiences audiences, int step, RangeRunner ranges) {
        long v = audiences.commits();
        if (summary == null || version != v) {
            at = step;
            summary = AudienceSummary.of(audiences, at, ranges);
            version = v;
        }
        return summary;
    }

    void clear() {
        summary = null;
        version = -1;
    }

    /** After a checkpoint is read: the summary cached when it was written, rebuilt as it was. */
    void restore(Audiences audiences) {
        // the summary depends on the step it was computed at as well as on the state, so it is
        // rebuilt as it was rather than recomputed at the current step
        summary = audiences != null && version == audiences.commits() ? AudienceSummary.of(audiences, at) : null;
    }
}
