package culturebridge.gui;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.QuadCurve2D;
import sim.portrayal.DrawInfo2D;
import sim.util.Double2D;

/**
 * The network view: the social ties among the sampled audience agents (grey, mostly within a
 * city) and every cross-border tie of a sampled agent (purple arcs to the partner's city),
 * the channel by which partner content counts as adopted by "natives". Off by default; the
 * display's Layers menu turns it on.
 */
final class TiesLayer extends MapLayer {

    TiesLayer(MapScene scene) {
        super(scene);
    }

    @Override
    void paint(Graphics2D g, DrawInfo2D info, double xs, double ys) {
        double[] dom = scene().domesticTies();
        g.setPaint(MapStyle.alpha(MapStyle.TIE, 0.14));
        g.setStroke(MapStyle.line(0.6));
        Line2D.Double line = new Line2D.Double();
        for (int k = 0; k + 3 < dom.length; k += 4) {
            line.setLine(sx(info, xs, dom[k]), sy(info, ys, dom[k + 1]), sx(info, xs, dom[k + 2]), sy(info, ys, dom[k + 3]));
            g.draw(line);
        }
        double[] cross = scene().crossTies();
        // translucent enough that the busy routes show as a thicker sheaf rather than a wall
        g.setPaint(MapStyle.alpha(MapStyle.CROSS_TIE, 0.22));
        g.setStroke(MapStyle.line(0.8));
        for (int k = 0; k + 3 < cross.length; k += 4) {
            Double2D a = new Double2D(cross[k], cross[k + 1]);
            Double2D b = new Double2D(cross[k + 2], cross[k + 3]);
            Double2D c = TripGeometry.control(a, b);
            g.draw(new QuadCurve2D.Double(sx(info, xs, a.x), sy(info, ys, a.y), sx(info, xs, c.x), sy(info, ys, c.y),
                    sx(info, xs, b.x), sy(info, ys, b.y)));
        }
    }
}
