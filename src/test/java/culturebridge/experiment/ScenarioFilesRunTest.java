package culturebridge.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.output.Metrics;
import culturebridge.scenario.Scenario;
import culturebridge.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario file loads and runs a year; the gradual opening beats the status quo on K-drama in China. */
class ScenarioFilesRunTest {

    static Stream<Path> scenarioFiles() throws Exception {
        return Files.list(Path.of("scenarios")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("scenarioFiles")
    void loadsAndRunsAYear(Path file) throws Exception {
        Scenario sc = ScenarioLoader.load(file, Map.of("agents", "3000", "months", "12"), Metrics::names);
        ReplicateResult r = Replicates.run(sc.setup(), 0, 1, 1, null);
        assertEquals(12, r.series().months().size());
        var columns = r.series().columns();
        for (double[] row : r.series().values()) {
            for (int c = 0; c < row.length; c++) {
                // observed data have gaps (months without an observation are NaN); model metrics never do
                if (columns.get(c).startsWith("arrivals_observed.")) continue;
                assertTrue(Double.isFinite(row[c]), "non-finite " + columns.get(c) + " in " + file);
            }
        }
        assertTrue(r.series().stages().stream().allMatch(s -> s != null && !s.isEmpty()));
    }

    private static double meanFinal(String scenario, String metric) throws Exception {
        Scenario sc = ScenarioLoader.load(Path.of("scenarios", scenario + ".yaml"), Map.of("agents", "20000"), Metrics::names);
        double sum = 0;
        int n = 4;
        for (int k = 0; k < n; k++) {
            ReplicateResult r = Replicates.run(sc.setup(), k, Replicates.seed(100, k), 1, null);
            double[] s = r.series().series(metric);
            sum += s[s.length - 1];
        }
        return sum / n;
    }

    @Test
    void gradualOpeningEndsWithMoreKoreanFilmInChinaThanStatusQuo() throws Exception {
        double gradual = meanFinal("gradual-opening-2026", "adoption.KR.film.in.CN");
        double statusQuo = meanFinal("status-quo-2026", "adoption.KR.film.in.CN");
        double gradualSupply = meanFinal("gradual-opening-2026", "supply.KR.film.in.CN");
        double statusQuoSupply = meanFinal("status-quo-2026", "supply.KR.film.in.CN");
        // same seeds and the same non-policy assumptions in both arms (common random numbers,
        // scenarios/common/arms-2026.yaml); the status quo approves no Korean films, the
        // opening from 2026-07 on. Dramas are no test of the opening: Korean studios release
        // fewer dramas into China than even the status quo's quota of one a quarter allows.
        assertTrue(gradualSupply > statusQuoSupply + 0.01, "supply: gradual " + gradualSupply + " vs status quo " + statusQuoSupply);
        assertTrue(gradual > statusQuo, "gradual " + gradual + " vs status quo " + statusQuo);
    }

    @Test
    void theFourPolicyScenariosArePresent() throws Exception {
        List<String> names = scenarioFiles().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("status-quo-2026.yaml", "gradual-opening-2026.yaml",
                "rapid-opening-2026.yaml", "opening-with-shock-2026.yaml")), names.toString());
    }
}
