package culturebridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code compare} on small hand-made results folders whose means and paired differences are known. */
class CompareCommandTest {

    /** Student's t quantile t(0.975, 2) from printed tables (commons-math inverts the CDF to about 1e-10): the 95% interval over three pairs is mean +- this * sd / sqrt(3). */
    private static final double T_975_2 = 4.302652729911275;

    @TempDir Path tmp;

    /** A results folder of one arm: manifest.json and a monthly.csv with the given rows (date, seed, value...). */
    private Path arm(String folder, String scenario, String extraHeader, String... rows) throws IOException {
        Path d = tmp.resolve(folder);
        Files.createDirectories(d);
        Files.writeString(d.resolve("manifest.json"), "{}");
        StringBuilder csv = new StringBuilder("scenario,replicate,seed,date,stage," + extraHeader + "\n");
        int rep = 0;
        for (String r : rows) {
            String[] f = r.split(",", 3);
            csv.append(scenario).append(',').append(rep++ % 3).append(',').append(f[1]).append(',').append(f[0])
                    .append(",s,").append(f[2]).append('\n');
        }
        Files.writeString(d.resolve("monthly.csv"), csv);
        return d;
    }

    /** Two arms in one folder, as `run A B --out DIR` writes them; favourable.CN a level, arrivals.CN.KR a flow. */
    private Path twoArms() throws IOException {
        arm("both/status-quo-x", "status-quo-x", "favourable.CN,arrivals.CN.KR",
                "2027-11,1,0.5,10", "2027-12,1,1,10", "2027-11,2,0.5,20", "2027-12,2,2,20", "2027-11,3,0.5,30", "2027-12,3,3,30");
        arm("both/gradual-x", "gradual-x", "favourable.CN,arrivals.CN.KR",
                "2027-11,1,0.5,11", "2027-12,1,2,12", "2027-11,2,0.5,22", "2027-12,2,4,24", "2027-11,3,0.5,30", "2027-12,3,3,30");
        return tmp.resolve("both");
    }

    private static Object[] run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Object[] {code, out.toString(), err.toString()};
    }

    @Test
    void pairsBySeedAndGivesTheTIntervalOfTheDifferences() throws IOException {
        Path dir = twoArms();
        Object[] r = run("compare", dir.toString(), "--at", "2027-12", "--metrics", "favourable.CN");
        assertEquals(0, r[0], r[2].toString());
        // differences 1, 2, 0: mean 1, sd 1; half-width 4.3027 / sqrt(3) = 2.4841
        String expected = String.join("\n",
                "metric         at       arm           pairs          mean          diff     diff_lo95     diff_hi95",
                "favourable.CN  2027-12  status-quo-x      3        2.0000                                          ",
                "favourable.CN  2027-12  gradual-x         3        3.0000        1.0000       -1.4841        3.4841",
                "diff: arm minus status-quo-x, paired by seed; 95% interval: Student's t over the 3 paired differences",
                "written: " + dir.toAbsolutePath().normalize().resolve("comparison.csv"), "");
        assertEquals(expected, r[1]);
        List<String> csv = Files.readAllLines(dir.resolve("comparison.csv"));
        assertEquals("metric,at,arm,baseline,pairs,mean,sd,diff,diff_sd,diff_lo95,diff_hi95,diff_p05,diff_p95", csv.get(0));
        assertEquals("favourable.CN,2027-12,status-quo-x,status-quo-x,3,2,1,,,,,,", csv.get(1));
        String[] g = csv.get(2).split(",");
        assertEquals(List.of("favourable.CN", "2027-12", "gradual-x", "status-quo-x", "3", "3", "1", "1", "1"),
                List.of(g).subList(0, 9));
        double half = T_975_2 / Math.sqrt(3);
        assertEquals(1 - half, Double.parseDouble(g[9]), 1e-8);
        assertEquals(1 + half, Double.parseDouble(g[10]), 1e-8);
    }

    @Test
    void aYearIsTheMeanOfALevelAndTheTotalOfAFlow() throws IOException {
        Path dir = twoArms();
        // only two months exist, so the year 2027 is refused; the months are summed or averaged as asked
        Object[] year = run("compare", dir.toString(), "--at", "2027", "--out", tmp.resolve("y.csv").toString());
        assertEquals(2, year[0]);
        assertTrue(year[2].toString().contains("has no month 2027-01"), year[2].toString());
        Object[] r = run("compare", dir.toString(), "--at", "2027-11,2027-12", "--metrics", "arrivals.CN.KR",
                "--baseline", "gradual-x", "--out", tmp.resolve("c.csv").toString());
        assertEquals(0, r[0], r[2].toString());
        List<String> csv = Files.readAllLines(tmp.resolve("c.csv"));
        assertEquals("arrivals.CN.KR,2027-11,gradual-x,gradual-x,3,21,9.539392014169456,,,,,,", csv.get(1));
        assertTrue(csv.get(2).startsWith("arrivals.CN.KR,2027-11,status-quo-x,gradual-x,3,20,10,-1,1,"), csv.get(2));
    }

    @Test
    void defaultDatesAreTheFirstDecemberAYearInAndTheLastMonth() throws IOException {
        String[] rowsA = new String[3 * 27];
        String[] rowsB = new String[3 * 27];
        int i = 0;
        for (int seed = 1; seed <= 3; seed++) {
            for (int m = 0; m < 27; m++) {
                String date = java.time.YearMonth.of(2026, 1).plusMonths(m).toString();
                rowsA[i] = date + "," + seed + "," + m;
                rowsB[i++] = date + "," + seed + "," + (m + seed);
            }
        }
        arm("runs/status-quo-y", "status-quo-y", "tension", rowsA);
        arm("runs/other-y", "other-y", "tension", rowsB);
        Object[] r = run("compare", tmp.resolve("runs/other-y").toString(), tmp.resolve("runs/status-quo-y").toString());
        assertEquals(0, r[0], r[2].toString());
        List<String> csv = Files.readAllLines(tmp.resolve("runs/comparison.csv"));
        assertEquals(5, csv.size(), csv.toString());
        assertTrue(csv.get(1).startsWith("tension,2027-12,status-quo-y,status-quo-y,3,23,"), csv.get(1));
        assertTrue(csv.get(2).startsWith("tension,2027-12,other-y,status-quo-y,3,25,1,2,1,"), csv.get(2));
        assertTrue(csv.get(3).startsWith("tension,2028-03,status-quo-y,"), csv.get(3));
    }

    @Test
    void pairsByDrawWhenTheTablesHaveDraws() throws IOException {
        // seed 1 with draws 0 and 1; the arm's rows come in another order and still pair by (seed, draw)
        arm("d/status-quo-z", "status-quo-z", "draw,tension", "2027-12,1,0,1", "2027-12,1,1,5");
        arm("d/arm-z", "arm-z", "draw,tension", "2027-12,1,1,6", "2027-12,1,0,3");
        Object[] r = run("compare", tmp.resolve("d").toString(), "--at", "2027-12");
        assertEquals(0, r[0], r[2].toString());
        List<String> csv = Files.readAllLines(tmp.resolve("d/comparison.csv"));
        // differences 2 (draw 0) and 1 (draw 1): mean 1.5, not 0.5 and 2.5 as a pairing by row order would give
        assertTrue(csv.get(2).startsWith("tension,2027-12,arm-z,status-quo-z,2,4.5,"), csv.get(2));
        assertEquals("1.5", csv.get(2).split(",")[7]);
        assertTrue(r[1].toString().contains("paired by seed and draw; 95% interval: Student's t over the 2 paired differences"),
                r[1].toString());
    }

    @Test
    void refusesFoldersThatCannotBeCompared() throws IOException {
        Path dir = twoArms();
        Files.createDirectories(tmp.resolve("empty"));
        Object[] notResults = run("compare", tmp.resolve("empty").toString(), dir.toString());
        assertEquals(2, notResults[0]);
        assertTrue(notResults[2].toString().contains("is not a results folder"), notResults[2].toString());

        arm("seeds/status-quo-w", "status-quo-w", "tension", "2027-12,1,1", "2027-12,2,1");
        arm("seeds/arm-w", "arm-w", "tension", "2027-12,1,1", "2027-12,9,1");
        Object[] seeds = run("compare", tmp.resolve("seeds").toString(), "--at", "2027-12");
        assertEquals(2, seeds[0]);
        assertTrue(seeds[2].toString().contains("were run with different seeds"), seeds[2].toString());

        Object[] metric = run("compare", dir.toString(), "--metrics", "favourable.XX", "--at", "2027-12");
        assertEquals(2, metric[0]);
        assertTrue(metric[2].toString().contains("has no metric 'favourable.XX'"), metric[2].toString());

        Object[] base = run("compare", dir.toString(), "--baseline", "nope", "--at", "2027-12");
        assertEquals(2, base[0]);
        assertTrue(base[2].toString().contains("no arm named 'nope'"), base[2].toString());

        assertEquals(0, run("compare", dir.toString(), "--at", "2027-12")[0]);
        Object[] again = run("compare", dir.toString(), "--at", "2027-12");
        assertEquals(2, again[0]);
        assertTrue(again[2].toString().contains("exists"), again[2].toString());
    }
}
