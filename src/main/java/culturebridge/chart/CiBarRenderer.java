package culturebridge.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;

/**
 * A bar chart renderer that draws a confidence interval as a whisker over each bar. JFreeChart's
 * own statistical bar renderer only draws symmetric mean ± sd bars; bootstrap intervals are not
 * symmetric, so each bar's interval is given explicitly.
 */
public final class CiBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;
    private static final double CAP = 4;

    private final Map<String, double[]> intervals = new LinkedHashMap<>();

    /** Sets the interval (low to high; NaN: none) of the bar of series {@code row} in category {@code column}. */
    public void setInterval(Comparable<?> row, Comparable<?> column, double low, double high) {
        intervals.put(row + "\u0000" + column, new double[] {low, high});
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        double[] ci = intervals.get(dataset.getRowKey(row) + "\u0000" + dataset.getColumnKey(column));
        if (ci == null || !Double.isFinite(ci[0]) || !Double.isFinite(ci[1])) return;
        PlotOrientation orientation = plot.getOrientation();
        double w0 = calculateBarW0(plot, orientation, dataArea, domainAxis, state, row, column);
        double mid = w0 + state.getBarWidth() / 2;
        RectangleEdge edge = plot.getRangeAxisEdge();
        double lo = rangeAxis.valueToJava2D(ci[0], dataArea, edge);
        double hi = rangeAxis.valueToJava2D(ci[1], dataArea, edge);
        g2.setPaint(new Color(0x222222));
        g2.setStroke(new BasicStroke(1.4f));
        if (orientation == PlotOrientation.HORIZONTAL) {
            g2.draw(new Line2D.Double(lo, mid, hi, mid));
            g2.draw(new Line2D.Double(lo, mid - CAP, lo, mid + CAP));
            g2.draw(new Line2D.Double(hi, mid - CAP, hi, mid + CAP));
        } else {
            g2.draw(new Line2D.Double(mid, lo, mid, hi));
            g2.draw(new Line2D.Double(mid - CAP, lo, mid + CAP, lo));
            g2.draw(new Line2D.Double(mid - CAP, hi, mid + CAP, hi));
        }
    }
}
