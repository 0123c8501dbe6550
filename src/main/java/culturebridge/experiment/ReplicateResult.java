package culturebridge.experiment;

import culturebridge.output.MonthlySeries;
import culturebridge.output.TimelineEvent;
import java.util.List;

/**
 * What one replicate of a scenario produced: its monthly trajectory and its policy timeline.
 *
 * @param replicate replicate number, from 0
 * @param seed      the replicate's seed
 * @param series    monthly metrics
 * @param events    stages entered, rollbacks, shocks, festivals
 * @param draw      the posterior draw whose parameter values it ran with, or null for the
 *                  scenario's own values
 */
public record ReplicateResult(int replicate, long seed, MonthlySeries series, List<TimelineEvent> events, String draw) {

    /** A replicate run on the scenario's own parameter values. */
    public ReplicateResult(int replicate, long seed, MonthlySeries series, List<TimelineEvent> events) {
        this(replicate, seed, series, events, null);
    }

    /** The same result, marked as run with a posterior draw. */
    public ReplicateResult withDraw(String draw) {
        return new ReplicateResult(replicate, seed, series, events, draw);
    }
}
