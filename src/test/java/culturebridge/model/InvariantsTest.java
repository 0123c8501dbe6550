package culturebridge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.agent.Audiences;
import culturebridge.model.content.Title;
import culturebridge.output.MonthlySeries;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bounds and conservation rules that must hold in every run. */
class InvariantsTest {

    @Test
    void approvalsNeverExceedTheQuarterlyQuotaAndTheQuotaBinds() {
        Params p = new Params();
        p.setAgents(2_000);
        p.setTitlesPerStudioQuarter(2.0);   // far more exports than the quota admits
        p.setBlockingMidpoint(1.0);         // no informal blocking at baseline tension
        int quota = 2;
        World w = WorldRuns.runWorld(TestSetups.setup(TestSetups.singleStage(quota), p, 36), 5);
        Map<String, Integer> perQuarter = new HashMap<>();
        for (Title t : w.content().titles()) {
            int r = t.releaseStep(0);
            if (!t.foreignIn(0) || r < 0) continue;
            perQuarter.merge(w.calendar().quarterIndex(r) + "/" + t.medium, 1, Integer::sum);
        }
        int max = perQuarter.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        assertTrue(max <= quota, "a quarter had " + max + " approvals for a quota of " + quota);
        assertEquals(quota, max, "the quota never bound, so the test says nothing");
    }

    @Test
    void attitudesAndSharesStayInUnitInterval() {
        Params p = new Params();
        p.setAgents(6_000);
        p.setMediatedContactPerYear(5);      // push hard both ways
        p.setNewsNegativityPerYear(5);
        p.setConvergenceRate(0.5);
        p.setSocialInteractionsPerWeek(1);
        Setup setup = TestSetups.setup(TestSetups.openingWithShock(), p, 24);
        World w = new World(setup, 3);
        var collector = culturebridge.output.MonthlyCollector.attachOnStart(w);
        w.start();
        while (w.schedule.getSteps() < w.calendar().steps()) {
            w.schedule.step(w);
            Audiences a = w.audiences();
            for (int i = 0; i < a.size(); i++) {
                double x = a.attitude(i);
                assertTrue(x >= 0 && x <= 1, "attitude " + x + " of agent " + i);
            }
        }
        MonthlySeries s = collector.get().series(3);
        for (int c = 0; c < s.columns().size(); c++) {
            String name = s.columns().get(c);
            boolean share = name.startsWith("adoption.") || name.startsWith("attitude.") || name.startsWith("favourable.")
                    || name.startsWith("unfavourable.") || name.startsWith("survey_favourable.") || name.startsWith("survey_neutral.")
                    || name.startsWith("survey_unfavourable.") || name.startsWith("content_share.") || name.equals("tension") || name.equals("travel_risk")
                    || (name.startsWith("soft_power.") && name.indexOf('.') != name.lastIndexOf('.') && !name.endsWith(".visitors_per_1000"));
            if (name.startsWith("survey_score.")) {
                for (double[] row : s.values()) assertTrue(row[c] >= 1 && row[c] <= 5, name + " = " + row[c]);
            }
            if (name.endsWith(".visitors_per_1000")) {
                // per 1,000 of the destination's residents: at most one trip a week by every person of the origin
                int dest = w.country(0).code().equals(name.substring("soft_power.".length(), name.indexOf('.', "soft_power.".length()))) ? 0 : 1;
                double bound = 1000.0 * 52 * w.country(1 - dest).population() / w.country(dest).population();
                for (double[] row : s.values()) assertTrue(row[c] >= 0 && row[c] <= bound, name + " = " + row[c]);
            }
            boolean index = name.startsWith("soft_power.") && name.indexOf('.') == name.lastIndexOf('.');
            for (double[] row : s.values()) {
                if (share) assertTrue(row[c] >= 0 && row[c] <= 1, name + " = " + row[c]);
                if (index) assertTrue(row[c] >= 0 && row[c] <= 100, name + " = " + row[c]);
                assertTrue(Double.isFinite(row[c]), name + " is not finite");
            }
        }
    }

    @Test
    void adopterCountsMatchAgentStates() {
        Params p = new Params();
        p.setAgents(4_000);
        World w = WorldRuns.runWorld(TestSetups.setup(TestSetups.openingWithShock(), p, 12), 9);
        Audiences a = w.audiences();
        for (int c = 0; c < 2; c++) {
            for (Medium m : Medium.values()) {
                int count = 0;
                for (int i = a.blockStart(c); i < a.blockStart(c) + a.blockSize(c); i++) if (a.adopts(i, m)) count++;
                assertEquals(count, a.adopters(c, m), "adopters of " + m + " in country " + c);
            }
        }
        // incremental tie counts equal a recount over the network
        for (int i = 0; i < a.size(); i += 37) {
            for (Medium m : Medium.values()) {
                int count = 0;
                for (int t = a.network().start(i); t < a.network().end(i); t++) {
                    int j = a.network().target(t);
                    if (a.country(j) == a.country(i) && a.adopts(j, m)) count++;
                }
                assertEquals(count, a.adoptingTies(i, m), "adopting ties of agent " + i);
            }
        }
    }
}
