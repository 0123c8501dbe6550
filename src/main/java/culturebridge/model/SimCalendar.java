package culturebridge.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Maps MASON steps to calendar dates: one step is one week starting on the first day of the
 * scenario's start month. A step belongs to the calendar month that contains its first day;
 * outputs aggregate steps to those months.
 */
public final class SimCalendar implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Days per step. */
    public static final int DAYS_PER_STEP = 7;
    /** Length of a step in years, for turning annual rates into per-step hazards. */
    public static final double STEP_YEARS = DAYS_PER_STEP / 365.25;

    private final YearMonth start;
    /** First day of step {@link #firstStep}. */
    private final LocalDate startDate;
    private final int firstStep;
    private final int steps;
    private final int months;

    /**
     * @param start  first month simulated
     * @param months number of calendar months simulated (at least 1)
     */
    public SimCalendar(YearMonth start, int months) {
        this(start, months, 0, start.atDay(1));
    }

    private SimCalendar(YearMonth start, int months, int firstStep, LocalDate firstDay) {
        if (months < 1) throw new IllegalArgumentException("a scenario must last at least one month, got " + months);
        this.start = start;
        this.startDate = firstDay;
        this.firstStep = firstStep;
        this.months = months;
        LocalDate end = start.plusMonths(months).atDay(1);
        this.steps = firstStep + (int) ((ChronoUnit.DAYS.between(startDate, end) + DAYS_PER_STEP - 1) / DAYS_PER_STEP);
    }

    /**
     * The calendar of a run that continues this one (a policy arm forked from a warm-up): its
     * months start where this calendar's end, and its steps go on from this calendar's last
     * step on the same weekly grid, so the world's schedule and every step stored in its state
     * keep their meaning. Its first step is the first one starting in {@code start}, which may
     * begin a few days after the 1st.
     *
     * @param start  first month of the continuation; must be the month after this calendar's last
     * @param months months of the continuation
     */
    public SimCalendar continuation(YearMonth start, int months) {
        YearMonth next = this.start.plusMonths(this.months);
        if (!start.equals(next)) {
            throw new IllegalArgumentException("a continuation of " + this.start + " + " + this.months + " months must start "
                    + next + ", not " + start);
        }
        return new SimCalendar(start, months, steps, date(steps));
    }

    public YearMonth start() { return start; }

    /**
     * The first step of this calendar: 0, or, for a {@link #continuation}, the step after the
     * last step of the run it continues.
     */
    public int firstStep() { return firstStep; }

    /**
     * End of the calendar: one past its last step (steps are counted from the first step of
     * the run, so a continuation's end counts the warm-up's steps too).
     */
    public int steps() { return steps; }

    /** Number of calendar months simulated. */
    public int months() { return months; }

    /** First day of a step. */
    public LocalDate date(long step) { return startDate.plusDays((step - firstStep) * DAYS_PER_STEP); }

    /** The calendar month a step belongs to. */
    public YearMonth month(long step) { return YearMonth.from(date(step)); }

    /** Months since the start month of a step's month (0 for the first month). */
    public int monthIndex(long step) { return (int) ChronoUnit.MONTHS.between(start, month(step)); }

    /** Months since the start month (may be negative for dates before the start). */
    public int monthIndex(YearMonth ym) { return (int) ChronoUnit.MONTHS.between(start, ym); }

    /** The month with the given index. */
    public YearMonth monthAt(int index) { return start.plusMonths(index); }

    /** True when this step is the first step of its month (or the first step of the run). */
    public boolean startsMonth(long step) { return step == firstStep || !month(step - 1).equals(month(step)); }

    /** True when this step is the last step of its month (or of the run). */
    public boolean endsMonth(long step) { return step == steps - 1 || !month(step + 1).equals(month(step)); }

    /** Quarter index since the start (quarters are calendar quarters). */
    public int quarterIndex(long step) {
        YearMonth m = month(step);
        return (m.getYear() - start.getYear()) * 4 + (m.getMonthValue() - 1) / 3;
    }

    /** True when this step is the first of a calendar quarter (or of the run). */
    public boolean startsQuarter(long step) { return step == firstStep || quarterIndex(step - 1) != quarterIndex(step); }

    /** First step whose first day is on or after the given date (may be {@link #steps()}). */
    public int firstStepOnOrAfter(LocalDate d) {
        long days = ChronoUnit.DAYS.between(startDate, d);
        if (days <= 0) return firstStep;
        return firstStep + (int) ((days + DAYS_PER_STEP - 1) / DAYS_PER_STEP);
    }
}
