package culturebridge.gui;

import culturebridge.experiment.Warmups;
import culturebridge.model.World;
import culturebridge.output.Metrics;
import culturebridge.scenario.Scenario;
import culturebridge.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Scenario files of the project, shrunk for fast GUI tests (test helper). */
final class GuiScenarios {
    private GuiScenarios() {
    }

    /** What the {@code gui} command hands the GUI: scenarios with a warm-up start from it. */
    static final Consumer<World> WARM_START = w -> Warmups.standard().arrange(w, null);

    /** A scenario from scenarios/ with fewer agents and months. */
    static Scenario load(String name, int agents, int months) throws Exception {
        Map<String, String> sets = new LinkedHashMap<>();
        sets.put("agents", Integer.toString(agents));
        sets.put("months", Integer.toString(months));
        return ScenarioLoader.load(Path.of("scenarios", name + ".yaml"), sets, Metrics::names);
    }

    /** Starts a GUI state as the Console does (seed set, then start) without opening any window. */
    static WorldWithUI started(Scenario sc, long seed) {
        WorldWithUI gui = new WorldWithUI(sc.setup(), seed, 1, WARM_START);
        gui.state.setSeed(seed);
        gui.start();
        return gui;
    }

    /**
     * Steps a started GUI state (model step plus the GUI's own steppables) to a number of the
     * scenario's weeks (after a warm-up, counted from the scenario's first step).
     */
    static void stepTo(WorldWithUI gui, long weeks) {
        long first = gui.world().setup().firstStep();
        while (gui.state.schedule.getSteps() - first < weeks) gui.step();
    }

    /** Steps a started GUI state to the end of the scenario's calendar. */
    static void stepToEnd(WorldWithUI gui) {
        while (gui.state.schedule.getSteps() < gui.world().calendar().steps()) gui.step();
    }
}
