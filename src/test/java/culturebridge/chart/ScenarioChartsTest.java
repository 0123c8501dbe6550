package culturebridge.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
                Map.of("CN", "China", "KR", "South Korea"), new ChartExport(1200, 700, 96, List.of("png")));
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
    void vectorCopiesAndHighResolutionPngsHaveTheSameLayout() throws Exception {
        List<MonthlySeries> reps = SyntheticRuns.replicates(3, 24);
        List<Path> files = ScenarioCharts.writeAll(tmp.resolve("paper"), reps, SyntheticRuns.events(),
                Map.of("CN", "China", "KR", "South Korea"), new ChartExport(800, 500, 300, ChartExport.FORMATS));
        Path png = tmp.resolve("paper/attitudes.png");
        Path svg = tmp.resolve("paper/attitudes.svg");
        Path pdf = tmp.resolve("paper/attitudes.pdf");
        assertTrue(files.containsAll(List.of(png, svg, pdf)), files.toString());
        assertEquals(21, files.size(), files.toString());

        // 800 x 500 units at 300 dpi: 2500 x 1563 pixels, with the resolution recorded in the file
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(2500, img.getWidth());
        assertEquals(1563, img.getHeight());
        assertTrue(greyVariance(img) > 200, "not blank");
        try (var in = ImageIO.createImageInputStream(png.toFile())) {
            var reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            var phys = ((org.w3c.dom.Element) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0"))
                    .getElementsByTagName("pHYs");
            assertEquals(1, phys.getLength(), "pHYs chunk");
            long perMetre = Long.parseLong(((org.w3c.dom.Element) phys.item(0)).getAttribute("pixelsPerUnitXAxis"));
            assertEquals(300.0, perMetre * 0.0254, 0.01);
        }

        // the SVG is well-formed XML of the layout's size holding the title's text
        var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // Batik names the SVG 1.0 DTD; a test parses without fetching it
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals("800", doc.getDocumentElement().getAttribute("width"));
        assertEquals("500", doc.getDocumentElement().getAttribute("height"));
        assertTrue(Files.readString(svg).contains("Attitudes toward the partner country"), "title text in the SVG");

        // the PDF is one page of 800 x 500 units at 72 points per 96 units: 600 x 375 points, with text
        try (var d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, d.getNumberOfPages());
            var box = d.getPage(0).getMediaBox();
            assertEquals(600, box.getWidth(), 0.01);
            assertEquals(375, box.getHeight(), 0.01);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(d);
            assertTrue(text.contains("Attitudes toward the partner country"), text);
        }
    }

    @Test
    void refusesSizesAndFormatsItCannotWrite() {
        assertThrows(IllegalArgumentException.class, () -> new ChartExport(1200, 700, 96, List.of("gif")));
        assertThrows(IllegalArgumentException.class, () -> new ChartExport(20, 700, 96, List.of("png")));
        assertThrows(IllegalArgumentException.class, () -> new ChartExport(1200, 700, 5000, List.of("png")));
        assertThrows(IllegalArgumentException.class, () -> ChartExport.parseSize("1200 by 700"));
        assertEquals(List.of(1600, 900), java.util.Arrays.stream(ChartExport.parseSize("1600x900")).boxed().toList());
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
        assertEquals(List.of(tmp.resolve("attitudes.png"), tmp.resolve("attitudes.svg"), tmp.resolve("attitudes.pdf"),
                tmp.resolve("tension.png"), tmp.resolve("tension.svg"), tmp.resolve("tension.pdf")), files);

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
