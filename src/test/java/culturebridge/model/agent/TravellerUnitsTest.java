package culturebridge.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The split of an agent's persons into traveller units and the binomial draw of those who leave. */
class TravellerUnitsTest {

    @Test
    void unitsHoldAtMostTheGivenPersonsAndAtLeastOneUnit() {
        assertEquals(1410, Trips.units(141_000, 100));
        assertEquals(15, Trips.units(1_410, 100));
        assertEquals(1, Trips.units(50, 100));
        assertEquals(1, Trips.units(141_000, 1e12));
    }

    /**
     * Inverting at evenly spaced points of (0,1) reproduces the binomial's moments: the mean n p
     * and the variance n p (1 - p), and the share of zeros (1 - p)^n.
     */
    @Test
    void binomialByInversionHasTheBinomialsMoments() {
        for (double[] c : new double[][] {{50, 0.01}, {1409, 0.0003}, {7, 0.3}, {1, 0.02}}) {
            int n = (int) c[0];
            double p = c[1];
            int points = 400_000;
            double s = 0;
            double s2 = 0;
            int zeros = 0;
            for (int k = 0; k < points; k++) {
                int x = Trips.binomial(n, p, (k + 0.5) / points);
                s += x;
                s2 += (double) x * x;
                if (x == 0) zeros++;
            }
            double mean = s / points;
            assertEquals(n * p, mean, 1e-3 * Math.max(1, n * p), "mean, n=" + n + " p=" + p);
            assertEquals(n * p * (1 - p), s2 / points - mean * mean, 2e-3 * Math.max(1, n * p), "variance, n=" + n + " p=" + p);
            assertEquals(Math.pow(1 - p, n), zeros / (double) points, 1e-4, "zeros, n=" + n + " p=" + p);
        }
        assertEquals(9, Trips.binomial(9, 1.0, 0.3));
        assertEquals(0, Trips.binomial(9, 0.0, 0.99));
    }
}
