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
 */
public record ReplicateResult(int replicate, long seed, MonthlySeries series, List<TimelineEvent> events) {
}
