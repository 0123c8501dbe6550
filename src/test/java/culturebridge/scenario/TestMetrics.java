package culturebridge.scenario;

import culturebridge.model.Country;
import culturebridge.model.Medium;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The metric names of the design (outputs.md) for two countries, for loading scenarios in tests. */
final class TestMetrics {
    private TestMetrics() {
    }

    static Set<String> names(List<Country> countries) {
        Set<String> names = new TreeSet<>();
        names.add("tension");
        names.add("coproductions");
        for (Country c : countries) {
            names.add("attitude." + c.code());
            names.add("favourable." + c.code());
            names.add("soft_power." + c.code());
        }
        for (Country origin : countries) {
            for (Country market : countries) {
                if (origin == market) continue;
                for (Medium m : Medium.values()) {
                    names.add("adoption." + origin.code() + "." + m.key + ".in." + market.code());
                    names.add("titles_released." + origin.code() + "." + m.key + ".in." + market.code());
                }
            }
        }
        return names;
    }
}
