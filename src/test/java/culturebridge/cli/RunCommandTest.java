package culturebridge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code run} command end to end: files written, same bytes for the same seed, clear refusals. */
class RunCommandTest {

    @TempDir Path tmp;

    private static Object[] cli(String... args) {
        return CliCapture.run(args);
    }

    private String[] small(Path out, String seed, String threads) {
        return new String[] {"run", "scenarios/opening-with-shock-2026.yaml", "--seed", seed, "--replicates", "2",
                "--threads", threads, "--set", "agents=12000", "--set", "months=30", "--out", out.toString(), "--quiet"};
    }

    @Test
    void writesCsvManifestAndChartsAndSameSeedGivesSameBytes() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        assertEquals(0, cli(small(a, "5", "1"))[0]);
        assertEquals(0, cli(small(b, "5", "2"))[0]);
        assertEquals(0, cli(small(c, "6", "1"))[0]);
        for (String f : List.of("monthly.csv", "events.csv", "manifest.json", "charts/adoption_CN.png", "charts/attitudes.png",
                "charts/titles_released.png", "charts/soft_power.png")) {
            assertTrue(Files.size(a.resolve(f)) > 0, f + " missing or empty");
        }
        byte[] csvA = Files.readAllBytes(a.resolve("monthly.csv"));
        assertArrayEquals(csvA, Files.readAllBytes(b.resolve("monthly.csv")), "1 and 2 threads gave different CSV bytes");
        assertFalse(Arrays.equals(csvA, Files.readAllBytes(c.resolve("monthly.csv"))), "seeds 5 and 6 gave the same CSV");
        List<String> lines = Files.readAllLines(a.resolve("monthly.csv"));
        assertEquals(1 + 2 * 30, lines.size(), "a header and a row per replicate and month");
        assertTrue(lines.get(0).startsWith("scenario,replicate,seed,draw,date,stage,tension,"), lines.get(0));
        assertTrue(lines.get(1).contains(",5,,2026-01,"), "seed, no draw and date on every row: " + lines.get(1));
        assertTrue(lines.get(31).contains(",6,,2026-01,"), "replicate 1 uses seed + 1: " + lines.get(31));
        String manifest = Files.readString(a.resolve("manifest.json"));
        assertTrue(manifest.contains("\"scenario_sha256\"") && manifest.contains("\"seeds\""), manifest);
        // no temporary files left behind
        try (var files = Files.walk(a)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".tmp")));
        }
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path a = tmp.resolve("a");
        assertEquals(0, cli("run", "status-quo-2026", "--set", "agents=500", "--set", "months=2", "--out", a.toString(), "--quiet")[0]);
        byte[] before = Files.readAllBytes(a.resolve("monthly.csv"));
        Object[] r = cli("run", "status-quo-2026", "--seed", "9", "--set", "agents=500", "--set", "months=2", "--out", a.toString(), "--quiet");
        assertEquals(2, r[0]);
        assertTrue(((String) r[1]).contains("--force"), (String) r[1]);
        assertArrayEquals(before, Files.readAllBytes(a.resolve("monthly.csv")));
        assertEquals(0, cli("run", "status-quo-2026", "--seed", "9", "--set", "agents=500", "--set", "months=2", "--out", a.toString(), "--quiet", "--force")[0]);
    }

    @Test
    void badInputExitsWithTwoAndSaysWhere() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "start: 2026-01\nmonths: 12\nparams:\n  agnets: 100\n");
        Object[] r = cli("run", bad.toString(), "--out", tmp.resolve("x").toString(), "--quiet");
        assertEquals(2, r[0]);
        String err = (String) r[1];
        assertTrue(err.contains("bad.yaml:4") && err.contains("agnets") && err.contains("agents"), err);
        assertFalse(Files.exists(tmp.resolve("x").resolve("monthly.csv")), "nothing written for bad input");

        r = cli("run", "status-quo-2026", "--set", "confidenceBound=7", "--out", tmp.resolve("y").toString(), "--quiet");
        assertEquals(2, r[0]);
        assertTrue(((String) r[1]).contains("confidenceBound"), (String) r[1]);

        r = cli("run", "no-such-scenario", "--quiet");
        assertEquals(2, r[0]);
        assertTrue(((String) r[1]).contains("no-such-scenario"), (String) r[1]);

        r = cli("run", "status-quo-2026", "--replicates", "zero");
        assertEquals(2, r[0]);
    }
}
