package culturebridge.model;

/**
 * A hook around the parts of the weekly step that pass over all audience agents, for the
 * {@code bench} command's account of where a step's time goes. A world calls it only
 * when given one ({@link World#setStepTimer}), a few times a step and never per agent. The model
 * passes it nothing but the part and gets nothing back, so timing cannot change a result; the
 * clock is read by the implementation, outside the model. Calls come from the scheduling thread.
 */
public interface StepTimer {

    /** The parts timed. */
    enum Part {
        /** The audience step: adoption, attitude, the trip decision ({@code AudienceBehaviour}). */
        AUDIENCE_STEP("audience step"),
        /** The commit: adoption changes applied to the neighbours' tie counts, state swapped. */
        COMMIT("commit"),
        /** The travel phase: returns, departures, trip sums, tourists on the map ({@code Trips}). */
        TRAVEL("travel phase"),
        /** The floor's loop over the agent state ({@code BareLoop}). */
        FLOOR_LOOP("loop"),
        /** The floor's commit (with no adoption changes: the scan and the swap). */
        FLOOR_COMMIT("commit");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        /** A short name for reports. */
        public String label() {
            return label;
        }
    }

    /** A part begins. */
    void enter(Part part);

    /** The part last entered ends. */
    void exit(Part part);
}
