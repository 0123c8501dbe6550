package culturebridge.model.policy;

/**
 * A rollback: when its condition holds (e.g. tension above 0.6), the path of the stage
 * {@code toStage} returns to it, as China did with Korean content in 2016 after the THAAD
 * decision; forward stage changes on that path are then suspended for {@code reentryLagMonths},
 * after which stages are re-entered by their own rules. In a two-sided policy the partner may
 * answer ({@code response}): its own path returns to the stage named there, with its own lag.
 *
 * @param when             the triggering condition
 * @param toStage          index of the stage returned to
 * @param reentryLagMonths months during which no stage may be entered after a rollback
 * @param response         the partner's answer, or null for none
 */
public record RollbackRule(Condition when, int toStage, int reentryLagMonths, Response response)
        implements java.io.Serializable {

    /** A rollback without a response from the partner. */
    public RollbackRule(Condition when, int toStage, int reentryLagMonths) {
        this(when, toStage, reentryLagMonths, null);
    }

    /**
     * The partner's answer to a rollback: its path returns to {@code toStage} (if it is beyond
     * it) in the same month, and enters no stage for {@code reentryLagMonths}.
     *
     * @param toStage          index of the partner's stage returned to
     * @param reentryLagMonths months during which the partner enters no stage
     */
    public record Response(int toStage, int reentryLagMonths) implements java.io.Serializable {
    }
}
