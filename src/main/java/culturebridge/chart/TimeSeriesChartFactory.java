package culturebridge.chart;

import java.awt.geom.Line2D;
import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.Range;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import culturebridge.output.MonthlySeries;
import culturebridge.output.TimelineEvent;

/**
 * Builds the monthly time charts of a run: for each metric, the mean over replicates as a
 * line, and the spread over replicates as a translucent band of the same colour, drawn over
 * the policy timeline ({@link PolicyTimelineAnnotator}).
 *
 * <p>The band is a stated interval over replicates: the central share b of the replicates'
 * values in each month (90% unless another is asked for), from the 100(1-b)/2th to the
 * 100(1+b)/2th percentile (linear interpolation between order statistics, R's default type 7),
 * however many replicates there are; with one replicate there is no band.
 * The chart's subtitle gives this definition, so a figure copied into a paper carries it. (A
 * min-max band would widen with the number of runs and say more about it than about the model.)
 * Each month is plotted at its midpoint (UTC), because a monthly value aggregates the whole month.
  */
public final class TimeSeriesChartFactory {

    /** Share of the replicates' values inside the band unless another is asked for: the central 90%. */
    public static final double DEFAULT_BAND = 0.9;

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final float BAND_ALPHA = 0.2f;

    private TimeSeriesChartFactory() {
    }

    /**
     * A chart of several metrics over the months of the given replicates.
     *
     * @param title        chart title
     * @param yAxisLabel   y-axis label including the unit, e.g. {@code "share of audience (0-1)"}
     * @param metrics      metric (column) names, one line each
     * @param displayNames legend label of each metric, same length as {@code metrics}
     * @param replicates   runs with identical months, at least one
     * @param events       timeline events to draw (may be empty)
     * @param yRange       fixed y range (e.g. 0..1), or null for an automatic range that
     *                     includes zero
     * @throws IllegalArgumentException if a metric is missing, the lists differ in length or
     *                                  the replicates' months differ
     */
    public static JFreeChart create(String title, String yAxisLabel, List<String> metrics, List<String> displayNames,
                                    List<MonthlySeries> replicates, List<TimelineEvent> events, Range yRange) {
        return create(title, yAxisLabel, metrics, displayNames, replicates, events, yRange, DEFAULT_BAND);
    }

    /** As {@link #create(String, String, List, List, List, List, Range)}, with a band holding the central {@code band} share. */
    public static JFreeChart create(String title, String yAxisLabel, List<String> metrics, List<String> displayNames,
                                    List<MonthlySeries> replicates, List<TimelineEvent> events, Range yRange, double band) {
        XYPlot plot = createPlot(yAxisLabel, metrics, displayNames, replicates, yRange, band);
        List<YearMonth> months = replicates.get(0).months();
        plot.setDomainAxis(dateAxis(months));
        PolicyTimelineAnnotator.annotate(plot, events, firstDay(months), endDay(months), true, replicates);
        return finish(title, plot, replicates.size(), events, band);
    }

    /**
     * The plot alone (no domain axis), for stacking several plots on one time axis; the
     * caller adds the axis ({@link #dateAxis}) and the timeline.
     */
    public static XYPlot createPlot(String yAxisLabel, List<String> metrics, List<String> displayNames,
                                    List<MonthlySeries> replicates, Range yRange, double band) {
        YIntervalSeriesCollection data = dataset(metrics, displayNames, replicates, band);
        NumberAxis y = new NumberAxis(yAxisLabel);
        y.setStandardTickUnits(NumberAxis.createStandardTickUnits(ChartStyle.LOCALE));
        if (yRange != null) {
            y.setRange(yRange);
        } else {
            y.setAutoRangeIncludesZero(true);
        }
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(BAND_ALPHA);
        r.setDrawSeriesLineAsPath(true);
        // A longer legend line, so dashed and solid series can be told apart in the legend.
        r.setLegendLine(new Line2D.Double(-14, 0, 14, 0));
        for (int i = 0; i < metrics.size(); i++) {
            r.setSeriesPaint(i, ChartStyle.colour(i));
            r.setSeriesFillPaint(i, ChartStyle.colour(i));
            r.setSeriesStroke(i, ChartStyle.line(2.2f));
        }
        XYPlot plot = new XYPlot(data, null, y, r);
        plot.setDomainPannable(true);
        return plot;
    }

    /**
     * Puts title, band subtitle and the house style on a plot, and adds the timeline's
     * legend entries to the series legend.
     */
    public static JFreeChart finish(String title, XYPlot plot, int replicates, List<TimelineEvent> events, double band) {
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, true);
        chart.addSubtitle(new TextTitle(bandDescription(replicates, band)));
        LegendTitle legend = chart.getLegend();
        if (legend != null && !events.isEmpty()) {
            LegendItemSource[] sources = Arrays.copyOf(legend.getSources(), legend.getSources().length + 1);
            sources[sources.length - 1] = PolicyTimelineAnnotator.legend(events);
            legend.setSources(sources);
        }
        ChartStyle.apply(chart);
        return chart;
    }

    /**
     * The data behind a chart: per metric, a series of (month midpoint, mean, band low, band
     * high). Months where no replicate has a finite value are left out (a gap, not a zero).
     */
    public static YIntervalSeriesCollection dataset(List<String> metrics, List<String> displayNames,
                                                    List<MonthlySeries> replicates) {
        return dataset(metrics, displayNames, replicates, DEFAULT_BAND);
    }

    /** As {@link #dataset(List, List, List)}, with bands holding the central {@code band} share of the replicates' values. */
    public static YIntervalSeriesCollection dataset(List<String> metrics, List<String> displayNames,
                                                    List<MonthlySeries> replicates, double band) {
        checkBand(band);
        if (metrics.size() != displayNames.size()) {
            throw new IllegalArgumentException(metrics.size() + " metrics but " + displayNames.size() + " display names");
        }
        if (replicates.isEmpty()) throw new IllegalArgumentException("no replicates to chart");
        List<YearMonth> months = replicates.get(0).months();
        for (MonthlySeries s : replicates) {
            if (!s.months().equals(months)) {
                throw new IllegalArgumentException("replicates cover different months (seed " + s.seed() + ")");
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        int n = replicates.size();
        for (int k = 0; k < metrics.size(); k++) {
            double[][] runs = new double[n][];
            for (int r = 0; r < n; r++) runs[r] = replicates.get(r).series(metrics.get(k));
            YIntervalSeries series = new YIntervalSeries(displayNames.get(k), false, false);
            double[] col = new double[n];
            for (int m = 0; m < months.size(); m++) {
                int finite = 0;
                for (int r = 0; r < n; r++) {
                    double v = runs[r][m];
                    if (Double.isFinite(v)) col[finite++] = v;
                }
                if (finite == 0) continue;
                double[] vals = Arrays.copyOf(col, finite);
                Arrays.sort(vals);
                double mean = 0;
                for (double v : vals) mean += v;
                mean /= finite;
                double low = quantile(vals, (1 - band) / 2);
                double high = quantile(vals, (1 + band) / 2);
                series.add(midpointMillis(months.get(m)), mean, low, high);
            }
            data.addSeries(series);
        }
        return data;
    }

    /** The subtitle that says what line and band show. */
    public static String bandDescription(int replicates) {
        return bandDescription(replicates, DEFAULT_BAND);
    }

    /** The subtitle for a band holding the central {@code band} share of the replicates' values. */
    public static String bandDescription(int replicates, double band) {
        if (replicates <= 1) return "Single run";
        return "Line: mean of " + replicates + " replicates; band: central " + percent(band) + "% of replicates ("
                + percent((1 - band) / 2) + "th to " + percent((1 + band) / 2) + "th percentile, interpolated)";
    }

    /**
     * Checks a band's share: strictly between 0 and 1.
     *
     * @throws IllegalArgumentException with a message for the user
     */
    public static double checkBand(double band) {
        if (!(band > 0 && band < 1)) {
            throw new IllegalArgumentException("the band's share of replicates must be between 0 and 1 (e.g. 0.9), got " + band);
        }
        return band;
    }

    /** A share as a percentage without needless decimals: 0.9 -> 90, 0.025 -> 2.5. */
    private static String percent(double share) {
        return java.math.BigDecimal.valueOf(share * 100).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /**
     * A UTC date axis spanning the given months exactly, with English tick labels.
     */
    public static DateAxis dateAxis(List<YearMonth> months) {
        DateAxis x = new MonthAlignedDateAxis();
        x.setStandardTickUnits(dateTickUnits());
        x.setTickMarkPosition(DateTickMarkPosition.START);
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        if (!months.isEmpty()) {
            x.setRange(PolicyTimelineAnnotator.millis(firstDay(months)), PolicyTimelineAnnotator.millis(endDay(months)));
        }
        return x;
    }

    /**
     * Tick units for monthly data: months labelled {@code Jan 2026} over short spans, years
     * labelled {@code 2026} over long ones; the axis picks the finest that fits. JFreeChart's
     * standard set also offers 2-month ticks, which start on even months and read oddly.
     */
    public static TickUnitSource dateTickUnits() {
        TickUnits units = new TickUnits();
        DateFormat month = dateFormat("MMM yyyy");
        DateFormat year = dateFormat("yyyy");
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 1, month));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 3, month));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 6, month));
        for (int years : new int[]{1, 2, 5, 10, 20, 50, 100}) units.add(new DateTickUnit(DateTickUnitType.YEAR, years, year));
        return units;
    }

    private static DateFormat dateFormat(String pattern) {
        SimpleDateFormat f = new SimpleDateFormat(pattern, ChartStyle.LOCALE);
        f.setTimeZone(UTC);
        return f;
    }

    /** Milliseconds since the epoch of the middle of a month (UTC). */
    public static double midpointMillis(YearMonth ym) {
        long a = ym.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long b = ym.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        return a + (b - a) / 2.0;
    }

    /** First day of the first month. */
    static LocalDate firstDay(List<YearMonth> months) {
        return months.get(0).atDay(1);
    }

    /** First day after the last month. */
    static LocalDate endDay(List<YearMonth> months) {
        return months.get(months.size() - 1).plusMonths(1).atDay(1);
    }

    /**
     * A UTC date axis whose month ticks fall on months divisible by the tick's multiple
     * (quarters on Jan/Apr/Jul/Oct, half-years on Jan/Jul). JFreeChart's own rule puts them
     * on the last month of each block (Mar/Jun/Sep/Dec), which reads oddly for calendar data.
     */
    static final class MonthAlignedDateAxis extends DateAxis {
        private static final long serialVersionUID = 1L;

        MonthAlignedDateAxis() {
            super(null, UTC, ChartStyle.LOCALE);
        }

        @Override
        protected Date previousStandardDate(Date date, DateTickUnit unit) {
            if (unit.getUnitType() != DateTickUnitType.MONTH) return super.previousStandardDate(date, unit);
            int count = unit.getMultiple();
            YearMonth ym = YearMonth.from(date.toInstant().atZone(ZoneOffset.UTC));
            long index = ym.getYear() * 12L + ym.getMonthValue() - 1;
            YearMonth tick = ym.minusMonths(Math.floorMod(index, count));
            long ms = startMillis(tick);
            // Like DateAxis: strictly before the date, so the next tick is the first visible one.
            if (ms >= date.getTime()) ms = startMillis(tick.minusMonths(count));
            return new Date(ms);
        }

        private static long startMillis(YearMonth ym) {
            return ym.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }
    }

    /** Quantile of sorted values by linear interpolation between order statistics (type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
