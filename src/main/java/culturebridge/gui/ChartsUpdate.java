package culturebridge.gui;

import culturebridge.output.MonthlySeries;
import culturebridge.output.TimelineEvent;
import java.util.List;

/**
 * What the live charts need after a step, copied on the model's thread: the months completed
 * so far and the policy timeline, plus the one-line status shown above the charts. The
 * charts are rebuilt only when the run or its number of completed months changes.
 *
 * @param run    number of the run since the GUI opened (a new run clears the charts)
 * @param series the completed months
 * @param events the policy timeline so far
 * @param status the run's status line (date, stage, tension)
 */
record ChartsUpdate(int run, MonthlySeries series, List<TimelineEvent> events, String status) {
}
