package culturebridge.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze} on small real sweeps: tables, charts, printed summary, refusals. */
class AnalyzeTest {

    @TempDir Path tmp;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    private static void assertPng(Path p) throws Exception {
        byte[] b = Files.readAllBytes(p);
        assertTrue(b.length > 5000, p + " is too small to hold a chart");
        assertArrayEquals(PNG, Arrays.copyOf(b, 4), p + " is not a PNG");
    }

    @Test
    void sobolSweepGivesIndicesByResponseAndMonthWithChartsAndPairedDifferences() throws Exception {
        Path file = SweepFixtures.write(tmp, "sobol.yaml", SweepFixtures.sobol());
        Path dir = tmp.resolve("sweep");
        Object[] s = SweepFixtures.cli("sweep", file.toString(), "--out", dir.toString(), "--quiet", "--set", "agents=1000", "--set", "months=6");
        assertEquals(0, s[0], (String) s[2]);
        Object[] a = SweepFixtures.cli("analyze", dir.toString(), "--bootstrap", "200");
        assertEquals(0, a[0], (String) a[2]);
        String printed = (String) a[1];
        assertTrue(printed.contains("sobol design, 17 points x 2 replicates") && printed.contains("S1 [95% CI]")
                && printed.contains("ST [95% CI]") && printed.contains("filmQuota") && printed.contains("baseTension")
                && printed.contains("paired differences against base") && printed.contains("replication:"), printed);
        Path an = dir.resolve("analysis");
        List<String> summary = Files.readAllLines(an.resolve("summary.csv"));
        assertEquals("response,factor,method,S1,S1_low,S1_high,ST,ST_low,ST_high,n,noise_share", summary.get(0));
        assertEquals(1 + 2 * 2, summary.size(), "a row per response and factor");
        // Tension follows baselineTension alone (no shocks): changing the film quota (A to AB_quota)
        // leaves it exactly as it was, so the quota's indices are exactly 0 and baseTension's are not.
        String tensionOfQuota = summary.stream().filter(l -> l.startsWith("peakTension,filmQuota,")).findFirst().orElseThrow();
        assertEquals("0", tensionOfQuota.split(",")[3], tensionOfQuota);
        assertEquals("0", tensionOfQuota.split(",")[6], tensionOfQuota);
        String tensionOfTension = summary.stream().filter(l -> l.startsWith("peakTension,baseTension,")).findFirst().orElseThrow();
        assertTrue(Double.parseDouble(tensionOfTension.split(",")[6]) > 0.3, tensionOfTension);
        List<String> byMonth = Files.readAllLines(an.resolve("sensitivity_by_month.csv"));
        assertEquals("metric,date,factor,method,index,estimate,ci_low,ci_high,n", byMonth.get(0));
        assertEquals(1 + 2 * 6 * 2 * 2, byMonth.size(), "two metrics x six months x two factors x (S1, ST)");
        List<String> paired = Files.readAllLines(an.resolve("paired_differences.csv"));
        assertEquals(1 + 2 * 16, paired.size(), "every arm but the baseline, per response");
        assertTrue(Files.readAllLines(an.resolve("replication.csv")).size() > 1);
        for (String c : List.of("indices_favourable.CN.final.png", "indices_peakTension.png", "distribution_peakTension.png",
                "paired_favourable.CN.final.png", "by_month_favourable.CN.png", "by_month_tension.png", "replication.png")) {
            assertPng(an.resolve("charts").resolve(c));
        }
        // The analysis is deterministic and refuses to overwrite itself.
        byte[] first = Files.readAllBytes(an.resolve("sensitivity.csv"));
        assertEquals(2, SweepFixtures.cli("analyze", dir.toString(), "--quiet")[0]);
        assertEquals(0, SweepFixtures.cli("analyze", dir.toString(), "--quiet", "--force", "--bootstrap", "200")[0]);
        assertArrayEquals(first, Files.readAllBytes(an.resolve("sensitivity.csv")));
    }

    @Test
    void factorialSweepGivesMainEffectsAndRefusesUnfinishedOrShardedSweeps() throws Exception {
        Path file = SweepFixtures.write(tmp, "f.yaml", SweepFixtures.factorial());
        Path dir = tmp.resolve("f");
        assertEquals(0, SweepFixtures.cli("sweep", file.toString(), "--out", dir.toString(), "--quiet", "--set", "agents=1000", "--set", "months=6")[0]);
        Object[] a = SweepFixtures.cli("analyze", dir.toString(), "--bootstrap", "100", "--no-by-month");
        assertEquals(0, a[0], (String) a[2]);
        List<String> summary = Files.readAllLines(dir.resolve("analysis/summary.csv"));
        assertEquals("response,factor,method,main_effect,main_effect_low,main_effect_high,n,noise_share", summary.get(0));
        assertTrue(((String) a[1]).contains("paired differences against filmQuota=0 baseTension=0.15"), (String) a[1]);
        assertPng(dir.resolve("analysis/charts/distribution_peakTension.png"));

        Path shard = tmp.resolve("shard");
        assertEquals(0, SweepFixtures.cli("sweep", file.toString(), "--out", shard.toString(), "--quiet", "--shard", "1/2",
                "--set", "agents=1000", "--set", "months=3")[0]);
        Object[] r = SweepFixtures.cli("analyze", shard.toString());
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("holds shard 1/2 only; join the shards with merge first"), (String) r[2]);
        Object[] none = SweepFixtures.cli("analyze", tmp.toString());
        assertEquals(2, none[0]);
    }
}
