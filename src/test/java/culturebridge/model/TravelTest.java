package culturebridge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.policy.Epidemic;
import culturebridge.model.policy.ExchangePolicy;
import culturebridge.model.policy.TravelPolicy;
import culturebridge.model.policy.TravelRegime;
import culturebridge.model.policy.Visa;
import culturebridge.output.MonthlySeries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Travel: regimes, visas, seasonality, epidemics, the arrivals metrics, film-induced destinations. */
class TravelTest {

    private static Setup setup(TravelPolicy travel, Params p, int months) {
        return TestSetups.setup(TestSetups.singleStage(2).withTravel(travel), p, months);
    }

    private static Params params(int agents) {
        Params p = new Params();
        p.setAgents(agents);
        return p;
    }

    /** Parameters with every feedback of trips on later trips switched off. */
    private static Params noFeedback(int agents) {
        Params p = params(agents);
        p.setSocialTravelEffect(0);
        p.setAttitudeTravelEffect(0);
        p.setDirectContactWeight(0);
        p.setWordOfMouthWeight(0);
        return p;
    }

    private static TravelPolicy regimes(TravelRegime... r) {
        return new TravelPolicy(List.of(r), List.of(), Map.of());
    }

    @Test
    void groupTourBanClosesTheGroupChannelFromItsDate() {
        TravelRegime ban = new TravelRegime("ban", LocalDate.of(2026, 7, 1), 0, null, null, 0.0);
        MonthlySeries s = WorldRuns.run(setup(regimes(ban), params(20_000), 12), 4, 1);
        double[] share = s.series("group_share.AA.BB");
        for (int m = 0; m < 6; m++) assertTrue(share[m] > 0.15, "group share before the ban, month " + m + ": " + share[m]);
        for (int m = 6; m < 12; m++) assertEquals(0.0, share[m], "group share after the ban, month " + m);
        // the other direction keeps its groups
        assertTrue(s.series("group_share.BB.AA")[11] > 0);
    }

    @Test
    void visaFreeRaisesArrivalsAgainstTheSameSeed() {
        TravelRegime free = new TravelRegime("visa-free", LocalDate.of(2026, 4, 1), 0, Visa.FREE, Visa.FREE, null);
        MonthlySeries with = WorldRuns.run(setup(regimes(free), noFeedback(20_000), 12), 8, 1);
        MonthlySeries without = WorldRuns.run(setup(TravelPolicy.NONE, noFeedback(20_000), 12), 8, 1);
        double[] a = with.series("arrivals.AA.BB");
        double[] b = without.series("arrivals.AA.BB");
        for (int m = 0; m < 3; m++) assertEquals(b[m], a[m], 1e-9 * b[m], "identical before the change, month " + m);
        // visa required -> free multiplies the hazard by 1 / 0.43 (Neumayer 2010 midpoint); with
        // no feedback only the few agents away on a trip differ
        double ratio = sum(a, 4, 12) / sum(b, 4, 12);
        assertEquals(1 / 0.43, ratio, 0.02 / 0.43, "visa-free / visa-required expected arrivals");
        assertTrue(sum(with.series("arrivals_sampled.AA.BB"), 4, 12) > 1.8 * sum(without.series("arrivals_sampled.AA.BB"), 4, 12));
        // with the feedbacks on, visa-free travel raises arrivals at least as much
        MonthlySeries withFb = WorldRuns.run(setup(regimes(free), params(20_000), 12), 8, 1);
        MonthlySeries withoutFb = WorldRuns.run(setup(TravelPolicy.NONE, params(20_000), 12), 8, 1);
        double ratioFb = sum(withFb.series("arrivals.AA.BB"), 4, 12) / sum(withoutFb.series("arrivals.AA.BB"), 4, 12);
        assertTrue(ratioFb >= ratio - 0.01, "feedback ratio " + ratioFb + " below " + ratio);
    }

    @Test
    void epidemicLowersArrivalsInsideItsWindowOnly() {
        Epidemic e = new Epidemic("outbreak", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31), 0, 0.5);
        TravelPolicy with = new TravelPolicy(List.of(), List.of(e), Map.of());
        MonthlySeries a = WorldRuns.run(setup(with, noFeedback(20_000), 12), 6, 1);
        MonthlySeries b = WorldRuns.run(setup(TravelPolicy.NONE, noFeedback(20_000), 12), 6, 1);
        double[] ea = a.series("arrivals.AA.BB");
        double[] eb = b.series("arrivals.AA.BB");
        for (int m = 0; m < 5; m++) assertEquals(eb[m], ea[m], 1e-9 * eb[m], "before the epidemic, month " + m);
        for (int m = 5; m <= 6; m++) assertTrue(ea[m] < 0.6 * eb[m], "inside, month " + m + ": " + ea[m] + " vs " + eb[m]);
        for (int m = 8; m < 12; m++) assertEquals(1.0, ea[m] / eb[m], 0.02, "after, month " + m);
        // the other direction is not affected inside the window
        assertEquals(1.0, a.series("arrivals.BB.AA")[5] / b.series("arrivals.BB.AA")[5], 0.05);
    }

    @Test
    void withOneTravellerPerAgentSampledArrivalsAreTheWeightsOfAgentsWhoLeft() {
        Params p = params(10_000);
        p.setTravellerPersons(1e9);
        World w = new World(setup(TravelPolicy.NONE, p, 6), 3);
        w.start();
        for (int k = 0; k < w.calendar().steps(); k++) {
            w.schedule.step(w);
            int step = k;
            for (int c = 0; c < 2; c++) {
                double persons = 0;
                var a = w.audiences();
                for (int i = a.blockStart(c); i < a.blockStart(c) + a.blockSize(c); i++) {
                    if (a.lastTripStep(i) == step) persons += a.weight(c);
                }
                assertEquals(persons, w.tripLog().persons(c, step, step), 1e-6 * Math.max(1, persons), "step " + step);
            }
        }
        assertTrue(w.tripLog().persons(0, 0, w.calendar().steps()) > 0, "nobody travelled");
    }

    @Test
    void withOneTravellerPerAgentSampledAndExpectedArrivalsAgreeWithinTheBinomialBound() {
        double sampled = 0;
        double expected = 0;
        double weight = 0;
        Params p = params(10_000);
        p.setTravellerPersons(1e9);
        for (long seed = 1; seed <= 4; seed++) {
            MonthlySeries s = WorldRuns.run(setup(TravelPolicy.NONE, p, 12), seed, 1);
            sampled += sum(s.series("arrivals_sampled.AA.BB"), 0, 12);
            expected += sum(s.series("arrivals.AA.BB"), 0, 12);
        }
        weight = 1.0e9 / 5_000;
        // trips are Bernoulli with small p: the count's variance is about its mean
        double sd = Math.sqrt(expected / weight) * weight;
        assertTrue(Math.abs(sampled - expected) < 4 * sd, "sampled " + sampled + " expected " + expected + " sd " + sd);
        assertTrue(expected > 50 * weight, "too few trips for the test to mean anything");
    }

    @Test
    void filmingLocationRaisesVisitsToThatCityAmongItsAdopters() {
        // every title of B features its second city, B2
        Params with = params(20_000);
        with.setFilmingLocationEffect(3.0);
        with.setInitialAdoptionShare(0.5);
        Params without = with.copy();
        without.setFilmingLocationEffect(0.0);
        ExchangePolicy policy = TestSetups.singleStage(10);
        var countries = TestSetups.countries(0.0, 1.0);
        Setup a = new Setup("film", YearMonth.of(2026, 1), 18, countries, policy, with);
        Setup b = new Setup("film", YearMonth.of(2026, 1), 18, countries, policy, without);
        MonthlySeries sa = WorldRuns.run(a, 12, 1);
        MonthlySeries sb = WorldRuns.run(b, 12, 1);
        double shareA = sum(sa.series("arrivals_city.BB.B2"), 6, 18) / sum(sa.series("arrivals.AA.BB"), 6, 18);
        double shareB = sum(sb.series("arrivals_city.BB.B2"), 6, 18) / sum(sb.series("arrivals.AA.BB"), 6, 18);
        assertTrue(shareA > shareB + 0.05, "share of visits to the filming location: " + shareA + " with, " + shareB + " without");
    }

    private static double sum(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to && i < x.length; i++) s += x[i];
        return s;
    }
}
