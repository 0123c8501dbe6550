package culturebridge.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.cli.Main;
import culturebridge.experiment.compare.ResultsTables;
import culturebridge.output.CsvTableWriter;
import culturebridge.output.MonthlySeries;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charts DIR} draws a run's charts again from its tables, as the run drew them, at another size and resolution. */
class ChartsCommandTest {
    @TempDir Path tmp;

    private Path results(List<MonthlySeries> reps) throws Exception {
        Path dir = tmp.resolve("run");
        Files.createDirectories(dir);
        LinkedHashMap<String, Object> params = new LinkedHashMap<>();
        params.put("agents", 1000);
        CsvTableWriter.write(dir.resolve("monthly.csv"), "synthetic", reps, params);
        List<Long> seeds = new ArrayList<>();
        List<List<culturebridge.output.TimelineEvent>> events = new ArrayList<>();
        for (MonthlySeries s : reps) {
            seeds.add(s.seed());
            events.add(SyntheticRuns.events());
        }
        CsvTableWriter.writeEvents(dir.resolve("events.csv"), "synthetic", seeds, events);
        Files.writeString(dir.resolve("manifest.json"), "{}");
        return dir;
    }

    @Test
    void redrawsTheRunsChartsFromItsTables() throws Exception {
        List<MonthlySeries> reps = SyntheticRuns.replicates(3, 24);
        Path dir = results(reps);
        ResultsTables back = ResultsTables.read(dir);
        assertEquals(3, back.replicates().size());
        for (int r = 0; r < 3; r++) {
            assertEquals(reps.get(r).months(), back.replicates().get(r).months());
            assertEquals(reps.get(r).stages(), back.replicates().get(r).stages());
            for (int m = 0; m < reps.get(r).values().length; m++) {
                assertArrayEquals(reps.get(r).values()[m], back.replicates().get(r).values()[m], 0.0);
            }
        }
        // at the run's size the redrawn PNG is the one the run drew
        Path original = tmp.resolve("original");
        ScenarioCharts.writeAll(original, reps, SyntheticRuns.events(), Map.of("CN", "China", "KR", "South Korea"),
                new ChartExport(1200, 700, 96, List.of("png")));
        assertEquals(0, Main.execute("charts", dir.toString(), "--formats", "png", "--out", tmp.resolve("same").toString()));
        assertArrayEquals(Files.readAllBytes(original.resolve("attitudes.png")),
                Files.readAllBytes(tmp.resolve("same/attitudes.png")));
    }

    @Test
    void drawsAtTheAskedSizeResolutionAndFormats() throws Exception {
        Path dir = results(SyntheticRuns.replicates(2, 24));
        assertEquals(0, Main.execute("charts", dir.toString(), "--size", "800x500", "--dpi", "192", "--formats", "png,svg"));
        Path out = dir.resolve("charts-800x500-192dpi");
        BufferedImage img = ImageIO.read(out.resolve("tension.png").toFile());
        assertEquals(1600, img.getWidth());
        assertEquals(1000, img.getHeight());
        assertTrue(Files.isRegularFile(out.resolve("tension.svg")));
        assertTrue(!Files.exists(out.resolve("tension.pdf")), "no PDF when not asked");
        assertEquals(2, Main.execute("charts", dir.toString(), "--size", "800x500", "--dpi", "192"), "exists without --force");
        assertEquals(2, Main.execute("charts", dir.toString(), "--formats", "gif", "--force"));
        assertEquals(2, Main.execute("charts", tmp.resolve("nowhere").toString()));
    }

    @Test
    void drawsTheAskedBandAndSaysSo() throws Exception {
        Path dir = results(SyntheticRuns.replicates(3, 24));
        assertEquals(0, Main.execute("charts", dir.toString(), "--formats", "svg", "--band", "0.5", "--out", tmp.resolve("b50").toString()));
        String svg = Files.readString(tmp.resolve("b50/tension.svg"));
        assertTrue(svg.contains("central 50% of replicates (25th to 75th percentile"), "the band's definition is on the chart");
        assertEquals(0, Main.execute("charts", dir.toString(), "--formats", "svg", "--out", tmp.resolve("b90").toString()));
        assertTrue(Files.readString(tmp.resolve("b90/tension.svg")).contains("central 90% of replicates (5th to 95th percentile"),
                "90% by default");
        assertEquals(2, Main.execute("charts", dir.toString(), "--band", "1.5", "--out", tmp.resolve("bad").toString()));
    }
}
