package culturebridge.experiment.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arms run on posterior draws pair run by run on the draw and the seed: two draws that ran with
 * the same seed are two pairs, and the difference of a pair is taken within its draw.
 */
class DrawPairingTest {
    @TempDir Path tmp;

    /** An arm's results folder with rows "seed,draw,value" for the month 2027-12. */
    private Path arm(String name, String... rows) throws Exception {
        Path d = tmp.resolve("arms").resolve(name);
        Files.createDirectories(d);
        Files.writeString(d.resolve("manifest.json"), "{}");
        StringBuilder csv = new StringBuilder("scenario,replicate,seed,draw,date,stage,favourable.CN\n");
        int rep = 0;
        for (String r : rows) {
            String[] f = r.split(",");
            csv.append(name).append(',').append(rep++).append(',').append(f[0]).append(',').append(f[1]).append(",2027-12,s,")
                    .append(f[2]).append('\n');
        }
        Files.writeString(d.resolve("monthly.csv"), csv);
        return d;
    }

    @Test
    void differencesAreTakenWithinADrawAndASeed() throws Exception {
        // two draws (a: low, b: high) with the same seed; the rows of arm x come in another order
        arm("status-quo-x", "1,a,0.10", "1,b,0.50", "2,a,0.20", "2,b,0.60");
        arm("gradual-x", "2,b,0.64", "1,a,0.11", "2,a,0.22", "1,b,0.53");
        List<ArmComparison.Arm> arms = ArmComparison.readArms(List.of(tmp.resolve("arms")));
        assertTrue(ArmComparison.pairsByDraw(arms));
        List<ArmComparison.Row> rows = ArmComparison.compare(arms, null, List.of("favourable.CN"), List.of("2027-12"));
        ArmComparison.Row g = rows.get(1);
        assertEquals("gradual-x", g.arm());
        assertEquals(4, g.pairs(), "four pairs: two seeds x two draws");
        // differences 0.01, 0.03, 0.02, 0.04 within draw and seed; pairing by seed alone would mix draws
        assertEquals(0.025, g.diff(), 1e-12);
        assertEquals(Math.sqrt((0.015 * 0.015 + 0.005 * 0.005) * 2 / 3), g.diffSd(), 1e-12);
        // the spread of the effect over draws and seeds: type-7 quantiles of 0.01, 0.02, 0.03, 0.04
        assertEquals(0.01 + 0.15 * 0.01, g.diffP05(), 1e-12);
        assertEquals(0.04 - 0.15 * 0.01, g.diffP95(), 1e-12);
    }

    @Test
    void armsRunOnOtherDrawsDoNotPair() throws Exception {
        arm("status-quo-x", "1,a,0.10", "1,b,0.50");
        arm("gradual-x", "1,a,0.11", "1,c,0.53");
        List<ArmComparison.Arm> arms = ArmComparison.readArms(List.of(tmp.resolve("arms")));
        ArmComparison.CompareException e = assertThrows(ArmComparison.CompareException.class,
                () -> ArmComparison.compare(arms, null, List.of("favourable.CN"), List.of("2027-12")));
        assertTrue(e.getMessage().contains("seed 1 draw b"), e.getMessage());
    }
}
