package culturebridge.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import culturebridge.output.AtomicFiles;
import culturebridge.output.MonthlySeries;

class ScenarioChartsTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheStandardSetAsNonBlankImages() throws IOException {
        List<MonthlySeries> reps = SyntheticRuns.replicates(2, 24);
        List<Path> files = ScenarioCharts.writeAll(tmp.resolve("charts"), reps, SyntheticRuns.events(),
                Map.of("CN", "China", "KR", "South Korea"));
        List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("adoption_CN.png", "adoption_KR.png", "attitudes.png", "titles_released.png",
                "soft_power.png", "tension.png", "arrivals.png"), names);
        try (Stream<Path> s = Files.list(tmp.resolve("charts"))) {
            assertTrue(s.noneMatch(p -> AtomicFiles.isTemporaryName(p.getFileName().toString())), "no temporary files left");
        }
        for (Path f : files) {
            BufferedImage img = ImageIO.read(f.toFile());
            assertNotNull(img, f + " is a readable image");
            assertEquals(ChartExporter.DEFAULT_WIDTH, img.getWidth(), f.toString());
            assertEquals(ChartExporter.DEFAULT_HEIGHT, img.getHeight(), f.toString());
            assertTrue(greyVariance(img) > 200, f + " is not blank: grey variance " + greyVariance(img));
            for (Color shade : PolicyTimelineAnnotator.STAGE_SHADES) {
                int n = count(img, PolicyTimelineAnnotator.onWhite(shade), 2);
                assertTrue(n > 5_000, f + ": stage shading " + shade + " covers only " + n + " pixels");
            }
            int rose = count(img, PolicyTimelineAnnotator.onWhite(PolicyTimelineAnnotator.ROLLBACK_SHADE), 2);
            assertTrue(rose > 5_000, f + ": rollback shading covers only " + rose + " pixels");
            int shock = count(img, PolicyTimelineAnnotator.SHOCK_COLOUR, 40);
            assertTrue(shock > 200, f + ": shock line has only " + shock + " pixels");
        }
    }

    @Test
    void seriesLinesUseTheirColours() throws IOException {
        Path f = tmp.resolve("adoption_CN.png");
        ChartExporter.writePng(ScenarioCharts.charts(SyntheticRuns.replicates(1, 24), SyntheticRuns.events(), Map.of())
                .get("adoption_CN.png"), f);
        BufferedImage img = ImageIO.read(f.toFile());
        // Film is drawn in Okabe-Ito blue, drama in vermillion: both lines must show.
        assertTrue(count(img, ChartStyle.BLUE, 30) > 300, "film line");
        assertTrue(count(img, ChartStyle.VERMILLION, 30) > 300, "drama line");
    }

    @Test
    void skipsChartsWhoseMetricsAreAbsent() throws IOException {
        List<YearMonth> months = List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
        MonthlySeries s = new MonthlySeries(1, List.of("tension", "attitude.CN", "coproductions"), months,
                List.of("a", "a"), new double[][]{{0.2, 0.5, 1}, {0.3, 0.6, 2}});
        List<Path> files = ScenarioCharts.writeAll(tmp, List.of(s), List.of());
        assertEquals(List.of(tmp.resolve("attitudes.png"), tmp.resolve("tension.png")), files);

        MonthlySeries none = new MonthlySeries(1, List.of("coproductions"), months, List.of("a", "a"), new double[][]{{1}, {2}});
        assertEquals(List.of(), ScenarioCharts.writeAll(tmp.resolve("none"), List.of(none), List.of()));
    }

    @Test
    void findsCountriesAndMediaFromMetricNames() {
        List<String> cols = List.of("date", "stage", "tension", "adoption.CN.drama.in.KR", "adoption.CN.film.in.KR",
                "adoption.KR.webtoon.in.CN", "attitude.JP", "soft_power.KR.pull", "content_revenue.KR.in.US", "coproductions");
        assertEquals(List.of("KR", "CN", "JP", "US"), ScenarioCharts.countries(cols));
        assertEquals(List.of("film", "drama", "webtoon"), ScenarioCharts.media(cols));
    }

    /** Variance of the grey level over all pixels; 0 for a blank image. */
    static double greyVariance(BufferedImage img) {
        double sum = 0;
        double sq = 0;
        long n = (long) img.getWidth() * img.getHeight();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                double g = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3.0;
                sum += g;
                sq += g * g;
            }
        }
        double mean = sum / n;
        return sq / n - mean * mean;
    }

    /** Pixels within {@code tol} (per channel) of a colour. */
    static int count(BufferedImage img, Color c, int tol) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xff) - c.getRed()) <= tol && Math.abs(((rgb >> 8) & 0xff) - c.getGreen()) <= tol
                        && Math.abs((rgb & 0xff) - c.getBlue()) <= tol) {
                    n++;
                }
            }
        }
        return n;
    }
}
