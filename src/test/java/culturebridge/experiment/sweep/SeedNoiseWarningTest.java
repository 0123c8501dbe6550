package culturebridge.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze} warns that indices of a one-replicate sweep include seed noise, and stays silent with replicates. */
class SeedNoiseWarningTest {
    @TempDir Path tmp;

    private String analyse(String replicates) throws Exception {
        Path file = SweepFixtures.write(tmp, "sobol.yaml", SweepFixtures.sobol());
        Path dir = tmp.resolve("sweep-" + replicates);
        Object[] s = SweepFixtures.cli("sweep", file.toString(), "--out", dir.toString(), "--quiet", "--replicates", replicates,
                "--set", "agents=1000", "--set", "months=6");
        assertEquals(0, s[0], s[2].toString());
        Object[] a = SweepFixtures.cli("analyze", dir.toString(), "--bootstrap", "50", "--no-by-month", "--no-charts");
        assertEquals(0, a[0], a[2].toString());
        return a[1].toString();
    }

    @Test
    void oneReplicateIsWarnedAbout() throws Exception {
        String one = analyse("1");
        assertTrue(one.contains("17 points x 1 replicates"), one);
        assertTrue(one.contains("warning: one replicate per design point, so Sobol indices include seed noise"), one);
        String two = analyse("2");
        assertTrue(two.contains("17 points x 2 replicates"), two);
        assertFalse(two.contains("seed noise"), two);
    }
}
