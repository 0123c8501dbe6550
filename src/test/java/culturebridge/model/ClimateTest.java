package culturebridge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.policy.Shock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The travellers' perceived risk (tension seen through an exponential lag) and their adaptation to it. */
class ClimateTest {
    private static final LocalDate CRISIS = LocalDate.of(2016, 7, 8);
    /** A crisis whose contribution barely decays over the test's weeks (half-life of 10,000 years). */
    private static final Shock STEP = new Shock("crisis", CRISIS, 0.5, 120_000);

    /** An adaptation so slow that the reference stays at the baseline over the tests' weeks. */
    private static final double NO_ADAPTATION = 1e9;

    private static Climate weeklyFrom(LocalDate first, int weeks, double lagYears) {
        return weeklyFrom(first, weeks, lagYears, NO_ADAPTATION);
    }

    private static Climate weeklyFrom(LocalDate first, int weeks, double lagYears, double adaptationYears) {
        Climate c = new Climate(List.of(STEP));
        for (int k = 0; k < weeks; k++) c.update(first.plusDays(7L * k), 0.1, lagYears, adaptationYears);
        return c;
    }

    @Test
    void withoutLagTheRiskIsTheTension() {
        Climate c = weeklyFrom(CRISIS.minusWeeks(4), 8, 0);
        assertEquals(c.tension(), c.perceivedRisk(), 0);
        assertEquals(0.6, c.tension(), 1e-4);
    }

    @Test
    void theRiskFollowsAStepInTensionExponentially() {
        double lag = 0.5;
        int after = 26;
        // the first update sets the risk to the tension before the crisis; the crisis week moves it once
        Climate c = weeklyFrom(CRISIS.minusDays(7), after + 1, lag);
        double t0 = 0.1;
        double t1 = c.tension();
        double expected = t1 - (t1 - t0) * Math.exp(-after * SimCalendar.STEP_YEARS / lag);
        assertEquals(expected, c.perceivedRisk(), 2e-3);
        assertTrue(c.perceivedRisk() < t1 - 0.1, "half a year after the crisis the risk is still well below the tension");
    }

    @Test
    void aLongerLagRespondsMoreSlowly() {
        Climate quick = weeklyFrom(CRISIS.minusDays(7), 10, 0.25);
        Climate slow = weeklyFrom(CRISIS.minusDays(7), 10, 2.0);
        assertTrue(slow.perceivedRisk() < quick.perceivedRisk());
        assertTrue(slow.perceivedRisk() > 0.1, "the risk starts moving in the crisis week");
    }

    @Test
    void withoutAdaptationTheTravelRiskIsThePerceivedRiskAboveTheBaseline() {
        Climate c = weeklyFrom(CRISIS.minusDays(7), 30, 0.5);
        assertEquals(c.perceivedRisk() - 0.1, c.travelRisk(), 1e-9);
    }

    @Test
    void travellersAdaptToALastingRiskExponentially() {
        double adaptation = 1.0;
        int after = 52;
        // no perception lag: the risk is the tension from the crisis week on, and the level
        // travellers are used to closes the gap from the baseline with time constant 1 year
        Climate c = weeklyFrom(CRISIS.minusDays(7), after + 1, 0, adaptation);
        double jump = c.tension() - 0.1;
        double expected = jump * Math.exp(-after * SimCalendar.STEP_YEARS / adaptation);
        assertEquals(expected, c.travelRisk(), 2e-3);
        assertTrue(c.travelRisk() < 0.5 * jump, "a year on, travellers have adapted to more than half of a lasting crisis");
    }

    @Test
    void withALagAndAdaptationTheTravelRiskRisesThenFades() {
        Climate early = weeklyFrom(CRISIS.minusDays(7), 8, 0.3, 1.0);
        Climate peak = weeklyFrom(CRISIS.minusDays(7), 30, 0.3, 1.0);
        Climate late = weeklyFrom(CRISIS.minusDays(7), 160, 0.3, 1.0);
        assertTrue(peak.travelRisk() > early.travelRisk(), "the risk builds over the perception lag");
        assertTrue(late.travelRisk() < 0.5 * peak.travelRisk(), "three years on, adaptation has taken most of it away");
        assertEquals(peak.tension(), late.tension(), 1e-3, "while the crisis itself lasts");
    }
}
