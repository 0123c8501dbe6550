package culturebridge.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

import culturebridge.output.TimelineEvent;
import culturebridge.output.TimelineEvent.Kind;

/**
 * The dated news events each public heard ({@code data/events.csv}) on an attitude chart: a
 * short tick standing on the time axis, red for hostile news and green for friendly news, with
 * a few words beside it in small type. Labels are stacked in rows from the bottom of the plot
 * up, each in the lowest row where it clears the labels already there (the layout of
 * {@link TimelineLabels}, which fills rows from the top with the policy's labels), so the two
 * sets of labels meet only on a crowded chart. The tick's line runs up to its label.
 */
final class NewsTicks extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;

    /** Hostile news. */
    static final Color HOSTILE = new Color(0xB2182B);
    /** Friendly news. */
    static final Color FRIENDLY = new Color(0x1B7837);
    /** Label type: a size smaller than the policy's labels, so that news reads as secondary. */
    static final Font FONT = ChartStyle.EVENT_FONT.deriveFont(10f);
    /** Height of the tick on the axis, in pixels. */
    static final double TICK = 9;
    /** Share of the plot height the label rows may take. */
    static final double MAX_ROWS_SHARE = 0.3;
    private static final Color BOX = new Color(255, 255, 255, 215);

    private final List<TimelineLabels.Item> items;

    NewsTicks(List<TimelineLabels.Item> items) {
        List<TimelineLabels.Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingDouble(TimelineLabels.Item::x));
        this.items = List.copyOf(sorted);
    }

    /** The ticks, in time order. */
    List<TimelineLabels.Item> items() {
        return items;
    }

    /**
     * Adds the news events among {@code events} that fall in [start, end) to the chart's plot,
     * and their two kinds to its legend. A chart without news events is left as it is.
     */
    static void annotate(JFreeChart chart, List<TimelineEvent> events, LocalDate start, LocalDate end) {
        double lo = PolicyTimelineAnnotator.millis(start);
        double hi = PolicyTimelineAnnotator.millis(end);
        List<TimelineLabels.Item> items = new ArrayList<>();
        boolean hostile = false;
        boolean friendly = false;
        for (TimelineEvent e : events) {
            if (e.kind() != Kind.NEWS_HOSTILE && e.kind() != Kind.NEWS_FRIENDLY) continue;
            double x = PolicyTimelineAnnotator.millis(e.date());
            if (x < lo || x >= hi) continue;
            boolean bad = e.kind() == Kind.NEWS_HOSTILE;
            hostile |= bad;
            friendly |= !bad;
            items.add(new TimelineLabels.Item(x, e.label(), bad ? HOSTILE : FRIENDLY, true));
        }
        if (items.isEmpty()) return;
        XYPlot plot = chart.getXYPlot();
        plot.addAnnotation(new NewsTicks(items));
        LegendTitle legend = chart.getLegend();
        if (legend == null) return;
        LegendItemCollection entries = new LegendItemCollection();
        if (hostile) entries.add(entry("hostile news", HOSTILE));
        if (friendly) entries.add(entry("friendly news", FRIENDLY));
        LegendItemSource[] sources = Arrays.copyOf(legend.getSources(), legend.getSources().length + 1);
        sources[sources.length - 1] = () -> entries;
        legend.setSources(sources);
    }

    private static LegendItem entry(String text, Color colour) {
        Shape tick = new Line2D.Double(0, -6, 0, 6);
        return new LegendItem(text, null, null, null, false, tick, false, colour, false, colour, new BasicStroke(1f), true, tick,
                new BasicStroke(2f), colour);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge edge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        g2.setFont(FONT);
        FontMetrics fm = g2.getFontMetrics();
        double rowHeight = fm.getHeight() + 2;
        int n = items.size();
        double[] px = new double[n];
        boolean[] line = new boolean[n];
        for (int i = 0; i < n; i++) {
            px[i] = domainAxis.valueToJava2D(items.get(i).x(), dataArea, edge);
            line[i] = true;
        }
        TimelineLabels.Placement[] places = TimelineLabels.layout(fm, px, items.stream().map(TimelineLabels.Item::text).toList(), line,
                dataArea, rowHeight, MAX_ROWS_SHARE);
        double axis = dataArea.getMaxY();
        for (int i = 0; i < n; i++) {
            if (px[i] < dataArea.getMinX() || px[i] > dataArea.getMaxX()) continue;
            Color colour = items.get(i).colour();
            TimelineLabels.Placement p = places[i];
            double top = p.row() < 0 ? axis - TICK : axis - TICK - 2 - (p.row() + 1) * rowHeight;
            // the tick, and a hairline up to its label
            g2.setPaint(colour);
            g2.setStroke(new BasicStroke(2f));
            g2.draw(new Line2D.Double(px[i], axis, px[i], axis - TICK));
            if (p.row() < 0) continue;
            g2.setStroke(new BasicStroke(0.8f));
            g2.draw(new Line2D.Double(px[i], axis - TICK, px[i], top + rowHeight / 2));
            g2.setPaint(BOX);
            g2.fill(new RoundRectangle2D.Double(p.left(), top, p.width(), rowHeight - 1, 5, 5));
            g2.setPaint(colour);
            g2.drawString(items.get(i).text(), (float) (p.left() + TimelineLabels.PAD), (float) (top + fm.getAscent()));
        }
    }
}
