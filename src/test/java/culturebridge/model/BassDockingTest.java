package culturebridge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.output.MonthlyCollector;
import org.junit.jupiter.api.Test;

/**
 * Verification by docking (Rand &amp; Rust 2011): with a complete network, constant full supply
 * and every other feedback off, the agents' adopter share must follow the Bass (1969) closed
 * form {@code F(t) = (1 - e^{-(p+q)t}) / (1 + (q/p) e^{-(p+q)t})} within 0.02 at every month.
 */
class BassDockingTest {

    static double bass(double p, double q, double t) {
        double e = Math.exp(-(p + q) * t);
        return (1 - e) / (1 + (q / p) * e);
    }

    @Test
    void adopterShareFollowsBassClosedFormForTwoPairs() {
        Params p = new Params();
        p.setAgents(50_000); // 25,000 per country
        p.setNetworkType("complete");
        p.setInitialAdoptionShare(0);
        // the closed form has no attitude term: docking checks the Bass rule without self-selection
        p.setAttitudeAdoptionEffect(0);
        p.setFilmInnovationPerYear(0.03);
        p.setFilmImitationPerYear(0.38);   // Sultan, Farley & Lehmann (1990) means
        p.setDramaInnovationPerYear(0.10);
        p.setDramaImitationPerYear(0.80);
        p.setStudiosPerCountry(1);
        Setup setup = TestSetups.setup(TestSetups.singleStage(0), p, 120);
        World w = new World(setup, 7);
        w.setFixedSupply(1.0);
        var collector = MonthlyCollector.attachOnStart(w);
        w.start();
        SimCalendar cal = w.calendar();
        double worst = 0;
        int checked = 0;
        while (w.schedule.getSteps() < cal.steps()) {
            long step = w.schedule.getSteps();
            w.schedule.step(w);
            if (!cal.endsMonth(step)) continue;
            double t = (step + 1) * SimCalendar.STEP_YEARS;
            var s = collector.get();
            for (String origin : new String[] {"AA", "BB"}) {
                String market = origin.equals("AA") ? "BB" : "AA";
                double film = s.lastMonth("adoption." + origin + ".film.in." + market);
                double drama = s.lastMonth("adoption." + origin + ".drama.in." + market);
                worst = Math.max(worst, Math.abs(film - bass(0.03, 0.38, t)));
                worst = Math.max(worst, Math.abs(drama - bass(0.10, 0.80, t)));
                checked += 2;
            }
        }
        assertEquals(120 * 4, checked);
        assertTrue(worst < 0.02, "largest gap to the Bass closed form: " + worst);
        // the comparison is not vacuous: both curves went most of the way up
        assertTrue(collector.get().lastMonth("adoption.BB.drama.in.AA") > 0.9);
        assertTrue(collector.get().lastMonth("adoption.BB.film.in.AA") > 0.5);
    }
}
