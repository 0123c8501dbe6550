package culturebridge.model.policy;

/**
 * A rollback: when its condition holds (e.g. tension above 0.6), the policy returns to an
 * earlier stage, as China did with Korean content in 2016 after the THAAD decision; forward
 * stage changes are then suspended for {@code reentryLagMonths}, after which stages are
 * re-entered by their own rules.
 *
 * @param when             the triggering condition
 * @param toStage          index of the stage returned to
 * @param reentryLagMonths months during which no stage may be entered after a rollback
 */
public record RollbackRule(Condition when, int toStage, int reentryLagMonths) implements java.io.Serializable {
}
