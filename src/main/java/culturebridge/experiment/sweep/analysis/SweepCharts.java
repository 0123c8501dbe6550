package culturebridge.experiment.sweep.analysis;

import culturebridge.chart.ChartExporter;
import culturebridge.chart.ChartStyle;
import culturebridge.chart.CiBarRenderer;
import culturebridge.output.AtomicFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of a sweep's analysis, in the house style ({@link ChartStyle}) and written as PNG
 * through {@link ChartExporter}: sensitivity indices as bars with their confidence intervals,
 * Morris's μ*-σ plane, each response's distribution per arm, paired differences against the
 * baseline with intervals, indices month by month, and replication adequacy.
 */
final class SweepCharts {
    /** Most arms drawn one by one with labels; beyond, distributions become a histogram and differences a ranked plot. */
    static final int MAX_LABELLED_ARMS = 30;
    private static final int WIDTH = 1200;

    private SweepCharts() {
    }

    /** Writes every chart of the report into {@code dir}; returns the files written. */
    static List<Path> writeAll(SweepAnalysis.Report r, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        SweepData d = r.data();
        for (int i = 0; i < d.responses().size(); i++) {
            String resp = d.responses().get(i);
            out.add(write(indices(r, resp), dir, "indices_" + resp, WIDTH, height(d.factors().size())));
            if (r.method().equals("morris")) out.add(write(morrisPlane(r, resp), dir, "morris_" + resp, 900, 700));
            out.add(write(distribution(r, i), dir, "distribution_" + resp, WIDTH,
                    d.points().size() <= MAX_LABELLED_ARMS ? Math.max(500, 120 + 26 * d.points().size()) : 650));
            if (!r.paired().isEmpty()) {
                int arms = d.points().size() - 1;
                out.add(write(paired(r, resp), dir, "paired_" + resp, WIDTH,
                        arms <= MAX_LABELLED_ARMS ? Math.max(500, 140 + 26 * arms) : 650));
            }
        }
        Map<String, List<SweepAnalysis.MonthRow>> byMetric = new LinkedHashMap<>();
        for (SweepAnalysis.MonthRow m : r.byMonth()) byMetric.computeIfAbsent(m.metric(), x -> new ArrayList<>()).add(m);
        for (Map.Entry<String, List<SweepAnalysis.MonthRow>> e : byMetric.entrySet()) {
            out.add(write(byMonth(r, e.getKey(), e.getValue()), dir, "by_month_" + e.getKey(), WIDTH, 700));
        }
        if (!r.adequacy().isEmpty()) out.add(write(adequacy(r), dir, "replication", 1000, 650));
        return out;
    }

    private static int height(int factors) {
        return Math.max(420, 160 + 60 * factors);
    }

    private static Path write(JFreeChart chart, Path dir, String name, int w, int h) throws IOException {
        Path file = AtomicFiles.resolveInside(dir, name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
        ChartExporter.writePng(chart, file, w, h);
        return file;
    }

    /** The design's main index of each factor (and the secondary one), bars with intervals. */
    static JFreeChart indices(SweepAnalysis.Report r, String response) {
        List<String> shown = switch (r.method()) {
            case "sobol" -> List.of("S1", "ST");
            case "morris" -> List.of("mu_star", "sigma");
            case "prcc" -> List.of("PRCC");
            default -> List.of("main_effect");
        };
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        CiBarRenderer renderer = new CiBarRenderer();
        double lo = 0;
        double hi = 0;
        for (SweepAnalysis.IndexRow row : r.indices()) {
            if (!row.response().equals(response) || !shown.contains(row.index())) continue;
            String series = label(row.index());
            double v = row.value().estimate();
            ds.addValue(Double.isFinite(v) ? v : 0, series, row.factor());
            renderer.setInterval(series, row.factor(), row.value().low(), row.value().high());
            for (double x : new double[] {v, row.value().low(), row.value().high()}) {
                // Intervals widen the axis, but not beyond a few times the estimates' own range,
                // so one wild bootstrap bound cannot flatten every bar.
                if (Double.isFinite(x) && Math.abs(x) <= 3 * Math.max(1, Math.abs(v))) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        String what = switch (r.method()) {
            case "sobol" -> "Sobol indices";
            case "morris" -> "Morris elementary effects";
            case "prcc" -> "Partial rank correlation";
            default -> "Main-effect variance share";
        };
        String axis = switch (r.method()) {
            case "sobol" -> "share of output variance";
            case "morris" -> "effect per unit of the factor's range";
            case "prcc" -> "partial rank correlation (-1 to 1)";
            default -> "share of variance across design points";
        };
        NumberAxis y = new NumberAxis(axis);
        double pad = Math.max(0.05, (hi - lo) * 0.08);
        y.setRange(lo < 0 ? lo - pad : 0, hi + pad);
        CategoryPlot plot = categoryPlot(ds, y, renderer, PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.AXIS, new BasicStroke(1f)));
        JFreeChart chart = new JFreeChart(what + ": " + response, ChartStyle.TITLE_FONT, plot, true);
        chart.addSubtitle(new TextTitle(subtitle(r)));
        double noise = r.summaries().get(response)[3];
        if (Double.isFinite(noise)) {
            chart.addSubtitle(new TextTitle(String.format(Locale.ROOT,
                    "replicate noise: %.0f%% of the variance of the arms' means%s", noise * 100,
                    noise > 0.2 ? " - indices are blurred by it; more replicates sharpen them" : "")));
        }
        style(chart);
        return chart;
    }

    private static String subtitle(SweepAnalysis.Report r) {
        int pct = (int) Math.round(r.options().confidence() * 100);
        return switch (r.method()) {
            case "sobol" -> "first-order S1 (Saltelli et al. 2010) and total ST (Jansen 1999); whiskers: " + pct
                    + "% bootstrap intervals (" + r.options().resamples() + " resamples)";
            case "morris" -> "mu* mean absolute effect (Campolongo et al. 2007) with " + pct
                    + "% bootstrap interval; sigma: spread of the effects (Morris 1991)";
            case "prcc" -> "partial rank correlation coefficients (Marino et al. 2008); whiskers: " + pct + "% Fisher-z intervals";
            default -> "eta squared of each factor's level means; whiskers: " + pct + "% intervals over resampled replicates";
        };
    }

    private static String label(String index) {
        return switch (index) {
            case "S1" -> "first-order S1";
            case "ST" -> "total ST";
            case "mu_star" -> "mu*";
            case "sigma" -> "sigma";
            case "PRCC" -> "PRCC";
            default -> "main effect";
        };
    }

    /** Morris's plane: μ* against σ, one labelled point per factor, μ* interval as a horizontal bar. */
    static JFreeChart morrisPlane(SweepAnalysis.Report r, String response) {
        Map<String, Interval> muStar = new LinkedHashMap<>();
        Map<String, Double> sigma = new LinkedHashMap<>();
        for (SweepAnalysis.IndexRow row : r.indices()) {
            if (!row.response().equals(response)) continue;
            if (row.index().equals("mu_star")) muStar.put(row.factor(), row.value());
            if (row.index().equals("sigma")) sigma.put(row.factor(), row.value().estimate());
        }
        XYIntervalSeries s = new XYIntervalSeries("factors");
        double max = 0;
        XYPlot plot = new XYPlot();
        for (Map.Entry<String, Interval> e : muStar.entrySet()) {
            Interval m = e.getValue();
            double sg = sigma.getOrDefault(e.getKey(), Double.NaN);
            if (!Double.isFinite(m.estimate()) || !Double.isFinite(sg)) continue;
            double lo = Double.isFinite(m.low()) ? m.low() : m.estimate();
            double hi = Double.isFinite(m.high()) ? m.high() : m.estimate();
            s.add(m.estimate(), lo, hi, sg, sg, sg);
            max = Math.max(max, Math.max(hi, sg));
            XYTextAnnotation a = new XYTextAnnotation("  " + e.getKey(), m.estimate(), sg);
            a.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            a.setFont(ChartStyle.EVENT_FONT);
            a.setPaint(ChartStyle.TEXT);
            plot.addAnnotation(a);
        }
        XYIntervalSeriesCollection ds = new XYIntervalSeriesCollection();
        ds.addSeries(s);
        XYErrorRenderer er = new XYErrorRenderer();
        er.setDrawYError(false);
        er.setSeriesPaint(0, ChartStyle.BLUE);
        er.setErrorPaint(ChartStyle.BLUE);
        er.setDefaultShapesVisible(true);
        er.setDefaultLinesVisible(false);
        plot.setDataset(ds);
        plot.setRenderer(er);
        NumberAxis x = new NumberAxis("mu* (mean absolute elementary effect)");
        NumberAxis y = new NumberAxis("sigma (spread of the effects)");
        x.setRange(0, max * 1.15 + 1e-12);
        y.setRange(0, max * 1.15 + 1e-12);
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        // Points above the line sigma = mu* act through interactions or non-linearly.
        XYSeries diag = new XYSeries("sigma = mu*");
        diag.add(0, 0);
        diag.add(max * 1.15, max * 1.15);
        plot.setDataset(1, new XYSeriesCollection(diag));
        XYLineAndShapeRenderer dl = new XYLineAndShapeRenderer(true, false);
        dl.setSeriesPaint(0, ChartStyle.AXIS);
        dl.setSeriesStroke(0, ChartStyle.dashed(1f));
        plot.setRenderer(1, dl);
        JFreeChart chart = new JFreeChart("Morris screening: " + response, ChartStyle.TITLE_FONT, plot, false);
        chart.addSubtitle(new TextTitle("each factor at (mu*, sigma); bars: " + Math.round(r.options().confidence() * 100)
                + "% bootstrap interval of mu*; above the dashed line, effects depend on the other factors or are non-linear"));
        ChartStyle.apply(chart);
        return chart;
    }

    /** The response over runs: per arm as box plots when there are few arms, else a histogram of all runs. */
    static JFreeChart distribution(SweepAnalysis.Report r, int response) {
        SweepData d = r.data();
        String resp = d.responses().get(response);
        double[][] v = d.values(response);
        if (d.points().size() <= MAX_LABELLED_ARMS) {
            DefaultBoxAndWhiskerCategoryDataset ds = new DefaultBoxAndWhiskerCategoryDataset();
            for (SweepData.Point p : d.points()) {
                List<Double> values = new ArrayList<>();
                for (double x : v[p.index()]) if (Double.isFinite(x)) values.add(x);
                ds.add(values, resp, armLabel(p, d.baselinePoint()));
            }
            BoxAndWhiskerRenderer br = new BoxAndWhiskerRenderer();
            br.setSeriesPaint(0, new Color(0x9DBCE0));
            br.setMeanVisible(true);
            br.setMaxOutlierVisible(true);
            br.setMinOutlierVisible(true);
            br.setMaximumBarWidth(0.35);
            br.setDefaultOutlinePaint(ChartStyle.BLACK);
            br.setUseOutlinePaintForWhiskers(true);
            NumberAxis y = new NumberAxis(resp);
            y.setAutoRangeIncludesZero(false);
            CategoryPlot plot = categoryPlot(ds, y, br, PlotOrientation.HORIZONTAL);
            JFreeChart chart = new JFreeChart("Distribution over replicates per arm: " + resp, ChartStyle.TITLE_FONT, plot, false);
            chart.addSubtitle(new TextTitle("box: quartiles, line: median, circle: mean; " + d.replicates() + " replicate(s) per arm"));
            style(chart);
            return chart;
        }
        List<Double> all = new ArrayList<>();
        for (double[] p : v) for (double x : p) if (Double.isFinite(x)) all.add(x);
        HistogramDataset ds = new HistogramDataset();
        double[] values = all.stream().mapToDouble(Double::doubleValue).toArray();
        if (values.length > 0) ds.addSeries(resp, values, Math.max(10, Math.min(50, values.length / 10)));
        XYBarRenderer br = new XYBarRenderer(0.05);
        br.setBarPainter(new StandardXYBarPainter());
        br.setShadowVisible(false);
        br.setSeriesPaint(0, ChartStyle.BLUE);
        NumberAxis x = new NumberAxis(resp);
        x.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(ds, x, new NumberAxis("runs"), br);
        JFreeChart chart = new JFreeChart("Distribution over all runs: " + resp, ChartStyle.TITLE_FONT, plot, false);
        chart.addSubtitle(new TextTitle(values.length + " completed runs over " + d.points().size() + " design points"));
        ChartStyle.apply(chart);
        return chart;
    }

    private static String armLabel(SweepData.Point p, int baseline) {
        String a = p.arm().length() > 70 ? p.arm().substring(0, 67) + "..." : p.arm();
        return (p.index() == baseline ? "[baseline] " : "") + p.index() + ": " + a;
    }

    /** Paired differences against the baseline with their intervals. */
    static JFreeChart paired(SweepAnalysis.Report r, String response) {
        List<SweepAnalysis.PairedRow> rows = new ArrayList<>();
        for (SweepAnalysis.PairedRow p : r.paired()) {
            if (p.response().equals(response) && Double.isFinite(p.paired().difference().estimate())) rows.add(p);
        }
        rows.sort(Comparator.comparingDouble(p -> p.paired().difference().estimate()));
        String baseline = rows.isEmpty() ? "" : rows.get(0).baseline();
        int pct = (int) Math.round(r.options().confidence() * 100);
        String sub = "arm minus baseline, replicate by replicate (same seeds: common random numbers); whiskers: " + pct
                + "% t intervals; baseline: " + baseline;
        if (rows.size() <= MAX_LABELLED_ARMS) {
            DefaultCategoryDataset ds = new DefaultCategoryDataset();
            CiBarRenderer renderer = new CiBarRenderer();
            double lo = 0;
            double hi = 0;
            for (SweepAnalysis.PairedRow p : rows) {
                String cat = p.point() + ": " + (p.arm().length() > 70 ? p.arm().substring(0, 67) + "..." : p.arm());
                Interval ci = p.paired().difference();
                ds.addValue(ci.estimate(), "difference", cat);
                renderer.setInterval("difference", cat, ci.low(), ci.high());
                for (double x : new double[] {ci.estimate(), ci.low(), ci.high()}) {
                    if (Double.isFinite(x)) {
                        lo = Math.min(lo, x);
                        hi = Math.max(hi, x);
                    }
                }
            }
            NumberAxis y = new NumberAxis("difference in " + response);
            double pad = Math.max(1e-9, (hi - lo) * 0.08);
            y.setRange(lo - pad, hi + pad);
            CategoryPlot plot = categoryPlot(ds, y, renderer, PlotOrientation.HORIZONTAL);
            plot.addRangeMarker(new ValueMarker(0, ChartStyle.BLACK, new BasicStroke(1.2f)));
            JFreeChart chart = new JFreeChart("Paired differences against the baseline: " + response, ChartStyle.TITLE_FONT, plot, false);
            chart.addSubtitle(new TextTitle(sub));
            style(chart);
            return chart;
        }
        XYIntervalSeries s = new XYIntervalSeries("difference");
        for (int i = 0; i < rows.size(); i++) {
            Interval ci = rows.get(i).paired().difference();
            double lo = Double.isFinite(ci.low()) ? ci.low() : ci.estimate();
            double hi = Double.isFinite(ci.high()) ? ci.high() : ci.estimate();
            s.add(i + 1, i + 1, i + 1, ci.estimate(), lo, hi);
        }
        XYIntervalSeriesCollection ds = new XYIntervalSeriesCollection();
        ds.addSeries(s);
        XYErrorRenderer er = new XYErrorRenderer();
        er.setDrawXError(false);
        er.setSeriesPaint(0, ChartStyle.BLUE);
        er.setErrorPaint(new Color(0x0072B2));
        er.setDefaultLinesVisible(false);
        er.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2, -2, 4, 4));
        NumberAxis x = new NumberAxis("arms ranked by difference (" + rows.size() + " arms)");
        NumberAxis y = new NumberAxis("difference in " + response);
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(ds, x, y, er);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.BLACK, new BasicStroke(1.2f)));
        JFreeChart chart = new JFreeChart("Paired differences against the baseline: " + response, ChartStyle.TITLE_FONT, plot, false);
        chart.addSubtitle(new TextTitle(sub));
        ChartStyle.apply(chart);
        return chart;
    }

    /** One metric's main index per factor, month by month, with its interval as a band. */
    static JFreeChart byMonth(SweepAnalysis.Report r, String metric, List<SweepAnalysis.MonthRow> rows) {
        String main = switch (r.method()) {
            case "sobol" -> "ST";
            case "morris" -> "mu_star";
            case "prcc" -> "PRCC";
            default -> "main_effect";
        };
        Map<String, YIntervalSeries> series = new LinkedHashMap<>();
        for (String f : r.data().factors()) series.put(f, new YIntervalSeries(f));
        for (SweepAnalysis.MonthRow m : rows) {
            if (!m.row().index().equals(main)) continue;
            Interval v = m.row().value();
            if (!Double.isFinite(v.estimate())) continue;
            double lo = Double.isFinite(v.low()) ? v.low() : v.estimate();
            double hi = Double.isFinite(v.high()) ? v.high() : v.estimate();
            series.get(m.row().factor()).add(midMonth(m.month()), v.estimate(), lo, hi);
        }
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        for (YIntervalSeries s : series.values()) ds.addSeries(s);
        DeviationRenderer dr = new DeviationRenderer(true, false);
        dr.setAlpha(0.18f);
        for (int i = 0; i < series.size(); i++) {
            dr.setSeriesPaint(i, ChartStyle.colour(i));
            dr.setSeriesFillPaint(i, ChartStyle.colour(i));
            dr.setSeriesStroke(i, ChartStyle.line(2f));
        }
        DateAxis x = new DateAxis("month");
        x.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        x.setDateFormatOverride(new java.text.SimpleDateFormat("yyyy-MM", Locale.ENGLISH));
        NumberAxis y = new NumberAxis(label(main) + " of " + metric);
        // The axis follows the estimates; bands beyond it (months when the output barely
        // varies and the bootstrap is erratic) are clipped rather than flattening the lines.
        double lo = 0;
        double hi = 0;
        for (SweepAnalysis.MonthRow m : rows) {
            double v = m.row().value().estimate();
            if (m.row().index().equals(main) && Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double pad = Math.max(0.05, (hi - lo) * 0.15);
        y.setRange(lo - (lo < 0 ? pad : 0), hi + pad);
        XYPlot plot = new XYPlot(ds, x, y, dr);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.AXIS, new BasicStroke(1f)));
        JFreeChart chart = new JFreeChart("Sensitivity month by month: " + metric, ChartStyle.TITLE_FONT, plot, true);
        chart.addSubtitle(new TextTitle(label(main) + " of the month's value (mean over replicates) for each factor; band: "
                + Math.round(r.options().confidence() * 100) + "% interval"));
        ChartStyle.apply(chart);
        return chart;
    }

    private static double midMonth(YearMonth m) {
        long start = m.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        long end = m.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        return new Date((start + end) / 2).getTime();
    }

    /** Median relative interval half-width against replicates, one line per response, with 1/sqrt(n). */
    static JFreeChart adequacy(SweepAnalysis.Report r) {
        XYSeriesCollection ds = new XYSeriesCollection();
        for (SweepAnalysis.Adequacy a : r.adequacy()) {
            XYSeries s = new XYSeries(a.response());
            for (int i = 0; i < a.replicates().length; i++) {
                if (Double.isFinite(a.relative()[i]) && a.relative()[i] > 0) {
                    s.add(a.replicates()[i], a.relative()[i] * 100);
                }
            }
            ds.addSeries(s);
        }
        XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < ds.getSeriesCount(); i++) {
            lr.setSeriesPaint(i, ChartStyle.colour(i));
            lr.setSeriesStroke(i, ChartStyle.line(2f));
        }
        NumberAxis x = new NumberAxis("replicates per arm");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("median CI half-width, % of the arm's mean");
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(ds, x, y, lr);
        plot.addRangeMarker(new ValueMarker(r.options().precision() * 100, ChartStyle.BLACK, ChartStyle.dashed(1f)));
        JFreeChart chart = new JFreeChart("Replication adequacy", ChartStyle.TITLE_FONT, plot, true);
        chart.addSubtitle(new TextTitle("half-width of each arm's " + Math.round(r.options().confidence() * 100)
                + "% interval with the first n replicates (median over arms); it falls as 1/sqrt(n); dashed: the "
                + Math.round(r.options().precision() * 100) + "% target"));
        ChartStyle.apply(chart);
        return chart;
    }

    private static CategoryPlot categoryPlot(org.jfree.data.category.CategoryDataset ds, NumberAxis y,
                                             org.jfree.chart.renderer.category.CategoryItemRenderer renderer,
                                             PlotOrientation orientation) {
        CategoryAxis x = new CategoryAxis();
        x.setCategoryMargin(0.25);
        x.setMaximumCategoryLabelWidthRatio(0.45f);
        if (renderer instanceof CiBarRenderer bar) {
            bar.setBarPainter(new StandardBarPainter());
            bar.setShadowVisible(false);
            bar.setDrawBarOutline(false);
            bar.setItemMargin(0.05);
            for (int i = 0; i < ds.getRowCount(); i++) bar.setSeriesPaint(i, i == 0 ? new Color(0x56B4E9) : new Color(0xE69F00));
        }
        CategoryPlot plot = new CategoryPlot(ds, x, y, renderer);
        plot.setOrientation(orientation);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        return plot;
    }

    /** The house look for category charts (ChartStyle styles XY plots itself). */
    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.getTitle().setFont(ChartStyle.TITLE_FONT);
        chart.getTitle().setPaint(ChartStyle.TEXT);
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof LegendTitle legend) {
                legend.setPosition(RectangleEdge.BOTTOM);
                legend.setItemFont(ChartStyle.LEGEND_FONT);
                legend.setFrame(BlockBorder.NONE);
            } else if (chart.getSubtitle(i) instanceof TextTitle t) {
                t.setFont(ChartStyle.SUBTITLE_FONT);
                t.setPaint(ChartStyle.AXIS);
            }
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(ChartStyle.line(0.8f));
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        plot.getDomainAxis().setTickLabelPaint(ChartStyle.TEXT);
        plot.getRangeAxis().setLabelFont(ChartStyle.AXIS_LABEL_FONT);
        plot.getRangeAxis().setTickLabelFont(ChartStyle.TICK_FONT);
        plot.getRangeAxis().setTickLabelPaint(ChartStyle.AXIS);
    }
}
