package culturebridge.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A festival on the timeline: a small green triangle standing on the time axis, with the
 * festival's name as its tooltip in the GUI.
 */
final class FestivalTick extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private static final double SIZE = 10;

    private final double x;

    FestivalTick(double x, String label) {
        this.x = x;
        setToolTipText(label);
    }

    /** An upward triangle of the given size whose base is centred on (cx, baseY). */
    static GeneralPath triangle(double cx, double baseY, double size) {
        GeneralPath p = new GeneralPath();
        p.moveTo(cx - size / 2, baseY);
        p.lineTo(cx + size / 2, baseY);
        p.lineTo(cx, baseY - size);
        p.closePath();
        return p;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge edge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        double px = domainAxis.valueToJava2D(x, dataArea, edge);
        if (px < dataArea.getMinX() || px > dataArea.getMaxX()) return;
        GeneralPath t = triangle(px, dataArea.getMaxY() - 1, SIZE);
        g2.setPaint(PolicyTimelineAnnotator.FESTIVAL_COLOUR);
        g2.fill(t);
        g2.setPaint(Color.WHITE);
        g2.setStroke(new BasicStroke(0.8f));
        g2.draw(t);
        addEntity(info, t, rendererIndex, getToolTipText(), null);
    }
}
