package culturebridge.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.Setup;
import culturebridge.model.World;
import culturebridge.model.policy.TravelPolicy;
import culturebridge.output.Metrics;
import culturebridge.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A stage's group-tour permit (a channel gate of the travellers' own government) closes the group
 * channel on top of the dated travel regime: banned, only the independent channel carries trips.
 */
class GroupTourPermitTest {
    private static final int CN = 0;

    private static World world(String permit) throws Exception {
        Map<String, String> set = new HashMap<>(Map.of("agents", "2000"));
        if (permit != null) set.put("policy.sides.CN.stages[0].groupTours", permit);
        Setup setup = ScenarioLoader.load(Path.of("scenarios", "status-quo-2026.yaml"), set, Metrics::names)
                .setup().withoutWarmup();
        World w = new World(setup, 11);
        w.start();
        return w;
    }

    @Test
    void aBannedPermitLeavesOnlyTheIndependentChannel() throws Exception {
        World open = world(null);
        World banned = world("banned");
        LocalDate d = open.calendar().date(open.calendar().firstStep());
        TravelPolicy.RegimeState r = open.setup().policy().travel().stateOn(d, CN);
        double g = open.country(CN).travel().groupShare();
        double independent = (1 - g) * open.params().visaFactor(r.visa());
        assertTrue(g > 0 && r.groupTours() > 0, "the status quo has an open group channel for Chinese travellers");
        assertEquals(independent, Trips.channelFactor(banned, CN, d), 1e-12);
        assertTrue(Trips.channelFactor(open, CN, d) > independent + 1e-6, "the permitted group channel adds trips");
    }
}
