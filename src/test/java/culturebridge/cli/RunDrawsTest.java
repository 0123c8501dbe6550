package culturebridge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.scenario.Posterior;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --draws N}: each posterior draw runs with its values and its own warm-up (cached
 * and reused), the tables and the manifest say which draw each row ran, the same seed and
 * draws give the same bytes on any thread count, and {@code compare} pairs arms by draw and seed.
 */
class RunDrawsTest {
    private static final Path THREE_DRAWS = Path.of("src", "test", "resources", "posterior", "three-draws.csv");

    @TempDir Path tmp;

    private String[] arms(Path out, Path cache, long seed, String draws, String posterior, String threads) {
        return new String[] {"run", "status-quo-2026", "gradual-opening-2026", "--seed", Long.toString(seed),
                "--replicates", "2", "--draws", draws, "--posterior", posterior, "--threads", threads,
                "--set", "agents=1500", "--set", "months=4", "--warmup-cache", cache.toString(),
                "--out", out.toString(), "--quiet"};
    }

    static List<CSVRecord> rows(Path monthly) throws Exception {
        try (Reader r = Files.newBufferedReader(monthly);
             CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    static Map<Path, FileTime> checkpoints(Path cache) throws Exception {
        Map<Path, FileTime> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ckpt")).toList()) out.put(f, Files.getLastModifiedTime(f));
        }
        return out;
    }

    /** A seed whose first two draws of the test posterior are different rows (found, not assumed). */
    private static long seedWithTwoDifferentDraws() throws Exception {
        return seedWithTwoDifferentDraws(THREE_DRAWS);
    }

    /** A seed whose first two draws of a posterior are different rows (found, not assumed). */
    static long seedWithTwoDifferentDraws(Path posterior) throws Exception {
        Posterior p = Posterior.read(posterior);
        for (long s = 1; ; s++) {
            List<Posterior.Draw> d = p.select(2, s);
            if (!d.get(0).id().equals(d.get(1).id())) return s;
        }
    }

    @Test
    void drawsRunWithTheirValuesAndTheirOwnCachedWarmUpsAndPairInCompare() throws Exception {
        long seed = seedWithTwoDifferentDraws();
        Posterior posterior = Posterior.read(THREE_DRAWS);
        List<Posterior.Draw> chosen = posterior.select(2, seed);
        Path cache = tmp.resolve("cache");
        Path a = tmp.resolve("a");
        Object[] r = CliCapture.run(arms(a, cache, seed, "2", THREE_DRAWS.toString(), "1"));
        assertEquals(0, r[0], r[1].toString());

        // every row says its draw and carries that draw's values; replicate r runs with seed + r
        List<CSVRecord> rows = rows(a.resolve("gradual-opening-2026/monthly.csv"));
        assertEquals(2 * 2 * 4, rows.size(), "2 draws x 2 replicates x 4 months");
        for (CSVRecord row : rows) {
            int rep = Integer.parseInt(row.get("replicate"));
            Posterior.Draw d = chosen.get(rep / 2);
            assertEquals(d.id(), row.get("draw"));
            assertEquals(seed + rep, Long.parseLong(row.get("seed")));
            assertEquals(Double.parseDouble(d.values().get("attitudeTravelEffect")),
                    Double.parseDouble(row.get("param.attitudeTravelEffect")));
        }
        List<String> events = Files.readAllLines(a.resolve("gradual-opening-2026/events.csv"));
        assertEquals("scenario,replicate,seed,draw,date,kind,label", events.get(0));

        // the manifest names the file, its hash and the draws
        String manifest = Files.readString(a.resolve("status-quo-2026/manifest.json"));
        assertTrue(manifest.contains(posterior.sha256()), manifest);
        assertTrue(manifest.contains("\"parameters_taken\""), manifest);
        assertTrue(manifest.replaceAll("\\s", "").contains("\"draws\":[\"" + chosen.get(0).id() + "\",\"" + chosen.get(1).id() + "\"]"),
                manifest);

        // one warm-up per draw and seed, shared by the two arms
        Map<Path, FileTime> first = checkpoints(cache);
        assertEquals(4, first.size(), "2 draws x 2 seeds: " + first.keySet());
        assertEquals(2, first.keySet().stream().map(Path::getParent).distinct().count(), "a warm-up folder per draw");

        // the same seed and draws again, on two threads: the cached warm-ups are reused and the bytes are the same
        Path b = tmp.resolve("b");
        assertEquals(0, CliCapture.run(arms(b, cache, seed, "2", THREE_DRAWS.toString(), "2"))[0]);
        assertEquals(first, checkpoints(cache), "no warm-up was computed again");
        for (String arm : List.of("status-quo-2026", "gradual-opening-2026")) {
            for (String f : List.of("monthly.csv", "events.csv")) {
                assertArrayEquals(Files.readAllBytes(a.resolve(arm).resolve(f)), Files.readAllBytes(b.resolve(arm).resolve(f)), arm + "/" + f);
            }
        }

        // compare pairs the arms by draw and seed
        Object[] c = CliCapture.run("compare", a.toString(), "--at", "2026-04", "--metrics", "favourable.CN");
        assertEquals(0, c[0], c[1].toString());
        List<String> table = Files.readAllLines(a.resolve("comparison.csv"));
        assertEquals("favourable.CN,2026-04,gradual-opening-2026,status-quo-2026,4", String.join(",",
                List.of(table.get(2).split(",")).subList(0, 5)));
    }

    @Test
    void aDrawChangesTheRunAndADrawAtThePointValuesReproducesThePlainRun() throws Exception {
        Path cache = tmp.resolve("cache");
        String common = "draw,weight,tripRateScale,visaEasedFactor,attitudeTravelEffect,fandomTravelEffect,politicalRiskEffect,"
                + "newsNegativityPerYear,anchoringPerYear\n";
        // the calibrated point values of the included files, written as they are there
        Map<String, String> included = pointValues(Path.of("scenarios", "calibration", "posterior-median-2010-2019.yaml"));
        List<String> names = List.of(common.trim().split(",")).subList(2, 9);
        String point = String.join(",", names.stream().map(included::get).toList());
        Path atPoint = tmp.resolve("point.csv");
        Files.writeString(atPoint, common + "p,1," + point + "\n");
        Path moved = tmp.resolve("moved.csv");
        String movedValues = String.join(",", names.stream().map(n -> switch (n) {
            case "attitudeTravelEffect" -> "0";
            case "newsNegativityPerYear" -> "3";
            default -> included.get(n);
        }).toList());
        Files.writeString(moved, common + "m,1," + movedValues + "\n");
        String[] plain = {"run", "status-quo-2026", "--seed", "3", "--set", "agents=1500", "--set", "months=4",
                "--warmup-cache", cache.toString(), "--out", tmp.resolve("plain").toString(), "--quiet"};
        assertEquals(0, CliCapture.run(plain)[0]);
        for (Path post : List.of(atPoint, moved)) {
            String[] drawn = {"run", "status-quo-2026", "--seed", "3", "--draws", "1", "--posterior", post.toString(),
                    "--set", "agents=1500", "--set", "months=4", "--warmup-cache", cache.toString(),
                    "--out", tmp.resolve("run-" + post.getFileName()).toString(), "--quiet"};
            Object[] r = CliCapture.run(drawn);
            assertEquals(0, r[0], r[1].toString());
        }
        List<CSVRecord> p = rows(tmp.resolve("plain/monthly.csv"));
        List<CSVRecord> same = rows(tmp.resolve("run-point.csv/monthly.csv"));
        List<CSVRecord> other = rows(tmp.resolve("run-moved.csv/monthly.csv"));
        List<String> metrics = List.of("favourable.CN", "attitude.CN", "arrivals.CN.KR", "news_hostile.CN");
        boolean differs = false;
        for (int i = 0; i < p.size(); i++) {
            assertEquals("", p.get(i).get("draw"), "a run without draws has no draw");
            assertEquals("p", same.get(i).get("draw"));
            for (String m : metrics) {
                assertEquals(p.get(i).get(m), same.get(i).get(m), "the draw at the point values, " + m + " row " + i);
                differs |= !p.get(i).get(m).equals(other.get(i).get(m));
            }
        }
        assertTrue(differs, "a draw with other values gives another run");
        assertNotEquals(p.get(0).get("param.attitudeTravelEffect"), other.get(0).get("param.attitudeTravelEffect"));
    }

    @Test
    void clearErrorsForDrawsThatCannotRun() throws Exception {
        Path out = tmp.resolve("x");
        Object[] none = CliCapture.run("run", "japan-korea-1998-2004", "--draws", "2", "--out", out.toString(), "--quiet");
        assertEquals(Main.BAD_INPUT, none[0]);
        assertTrue(none[1].toString().contains("names no posterior") && none[1].toString().contains("--posterior FILE"), none[1].toString());
        Object[] missing = CliCapture.run("run", "status-quo-2026", "--draws", "2", "--posterior", tmp.resolve("nope.csv").toString(),
                "--out", out.toString(), "--quiet");
        assertEquals(Main.BAD_INPUT, missing[0]);
        assertTrue(missing[1].toString().contains("posterior file not found"), missing[1].toString());
        Object[] alone = CliCapture.run("run", "status-quo-2026", "--posterior", THREE_DRAWS.toString(), "--out", out.toString());
        assertEquals(Main.BAD_INPUT, alone[0]);
        assertTrue(alone[1].toString().contains("give --draws N as well"), alone[1].toString());
        Object[] zero = CliCapture.run("run", "status-quo-2026", "--draws", "0", "--out", out.toString());
        assertEquals(Main.BAD_INPUT, zero[0]);
        assertTrue(zero[1].toString().contains("--draws must be at least 1"), zero[1].toString());
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "draw,weight,attitudeTravelEffect\n0,0.5,1\n1,0.4,2\n");
        Object[] sum = CliCapture.run("run", "status-quo-2026", "--draws", "1", "--posterior", bad.toString(), "--out", out.toString());
        assertEquals(Main.BAD_INPUT, sum[0]);
        assertTrue(sum[1].toString().contains("the weights sum to 0.9"), sum[1].toString());
        assertFalse(Files.exists(out), "nothing is written when a run is refused");
    }

    /** The {@code params:} values of calibration files, as written there ("name: value" lines). */
    private static Map<String, String> pointValues(Path... files) throws java.io.IOException {
        Map<String, String> out = new java.util.HashMap<>();
        for (Path f : files) {
            boolean inParams = false;
            for (String line : Files.readAllLines(f)) {
                if (line.startsWith("params:")) { inParams = true; continue; }
                if (!line.startsWith("  ")) inParams = false;
                if (inParams && line.contains(":") && !line.trim().startsWith("#")) {
                    String[] kv = line.trim().split(":\\s*", 2);
                    out.put(kv[0], kv[1].split("\\s+#")[0].trim());
                }
            }
        }
        return out;
    }
}
