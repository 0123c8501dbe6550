package culturebridge.model.policy;

import java.time.YearMonth;

/**
 * When a stage is entered: on a date, when a condition has held for some months, or both
 * (then both must be true), never before {@code notBefore}. A stage can only be entered from
 * the stage just before it.
 *
 * @param date      month from which the stage is entered (null: no date condition)
 * @param condition metric condition (null: none)
 * @param notBefore earliest month (null: none)
 */
public record StageEntry(YearMonth date, Condition condition, YearMonth notBefore)
        implements java.io.Serializable {

    /** Whether the date parts allow entry in the given month. */
    public boolean datesAllow(YearMonth month) {
        return (date == null || !month.isBefore(date)) && (notBefore == null || !month.isBefore(notBefore));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (date != null) s.append("from ").append(date);
        if (condition != null) s.append(s.length() > 0 ? " and when " : "when ").append(condition);
        if (notBefore != null) s.append(", not before ").append(notBefore);
        return s.toString();
    }
}
