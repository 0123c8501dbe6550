package culturebridge.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;
import sim.util.Double2D;

/**
 * Draws a traveller as a small arrowhead pointing along its trip's arc, coloured by how the
 * trip is sold (group tour or individual, {@link MapStyle#channel}).
 */
final class TouristPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private final MapScene scene;

    TouristPortrayal(MapScene scene) {
        this.scene = scene;
    }

    /** Arrowhead length in pixels at a scale (pixels per field unit). */
    static double size(double pixelsPerUnit) {
        return Math.max(6.0, Math.min(14.0, pixelsPerUnit * 0.42));
    }

    /** The arrowhead at (x, y) pointing along (hx, hy). */
    static Path2D.Double arrow(double x, double y, double hx, double hy, double size) {
        double px = -hy;
        double py = hx;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x + hx * size * 0.6, y + hy * size * 0.6);
        p.lineTo(x - hx * size * 0.4 + px * size * 0.38, y - hy * size * 0.4 + py * size * 0.38);
        p.lineTo(x - hx * size * 0.2, y - hy * size * 0.2);
        p.lineTo(x - hx * size * 0.4 - px * size * 0.38, y - hy * size * 0.4 - py * size * 0.38);
        p.closePath();
        return p;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        if (!(object instanceof TouristView v)) return;
        Double2D h = v.heading(scene.lastStep());
        Path2D.Double a = arrow(info.draw.x, info.draw.y, h.x, h.y, size(info.draw.width));
        g.setPaint(MapStyle.channel(v.trip().channel));
        g.fill(a);
        g.setPaint(info.selected ? Color.BLACK : new Color(30, 30, 30, 200));
        g.setStroke(MapStyle.line(info.selected ? 1.6 : 0.7));
        g.draw(a);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double s = size(range.draw.width);
        return new java.awt.geom.Ellipse2D.Double(range.draw.x - s / 2, range.draw.y - s / 2, s, s)
                .intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return wrapper == null ? "" : String.valueOf(wrapper.getObject());
    }
}
