package culturebridge.model.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.Medium;
import culturebridge.model.Params;
import culturebridge.model.StreamRandom;
import culturebridge.model.TestSetups;
import culturebridge.model.World;
import culturebridge.output.MonthlyCollector;
import org.junit.jupiter.api.Test;

/**
 * The audience step's table of adoption probabilities (by degree and adopting ties) holds the
 * very doubles the step computes without it, so looking them up changes no result.
 */
class ProbabilityTableTest {

    @Test
    void lookedUpAndComputedProbabilitiesGiveTheSameStep() {
        Params p = new Params();
        p.setAgents(20_000);  // 10,000 a country: enough for a table
        World w = new World(TestSetups.setup(TestSetups.openingWithShock(), p, 18), 5);
        MonthlyCollector.attachOnStart(w);
        w.start();
        // into the opening, when partner content is supplied and adoption moves
        while (w.schedule.getSteps() < 40) w.schedule.step(w);
        int step = (int) w.schedule.getSteps();
        Audiences a = w.audiences();
        double[][] supply = new double[2][Medium.COUNT];
        for (int c = 0; c < 2; c++) {
            for (Medium m : Medium.values()) supply[c][m.ordinal()] = w.supply(c, m);
        }
        StreamRandom random = new StreamRandom(99);

        AudienceBehaviour looked = new AudienceBehaviour(a, w.params(), random, step, supply, w.news(), w.trips().weekInputs(w, step));
        assertTrue(looked.usesTable(0) && looked.usesTable(1));
        looked.step(0, a.size());
        float[] attitude = a.attitudeNext.clone();
        byte[] adopted = a.adoptedNext.clone();
        float[] trip = a.tripProbability.clone();
        byte[] departs = a.departs.clone();

        AudienceBehaviour computed = new AudienceBehaviour(a, w.params(), random, step, supply, w.news(), w.trips().weekInputs(w, step));
        computed.withoutTables();
        computed.step(0, a.size());

        assertArrayEquals(attitude, a.attitudeNext);
        assertArrayEquals(adopted, a.adoptedNext);
        assertArrayEquals(trip, a.tripProbability);
        assertArrayEquals(departs, a.departs);
        // the step did something worth comparing: some agents take up or drop a medium
        int changed = 0;
        for (int i = 0; i < a.size(); i++) if (adopted[i] != a.adopted[i]) changed++;
        assertTrue(changed > 0, "no adoption changed in the compared step");
    }
}
