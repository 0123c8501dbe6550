package culturebridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code calibrate FILE --quick} on the shipped calibration file, made smaller still (fewer
 * agents and particles): the results folder holds a posterior a scenario can read, the trace,
 * the identifiability table and the coverage of the observations after the window; a run whose
 * journal was cut short by a kill resumes to the same posterior.
 */
class CalibrateCommandTest {
    private static final String FILE = "scenarios/calibration/history-2010-2019.yaml";

    @TempDir Path tmp;

    private static String[] args(Path out, String... extra) {
        List<String> a = new ArrayList<>(List.of("calibrate", FILE, "--quick", "--particles", "4", "--agents", "300",
                "--predictive", "2", "--threads", "2", "--out", out.toString()));
        a.addAll(List.of(extra));
        return a.toArray(new String[0]);
    }

    private static List<String> parseCsvLine(String line) throws IOException {
        try (var p = org.apache.commons.csv.CSVParser.parse(line, org.apache.commons.csv.CSVFormat.DEFAULT)) {
            return p.getRecords().get(0).toList();
        }
    }

    private static List<String> rows(Path csv) throws IOException {
        return Files.readAllLines(csv, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList();
    }

    @Test
    void aQuickCalibrationWritesAPosteriorAndItsChecksAndResumesAfterAKill() throws IOException {
        Path out = tmp.resolve("quick");
        Object[] r = CliCapture.run(args(out));
        assertEquals(0, r[0], (String) r[1]);

        List<String> posterior = rows(out.resolve("posterior.csv"));
        List<String> header = List.of(posterior.get(0).split(","));
        assertEquals(List.of("draw", "weight"), header.subList(0, 2));
        assertTrue(header.contains("attitudeTravelEffect") && header.contains("travel.epidemics[0].suppression"), header.toString());
        assertTrue(header.size() - 2 >= 10, "at least ten parameters: " + header);
        assertEquals(5, posterior.size(), "four particles");
        double sum = 0;
        for (String row : posterior.subList(1, posterior.size())) sum += Double.parseDouble(row.split(",")[1]);
        assertEquals(1, sum, 1e-9, "weights sum to 1");
        assertTrue(Files.readString(out.resolve("posterior.csv")).startsWith("# posterior of history-2010-2019.yaml: ABC-SMC"));

        List<String> trace = rows(out.resolve("trace.csv"));
        assertEquals("generation,tolerance,particles,attempts,acceptance_rate,ess,distinct,seconds,median_distance", trace.get(0));
        assertEquals(3, trace.size(), "two generations");
        assertEquals(header.size() - 1, rows(out.resolve("identifiability.csv")).size(), "a row per parameter");
        String coverage = Files.readString(out.resolve("coverage.csv"));
        for (String row : List.of("\"CN to KR arrivals, annual\",2024-12,4600000,",
                "\"Pew, Koreans unfavourable toward China\",2020-06,0.75,", "\"CISS, Chinese favourable toward Korea\",2022-11,0.139,")) {
            assertTrue(coverage.contains(row), "coverage lacks " + row + ":\n" + coverage);
        }
        // the median as an include: every parameter once, field paths under set:, values as in identifiability.csv
        String point = Files.readString(out.resolve("posterior-median.yaml"));
        assertTrue(point.contains("\nparams:\n") && point.contains("\nset:\n  travel.epidemics[0].suppression: "), point);
        for (String row : rows(out.resolve("identifiability.csv")).subList(1, header.size() - 1)) {
            List<String> cells = parseCsvLine(row);
            assertTrue(point.contains("  " + cells.get(0) + ": " + cells.get(4) + "\n"), cells.get(0) + " median in:\n" + point);
        }
        String fit = Files.readString(out.resolve("fit.csv"));
        assertTrue(fit.contains("\"CN to KR arrivals, monthly\",monthly MAPE") && fit.contains("annual MAPE"), fit);
        for (String chart : List.of("pairs.png", "pairs.svg", "marginals.png", "predictive-cn-to-kr-arrivals-monthly.png",
                "predictive-pew-koreans-unfavourable-toward-china.svg")) {
            assertTrue(Files.size(out.resolve("charts").resolve(chart)) > 1000, chart);
        }
        // the predictive bands run past the window; the calibration runs never do
        String predictive = Files.readString(out.resolve("predictive.csv"));
        assertTrue(predictive.contains("\"CN to KR arrivals, monthly\",2025-12,"), "bands to 2025");

        // a kill -9 leaves the journal with its last line cut short and no results: resume
        Path journal = out.resolve("journal.csv");
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        String cut = String.join("\n", lines.subList(0, 6)) + "\n" + lines.get(6).substring(0, lines.get(6).length() / 2);
        Files.writeString(journal, cut, StandardCharsets.UTF_8);
        Files.delete(out.resolve("posterior.csv"));
        Object[] again = CliCapture.run(args(out, "--resume"));
        assertEquals(0, again[0], (String) again[1]);
        assertEquals(posterior, rows(out.resolve("posterior.csv")), "the resumed calibration reaches the same posterior");
    }

    @Test
    void aResultsFolderWithResultsIsNotOverwrittenWithoutForceOrResume() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        Object[] r = CliCapture.run(args(out));
        assertTrue((int) r[0] != 0, "refused");
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    }
}
