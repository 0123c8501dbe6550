package culturebridge.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/** Draws a studio as a small dark square beside the city it is drawn at. */
final class StudioPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    /** Square side in pixels at a scale (pixels per field unit). */
    static double side(double pixelsPerUnit) {
        return Math.max(3.0, Math.min(7.0, pixelsPerUnit * 0.2));
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        double s = side(info.draw.width);
        Rectangle2D.Double r = new Rectangle2D.Double(info.draw.x - s / 2, info.draw.y - s / 2, s, s);
        g.setPaint(MapStyle.STUDIO);
        g.fill(r);
        if (info.selected) {
            g.setPaint(Color.BLACK);
            g.setStroke(MapStyle.line(1.5));
            g.draw(new Rectangle2D.Double(r.x - 2, r.y - 2, r.width + 4, r.height + 4));
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double s = side(range.draw.width) + 2;
        return new Rectangle2D.Double(range.draw.x - s / 2, range.draw.y - s / 2, s, s)
                .intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return wrapper == null ? "" : String.valueOf(wrapper.getObject());
    }
}
