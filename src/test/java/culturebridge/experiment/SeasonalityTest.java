package culturebridge.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.output.Metrics;
import culturebridge.scenario.Scenario;
import culturebridge.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the default country table, Chinese arrivals in Korea peak in July-August (KTO 2010-2016 profile). */
class SeasonalityTest {

    @Test
    void chineseArrivalsInKoreaPeakInJulyAugust() throws Exception {
        Scenario sc = ScenarioLoader.load(Path.of("scenarios", "status-quo-2026.yaml"),
                Map.of("agents", "20000", "months", "24"), Metrics::names);
        ReplicateResult r = Replicates.run(sc.setup(), 0, 3, 1, null);
        double[] e = r.series().series("arrivals.CN.KR");
        double[] perDay = new double[12];
        for (int m = 0; m < e.length; m++) {
            var month = r.series().months().get(m);
            perDay[month.getMonthValue() - 1] += e[m] / month.lengthOfMonth();
        }
        int peak = 0;
        for (int m = 1; m < 12; m++) if (perDay[m] > perDay[peak]) peak = m;
        assertTrue(peak == 6 || peak == 7, "peak month " + (peak + 1));
        assertTrue(perDay[7] > 1.5 * perDay[0], "August vs January: " + perDay[7] + " vs " + perDay[0]);
    }
}
