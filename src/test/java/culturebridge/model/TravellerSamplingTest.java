package culturebridge.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.policy.TravelPolicy;
import culturebridge.output.MonthlySeries;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Importance-sampled travellers: splitting each agent's persons into lighter traveller units
 * changes the noise of the sampled arrivals, not their expectation, and changes nothing else.
 */
class TravellerSamplingTest {

    private static final int MONTHS = 12;

    private static Params params(double travellerPersons) {
        Params p = new Params();
        p.setAgents(10_000);
        p.setTravellerPersons(travellerPersons);
        return p;
    }

    private static MonthlySeries run(double travellerPersons, long seed) {
        return WorldRuns.run(TestSetups.setup(TestSetups.singleStage(2).withTravel(TravelPolicy.NONE), params(travellerPersons),
                MONTHS), seed, 1);
    }

    /** Every column but the sampled arrivals is the same, bit for bit: light travellers change nobody. */
    @Test
    void lightTravellersLeaveTheExpectedValuesAndEveryAgentUnchanged() {
        MonthlySeries one = run(1e12, 5);
        MonthlySeries light = run(100, 5);
        List<String> columns = one.columns();
        assertEquals(columns, light.columns());
        int compared = 0;
        for (String c : columns) {
            if (c.startsWith("arrivals_sampled.")) continue;
            assertArrayEquals(one.series(c), light.series(c), c);
            compared++;
        }
        assertTrue(compared > 50, "compared " + compared + " columns");
        assertTrue(columns.contains("arrivals.AA.BB") && columns.contains("arrivals_sampled.AA.BB"));
        boolean differs = false;
        for (int m = 0; m < MONTHS; m++) differs |= one.series("arrivals_sampled.AA.BB")[m] != light.series("arrivals_sampled.AA.BB")[m];
        assertTrue(differs, "the light travellers were not counted");
    }

    /**
     * Over several seeds the sampled totals with light travellers agree with the expected
     * totals within four standard errors, the error of a sum of Bernoulli units of u persons
     * being about sqrt(u x expected).
     */
    @Test
    void sampledTotalsWithLightTravellersAreUnbiased() {
        double sampled = 0;
        double expected = 0;
        for (long seed = 1; seed <= 6; seed++) {
            MonthlySeries s = run(100, seed);
            for (String dir : List.of("AA.BB", "BB.AA")) {
                sampled += sum(s.series("arrivals_sampled." + dir));
                expected += sum(s.series("arrivals." + dir));
            }
        }
        double unit = 1.0e9 / 5_000 / Math.ceil(1.0e9 / 5_000 / 100);
        double sd = Math.sqrt(unit * expected);
        assertTrue(expected > 10_000 * unit, "too few trips for the test to mean anything");
        assertTrue(Math.abs(sampled - expected) < 4 * sd, "sampled " + sampled + " expected " + expected + " sd " + sd);
    }

    /** The monthly ratio of sampled to expected arrivals scatters much less with light travellers. */
    @Test
    void lightTravellersCutTheNoiseOfMonthlyArrivals() {
        double heavy = ratioSd(1e12);
        double light = ratioSd(100);
        assertTrue(light < heavy / 10, "SD of the monthly sampled/expected ratio: " + light + " light, " + heavy + " one unit per agent");
        assertTrue(light < 0.05, "SD with light travellers " + light);
    }

    private static double ratioSd(double travellerPersons) {
        double s = 0;
        double s2 = 0;
        int n = 0;
        for (long seed = 1; seed <= 3; seed++) {
            MonthlySeries r = run(travellerPersons, seed);
            double[] sampled = r.series("arrivals_sampled.AA.BB");
            double[] expected = r.series("arrivals.AA.BB");
            for (int m = 0; m < MONTHS; m++) {
                double x = sampled[m] / expected[m];
                s += x;
                s2 += x * x;
                n++;
            }
        }
        double mean = s / n;
        return Math.sqrt(Math.max(0, s2 / n - mean * mean));
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s;
    }
}
