package culturebridge.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

import culturebridge.output.MonthlySeries;
import culturebridge.output.TimelineEvent;
import culturebridge.output.TimelineEvent.Kind;

/**
 * Draws the exchange policy's history onto a time chart, so that every curve can be read
 * against what was open when: each policy stage as a shaded span (alternating two light
 * tints, labelled with the stage's name at the top), a rollback as a red dashed line, a
 * political or travel shock as a dark-red solid line, a festival as a small green triangle
 * on the time axis.
 *
 * <p>A stage's span runs from its date to the next stage or rollback, or to the end of the
 * chart; after a rollback and until the next stage the span is tinted faint rose. Labels are
 * laid out when the chart is drawn, with the real font metrics and the real width of the
 * plot: each goes into the highest row at the top of the plot where it does not touch the
 * label before it, so labels stack rather than overlap however the chart is resized.
 */
public final class PolicyTimelineAnnotator {

    /**
     * The two alternating tints of stage spans. They are translucent because JFreeChart draws
     * background markers over the grid lines, which should still show through.
     */
    public static final Color[] STAGE_SHADES = {new Color(0x9DBCE0), new Color(0xD8C78F)};
    /** Opacity of the span tints. */
    public static final float SHADE_ALPHA = 0.3f;
    /**
     * Tints of stages when replicates differ: one per stage, in the order stages first appear,
     * so that two stages of one month are told apart.
     */
    public static final Color[] SHARE_SHADES = {STAGE_SHADES[0], STAGE_SHADES[1], new Color(0x9FD3A8), new Color(0xC7B2DE),
        new Color(0xF2B880)};
    /** Most festivals named in a legend. */
    static final int MAX_FESTIVALS_NAMED = 3;
    /** Tint of the time between a rollback and the next stage. */
    public static final Color ROLLBACK_SHADE = new Color(0xEFA3A3);
    /** Rollback line colour. */
    public static final Color ROLLBACK_COLOUR = new Color(0xD62728);
    /** Shock line colour. */
    public static final Color SHOCK_COLOUR = new Color(0x8B0000);
    /** Festival marker colour. */
    public static final Color FESTIVAL_COLOUR = new Color(0x1A9850);
    /** Stage label colour. */
    public static final Color STAGE_LABEL_COLOUR = new Color(0x34495E);
    /** Travel-regime changes (visas, group tours): a dotted purple line. */
    public static final Color REGIME_COLOUR = new Color(0x6A3D9A);
    /** Epidemic periods: a grey span. */
    public static final Color EPIDEMIC_SHADE = new Color(0x8C8C8C);

    private PolicyTimelineAnnotator() {
    }

    /**
     * Adds stage spans, event lines and (optionally) their labels to {@code plot}, whose
     * domain axis holds milliseconds since the epoch (a {@code DateAxis}, UTC).
     *
     * @param events timeline events, in any order
     * @param start  first day shown (spans are clipped to it)
     * @param end    first day after the last one shown (the end of the last stage's span)
     * @param labels whether to draw the labels (false for the lower panels of a stacked chart)
     */
    public static void annotate(XYPlot plot, List<TimelineEvent> events, LocalDate start, LocalDate end, boolean labels) {
        List<TimelineLabels.Item> items = draw(plot, events, start, end, true);
        if (labels && !items.isEmpty()) plot.addAnnotation(new TimelineLabels(items));
    }

    /**
     * Draws the events and gives their labels.
     *
     * @param stageSpans whether to shade stages (and the time after a rollback) from the events
     */
    private static List<TimelineLabels.Item> draw(XYPlot plot, List<TimelineEvent> events, LocalDate start, LocalDate end,
                                                  boolean stageSpans) {
        double lo = millis(start);
        double hi = millis(end);
        List<TimelineEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(TimelineEvent::date));
        List<TimelineLabels.Item> items = new ArrayList<>();
        int stageNo = 0;
        for (int i = 0; i < sorted.size(); i++) {
            TimelineEvent e = sorted.get(i);
            double x = millis(e.date());
            switch (e.kind()) {
                case STAGE -> {
                    if (!stageSpans) continue;
                    double to = Math.min(hi, spanEnd(sorted, i, hi));
                    double from = Math.max(lo, x);
                    Color shade = STAGE_SHADES[stageNo++ % STAGE_SHADES.length];
                    if (to > from) {
                        plot.addDomainMarker(new Span(from, to, shade), Layer.BACKGROUND);
                        items.add(new TimelineLabels.Item(from, readable(e.label()), STAGE_LABEL_COLOUR, false));
                    }
                }
                case ROLLBACK -> {
                    if (stageSpans && !hasStageOn(sorted, e.date())) {
                        double to = Math.min(hi, spanEnd(sorted, i, hi));
                        double from = Math.max(lo, x);
                        if (to > from) plot.addDomainMarker(new Span(from, to, ROLLBACK_SHADE), Layer.BACKGROUND);
                    }
                    if (x >= lo && x <= hi) {
                        plot.addDomainMarker(new Line(x, ROLLBACK_COLOUR, ChartStyle.dashed(1.6f)), Layer.FOREGROUND);
                        items.add(new TimelineLabels.Item(x, e.label(), ROLLBACK_COLOUR, true));
                    }
                }
                case SHOCK -> {
                    if (x >= lo && x <= hi) {
                        plot.addDomainMarker(new Line(x, SHOCK_COLOUR, ChartStyle.line(1.8f)), Layer.FOREGROUND);
                        items.add(new TimelineLabels.Item(x, e.label(), SHOCK_COLOUR, true));
                    }
                }
                case FESTIVAL -> {
                    // Festivals recur (often yearly): a label each would bury the stage names,
                    // so they get a marker only; the legend says what it means.
                    if (x >= lo && x <= hi) plot.addAnnotation(new FestivalTick(x, e.label()));
                }
                case REGIME -> {
                    if (x >= lo && x <= hi) {
                        plot.addDomainMarker(new Line(x, REGIME_COLOUR, ChartStyle.dotted(1.6f)), Layer.FOREGROUND);
                        items.add(new TimelineLabels.Item(x, e.label(), REGIME_COLOUR, true));
                    }
                }
                case EPIDEMIC -> {
                    double to = Math.min(hi, epidemicEnd(sorted, i, hi));
                    double from = Math.max(lo, x);
                    if (to > from) {
                        plot.addDomainMarker(new Span(from, to, EPIDEMIC_SHADE), Layer.FOREGROUND);
                        items.add(new TimelineLabels.Item(from, e.label(), EPIDEMIC_SHADE.darker(), true));
                    }
                }
                case EPIDEMIC_END -> {
                    // drawn with its EPIDEMIC
                }
                case NEWS_HOSTILE, NEWS_FRIENDLY -> {
                    // ticks on the attitude chart only (NewsTicks): news moves attitudes, not supply or travel
                }
            }
        }
        return items;
    }

    /**
     * As {@link #annotate(XYPlot, List, LocalDate, LocalDate, boolean)} for a chart of several
     * replicates. Where the replicates pass through the stages alike, the spans are those of
     * {@code events}. Where they differ (a stage entered on a condition, a rollback in some runs
     * only), each month is tinted by every stage any replicate is in, with an opacity proportional
     * to the share of replicates in it, and a stage's label says how many replicates are in it
     * (e.g. "Digital and full exchange (4 of 5)") where it becomes the most common stage. Lines
     * and markers (rollbacks, shocks, festivals) are those of {@code events}.
     *
     * @param replicates the runs on the chart, with the stage at each month's end
     */
    public static void annotate(XYPlot plot, List<TimelineEvent> events, LocalDate start, LocalDate end, boolean labels,
                                List<MonthlySeries> replicates) {
        if (replicates.size() < 2 || sameStages(replicates)) {
            annotate(plot, events, start, end, labels);
            return;
        }
        // spans of one replicate's stages would contradict the shares drawn below
        List<TimelineLabels.Item> items = draw(plot, events, start, end, false);
        List<YearMonth> months = replicates.get(0).months();
        int n = replicates.size();
        List<String> order = new ArrayList<>();
        for (int m = 0; m < months.size(); m++) {
            for (MonthlySeries r : replicates) if (!order.contains(r.stages().get(m))) order.add(r.stages().get(m));
        }
        String modal = null;
        int labelAt = -1;
        int peak = 0;
        for (int m = 0; m < months.size(); m++) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (MonthlySeries r : replicates) counts.merge(r.stages().get(m), 1, Integer::sum);
            double from = Math.max(millis(start), millis(months.get(m).atDay(1)));
            double to = Math.min(millis(end), millis(months.get(m).plusMonths(1).atDay(1)));
            String top = null;
            for (Map.Entry<String, Integer> c : counts.entrySet()) {
                Color tint = SHARE_SHADES[order.indexOf(c.getKey()) % SHARE_SHADES.length];
                if (to > from) plot.addDomainMarker(new Span(from, to, tint, SHADE_ALPHA * c.getValue() / n), Layer.BACKGROUND);
                if (top == null || c.getValue() > counts.get(top)) top = c.getKey();
            }
            if (!top.equals(modal)) {
                if (labelAt >= 0) items.add(shareLabel(modal, peak, n, labelAt, months, start));
                modal = top;
                labelAt = m;
                peak = 0;
            }
            peak = Math.max(peak, counts.get(top));
        }
        if (labelAt >= 0) items.add(shareLabel(modal, peak, n, labelAt, months, start));
        if (labels && !items.isEmpty()) plot.addAnnotation(new TimelineLabels(items));
    }

    private static TimelineLabels.Item shareLabel(String stage, int count, int n, int month, List<YearMonth> months,
                                                  LocalDate start) {
        double x = Math.max(millis(start), millis(months.get(month).atDay(1)));
        String text = readable(stage) + (count < n ? " (" + count + " of " + n + ")" : "");
        return new TimelineLabels.Item(x, text, STAGE_LABEL_COLOUR, false);
    }

    /** Whether every replicate is in the same stage in every month. */
    public static boolean sameStages(List<MonthlySeries> replicates) {
        for (MonthlySeries r : replicates) if (!r.stages().equals(replicates.get(0).stages())) return false;
        return true;
    }

    /**
     * A stage name as a reader would write it: {@code digital-and-full-exchange} as "Digital and
     * full exchange". Names with spaces or capitals are left as the scenario wrote them.
     */
    public static String readable(String stage) {
        if (stage == null || stage.isEmpty() || !stage.equals(stage.toLowerCase(java.util.Locale.ROOT)) || stage.contains(" ")) {
            return stage;
        }
        String words = stage.replace('-', ' ').replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** {@link #annotate(XYPlot, List, LocalDate, LocalDate, boolean)} with labels. */
    public static void annotate(XYPlot plot, List<TimelineEvent> events, LocalDate start, LocalDate end) {
        annotate(plot, events, start, end, true);
    }

    /**
     * Removes everything {@link #annotate} added, leaving other markers and annotations; a
     * live chart calls it before annotating again with new events.
     */
    public static void clear(XYPlot plot) {
        for (Layer layer : new Layer[]{Layer.BACKGROUND, Layer.FOREGROUND}) {
            var markers = plot.getDomainMarkers(layer);
            if (markers == null) continue;
            for (Object m : new ArrayList<Object>(markers)) {
                if (m instanceof Span || m instanceof Line) plot.removeDomainMarker(0, (Marker) m, layer, true);
            }
        }
        for (XYAnnotation a : new ArrayList<>(plot.getAnnotations())) {
            if (a instanceof TimelineLabels || a instanceof FestivalTick) plot.removeAnnotation(a);
        }
    }

    /**
     * Legend entries explaining the event kinds present (policy stage, rollback, shock,
     * festival), to be added to a chart's legend next to the series.
     */
    public static LegendItemSource legend(List<TimelineEvent> events) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (TimelineEvent e : events) kinds.add(e.kind());
        LegendItemCollection items = new LegendItemCollection();
        Shape box = new Rectangle2D.Double(-6, -6, 12, 12);
        Shape vline = new Line2D.Double(0, -7, 0, 7);
        if (kinds.contains(Kind.STAGE)) {
            LegendItem it = new LegendItem("policy stage", null, null, null, box, onWhite(STAGE_SHADES[0]), new BasicStroke(0.8f), STAGE_SHADES[0]);
            items.add(it);
        }
        if (kinds.contains(Kind.ROLLBACK)) {
            items.add(new LegendItem("rollback", null, null, null, false, vline, false, ROLLBACK_COLOUR, false, ROLLBACK_COLOUR,
                    new BasicStroke(1f), true, vline, ChartStyle.dashed(1.6f), ROLLBACK_COLOUR));
        }
        if (kinds.contains(Kind.SHOCK)) {
            items.add(new LegendItem("shock", null, null, null, false, vline, false, SHOCK_COLOUR, false, SHOCK_COLOUR,
                    new BasicStroke(1f), true, vline, ChartStyle.line(1.8f), SHOCK_COLOUR));
        }
        if (kinds.contains(Kind.FESTIVAL)) {
            // one entry per festival, so that the legend wraps between them in a narrow chart
            for (String f : festivalLegend(events)) {
                items.add(new LegendItem(f, null, null, null, FestivalTick.triangle(0, 5, 11), FESTIVAL_COLOUR));
            }
        }
        if (kinds.contains(Kind.REGIME)) {
            items.add(new LegendItem("travel regime", null, null, null, false, vline, false, REGIME_COLOUR, false, REGIME_COLOUR,
                    new BasicStroke(1f), true, vline, ChartStyle.dotted(1.6f), REGIME_COLOUR));
        }
        if (kinds.contains(Kind.EPIDEMIC)) {
            items.add(new LegendItem("epidemic", null, null, null, box, onWhite(EPIDEMIC_SHADE), new BasicStroke(0.8f), EPIDEMIC_SHADE));
        }
        return () -> items;
    }

    /**
     * The festivals' legend entries: each festival's name with its month, e.g. "Korean Film Week
     * Beijing (Oct 2026)"; a festival that recurs is named once with its first month and count,
     * and beyond {@value #MAX_FESTIVALS_NAMED} festivals the rest are counted in a last entry.
     * The first entry starts with "festival: ".
     */
    static List<String> festivalLegend(List<TimelineEvent> events) {
        Map<String, List<LocalDate>> byName = new LinkedHashMap<>();
        List<TimelineEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(TimelineEvent::date));
        for (TimelineEvent e : sorted) {
            if (e.kind() == Kind.FESTIVAL) byName.computeIfAbsent(e.label() == null ? "" : e.label(), k -> new ArrayList<>()).add(e.date());
        }
        java.time.format.DateTimeFormatter month = java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", ChartStyle.LOCALE);
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<LocalDate>> f : byName.entrySet()) {
            if (parts.size() == MAX_FESTIVALS_NAMED) {
                parts.add("and " + (byName.size() - MAX_FESTIVALS_NAMED) + " more festivals");
                break;
            }
            List<LocalDate> dates = f.getValue();
            String when = dates.get(0).format(month) + (dates.size() > 1 ? ", " + dates.size() + " times" : "");
            parts.add((parts.isEmpty() ? "festival: " : "") + (f.getKey().isBlank() ? when : f.getKey() + " (" + when + ")"));
        }
        return parts;
    }

    /** How a span tint looks on the white plot background (for the legend and for tests). */
    public static Color onWhite(Color shade) {
        return new Color(blend(shade.getRed()), blend(shade.getGreen()), blend(shade.getBlue()));
    }

    private static int blend(int c) {
        return Math.round(255 - SHADE_ALPHA * (255 - c));
    }

    /** Milliseconds since the epoch of the start of a day in UTC. */
    public static double millis(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static double spanEnd(List<TimelineEvent> sorted, int i, double hi) {
        LocalDate d = sorted.get(i).date();
        for (int j = i + 1; j < sorted.size(); j++) {
            TimelineEvent n = sorted.get(j);
            if ((n.kind() == Kind.STAGE || n.kind() == Kind.ROLLBACK) && n.date().isAfter(d)) return millis(n.date());
        }
        return hi;
    }

    private static double epidemicEnd(List<TimelineEvent> sorted, int i, double hi) {
        TimelineEvent e = sorted.get(i);
        for (int j = i + 1; j < sorted.size(); j++) {
            TimelineEvent n = sorted.get(j);
            if (n.kind() == Kind.EPIDEMIC_END && n.label().equals(e.label())) return millis(n.date());
        }
        return hi;
    }

    private static boolean hasStageOn(List<TimelineEvent> sorted, LocalDate d) {
        for (TimelineEvent e : sorted) {
            if (e.kind() == Kind.STAGE && e.date().equals(d)) return true;
        }
        return false;
    }

    /** A stage span; its own type so that {@link #clear} finds it. */
    private static final class Span extends IntervalMarker {
        private static final long serialVersionUID = 1L;

        Span(double from, double to, Color shade) {
            this(from, to, shade, SHADE_ALPHA);
        }

        Span(double from, double to, Color shade, float alpha) {
            super(from, to, shade, new BasicStroke(0f), null, null, alpha);
        }
    }

    /** An event line; its own type so that {@link #clear} finds it. */
    private static final class Line extends ValueMarker {
        private static final long serialVersionUID = 1L;

        Line(double x, Color colour, java.awt.Stroke stroke) {
            super(x, colour, stroke);
        }
    }
}
