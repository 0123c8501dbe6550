package culturebridge.chart;

import java.util.List;
import java.util.Locale;

/**
 * How charts are exported: the drawing size, the resolution of the raster copy, the file
 * formats and the share of replicates the bands hold. A chart is laid out at
 * {@code width x height} units (pixels at 96 dpi, so the default 1200 x 700 is 12.5 x 7.3 inches); the PNG is that layout rendered at {@code dpi}, so a 300 dpi
 * PNG has the same layout, fonts and line widths as the 96 dpi one with 3.125 times the pixels.
 * SVG and PDF are vector copies of the same layout (a PDF page of width x height points at 96
 * units per inch).
 *
 * @param width   layout width in units of 1/96 inch
 * @param height  layout height in units of 1/96 inch
 * @param dpi     resolution of the PNG
 * @param formats file formats to write, of {@link #FORMATS}
 * @param band    share of the replicates' values inside a chart's band (0-1, e.g. 0.9: the 5th to
 *                95th percentile); the chart's subtitle states it
 */
public record ChartExport(int width, int height, int dpi, List<String> formats, double band) {
    /** The formats a chart can be written in. */
    public static final List<String> FORMATS = List.of("png", "svg", "pdf");
    /** Resolution at which one layout unit is one pixel. */
    public static final int SCREEN_DPI = 96;
    /** What runs write: 1200 x 700 at 96 dpi, as PNG with SVG and PDF beside it. */
    public static final ChartExport DEFAULT = new ChartExport(ChartExporter.DEFAULT_WIDTH, ChartExporter.DEFAULT_HEIGHT,
            SCREEN_DPI, FORMATS, TimeSeriesChartFactory.DEFAULT_BAND);
    /** Largest side in layout units and largest resolution (a 20 x 20 inch chart at 1200 dpi). */
    static final int MAX_SIDE = 1920;
    static final int MAX_DPI = 1200;

    /**
     * @throws IllegalArgumentException for a size or resolution out of range, or an unknown or
     *                                  repeated format, with a message for the user
     */
    public ChartExport {
        if (width < 100 || height < 100 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("chart size must be between 100 and " + MAX_SIDE + " on each side, got "
                    + width + "x" + height);
        }
        if (dpi < 48 || dpi > MAX_DPI) throw new IllegalArgumentException("chart dpi must be between 48 and " + MAX_DPI + ", got " + dpi);
        if (formats.isEmpty()) throw new IllegalArgumentException("give at least one chart format of " + FORMATS);
        for (String f : formats) {
            if (!FORMATS.contains(f)) throw new IllegalArgumentException("unknown chart format '" + f + "'; known: " + FORMATS);
        }
        if (formats.stream().distinct().count() != formats.size()) throw new IllegalArgumentException("a chart format is given twice: " + formats);
        formats = List.copyOf(formats);
        TimeSeriesChartFactory.checkBand(band);
    }

    /** An export with the default band. */
    public ChartExport(int width, int height, int dpi, List<String> formats) {
        this(width, height, dpi, formats, TimeSeriesChartFactory.DEFAULT_BAND);
    }

    /** The same export with another band. */
    public ChartExport withBand(double share) {
        return new ChartExport(width, height, dpi, formats, share);
    }

    /** Parses {@code WIDTHxHEIGHT}, e.g. {@code 1200x700}. */
    public static int[] parseSize(String size) {
        String[] p = size.toLowerCase(Locale.ROOT).split("x");
        try {
            if (p.length == 2) return new int[] {Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip())};
        } catch (NumberFormatException ignored) {
            // the message below says what is expected
        }
        throw new IllegalArgumentException("chart size must be WIDTHxHEIGHT, e.g. 1200x700, got '" + size + "'");
    }

    /** The PNG's pixel size: the layout scaled by dpi / 96. */
    public int pixelWidth() {
        return (int) Math.round(width * (double) dpi / SCREEN_DPI);
    }

    /** The PNG's pixel height. */
    public int pixelHeight() {
        return (int) Math.round(height * (double) dpi / SCREEN_DPI);
    }
}
