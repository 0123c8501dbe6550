package culturebridge.cli;

import culturebridge.output.Metrics;
import culturebridge.scenario.Scenario;
import culturebridge.scenario.ScenarioException;
import culturebridge.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --set KEY=VALUE} options of the commands that load a scenario, in the order given
 * (a later value of the same key wins). Keys are parameter names, {@code months},
 * {@code start}, {@code seed} or scenario field paths; the scenario loader checks them.
 */
final class SetOverrides {
    private SetOverrides() {}

    /**
     * Splits each option at its first {@code =}.
     *
     * @throws IllegalArgumentException naming the option that has no key or no {@code =}
     */
    static Map<String, String> parse(List<String> sets) {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String s : sets) {
            int eq = s.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("--set expects KEY=VALUE, got '" + s + "'");
            overrides.put(s.substring(0, eq).trim(), s.substring(eq + 1).trim());
        }
        return overrides;
    }

    /**
     * Loads a command's scenario argument with its {@code --set} options; on bad input prints
     * the message to {@code err} and returns null (the command then exits with
     * {@link Main#BAD_INPUT}).
     */
    static Scenario loadScenario(String scenario, List<String> sets, PrintWriter err) {
        try {
            return ScenarioLoader.load(ScenarioArgument.resolve(scenario), parse(sets), Metrics::names);
        } catch (IllegalArgumentException | ScenarioException e) {
            err.println("error: " + e.getMessage());
            return null;
        }
    }
}
