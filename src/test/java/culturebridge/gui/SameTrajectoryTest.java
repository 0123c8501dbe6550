package culturebridge.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.experiment.ReplicateResult;
import culturebridge.experiment.Replicates;
import culturebridge.model.World;
import culturebridge.output.MonthlySeries;
import culturebridge.scenario.Scenario;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A GUI run and a headless run of the same scenario and seed give the same monthly metrics:
 * the GUI's steppables (map scene, chart and policy feeds) run after every step and read the
 * model without changing it or drawing from its random numbers.
 */
class SameTrajectoryTest {

    private static final String SCENARIO = "opening-with-shock-2026";

    @Test
    void guiAndHeadlessRunsGiveIdenticalMonthlyMetrics() throws Exception {
        // 18 months reach past the March 2027 shock and the rollback it triggers
        Scenario sc = GuiScenarios.load(SCENARIO, 3000, 18);
        long seed = sc.seed();
        ReplicateResult headless = Replicates.run(sc.setup(), 0, seed, 1, null);

        WorldWithUI gui = GuiScenarios.started(sc, seed);
        World w = gui.world();
        GuiScenarios.stepToEnd(gui);
        MonthlySeries shown = gui.collector().series(seed);
        gui.finish();

        MonthlySeries expected = headless.series();
        assertEquals(expected.columns(), shown.columns());
        assertEquals(expected.months(), shown.months());
        assertEquals(expected.stages(), shown.stages());
        assertEquals(18, shown.months().size());
        for (int m = 0; m < expected.months().size(); m++) {
            assertArrayEquals(expected.values()[m], shown.values()[m], 0.0, "month " + expected.months().get(m));
        }
        assertTrue(expected.stages().contains("cn-status-quo + kr-status-quo") && expected.stages().get(17).equals("cn-status-quo + kr-status-quo"),
                "the run covers the rollback after the shock: " + expected.stages());

        // the GUI side really ran alongside: its feed saw every month and drew a sample
        assertEquals(18, gui.feed().lastCharts().series().months().size());
        assertTrue(gui.scene().sample().length > 0);
        assertEquals(w.calendar().steps(), gui.scene().step());
    }

    /**
     * Stop, then play again with the same seed (the Console's stop and play on one GUI state
     * and one world) replays the same run, and the GUI starts afresh: a new sample, charts
     * from the first month.
     */
    @Test
    void aRestartedRunWithTheSameSeedReplaysTheFirst() throws Exception {
        Scenario sc = GuiScenarios.load(SCENARIO, 3000, 6);
        long seed = sc.seed();
        WorldWithUI gui = GuiScenarios.started(sc, seed);
        GuiScenarios.stepToEnd(gui);
        MonthlySeries first = gui.collector().series(seed);
        gui.finish();

        gui.state.setSeed(seed);
        gui.start();
        assertEquals(0, gui.feed().lastCharts().series().months().size(), "the charts start again from nothing");
        GuiScenarios.stepToEnd(gui);
        MonthlySeries second = gui.collector().series(seed);
        gui.finish();
        assertEquals(first.stages(), second.stages());
        assertTrue(Arrays.deepEquals(first.values(), second.values()), "same seed, same run");
    }

    /**
     * A GUI steppable that reads {@code World.summary()} between steps must not change the
     * trajectory: the summary cache is keyed by the audiences' committed state, not by the
     * step number (an earlier version cached by step and reported stale values).
     */
    @Test
    void aGuiReadingTheModelsSummaryBetweenStepsLeavesTheTrajectoryAlone() throws Exception {
        Scenario sc = GuiScenarios.load(SCENARIO, 3000, 4);
        long seed = sc.seed();
        MonthlySeries headless = Replicates.run(sc.setup(), 0, seed, 1, null).series();
        WorldWithUI gui = GuiScenarios.started(sc, seed);
        gui.scheduleRepeatingImmediatelyAfter(new ReadsSummary());
        GuiScenarios.stepToEnd(gui);
        MonthlySeries shown = gui.collector().series(seed);
        gui.finish();
        assertEquals(headless.months().size(), shown.months().size());
        for (int m = 0; m < headless.months().size(); m++) {
            assertArrayEquals(headless.values()[m], shown.values()[m], "month " + headless.months().get(m));
        }
    }

    /** A careless GUI steppable: reads the model's per-step summary between steps. */
    private static final class ReadsSummary implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            ((World) state).summary();
        }
    }
}
