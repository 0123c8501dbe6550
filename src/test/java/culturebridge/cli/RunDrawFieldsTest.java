package culturebridge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.experiment.Warmups;
import culturebridge.output.Metrics;
import culturebridge.scenario.Posterior;
import culturebridge.scenario.Scenario;
import culturebridge.scenario.ScenarioException;
import culturebridge.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --draws N} with a posterior whose columns name scenario fields: a draw's field
 * values go into the root of the warm-up chain (the history itself, or the history an arm warms
 * up on, never the arm's own sections), the warm-ups of draws that differ only there are cached
 * apart, and a field the history lacks is refused.
 */
class RunDrawFieldsTest {
    private static final String EPIDEMIC = "travel.epidemics[0].suppression";
    private static final String POLICY = "policy: {stages: [{name: s, quota: {CN: {film: 1, drama: 1, music: 1, digital: 1}, "
            + "KR: unlimited}}]}\n";

    @TempDir Path tmp;

    /** A four-month history with an outbreak in its third month, and an arm continuing it with an outbreak of its own. */
    private Path scenarios() throws Exception {
        Files.writeString(tmp.resolve("hist.yaml"), "name: hist\nstart: 2026-01\nmonths: 4\ncountries: cn-kr\n" + POLICY
                + "travel:\n  epidemics:\n    - {name: Outbreak, start: 2026-03-01, end: 2026-03-31, from: CN, suppression: 0.2}\n");
        Files.writeString(tmp.resolve("arm.yaml"), "name: arm\nstart: 2026-05\nmonths: 2\ncountries: cn-kr\nwarmup: hist.yaml\n"
                + POLICY + "travel:\n  epidemics:\n    - {name: Arm outbreak, start: 2026-06-01, end: 2026-06-30, from: CN, "
                + "suppression: 0.2}\n  regimes:\n    - {name: Arm regime, date: 2026-05-01, from: CN, groupTours: 0.5}\n");
        return tmp.resolve("hist.yaml");
    }

    /** Two equally weighted draws that differ only in the outbreak's suppression. */
    private Path posterior(String column, String a, String b) throws Exception {
        Path f = tmp.resolve("post-" + Math.abs(column.hashCode()) + ".csv");
        Files.writeString(f, "draw,weight," + column + "\nnone,0.5," + a + "\nstrong,0.5," + b + "\n");
        return f;
    }

    private static Object[] run(Path scenario, long seed, int replicates, Path cache, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--seed", Long.toString(seed), "--replicates",
                Integer.toString(replicates), "--set", "agents=1500", "--warmup-cache", cache.toString(), "--out", out.toString(),
                "--quiet"));
        args.addAll(List.of(extra));
        return CliCapture.run(args.toArray(new String[0]));
    }

    private static double arrivals(CSVRecord row) {
        return Double.parseDouble(row.get("arrivals.CN.KR"));
    }

    @Test
    void aHistorysDrawsRunWithTheirFieldValuesOnlyWhereTheyMatterAndDeterministically() throws Exception {
        Path hist = scenarios();
        Path post = posterior(EPIDEMIC, "0", "0.9");
        long seed = RunDrawsTest.seedWithTwoDifferentDraws(post);
        List<Posterior.Draw> chosen = Posterior.read(post).select(2, seed);
        Path cache = tmp.resolve("cache");
        Object[] r = run(hist, seed, 1, cache, tmp.resolve("drawn"), "--draws", "2", "--posterior", post.toString());
        assertEquals(0, r[0], r[1].toString());
        List<CSVRecord> drawn = RunDrawsTest.rows(tmp.resolve("drawn/monthly.csv"));
        assertEquals(2 * 4, drawn.size(), "2 draws x 1 replicate x 4 months");

        // the same seeds with the suppression set by hand: each draw's rows are those of its value
        Map<String, List<CSVRecord>> byValue = Map.of(
                "0", RunDrawsTest.rows(plain(hist, seed, cache, "0").resolve("monthly.csv")),
                "0.9", RunDrawsTest.rows(plain(hist, seed, cache, "0.9").resolve("monthly.csv")));
        int outbreaks = 0;
        for (int i = 0; i < drawn.size(); i++) {
            CSVRecord row = drawn.get(i);
            int rep = Integer.parseInt(row.get("replicate"));
            Posterior.Draw d = chosen.get(rep);
            assertEquals(d.id(), row.get("draw"));
            CSVRecord same = byValue.get(d.values().get(EPIDEMIC)).get(i);
            for (String column : same.toMap().keySet()) {
                if (!column.equals("draw")) assertEquals(same.get(column), row.get(column), column + ", row " + i);
            }
            // against the other value at the same seed: the outbreak's month alone shows it
            CSVRecord other = byValue.get(d.id().equals("none") ? "0.9" : "0").get(i);
            String month = row.get("date");
            if (month.compareTo("2026-03") < 0) {
                assertEquals(arrivals(other), arrivals(row), "before the outbreak, " + month);
            } else if (month.equals("2026-03")) {
                double strong = d.id().equals("strong") ? arrivals(row) : arrivals(other);
                double none = d.id().equals("strong") ? arrivals(other) : arrivals(row);
                assertTrue(strong < 0.5 * none, "suppression 0.9 against 0 in the outbreak's month: " + strong + " vs " + none);
                outbreaks++;
            }
        }
        assertEquals(2, outbreaks, "each draw's outbreak month was compared");

        // the manifest says which value each draw ran with, and where
        String manifest = Files.readString(tmp.resolve("drawn/manifest.json")).replaceAll("\\s", "");
        assertTrue(manifest.contains("\"fields_set_in\":\"" + hist.toAbsolutePath().normalize() + "\""), manifest);
        assertTrue(manifest.contains("\"none\":{\"" + EPIDEMIC + "\":0.0}") && manifest.contains("\"strong\":{\"" + EPIDEMIC
                + "\":0.9}"), manifest);
        assertTrue(manifest.contains("\"parameters_taken\":[\"" + EPIDEMIC + "\"]"), manifest);

        // the same run on two threads gives the same bytes
        assertEquals(0, run(hist, seed, 1, cache, tmp.resolve("again"), "--draws", "2", "--posterior", post.toString(),
                "--threads", "2")[0]);
        for (String f : List.of("monthly.csv", "events.csv")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("drawn").resolve(f)), Files.readAllBytes(tmp.resolve("again").resolve(f)), f);
        }
    }

    /** A plain run of two replicates (the seeds of the two draws) with the suppression given on the command line. */
    private Path plain(Path hist, long seed, Path cache, String suppression) {
        Path out = tmp.resolve("plain-" + suppression);
        Object[] r = run(hist, seed, 2, cache, out, "--set", EPIDEMIC + "=" + suppression);
        assertEquals(0, r[0], r[1].toString());
        return out;
    }

    @Test
    void anArmTakesTheFieldValuesInItsWarmUpAndKeepsItsOwnAndTheWarmUpsAreCachedApart() throws Exception {
        scenarios();
        Path arm = tmp.resolve("arm.yaml");
        Path post = posterior(EPIDEMIC, "0", "0.9");
        Scenario s = ScenarioLoader.load(arm, Metrics::names);
        List<Posterior.Draw> draws = Posterior.read(post).draws();
        Scenario strong = s.withDraw(draws.get(1));
        assertEquals(0.9, strong.setup().warmup().policy().travel().epidemics().get(0).suppression(), "the warm-up's outbreak");
        assertEquals(0.2, strong.setup().policy().travel().epidemics().get(0).suppression(), "the arm's own outbreak");
        assertEquals(s.setup().policy(), strong.setup().policy(), "the arm's policy is untouched");
        assertEquals(0.2, s.setup().warmup().policy().travel().epidemics().get(0).suppression(), "the scenario itself is unchanged");
        Warmups warmups = new Warmups(tmp.resolve("keys"));
        assertNotEquals(warmups.folder(s.withDraw(draws.get(0)).setup().warmup()), warmups.folder(strong.setup().warmup()),
                "draws that differ only in a field have warm-ups of their own");

        // run: one warm-up folder per draw, and the manifest names the history as where the fields went
        long seed = RunDrawsTest.seedWithTwoDifferentDraws(post);
        Path cache = tmp.resolve("cache");
        Object[] r = run(arm, seed, 1, cache, tmp.resolve("arm-run"), "--draws", "2", "--posterior", post.toString());
        assertEquals(0, r[0], r[1].toString());
        var checkpoints = RunDrawsTest.checkpoints(cache);
        assertEquals(2, checkpoints.size(), checkpoints.keySet().toString());
        assertEquals(2, checkpoints.keySet().stream().map(Path::getParent).distinct().count(), "a warm-up folder per draw");
        String manifest = Files.readString(tmp.resolve("arm-run/manifest.json")).replaceAll("\\s", "");
        assertTrue(manifest.contains("\"fields_set_in\":\"" + tmp.resolve("hist.yaml").toAbsolutePath().normalize() + "\""), manifest);

        // a field only the arm has is not the history's: refused, never set in the arm
        Path regime = posterior("travel.regimes[0].groupTours", "0.1", "0.2");
        ScenarioException e = assertThrows(ScenarioException.class, () -> s.withDraw(Posterior.read(regime).draws().get(0)));
        assertTrue(e.getMessage().contains("travel.regimes[0].groupTours") && e.getMessage().contains("hist.yaml"), e.getMessage());
    }

    @Test
    void aFieldTheHistoryLacksOrAColdStartIsAClearErrorBeforeAnythingIsWritten() throws Exception {
        Path hist = scenarios();
        Path cache = tmp.resolve("cache");
        Path out = tmp.resolve("x");
        Path bad = posterior("travel.epidemics[1].suppression", "0", "0.9");
        Object[] r = run(hist, 1, 1, cache, out, "--draws", "1", "--posterior", bad.toString());
        assertEquals(Main.BAD_INPUT, r[0]);
        String msg = r[1].toString();
        assertTrue(msg.contains("travel.epidemics[1].suppression") && msg.contains(hist.toAbsolutePath().normalize().toString()), msg);
        Path typo = posterior("travel.epidemics[0].supression", "0", "0.9");
        r = run(hist, 1, 1, cache, out, "--draws", "1", "--posterior", typo.toString());
        assertEquals(Main.BAD_INPUT, r[0]);
        assertTrue(r[1].toString().contains("travel.epidemics[0].supression"), r[1].toString());
        Path range = posterior(EPIDEMIC, "1.5", "1.5");
        r = run(hist, 1, 1, cache, out, "--draws", "1", "--posterior", range.toString());
        assertEquals(Main.BAD_INPUT, r[0]);
        assertTrue(r[1].toString().contains(EPIDEMIC) && r[1].toString().contains("1.5"), r[1].toString());
        Path good = posterior(EPIDEMIC, "0", "0.9");
        r = run(tmp.resolve("arm.yaml"), 1, 1, cache, out, "--draws", "1", "--posterior", good.toString(), "--cold-start");
        assertEquals(Main.BAD_INPUT, r[0]);
        assertTrue(r[1].toString().contains("cold start"), r[1].toString());
        assertFalse(Files.exists(out), "nothing is written when a run is refused");
        assertFalse(Files.exists(cache), "no warm-up is run either");
    }
}
