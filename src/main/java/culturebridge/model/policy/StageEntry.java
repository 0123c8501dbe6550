package culturebridge.model.policy;

import java.time.YearMonth;

/**
 * When a stage is entered: on a date, when a condition has held for some months, or both
 * (then both must be true), never before {@code notBefore}; and, for a side's stage, once the
 * partner has taken the step it {@code requires} (the partner's stage of that name is active or
 * passed, or is entered in the same month: steps agreed in working-level talks open together
 * when both sides' own rules hold). A stage can only be entered from the stage just before it
 * on its own path.
 *
 * @param date      month from which the stage is entered (null: no date condition)
 * @param condition metric condition (null: none)
 * @param notBefore earliest month (null: none)
 * @param requires  name of the partner's stage this one waits for (null: none)
 */
public record StageEntry(YearMonth date, Condition condition, YearMonth notBefore, String requires)
        implements java.io.Serializable {

    /** An entry that does not wait for the partner. */
    public StageEntry(YearMonth date, Condition condition, YearMonth notBefore) {
        this(date, condition, notBefore, null);
    }

    /** Whether the date parts allow entry in the given month. */
    public boolean datesAllow(YearMonth month) {
        return (date == null || !month.isBefore(date)) && (notBefore == null || !month.isBefore(notBefore));
    }

    /** The entry rule in words, without the partner's step. */
    public String ownRule() {
        StringBuilder s = new StringBuilder();
        if (date != null) s.append("from ").append(date);
        if (condition != null) s.append(s.length() > 0 ? " and when " : "when ").append(condition);
        if (notBefore != null) s.append(s.length() > 0 ? ", not before " : "not before ").append(notBefore);
        return s.toString();
    }

    @Override
    public String toString() {
        String own = ownRule();
        if (requires == null) return own;
        return own + (own.isEmpty() ? "" : ", ") + "with the partner's step '" + requires + "'";
    }
}
