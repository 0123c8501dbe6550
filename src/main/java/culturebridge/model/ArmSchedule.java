package culturebridge.model;

import sim.engine.Schedule;

/**
 * The world's schedule, which shows its clock (the MASON Console's time field) in the
 * scenario's own weeks: a world that continues a warm-up steps on from the warm-up's last
 * step, so the schedule's steps include the history's weeks. Only the display changes; the
 * schedule's time and steps, and so every result, are those of a plain {@link Schedule}.
 */
public class ArmSchedule extends Schedule {
    private static final long serialVersionUID = 1L;

    /** The schedule's step count at the scenario's first step (0 without a warm-up). */
    private long firstStep;

    /** Counts the displayed weeks from {@code step}, the scenario's first step. */
    public void countFrom(long step) {
        firstStep = step;
    }

    /**
     * The weeks the scenario has completed, as the map's banner counts them (MASON's own
     * timestamp shows the time of the last step, one less than the steps done, and ignores
     * {@code time}).
     */
    @Override
    public String getTimestamp(double time, String beforeSimulationString, String afterSimulationString) {
        double now = getTime();
        if (now < EPOCH) return beforeSimulationString;
        if (now >= AFTER_SIMULATION) return afterSimulationString;
        return Long.toString(getSteps() - firstStep);
    }
}
