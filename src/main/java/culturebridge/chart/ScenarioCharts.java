package culturebridge.chart;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.Range;

import culturebridge.output.MonthlySeries;
import culturebridge.output.TimelineEvent;

/**
 * The standard chart set of a scenario run, as drawn into its results folder: what a
 * researcher looks at first to see how the staged opening played out in both countries.
 *
 * <ul>
 *   <li>{@code adoption_<market>.png}: share of the market's audience adopting the partner's
 *       content, one line per medium;</li>
 *   <li>{@code attitudes.png}: mean attitude toward the partner (solid) and share favourable
 *       (dashed) in each country, 0-1, with each public's dated news events as ticks on the time axis;</li>
 *   <li>{@code titles_released.png}: partner titles released per month, one panel per market,
 *       one line per medium;</li>
 *   <li>{@code soft_power.png}: each country's soft power index in the partner, 0-100;</li>
 *   <li>{@code tension.png}: political tension, 0-1;</li>
 *   <li>{@code arrivals.png}: tourist arrivals per month in each direction.</li>
 * </ul>
 *
 * <p>Everything is found from the metric names (see the outputs reference, outputs.md): the countries
 * from columns such as {@code adoption.<origin>.<medium>.in.<market>}, the media from the
 * same columns. A chart whose columns are absent is skipped without complaint, so a model
 * that reports fewer metrics still gets the charts it can have. Each medium has one colour
 * on every chart, and each country one colour.
 */
public final class ScenarioCharts {

    /** Media in their standard order (films first, then dramas, music, digital). */
    public static final List<String> MEDIA = List.of("film", "drama", "music", "digital");

    private static final Color[] MEDIUM_COLOURS = {ChartStyle.BLUE, ChartStyle.VERMILLION, ChartStyle.GREEN, ChartStyle.PURPLE};
    private static final Color[] COUNTRY_COLOURS = {ChartStyle.BLUE, ChartStyle.VERMILLION, ChartStyle.GREEN, ChartStyle.ORANGE};

    private ScenarioCharts() {
    }

    /**
     * Draws every chart whose metrics are present into {@code dir} (created if needed) at the
     * default size, naming countries by their codes.
     *
     * @return the files written, in the order above
     */
    public static List<Path> writeAll(Path dir, List<MonthlySeries> replicates, List<TimelineEvent> events) throws IOException {
        return writeAll(dir, replicates, events, Map.of());
    }

    /**
     * As {@link #writeAll(Path, List, List)}, with display names for country codes (e.g.
     * {@code CN -> China}); codes without a name are shown as they are.
     */
    public static List<Path> writeAll(Path dir, List<MonthlySeries> replicates, List<TimelineEvent> events,
                                      Map<String, String> countryNames) throws IOException {
        return writeAll(dir, replicates, events, countryNames, ChartExport.DEFAULT);
    }

    /**
     * As {@link #writeAll(Path, List, List, Map)}, in the export's size, resolution, band and formats:
     * each chart as {@code <name>.png}, {@code <name>.svg}, {@code <name>.pdf} as asked.
     */
    public static List<Path> writeAll(Path dir, List<MonthlySeries> replicates, List<TimelineEvent> events,
                                      Map<String, String> countryNames, ChartExport export) throws IOException {
        return writeAll(dir, replicates, events, countryNames, export, null);
    }

    /**
     * As {@link #writeAll(Path, List, List, Map, ChartExport)}, for runs that are not all
     * replicates of one parameter set: {@code runs} says what they are (e.g. "8 runs: 4 posterior
     * draws x 2 replicates"), and the subtitles say that line and band are over those runs (null:
     * replicates).
     */
    public static List<Path> writeAll(Path dir, List<MonthlySeries> replicates, List<TimelineEvent> events,
                                      Map<String, String> countryNames, ChartExport export, String runs) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        LinkedHashMap<String, JFreeChart> charts = charts(replicates, events, countryNames, export.band());
        if (runs != null) for (JFreeChart c : charts.values()) describeRuns(c, runs);
        for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
            String name = e.getKey().substring(0, e.getKey().length() - ".png".length());
            written.addAll(ChartExporter.write(e.getValue(), dir, name, export));
        }
        return written;
    }

    /** Replaces "mean of N replicates" in a chart's band subtitle by a description of the runs. */
    static void describeRuns(JFreeChart chart, String runs) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (!(chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t)) continue;
            String text = t.getText();
            int band = text.indexOf("; band: ");
            if (!text.startsWith("Line: mean of ") || band < 0) continue;
            t.setText("Line: mean of " + runs + "; band: " + text.substring(band + "; band: ".length()).replace("of replicates", "of the runs"));
        }
    }

    /**
     * The charts without writing them, keyed by file name in the order above (the GUI and
     * tests use them directly).
     */
    public static LinkedHashMap<String, JFreeChart> charts(List<MonthlySeries> replicates, List<TimelineEvent> events,
                                                                     Map<String, String> countryNames) {
        return charts(replicates, events, countryNames, TimeSeriesChartFactory.DEFAULT_BAND);
    }

    /**
     * As {@link #charts(List, List, Map)}, with bands holding the central {@code band} share of
     * the replicates' values (e.g. 0.9 for the 5th to 95th percentile).
     */
    public static LinkedHashMap<String, JFreeChart> charts(List<MonthlySeries> replicates, List<TimelineEvent> events,
                                                         Map<String, String> countryNames, double band) {
        if (replicates.isEmpty()) throw new IllegalArgumentException("no replicates to chart");
        List<String> cols = replicates.get(0).columns();
        List<String> countries = countries(cols);
        List<String> media = media(cols);
        LinkedHashMap<String, JFreeChart> out = new LinkedHashMap<>();
        Names names = new Names(countryNames);

        for (String market : countries) {
            JFreeChart c = adoption(market, countries, media, cols, replicates, events, names, band);
            if (c != null) out.put("adoption_" + market + ".png", c);
        }
        JFreeChart att = attitudes(countries, cols, replicates, events, names, band);
        if (att != null) out.put("attitudes.png", att);
        JFreeChart titles = titlesReleased(countries, media, cols, replicates, events, names, band);
        if (titles != null) out.put("titles_released.png", titles);
        JFreeChart sp = softPower(countries, cols, replicates, events, names, band);
        if (sp != null) out.put("soft_power.png", sp);
        if (cols.contains("tension")) {
            JFreeChart t = TimeSeriesChartFactory.create("Political tension", "tension (0-1)",
                    List.of("tension"), List.of("tension"), replicates, events, new Range(0, 1), band);
            seriesStyle(t.getXYPlot(), 0, ChartStyle.BLACK, false);
            out.put("tension.png", t);
        }
        JFreeChart arr = arrivals(countries, cols, replicates, events, names, band);
        if (arr != null) out.put("arrivals.png", arr);
        return out;
    }

    /**
     * Country codes found in metric names, in order of first appearance: markets, then
     * origins, of {@code adoption.*}, {@code titles_released.*}, {@code content_revenue.*},
     * and the country of {@code attitude.*}, {@code favourable.*}, {@code soft_power.*}. The
     * metric list names the first country's market first, so this keeps the scenario's order.
     */
    public static List<String> countries(List<String> columns) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : columns) {
            String[] p = c.split("\\.");
            switch (p[0]) {
                case "adoption", "titles_released" -> {
                    if (p.length == 5 && p[3].equals("in")) {
                        out.add(p[4]);
                        out.add(p[1]);
                    }
                }
                case "content_revenue" -> {
                    if (p.length == 4 && p[2].equals("in")) {
                        out.add(p[3]);
                        out.add(p[1]);
                    }
                }
                case "attitude", "favourable", "soft_power" -> {
                    if (p.length == 2) out.add(p[1]);
                }
                default -> {
                }
            }
        }
        return List.copyOf(out);
    }

    /** Media found in {@code adoption.*} and {@code titles_released.*} names: standard ones first, in standard order. */
    public static List<String> media(List<String> columns) {
        Set<String> found = new LinkedHashSet<>();
        for (String c : columns) {
            String[] p = c.split("\\.");
            if ((p[0].equals("adoption") || p[0].equals("titles_released")) && p.length == 5 && p[3].equals("in")) found.add(p[2]);
        }
        List<String> out = new ArrayList<>();
        for (String m : MEDIA) if (found.remove(m)) out.add(m);
        out.addAll(found);
        return out;
    }

    private static JFreeChart adoption(String market, List<String> countries, List<String> media, List<String> cols,
                                       List<MonthlySeries> reps, List<TimelineEvent> events, Names names,
                                       double band) {
        Lines l = byMedium("adoption", market, countries, media, cols);
        if (l.metrics.isEmpty()) return null;
        String origin = l.singleOrigin();
        String what = origin != null ? "content from " + names.of(origin) : "partner content";
        JFreeChart chart = TimeSeriesChartFactory.create("Adoption of " + what + " in " + names.of(market),
                "share of audience adopting", l.metrics, l.labels, reps, events, null, band);
        XYPlot plot = chart.getXYPlot();
        l.applyColours(plot);
        percentAxis((NumberAxis) plot.getRangeAxis());
        return chart;
    }

    private static JFreeChart attitudes(List<String> countries, List<String> cols, List<MonthlySeries> reps,
                                        List<TimelineEvent> events, Names names,
                                       double band) {
        List<String> metrics = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        List<Boolean> dashed = new ArrayList<>();
        for (int i = 0; i < countries.size(); i++) {
            String c = countries.get(i);
            if (cols.contains("attitude." + c)) {
                metrics.add("attitude." + c);
                labels.add(names.of(c) + ": mean attitude");
                colours.add(countryColour(i));
                dashed.add(false);
            }
            if (cols.contains("favourable." + c)) {
                metrics.add("favourable." + c);
                labels.add(names.of(c) + ": share favourable (a > 0.5)");
                colours.add(countryColour(i));
                dashed.add(true);
            }
        }
        if (metrics.isEmpty()) return null;
        JFreeChart chart = TimeSeriesChartFactory.create("Attitudes toward the partner country",
                "attitude / share (0-1)", metrics, labels, reps, events, new Range(0, 1), band);
        for (int k = 0; k < metrics.size(); k++) seriesStyle(chart.getXYPlot(), k, colours.get(k), dashed.get(k));
        List<YearMonth> months = reps.get(0).months();
        NewsTicks.annotate(chart, events, TimeSeriesChartFactory.firstDay(months), TimeSeriesChartFactory.endDay(months));
        return chart;
    }

    private static JFreeChart titlesReleased(List<String> countries, List<String> media, List<String> cols,
                                             List<MonthlySeries> reps, List<TimelineEvent> events, Names names,
                                       double band) {
        List<YearMonth> months = reps.get(0).months();
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(TimeSeriesChartFactory.dateAxis(months));
        combined.setGap(14);
        boolean first = true;
        for (String market : countries) {
            Lines l = byMedium("titles_released", market, countries, media, cols);
            if (l.metrics.isEmpty()) continue;
            String origin = l.singleOrigin();
            String axis = (origin != null ? names.of(origin) + " titles in " : "partner titles in ") + names.of(market);
            XYPlot plot = TimeSeriesChartFactory.createPlot(axis, l.metrics, l.labels, reps, null, band);
            l.applyColours(plot);
            // Monthly counts are noisy and four bands overlap: fainter bands keep lines readable.
            ((DeviationRenderer) plot.getRenderer()).setAlpha(0.12f);
            ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits(ChartStyle.LOCALE));
            PolicyTimelineAnnotator.annotate(plot, events, TimeSeriesChartFactory.firstDay(months),
                    TimeSeriesChartFactory.endDay(months), first, reps);
            if (first) combined.setFixedLegendItems(plot.getLegendItems());
            combined.add(plot, 1);
            first = false;
        }
        if (first) return null;
        return TimeSeriesChartFactory.finish("Partner titles released per month", combined, reps.size(), events, band);
    }

    private static JFreeChart softPower(List<String> countries, List<String> cols, List<MonthlySeries> reps,
                                        List<TimelineEvent> events, Names names,
                                       double band) {
        List<String> metrics = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        for (int i = 0; i < countries.size(); i++) {
            String c = countries.get(i);
            if (!cols.contains("soft_power." + c)) continue;
            metrics.add("soft_power." + c);
            String partner = countries.size() == 2 ? countries.get(1 - i) : null;
            labels.add(names.of(c) + (partner != null ? " in " + names.of(partner) : ""));
            colours.add(countryColour(i));
        }
        if (metrics.isEmpty()) return null;
        JFreeChart chart = TimeSeriesChartFactory.create("Soft power index", "index (0-100)", metrics, labels,
                reps, events, new Range(0, 100), band);
        for (int k = 0; k < metrics.size(); k++) seriesStyle(chart.getXYPlot(), k, colours.get(k), false);
        return chart;
    }

    /**
     * Arrivals per month in each direction: expected arrivals (the sum of trip probabilities,
     * without sampling noise) and, where the scenario names observed data, the observed months
     * as points.
     */
    private static JFreeChart arrivals(List<String> countries, List<String> cols, List<MonthlySeries> reps,
                                       List<TimelineEvent> events, Names names,
                                       double band) {
        List<String> metrics = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        List<Boolean> points = new ArrayList<>();
        for (int i = 0; i < countries.size(); i++) {
            for (String to : countries) {
                String dir = countries.get(i) + "." + to;
                if (to.equals(countries.get(i)) || !cols.contains("arrivals." + dir)) continue;
                String label = names.of(countries.get(i)) + " visitors to " + names.of(to);
                String[] kinds = {"arrivals.", "arrivals_observed."};
                String[] suffix = {"", " (observed)"};
                for (int k = 0; k < kinds.length; k++) {
                    if (!cols.contains(kinds[k] + dir)) continue;
                    if (k == 1 && !hasFinite(reps.get(0), kinds[k] + dir)) continue;
                    metrics.add(kinds[k] + dir);
                    labels.add(label + suffix[k]);
                    colours.add(countryColour(i));
                    points.add(k == 1);
                }
            }
        }
        if (metrics.isEmpty()) return null;
        JFreeChart chart = TimeSeriesChartFactory.create("Tourist arrivals", "arrivals per month (persons)",
                metrics, labels, reps, events, null, band);
        XYPlot plot = chart.getXYPlot();
        for (int k = 0; k < metrics.size(); k++) {
            seriesStyle(plot, k, colours.get(k), false);
            if (points.get(k) && plot.getRenderer() instanceof XYLineAndShapeRenderer r) {
                r.setSeriesLinesVisible(k, false);
                r.setSeriesShapesVisible(k, true);
                r.setSeriesShape(k, new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7));
                r.setSeriesPaint(k, colours.get(k).darker());
            }
        }
        return chart;
    }

    private static boolean hasFinite(MonthlySeries s, String metric) {
        for (double v : s.series(metric)) if (Double.isFinite(v)) return true;
        return false;
    }

    /** Lines of {@code <prefix>.<origin>.<medium>.in.<market>} for every foreign origin and medium present. */
    private static Lines byMedium(String prefix, String market, List<String> countries, List<String> media, List<String> cols) {
        Lines l = new Lines();
        List<String> origins = new ArrayList<>();
        for (String o : countries) {
            if (o.equals(market)) continue;
            for (String m : media) {
                if (cols.contains(prefix + "." + o + "." + m + ".in." + market) && !origins.contains(o)) origins.add(o);
            }
        }
        for (String o : origins) {
            for (int mi = 0; mi < media.size(); mi++) {
                String name = prefix + "." + o + "." + media.get(mi) + ".in." + market;
                if (!cols.contains(name)) continue;
                l.metrics.add(name);
                String medium = capitalise(media.get(mi));
                l.labels.add(origins.size() == 1 ? medium : o + " " + media.get(mi));
                l.colours.add(mi < MEDIUM_COLOURS.length ? MEDIUM_COLOURS[mi] : ChartStyle.colour(mi));
                l.origins.add(o);
            }
        }
        return l;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Color countryColour(int i) {
        return i < COUNTRY_COLOURS.length ? COUNTRY_COLOURS[i] : ChartStyle.colour(i);
    }

    private static void seriesStyle(XYPlot plot, int series, Color colour, boolean dashed) {
        XYItemRenderer r = plot.getRenderer();
        r.setSeriesPaint(series, colour);
        if (r instanceof AbstractXYItemRenderer a) a.setSeriesFillPaint(series, colour);
        r.setSeriesStroke(series, dashed ? ChartStyle.dashed(2.2f) : ChartStyle.line(2.2f));
    }

    private static void percentAxis(NumberAxis axis) {
        // Shares read more easily as percentages; English symbols keep the output locale-free.
        axis.setNumberFormatOverride(new DecimalFormat("0.##%", DecimalFormatSymbols.getInstance(ChartStyle.LOCALE)));
    }

    /** Metrics, legend labels and colours of one chart's lines. */
    private static final class Lines {
        final List<String> metrics = new ArrayList<>();
        final List<String> labels = new ArrayList<>();
        final List<Color> colours = new ArrayList<>();
        final List<String> origins = new ArrayList<>();

        String singleOrigin() {
            Set<String> s = new LinkedHashSet<>(origins);
            return s.size() == 1 ? s.iterator().next() : null;
        }

        void applyColours(XYPlot plot) {
            for (int k = 0; k < metrics.size(); k++) seriesStyle(plot, k, colours.get(k), false);
        }
    }

    /** Display names of country codes. */
    private record Names(Map<String, String> map) {
        String of(String code) {
            return map.getOrDefault(code, code);
        }
    }
}
