package culturebridge.experiment.calibration;

import culturebridge.chart.ChartExport;
import culturebridge.chart.ChartExporter;
import culturebridge.chart.ChartStyle;
import culturebridge.output.AtomicFiles;
import culturebridge.scenario.CalibrationSpec;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.w3c.dom.Document;

/**
 * The calibration's charts (JFreeChart, PNG and SVG): prior against posterior marginals, the
 * posterior pair plot (scatter of every pair, marginals on the diagonal), and per target the
 * posterior predictive 5-95% band over the whole scenario with the observations overlaid and
 * the calibration window shaded.
 */
final class PosteriorCharts {
    private static final Color PRIOR = new Color(0xBBBBBB);
    private static final int BINS = 20;

    private PosteriorCharts() {}

    static List<Path> writeAll(Path dir, Calibration.Outcome o) throws IOException {
        List<Path> out = new ArrayList<>();
        AbcSmc.Generation post = o.smc().posterior();
        int n = o.prior().dimension();
        List<JFreeChart> marginals = new ArrayList<>();
        for (int i = 0; i < n; i++) marginals.add(marginal(o, i, post, true));
        int cols = Math.min(4, n);
        out.addAll(grid(dir, "marginals", marginals, cols, 330, 240,
                "Prior (grey) and posterior (blue) of each calibrated parameter"));
        List<JFreeChart> pairs = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) pairs.add(r == c ? marginal(o, r, post, false) : scatter(o, c, r, post));
        }
        int cell = n > 8 ? 170 : 220;
        out.addAll(grid(dir, "pairs", pairs, n, cell, cell,
                "Posterior pair plot (row: y, column: x; one point per particle, weights not shown); diagonal: weighted marginals"));
        for (var t : o.spec().targets()) {
            JFreeChart chart = predictive(o, t);
            out.addAll(ChartExporter.write(chart, dir, "predictive-" + slug(t.name()),
                    new ChartExport(1100, 600, ChartExport.SCREEN_DPI, List.of("png", "svg"))));
        }
        return out;
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static JFreeChart marginal(Calibration.Outcome o, int i, AbcSmc.Generation post, boolean withPrior) {
        var p = o.prior().parameter(i);
        double lo = p.min();
        double width = (p.max() - p.min()) / BINS;
        XYSeriesCollection data = new XYSeriesCollection();
        if (withPrior) {
            double[] w = new double[o.priorDraws().length];
            java.util.Arrays.fill(w, 1.0 / w.length);
            data.addSeries(histogram("prior", o.priorDraws(), w, i, lo, width));
        }
        data.addSeries(histogram("posterior", post.particles(), post.weights(), i, lo, width));
        data.setIntervalWidth(width);
        XYBarRenderer r = new XYBarRenderer(0.05);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        if (withPrior) {
            r.setSeriesPaint(0, PRIOR);
            r.setSeriesPaint(1, new Color(0, 114, 178, 170));
        } else {
            r.setSeriesPaint(0, new Color(0, 114, 178, 200));
        }
        NumberAxis x = new NumberAxis(p.name());
        x.setRange(p.min(), p.max());
        NumberAxis y = new NumberAxis(withPrior ? "density" : null);
        XYPlot plot = new XYPlot(data, x, y, r);
        return small(plot, withPrior ? p.name() : null);
    }

    private static XYSeries histogram(String key, double[][] x, double[] w, int i, double lo, double width) {
        double[] h = new double[BINS];
        for (int k = 0; k < x.length; k++) {
            int b = (int) Math.min(BINS - 1, Math.max(0, Math.floor((x[k][i] - lo) / width)));
            h[b] += w[k];
        }
        XYSeries s = new XYSeries(key);
        for (int b = 0; b < BINS; b++) s.add(lo + (b + 0.5) * width, h[b] / width);
        return s;
    }

    private static JFreeChart scatter(Calibration.Outcome o, int xi, int yi, AbcSmc.Generation post) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries s = new XYSeries("particles", false, true);
        for (double[] x : post.particles()) s.add(x[xi], x[yi]);
        data.addSeries(s);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));
        r.setSeriesPaint(0, new Color(0, 114, 178, 110));
        var px = o.prior().parameter(xi);
        var py = o.prior().parameter(yi);
        NumberAxis x = new NumberAxis(px.name());
        x.setRange(px.min(), px.max());
        NumberAxis y = new NumberAxis(py.name());
        y.setRange(py.min(), py.max());
        XYPlot plot = new XYPlot(data, x, y, r);
        double rho = PosteriorSummary.correlation(post.particles(), post.weights(), xi, yi);
        return small(plot, String.format(Locale.ROOT, "r = %+.2f", rho));
    }

    private static JFreeChart small(XYPlot plot, String title) {
        Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
        Font label = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        for (var axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            axis.setTickLabelFont(tick);
            axis.setLabelFont(label);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        if (title != null) chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 11)));
        return chart;
    }

    /** Charts drawn in a grid, as one PNG and one SVG. */
    private static List<Path> grid(Path dir, String name, List<JFreeChart> charts, int cols, int cellW, int cellH, String title)
            throws IOException {
        int rows = (charts.size() + cols - 1) / cols;
        int head = 36;
        int width = cols * cellW;
        int height = rows * cellH + head;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        draw(g, charts, cols, cellW, cellH, head, width, height, title);
        g.dispose();
        Path png = dir.resolve(name + ".png");
        AtomicFiles.write(png, out -> ImageIO.write(image, "png", out));
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            doc = f.newDocumentBuilder().getDOMImplementation().createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML document builder for SVG: " + e.getMessage(), e);
        }
        SVGGraphics2D svg = new SVGGraphics2D(doc);
        svg.setSVGCanvasSize(new java.awt.Dimension(width, height));
        draw(svg, charts, cols, cellW, cellH, head, width, height, title);
        Path file = dir.resolve(name + ".svg");
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            svg.stream(w, true);
            w.flush();
        });
        svg.dispose();
        return List.of(png, file);
    }

    private static void draw(Graphics2D g, List<JFreeChart> charts, int cols, int cellW, int cellH, int head, int width,
                             int height, String title) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(ChartStyle.TEXT);
        g.setFont(ChartStyle.TITLE_FONT);
        g.drawString(title, 12, 24);
        for (int k = 0; k < charts.size(); k++) {
            int r = k / cols;
            int c = k % cols;
            charts.get(k).draw(g, new Rectangle2D.Double(c * cellW, head + r * cellH, cellW, cellH));
        }
    }

    /** The middle of the months a period stands for, in years: a month, a whole year, a survey's fieldwork. */
    private static double time(CalibrationSpec.Target t, YearMonth m) {
        double centre = switch (t.compare()) {
            case MONTHLY -> m.getMonthValue();
            case ANNUAL_SUM -> 6.5;
            case MEAN_OF_MONTHS -> (t.firstMonth() + t.lastMonth()) / 2.0;
        };
        return m.getYear() + (centre - 0.5) / 12.0;
    }

    private static JFreeChart predictive(Calibration.Outcome o, CalibrationSpec.Target t) {
        String target = t.name();
        boolean log = t.log();
        YIntervalSeries band = new YIntervalSeries("posterior predictive 5-95% (" + o.size().predictive() + " draws)");
        XYSeries in = new XYSeries("observed, in window (fitted)");
        XYSeries later = new XYSeries("observed, after the window (never fitted)");
        for (Calibration.Band b : o.bands()) {
            if (!b.target().equals(target)) continue;
            double x = time(t, b.period());
            band.add(x, b.q50(), b.q05(), b.q95());
            if (b.role().equals("in window")) in.add(x, b.observed());
            else if (b.role().equals("out of window")) later.add(x, b.observed());
        }
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        bands.addSeries(band);
        DeviationRenderer dr = new DeviationRenderer(true, false);
        dr.setSeriesPaint(0, ChartStyle.BLUE);
        dr.setSeriesFillPaint(0, new Color(0x0072B2));
        dr.setAlpha(0.25f);
        dr.setSeriesStroke(0, new BasicStroke(1.8f));
        NumberAxis x = new NumberAxis("year");
        x.setAutoRangeIncludesZero(false);
        x.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        NumberAxis y = new NumberAxis(target);
        y.setAutoRangeIncludesZero(!log);
        XYPlot plot = new XYPlot(bands, x, y, dr);
        XYSeriesCollection points = new XYSeriesCollection();
        points.addSeries(in);
        points.addSeries(later);
        XYLineAndShapeRenderer pr = new XYLineAndShapeRenderer(false, true);
        pr.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        pr.setSeriesPaint(0, ChartStyle.BLACK);
        pr.setSeriesShape(1, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        pr.setSeriesPaint(1, ChartStyle.VERMILLION);
        plot.setDataset(1, points);
        plot.setRenderer(1, pr);
        var w = o.spec().window();
        double from = w.from().getYear() + (w.from().getMonthValue() - 1) / 12.0;
        double to = w.to().getYear() + w.to().getMonthValue() / 12.0;
        IntervalMarker shade = new IntervalMarker(from, to, new Color(0xF0, 0xE4, 0x42, 40));
        shade.setLabel("calibration window (fitted)");
        shade.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        shade.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(shade, Layer.BACKGROUND);
        ValueMarker end = new ValueMarker(to, ChartStyle.AXIS, ChartStyle.dashed(1.2f));
        plot.addDomainMarker(end);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        JFreeChart chart = new JFreeChart("Posterior predictive: " + target, ChartStyle.TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle("median of " + o.size().predictive()
                + " posterior draws (one seed each) with its 5-95% band; points: data", ChartStyle.SUBTITLE_FONT));
        return chart;
    }
}
