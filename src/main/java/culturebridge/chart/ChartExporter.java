package culturebridge.chart;

import java.io.IOException;
import java.nio.file.Path;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

import culturebridge.output.AtomicFiles;

/**
 * Writes charts to image files for the results folder. Files are written atomically, so a
 * chart on disk is always a complete image. Works headless ({@code java.awt.headless=true}).
 */
public final class ChartExporter {

    /** Default image width in pixels. */
    public static final int DEFAULT_WIDTH = 1200;
    /** Default image height in pixels. */
    public static final int DEFAULT_HEIGHT = 700;

    private ChartExporter() {
    }

    /** Writes {@code chart} as a PNG of the given size. */
    public static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
    }

    /** Writes {@code chart} as a PNG of the default size ({@value #DEFAULT_WIDTH}x{@value #DEFAULT_HEIGHT}). */
    public static void writePng(JFreeChart chart, Path file) throws IOException {
        writePng(chart, file, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }
}
