package culturebridge.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.Medium;
import culturebridge.model.Params;
import culturebridge.model.params.ParameterCatalogue;
import culturebridge.model.StreamRandom;
import culturebridge.model.TestSetups;
import culturebridge.model.World;
import culturebridge.model.audience.WeeklyAudienceRule;
import culturebridge.model.audience.WeeklyAudienceRule.AgentWeek;
import culturebridge.model.opinion.NewsEvent;
import culturebridge.model.opinion.PublicNews;
import culturebridge.output.MonthlyCollector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fast audience kernel ({@link AudienceBehaviour}) and the readable weekly rule
 * ({@link WeeklyAudienceRule}) give bit-identical next states: for every agent, the same
 * adoption bits, the same attitude float, the same trip probability float and the same
 * departure, on the same state, inputs and random streams.
 *
 * <p>The states come from a running model (the world advances one full week between
 * comparisons: commits, departures, returns, word of mouth), through an opening of partner
 * content, a political shock and the rollback it triggers. Each compared week also runs both
 * on altered inputs (no news, strong news of both signs for one public, supply off, supply above
 * full, nobody travelling) and runs the kernel with and without its probability tables.
 * Counts of what happened (adoptions, drop-outs, talks with domestic and partner-country
 * ties, departures, agents away) are asserted too, so that the comparison covers every
 * branch of the rule.
 */
class WeeklyAudienceRuleTest {

    /** What the compared agent-weeks covered. */
    private static final class Coverage {
        int agentWeeks;
        int adoptions;
        int dropOuts;
        int domesticTalks;
        int crossBorderTalks;
        int departures;
        int away;
        int separateDraws;
        int weeksWithNews;
        int weeksWithoutSupply;
        int weeksWithSupply;
    }

    @Test
    void smallWorldKernelEqualsReadableRuleThroughOpeningShockAndRollback() {
        Params p = new Params();
        p.setAgents(20_000);                 // 10,000 a country: the kernel uses its tables
        p.set(ParameterCatalogue.CROSS_BORDER_TIE_SHARE, 0.1);       // many partner-country ties
        p.setSocialInteractionsPerWeek(0.3); // many talks
        p.set(ParameterCatalogue.TRIP_RATE_SCALE, 20);              // many trips
        p.set(ParameterCatalogue.TRIP_WEEKS, 3);                   // agents stay away a while
        p.setDropoutPerYear(20);             // drop-outs once supply stops
        // 2026-01 to 2027-06: closed, opening in April, shock in January 2027, rollback
        Coverage cov = run(p, 24, 11, 78, 3, 9);
        assertTrue(cov.adoptions > 100, "adoptions: " + cov.adoptions);
        assertTrue(cov.dropOuts > 100, "drop-outs: " + cov.dropOuts);
        assertTrue(cov.domesticTalks > 1000, "domestic talks: " + cov.domesticTalks);
        assertTrue(cov.crossBorderTalks > 100, "cross-border talks: " + cov.crossBorderTalks);
        assertTrue(cov.departures > 100, "departures: " + cov.departures);
        assertTrue(cov.away > 100, "agent-weeks away: " + cov.away);
        assertTrue(cov.weeksWithNews > 0, "no compared week with news");
        assertTrue(cov.weeksWithoutSupply > 0 && cov.weeksWithSupply > 0, "supply never both on and off");
    }

    @Test
    void completeNetworkKernelEqualsReadableRule() {
        Params p = new Params();
        p.setAgents(3_000);
        p.setNetworkType("complete");
        p.set(ParameterCatalogue.TRIP_RATE_SCALE, 20);
        Coverage cov = run(p, 12, 3, 40, 2, 8);
        assertTrue(cov.adoptions > 10, "adoptions: " + cov.adoptions);
        assertTrue(cov.departures > 10, "departures: " + cov.departures);
        // on the complete network nobody talks (the shares are national)
        assertEquals(0, cov.domesticTalks + cov.crossBorderTalks);
    }

    @Test
    void probabilitiesAboveOneGiveEachEventItsOwnDrawInBoth() {
        Params p = new Params();
        p.setAgents(4_000);
        p.set(ParameterCatalogue.CROSS_BORDER_TIE_SHARE, 0.2);
        p.setSocialInteractionsPerWeek(1);   // talk probability 1: the sums exceed 1
        p.set(ParameterCatalogue.TRIP_RATE_SCALE, 50);
        Coverage cov = run(p, 12, 7, 30, 3, 0);
        assertTrue(cov.separateDraws > 10_000, "agent-weeks with separate draws: " + cov.separateDraws);
        assertTrue(cov.domesticTalks > 10_000, "domestic talks: " + cov.domesticTalks);
        assertTrue(cov.departures > 0, "departures: " + cov.departures);
    }

    /**
     * Runs the opening-with-shock policy for {@code weeks} weeks, comparing kernel and rule before
     * every {@code every}-th week, on altered inputs too before every {@code alteredEvery}-th
     * (0: never).
     */
    private static Coverage run(Params p, int months, long seed, int weeks, int every, int alteredEvery) {
        // the policy's shock is also news for both publics, and a friendly event reaches one
        var policy = TestSetups.openingWithShock().withNews(List.of(
                new NewsEvent("incident", java.time.LocalDate.of(2026, 2, 1), new boolean[] {true, true}, -0.6, 6),
                new NewsEvent("visit", java.time.LocalDate.of(2026, 3, 1), new boolean[] {true, false}, 0.3, 3)));
        World w = new World(TestSetups.setup(policy, p, months), seed);
        MonthlyCollector.attachOnStart(w);
        w.start();
        Coverage cov = new Coverage();
        for (int week = 0; week < weeks; week++) {
            if (week % every == 0) compareWeek(w, cov, alteredEvery > 0 && week % alteredEvery == 0);
            w.schedule.step(w);
        }
        return cov;
    }

    /** The week's inputs to both implementations. */
    private record Inputs(String name, double[][] supply, PublicNews news, TravelInputs travel) {}

    /** Compares kernel and rule on the world's state before its next step, on its own inputs and, if asked, altered ones. */
    private static void compareWeek(World w, Coverage cov, boolean alsoAltered) {
        int step = (int) w.schedule.getSteps();
        double[][] supply = new double[2][Medium.COUNT];
        boolean anySupply = false;
        for (int c = 0; c < 2; c++) {
            for (Medium m : Medium.values()) {
                supply[c][m.ordinal()] = w.supply(c, m);
                anySupply |= supply[c][m.ordinal()] > 0;
            }
        }
        if (anySupply) cov.weeksWithSupply++;
        else cov.weeksWithoutSupply++;
        PublicNews news = w.news();
        if (news.hostile(0) + news.hostile(1) + news.friendly(0) + news.friendly(1) > 0) cov.weeksWithNews++;
        TravelInputs travel = w.trips().weekInputs(w, step);
        List<Inputs> inputs = new ArrayList<>();
        inputs.add(new Inputs("model's own", supply, news, travel));
        if (alsoAltered) {
            java.time.LocalDate today = w.calendar().date(step);
            PublicNews strong = new PublicNews(List.of(
                    new NewsEvent("dispute", today, new boolean[] {false, true}, -0.9, 6),
                    new NewsEvent("summit", today, new boolean[] {true, true}, 0.6, 3)));
            strong.update(today);
            inputs.add(new Inputs("no news", supply, null, travel));
            inputs.add(new Inputs("strong news, hostile for one public", supply, strong, travel));
            inputs.add(new Inputs("supply off", new double[2][Medium.COUNT], news, travel));
            double[][] high = new double[2][Medium.COUNT];
            for (double[] row : high) java.util.Arrays.fill(row, 1.7);
            inputs.add(new Inputs("supply above full", high, news, travel));
            inputs.add(new Inputs("nobody travels", supply, news, null));
        }
        for (Inputs in : inputs) {
            compare(w, step, in, true, cov, in == inputs.get(0));
            if (alsoAltered && in == inputs.get(0)) compare(w, step, in, false, cov, false);
        }
    }

    /**
     * Runs the kernel over all agents in uneven ranges (as threads would), then the rule agent by
     * agent, and asserts the same bits for every agent.
     */
    private static void compare(World w, int step, Inputs in, boolean tables, Coverage cov, boolean count) {
        Audiences a = w.audiences();
        // both draw from one stream generator, keyed by the week so that weeks differ
        StreamRandom random = new StreamRandom(0x5EEDL * 31 + step);
        AudienceBehaviour kernel = new AudienceBehaviour(a, w.params(), random, step, in.supply(), in.news(), in.travel());
        if (!tables) kernel.withoutTables();
        int n = a.size();
        int[] cuts = {0, 1, n / 3 + 7, n / 2, n / 2 + 1, n - 300, n};
        for (int k = 0; k + 1 < cuts.length; k++) kernel.step(cuts[k], cuts[k + 1]);

        WeeklyAudienceRule rule = new WeeklyAudienceRule(a, w.params(), random, step, in.supply(), in.news(), in.travel());
        String where = "week " + step + ", " + in.name() + (tables ? "" : ", kernel without tables") + ", agent ";
        for (int agent = 0; agent < n; agent++) {
            final int i = agent;
            AgentWeek r = rule.decide(i);
            assertEquals(a.adoptedNext[i], r.adopted(), where + i + ": adoption bits");
            assertEquals(Float.floatToRawIntBits(a.attitudeNext[i]), Float.floatToRawIntBits(r.attitude()),
                    () -> where + i + ": attitude " + a.attitudeNext[i] + " (kernel) vs " + r.attitude() + " (rule)");
            assertEquals(Float.floatToRawIntBits(a.tripProbability[i]), Float.floatToRawIntBits(r.tripProbability()),
                    () -> where + i + ": trip probability " + a.tripProbability[i] + " (kernel) vs " + r.tripProbability() + " (rule)");
            assertEquals(a.departs[i] != 0, r.departs(), where + i + ": departure");
            assertEquals(Float.floatToRawIntBits(a.normNext[i]), Float.floatToRawIntBits(r.norm()),
                    () -> where + i + ": norm " + a.normNext[i] + " (kernel) vs " + r.norm() + " (rule)");
            if (count) count(w, a, i, step, in, r, cov);
        }
    }

    private static void count(World w, Audiences a, int i, int step, Inputs in, AgentWeek r, Coverage cov) {
        cov.agentWeeks++;
        int before = a.adopted[i];
        cov.adoptions += Integer.bitCount(r.adopted() & ~before);
        cov.dropOuts += Integer.bitCount(before & ~r.adopted());
        if (r.talkedWith() >= 0) {
            if (a.country(r.talkedWith()) == a.country(i)) cov.domesticTalks++;
            else cov.crossBorderTalks++;
        }
        if (r.departs()) cov.departures++;
        if (in.travel() != null && step - a.lastTripStep(i) < in.travel().tripWeeks()) cov.away++;
        double talk = w.params().getSocialInteractionsPerWeek();
        // talk probability 1 and a trip chance: the probabilities add up to more than 1
        if (talk >= 1 && !a.network().complete() && a.network().degree(i) > 0 && r.tripProbability() > 0) cov.separateDraws++;
    }
}
