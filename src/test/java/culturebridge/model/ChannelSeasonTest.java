package culturebridge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Group tours and individual trips with their own monthly profiles. */
class ChannelSeasonTest {
    private static final double[] ALL = {0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.5, 1.6, 1.1, 1.0, 0.9, 0.8};
    private static final double[] INDIVIDUAL = {0.8, 0.9, 1.0, 1.0, 1.0, 1.0, 1.1, 1.2, 1.0, 1.0, 1.0, 1.0};

    private static TravelProfile profile(double[] individual) {
        return new TravelProfile(0.05, 0, Double.POSITIVE_INFINITY, 0.4, 2700, ALL, individual);
    }

    @Test
    void atTheTablesGroupShareTheSeasonIsTheAllTripsProfile() {
        TravelProfile p = profile(INDIVIDUAL);
        for (int m = 1; m <= 12; m++) assertEquals(p.season(m), p.season(m, 0.4), 1e-12, "month " + m);
    }

    @Test
    void withoutGroupsTheSeasonIsTheIndividualProfileAndGroupsPeakHarder() {
        TravelProfile p = profile(INDIVIDUAL);
        double sum = 0;
        for (double f : INDIVIDUAL) sum += f;
        for (int m = 1; m <= 12; m++) assertEquals(INDIVIDUAL[m - 1] * 12 / sum, p.season(m, 0.0), 1e-12, "month " + m);
        assertTrue(p.season(8, 1.0) > p.season(8, 0.4) && p.season(8, 0.4) > p.season(8, 0.0), "August peak grows with groups");
        double mean = 0;
        for (int m = 1; m <= 12; m++) mean += p.season(m, 0.7) / 12;
        assertEquals(1.0, mean, 1e-12, "any mix keeps the mean at 1");
    }

    @Test
    void oneProfileServesBothChannelsWhenNoIndividualProfileIsGiven() {
        TravelProfile p = profile(null);
        for (int m = 1; m <= 12; m++) assertEquals(p.season(m), p.season(m, 0.0), 0.0);
    }

    @Test
    void refusesAnIndividualProfileThatLeavesGroupsANegativeMonth() {
        double[] tooPeaked = INDIVIDUAL.clone();
        tooPeaked[0] = 5;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> profile(tooPeaked));
        assertTrue(e.getMessage().contains("negative"), e.getMessage());
    }
}
