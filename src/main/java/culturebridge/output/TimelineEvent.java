package culturebridge.output;

import java.time.LocalDate;

/**
 * Something that happened during a run and belongs on its charts: a stage entered, a
 * rollback, a shock, a festival, a travel-regime change, the start or end of an epidemic, a
 * dated event in one public's news or both (hostile or friendly, {@code data/events.csv}).
 * Charts shade stages and epidemics and mark the others; news events are ticks on the attitude
 * chart only.
 *
 * @param date  when it happened
 * @param kind  what kind of event it is
 * @param label short text for the chart
 */
public record TimelineEvent(LocalDate date, Kind kind, String label) {
    /** Event kinds; charts draw stages as shaded spans and the rest as markers. */
    public enum Kind { STAGE, ROLLBACK, SHOCK, FESTIVAL, REGIME, EPIDEMIC, EPIDEMIC_END, NEWS_HOSTILE, NEWS_FRIENDLY }
}
