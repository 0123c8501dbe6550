package culturebridge.model.policy;

import java.time.LocalDate;

/**
 * A change of the running policy, kept for outputs and charts: a stage entered, a rollback,
 * a shock, a festival, a travel-regime change, an epidemic's start or end.
 *
 * @param date  when it happened
 * @param kind  STAGE, ROLLBACK, SHOCK, FESTIVAL, REGIME, EPIDEMIC or EPIDEMIC_END
 * @param label what happened, e.g. the stage's name and why it was entered
 */
public record PolicyEvent(LocalDate date, String kind, String label) implements java.io.Serializable {
}
