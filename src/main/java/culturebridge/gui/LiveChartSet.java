package culturebridge.gui;

import culturebridge.chart.ChartStyle;
import culturebridge.chart.PolicyTimelineAnnotator;
import culturebridge.chart.ScenarioCharts;
import culturebridge.chart.TimeSeriesChartFactory;
import culturebridge.output.MonthlySeries;
import culturebridge.output.TimelineEvent;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The live charts of a GUI run, built from the months completed so far with the same chart
 * builders as the headless run's exported charts ({@link ScenarioCharts},
 * {@link TimeSeriesChartFactory}, {@link PolicyTimelineAnnotator}): adoption of the partner's
 * content by medium in each market, attitudes and favourable shares, tourist arrivals in both
 * directions (with observed points when the scenario has observed data), the soft-power
 * index and political tension, each over the scenario's whole period so that the lines grow
 * from left to right, with the policy stages shaded and shocks and rollbacks marked.
 *
 * <p>A chart whose metrics the model does not report (arrivals before tourism is modelled) is
 * left out without complaint.
 */
public final class LiveChartSet {

    /** Keys of the charts, in display order. */
    public static final List<String> KEYS = List.of("adoption.0", "adoption.1", "attitudes", "arrivals", "soft_power", "tension");

    private LiveChartSet() {
    }

    /**
     * The charts of the months completed so far.
     *
     * @param series       the run's months so far (at least one)
     * @param events       the policy timeline so far
     * @param codes        the two country codes, in the world's order
     * @param countryNames display names by code
     * @param first        first month of the scenario
     * @param last         last month of the scenario
     * @return charts by key (see {@link #KEYS}); absent keys have no data
     */
    public static LinkedHashMap<String, JFreeChart> build(MonthlySeries series, List<TimelineEvent> events, List<String> codes,
                                                          Map<String, String> countryNames, YearMonth first, YearMonth last) {
        if (series.months().isEmpty()) throw new IllegalArgumentException("no completed month to chart");
        Map<String, JFreeChart> standard = ScenarioCharts.charts(List.of(series), events, countryNames);
        LinkedHashMap<String, JFreeChart> out = new LinkedHashMap<>();
        for (int c = 0; c < codes.size(); c++) put(out, "adoption." + c, standard.get("adoption_" + codes.get(c) + ".png"));
        put(out, "attitudes", standard.get("attitudes.png"));
        put(out, "arrivals", arrivals(series, events, codes, countryNames));
        put(out, "soft_power", standard.get("soft_power.png"));
        put(out, "tension", standard.get("tension.png"));
        double lo = PolicyTimelineAnnotator.millis(first.atDay(1));
        double hi = PolicyTimelineAnnotator.millis(last.plusMonths(1).atDay(1));
        for (Map.Entry<String, JFreeChart> e : out.entrySet()) {
            JFreeChart chart = e.getValue();
            ValueAxis x = chart.getXYPlot().getDomainAxis();
            x.setRange(lo, hi);
            compact(chart);
            chart.setTitle(shortTitle(e.getKey(), codes, countryNames, chart.getTitle().getText()));
            chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        }
        return out;
    }

    /** A title that fits a small chart on one line. */
    static String shortTitle(String key, List<String> codes, Map<String, String> names, String fallback) {
        if (key.startsWith("adoption.") && codes.size() == 2) {
            int market = Integer.parseInt(key.substring("adoption.".length()));
            return "Content from " + name(names, codes.get(1 - market)) + " in " + name(names, codes.get(market));
        }
        return switch (key) {
            case "attitudes" -> "Attitudes toward the partner";
            case "arrivals" -> "Tourist arrivals";
            case "soft_power" -> "Soft power index";
            case "tension" -> "Political tension";
            default -> fallback;
        };
    }

    private static void put(Map<String, JFreeChart> out, String key, JFreeChart chart) {
        if (chart != null) out.put(key, chart);
    }

    /**
     * Monthly arrivals in both directions: the expected arrivals as solid lines, sampled
     * arrivals (when the model reports them) dashed, and observed arrivals (when the scenario
     * names observed data) as points, each direction in its origin country's colour.
     */
    static JFreeChart arrivals(MonthlySeries series, List<TimelineEvent> events, List<String> codes, Map<String, String> names) {
        List<String> metrics = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        List<Boolean> dashed = new ArrayList<>();
        List<String> observed = new ArrayList<>();
        List<String> observedLabels = new ArrayList<>();
        List<Color> observedColours = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            for (int j = 0; j < codes.size(); j++) {
                if (i == j) continue;
                String route = codes.get(i) + "." + codes.get(j);
                String label = name(names, codes.get(i)) + " to " + name(names, codes.get(j));
                Color colour = countryColour(i);
                if (series.column("arrivals." + route) >= 0) {
                    metrics.add("arrivals." + route);
                    labels.add(label);
                    colours.add(colour);
                    dashed.add(false);
                }
                if (series.column("arrivals_sampled." + route) >= 0) {
                    metrics.add("arrivals_sampled." + route);
                    labels.add(label + ", sampled");
                    colours.add(colour);
                    dashed.add(true);
                }
                if (series.column("arrivals_observed." + route) >= 0) {
                    observed.add("arrivals_observed." + route);
                    observedLabels.add(label + ", observed");
                    observedColours.add(colour);
                }
            }
        }
        if (metrics.isEmpty()) return null;
        JFreeChart chart = TimeSeriesChartFactory.create("Tourist arrivals", "arrivals per month (persons)", metrics, labels,
                List.of(series), events, null);
        XYPlot plot = chart.getXYPlot();
        XYItemRenderer r = plot.getRenderer();
        for (int k = 0; k < metrics.size(); k++) {
            r.setSeriesPaint(k, colours.get(k));
            r.setSeriesStroke(k, dashed.get(k) ? ChartStyle.dashed(1.6f) : ChartStyle.line(2.2f));
        }
        if (!observed.isEmpty()) {
            YIntervalSeriesCollection points = TimeSeriesChartFactory.dataset(observed, observedLabels, List.of(series));
            XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
            for (int k = 0; k < observed.size(); k++) {
                dots.setSeriesPaint(k, observedColours.get(k));
                dots.setSeriesShape(k, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
            }
            plot.setDataset(1, points);
            plot.setRenderer(1, dots);
        }
        return chart;
    }

    /**
     * Shrinks the house style for a grid of small charts: smaller fonts, no "single run"
     * subtitle (a GUI run is always one run).
     */
    static void compact(JFreeChart chart) {
        if (chart.getTitle() != null) chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        List<Title> drop = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle text && text.getText().equals(TimeSeriesChartFactory.bandDescription(1))) drop.add(t);
            if (t instanceof LegendTitle legend) legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        }
        for (Title t : drop) chart.removeSubtitle(t);
        XYPlot plot = chart.getXYPlot();
        List<ValueAxis> axes = new ArrayList<>();
        for (int i = 0; i < plot.getDomainAxisCount(); i++) axes.add(plot.getDomainAxis(i));
        for (int i = 0; i < plot.getRangeAxisCount(); i++) axes.add(plot.getRangeAxis(i));
        for (ValueAxis a : axes) {
            if (a == null) continue;
            a.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            a.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        }
    }

    /** The colour of country i's lines, as on the exported charts (Okabe-Ito blue, vermillion). */
    static Color countryColour(int i) {
        return i == 0 ? ChartStyle.BLUE : i == 1 ? ChartStyle.VERMILLION : ChartStyle.colour(i + 2);
    }

    private static String name(Map<String, String> names, String code) {
        return names.getOrDefault(code, code);
    }
}
