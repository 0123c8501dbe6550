package culturebridge.model.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.Medium;
import culturebridge.model.Setup;
import culturebridge.model.World;
import culturebridge.model.content.Title;
import culturebridge.output.Metrics;
import culturebridge.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The incrementally counted filming exposure is, at every week it is asked for, exactly the
 * shares of a count of the whole window, while titles enter and leave the window.
 */
class FilmingExposureTest {

    /** The exposure counted from scratch: every title released in the window, then divided. */
    private static double[][][] recount(World w, int step) {
        int memory = (int) Math.round(w.params().getFilmingMemoryYears() * FilmingExposure.WEEKS_PER_YEAR);
        double[][][] e = new double[2][Medium.COUNT][];
        int[][] total = new int[2][Medium.COUNT];
        for (int c = 0; c < 2; c++) {
            for (int m = 0; m < Medium.COUNT; m++) e[c][m] = new double[w.country(1 - c).cities().size()];
        }
        for (int market = 0; market < 2; market++) {
            for (Title t : w.content().releaseLog(market)) {
                if (t.featuredCountry != 1 - market || t.releaseStep(market) < step - memory) continue;
                e[market][t.medium.ordinal()][t.featuredCity] += 1;
                total[market][t.medium.ordinal()]++;
            }
        }
        for (int c = 0; c < 2; c++) {
            for (int m = 0; m < Medium.COUNT; m++) {
                if (total[c][m] == 0) continue;
                for (int k = 0; k < e[c][m].length; k++) e[c][m][k] /= total[c][m];
            }
        }
        return e;
    }

    @Test
    void slidingCountsEqualARecountEveryWeek() throws Exception {
        double memoryYears = 1.5;
        Setup setup = ScenarioLoader.load(Path.of("scenarios", "gradual-opening-2026.yaml"),
                Map.of("agents", "2000", "filmingMemoryYears", Double.toString(memoryYears)), Metrics::names)
                .setup().withoutWarmup();
        World w = new World(setup, 7);
        w.start();
        FilmingExposure sliding = new FilmingExposure();
        int steps = w.calendar().steps();
        int asked = 0;
        boolean exposed = false;
        for (int step = 0; step < steps; step++) {
            w.schedule.step(w);
            // asked in most weeks, not all, as departures are: the window then moves several weeks at once
            if (step % 5 == 3) continue;
            double[][][] expected = recount(w, step);
            double[][][] got = sliding.at(w, step);
            for (int c = 0; c < 2; c++) {
                for (int m = 0; m < Medium.COUNT; m++) {
                    assertArrayEquals(expected[c][m], got[c][m], "market " + c + ", medium " + m + ", step " + step);
                    for (double x : got[c][m]) exposed |= x > 0;
                }
            }
            asked++;
        }
        int memory = (int) Math.round(memoryYears * FilmingExposure.WEEKS_PER_YEAR);
        boolean left = false;
        for (int c = 0; c < 2; c++) {
            for (Title t : w.content().releaseLog(c)) {
                left |= t.featuredCountry == 1 - c && t.releaseStep(c) < steps - 1 - memory;
            }
        }
        assertTrue(asked > 150 && exposed, "the window held titles featuring partner cities (" + asked + " weeks asked)");
        assertTrue(left, "titles featuring partner cities also left the window");
    }
}
