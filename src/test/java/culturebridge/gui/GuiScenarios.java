package culturebridge.gui;

import culturebridge.output.Metrics;
import culturebridge.scenario.Scenario;
import culturebridge.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Scenario files of the project, shrunk for fast GUI tests (test helper). */
final class GuiScenarios {
    private GuiScenarios() {
    }

    /** A scenario from scenarios/ with fewer agents and months. */
    static Scenario load(String name, int agents, int months) throws Exception {
        Map<String, String> sets = new LinkedHashMap<>();
        sets.put("agents", Integer.toString(agents));
        sets.put("months", Integer.toString(months));
        return ScenarioLoader.load(Path.of("scenarios", name + ".yaml"), sets, Metrics::names);
    }

    /** Starts a GUI state as the Console does (seed set, then start) without opening any window. */
    static WorldWithUI started(Scenario sc, long seed) {
        WorldWithUI gui = new WorldWithUI(sc.setup(), seed, 1);
        gui.state.setSeed(seed);
        gui.start();
        return gui;
    }

    /** Steps a started GUI state (model step plus the GUI's own steppables) to a step count. */
    static void stepTo(WorldWithUI gui, long steps) {
        while (gui.state.schedule.getSteps() < steps) gui.step();
    }
}
