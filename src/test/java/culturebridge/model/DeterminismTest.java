package culturebridge.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import culturebridge.output.MonthlySeries;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Same setup and seed: the same trajectory, for any thread count; another seed: another one. */
class DeterminismTest {

    private static Setup setup() {
        Params p = new Params();
        // more than two summing blocks per country (AgentBlocks.SIZE), above the parallel threshold
        p.setAgents(80_000);
        return TestSetups.setup(TestSetups.openingWithShock(), p, 18);
    }

    @Test
    void sameSeedSameTrajectoryAndThreadCountDoesNotMatter() {
        MonthlySeries a = WorldRuns.run(setup(), 11, 1);
        MonthlySeries b = WorldRuns.run(setup(), 11, 1);
        MonthlySeries c = WorldRuns.run(setup(), 11, 2);
        // 3 threads split the agents and the summing blocks at other places than 2 do
        MonthlySeries d = WorldRuns.run(setup(), 11, 3);
        for (int i = 0; i < a.months().size(); i++) {
            assertArrayEquals(a.values()[i], b.values()[i], "month " + i + " differs between two runs");
            assertArrayEquals(a.values()[i], c.values()[i], "month " + i + " differs between 1 and 2 threads");
            assertArrayEquals(a.values()[i], d.values()[i], "month " + i + " differs between 1 and 3 threads");
        }
        assertArrayEquals(a.stages().toArray(), c.stages().toArray());
        assertArrayEquals(a.stages().toArray(), d.stages().toArray());
    }

    @Test
    void differentSeedsDiffer() {
        MonthlySeries a = WorldRuns.run(setup(), 11, 1);
        MonthlySeries b = WorldRuns.run(setup(), 12, 1);
        assertFalse(Arrays.deepEquals(a.values(), b.values()));
    }
}
