package culturebridge.output;

import java.time.LocalDate;

/**
 * Something that happened during a run and belongs on its charts: a stage entered, a
 * rollback, a shock, a festival, a travel-regime change, the start or end of an epidemic.
 * Charts shade stages and epidemics and mark the others.
 *
 * @param date  when it happened
 * @param kind  what kind of event it is
 * @param label short text for the chart
 */
public record TimelineEvent(LocalDate date, Kind kind, String label) {
    /** Event kinds; charts draw stages as shaded spans and the rest as markers. */
    public enum Kind { STAGE, ROLLBACK, SHOCK, FESTIVAL, REGIME, EPIDEMIC, EPIDEMIC_END }
}
