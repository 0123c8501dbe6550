package culturebridge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.policy.ExchangePolicy;
import culturebridge.model.policy.Festival;
import culturebridge.model.policy.Stage;
import culturebridge.output.MonthlySeries;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Festivals as events: attendees near the venue have direct contact, agents far away do not,
 * press coverage reaches the public, and trips to the venue's country rise in its weeks.
 */
class FestivalTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private static Params params() {
        Params p = new Params();
        p.setAgents(20_000);
        // A1 and A2 are about 157 km apart: only A1's agents are within reach of a venue in A1
        p.setFestivalCatchmentKm(50);
        return p;
    }

    /** A single stage holding one festival in country A (market 0). */
    private static Setup setup(Festival f, Params p, int months) {
        Stage only = new Stage("only", null, TestSetups.quota(2), new boolean[Medium.COUNT], List.of(f));
        return TestSetups.setup(new ExchangePolicy(List.of(only), List.of(), List.of()), p, months);
    }

    private static Festival inA1(double attendance, double press, double visitors, int months) {
        return new Festival("Film week", MARCH, months, 0, Medium.FILM, 0.1, 0, attendance, press, visitors);
    }

    /** Steps a world to the end of the festival's first week. */
    private static World throughFirstWeek(Setup s) {
        World w = new World(s, 5);
        w.start();
        int step = w.calendar().firstStep();
        while (!(w.calendar().month(step).equals(MARCH) && w.calendar().startsMonth(step))) step++;
        while (w.schedule.getSteps() <= step) w.schedule.step(w);
        return w;
    }

    @Test
    void attendeesNearTheVenueChangeTheirAttitudeAndAgentsFarAwayDoNot() {
        // half of A1's 600 million people attend; no press
        World with = throughFirstWeek(setup(inA1(3.0e8, 0, 0, 1), params(), 6));
        World without = throughFirstWeek(setup(new Festival("Film week", MARCH, 1, 0, Medium.FILM, 0.1), params(), 6));
        var a = with.audiences();
        var b = without.audiences();
        int changedNear = 0;
        int near = 0;
        for (int i = a.blockStart(0); i < a.blockStart(0) + a.blockSize(0); i++) {
            if (a.city(i) == 0) {
                near++;
                if (a.attitude(i) != b.attitude(i)) changedNear++;
            } else {
                assertEquals(b.attitude(i), a.attitude(i), 0.0, "agent " + i + " lives in A2, far from the venue");
            }
        }
        double share = changedNear / (double) near;
        assertEquals(0.5, share, 0.05, "share of A1's agents who attended");
        for (int i = a.blockStart(1); i < a.blockStart(1) + a.blockSize(1); i++) {
            assertEquals(b.attitude(i), a.attitude(i), 0.0, "agent " + i + " of B");
        }
        // attendees move toward the mean satisfaction by the direct-contact share (exactly, unless
        // a trip of theirs or a tie's also ended that week)
        double target = with.params().getSatisfactionMean();
        int exact = 0;
        for (int i = a.blockStart(0); i < a.blockStart(0) + a.blockSize(0); i++) {
            if (a.attitude(i) == b.attitude(i)) continue;
            double expected = b.attitude(i) + with.params().getDirectContactWeight() * (target - b.attitude(i));
            if (Math.abs(expected - a.attitude(i)) < 1e-6) exact++;
        }
        assertTrue(exact > 0.95 * changedNear, exact + " of " + changedNear + " attendees moved by exactly the direct-contact share");
        assertEquals(3.0e8, with.trips().festivals().attendance(0, 0, with.calendar().steps()), 0.1 * 3.0e8, "persons attending");
    }

    @Test
    void attendanceIsAnOutputInTheFestivalsMonth() {
        double[] att = WorldRuns.run(setup(inA1(1.0e8, 0, 0, 1), params(), 6), 5, 1).series("festival_attendance.AA");
        assertEquals(0.0, att[1], 0.0, "February");
        assertEquals(1.0e8, att[2], 0.15e8, "March");
        assertEquals(0.0, att[3], 0.0, "April");
    }

    @Test
    void pressCoverageReachesThePublicFarFromTheVenue() {
        World with = throughFirstWeek(setup(inA1(0, 1.0, 0, 1), params(), 6));
        World without = throughFirstWeek(setup(inA1(0, 0, 0, 1), params(), 6));
        var a = with.audiences();
        var b = without.audiences();
        int changedFar = 0;
        int far = 0;
        for (int i = a.blockStart(0); i < a.blockStart(0) + a.blockSize(0); i++) {
            if (a.city(i) != 1) continue;
            far++;
            if (a.attitude(i) != b.attitude(i)) changedFar++;
        }
        assertTrue(changedFar > 0.9 * far, "press reaching everyone changed " + changedFar + " of " + far + " agents in A2");
    }

    @Test
    void tripsToTheVenuesCountryRiseInTheFestivalsWeeks() {
        Params p = params();
        p.setAttitudeTravelEffect(0);
        p.setSocialTravelEffect(0);
        p.setDirectContactWeight(0);
        p.setWordOfMouthWeight(0);
        // two million extra visitors from B over March and April
        MonthlySeries with = WorldRuns.run(setup(inA1(0, 0, 2.0e6, 2), p, 6), 5, 1);
        MonthlySeries without = WorldRuns.run(setup(inA1(0, 0, 0, 2), p, 6), 5, 1);
        double[] w = with.series("arrivals.BB.AA");
        double[] o = without.series("arrivals.BB.AA");
        assertEquals(o[0], w[0], 0.0, "January");
        assertEquals(o[1], w[1], 0.0, "February");
        double extra = (w[2] - o[2]) + (w[3] - o[3]);
        assertEquals(2.0e6, extra, 0.3e6, "extra trips in March and April");
        // A's own travel to B is untouched
        assertEquals(without.series("arrivals.AA.BB")[2], with.series("arrivals.AA.BB")[2], 0.0);
    }
}
