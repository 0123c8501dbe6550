package culturebridge.chart;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The text labels of a policy timeline (stage names, rollbacks, shocks), stacked in rows at
 * the top of the plot. Layout happens at draw time because only then are the font metrics
 * and the plot's pixel width known: a label goes into the first row in which it clears the
 * labels already placed. When the rows would cover too much of the data, further labels are
 * left out rather than drawn over each other (their shading and lines remain).
 */
final class TimelineLabels extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;

    /** Share of the plot height the label rows may take. */
    static final double MAX_ROWS_SHARE = 0.45;
    /** Plots less tall than this, in pixels, get one row of labels. */
    static final double SMALL_PLOT_HEIGHT = 320;
    /** Horizontal padding inside a label box. */
    static final double PAD = 4;
    /** Smallest horizontal gap between two labels in a row. */
    static final double GAP = 6;
    private static final Color BOX = new Color(255, 255, 255, 225);

    /**
     * One label.
     *
     * @param x      domain value (ms) of the stage start or the event
     * @param text   label text
     * @param colour text colour
     * @param line   true for an event line (label placed beside the line), false for a span
     */
    record Item(double x, String text, Color colour, boolean line) implements java.io.Serializable {
    }

    /**
     * Where a label goes: its row (0 at the top; -1 if left out) and its box's left edge and
     * width in pixels.
     */
    record Placement(int row, double left, double width) {
    }

    private final List<Item> items;

    TimelineLabels(List<Item> items) {
        List<Item> sorted = new ArrayList<>();
        for (Item it : items) {
            if (it.text() != null && !it.text().isBlank()) sorted.add(it);
        }
        sorted.sort(Comparator.comparingDouble(Item::x));
        this.items = List.copyOf(sorted);
    }

    /** The labels, in anchor order. */
    List<Item> items() {
        return items;
    }

    /**
     * Lays out labels given their anchor pixels and box widths, in anchor order: each box
     * starts just right of its anchor (or ends just left of an event line near the right
     * edge), and takes the first row where it clears the boxes already there.
     *
     * @param px      anchor pixel of each label
     * @param widths  box width of each label
     * @param line    whether each label belongs to an event line
     * @param minX    left edge of the plot
     * @param maxX    right edge of the plot
     * @param maxRows rows available
     */
    static Placement[] place(double[] px, double[] widths, boolean[] line, double minX, double maxX, int maxRows) {
        Placement[] out = new Placement[px.length];
        List<Double> rowEnds = new ArrayList<>();
        for (int i = 0; i < px.length; i++) {
            double w = widths[i];
            double left = px[i] + 3;
            if (left + w > maxX - 2) {
                // Near the right edge a line's label goes to its left; a span's label is pulled in.
                left = line[i] ? px[i] - 3 - w : maxX - 2 - w;
            }
            left = Math.max(left, minX + 2);
            int row = -1;
            for (int r = 0; r < rowEnds.size() && row < 0; r++) {
                if (rowEnds.get(r) + GAP <= left) row = r;
            }
            if (row < 0 && rowEnds.size() < maxRows) {
                rowEnds.add(Double.NEGATIVE_INFINITY);
                row = rowEnds.size() - 1;
            }
            if (row >= 0) rowEnds.set(row, left + w);
            out[i] = new Placement(row, left, w);
        }
        return out;
    }

    /**
     * Rows for labels at pixel positions {@code px}, each as wide as its text in the font of
     * {@code fm} plus padding, in at most the rows that {@code maxRowsShare} of the plot's height
     * holds. A small plot (a GUI panel) has room for one row: more would cover the curves.
     */
    static Placement[] layout(FontMetrics fm, double[] px, List<String> texts, boolean[] line, Rectangle2D dataArea,
                              double rowHeight, double maxRowsShare) {
        double[] widths = new double[px.length];
        for (int i = 0; i < px.length; i++) widths[i] = fm.stringWidth(texts.get(i)) + 2 * PAD;
        int maxRows = dataArea.getHeight() < SMALL_PLOT_HEIGHT ? 1
                : Math.max(1, (int) (dataArea.getHeight() * maxRowsShare / rowHeight));
        return place(px, widths, line, dataArea.getMinX(), dataArea.getMaxX(), maxRows);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge edge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        g2.setFont(ChartStyle.EVENT_FONT);
        FontMetrics fm = g2.getFontMetrics();
        double rowHeight = fm.getHeight() + 3;
        int n = items.size();
        double[] px = new double[n];
        boolean[] line = new boolean[n];
        for (int i = 0; i < n; i++) {
            px[i] = domainAxis.valueToJava2D(items.get(i).x(), dataArea, edge);
            line[i] = items.get(i).line();
        }
        Placement[] places = layout(fm, px, items.stream().map(Item::text).toList(), line, dataArea, rowHeight, MAX_ROWS_SHARE);
        for (int i = 0; i < n; i++) {
            Placement p = places[i];
            if (p.row() < 0) continue;
            double top = dataArea.getMinY() + 3 + p.row() * rowHeight;
            g2.setPaint(BOX);
            g2.fill(new RoundRectangle2D.Double(p.left(), top, p.width(), rowHeight - 2, 6, 6));
            g2.setPaint(items.get(i).colour());
            g2.drawString(items.get(i).text(), (float) (p.left() + PAD), (float) (top + fm.getAscent() + 0.5));
        }
    }
}
