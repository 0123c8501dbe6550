package culturebridge.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a city as a ring whose size grows with its tourist attractiveness (0-5), so the
 * places travellers are drawn to stand out; the names are drawn by {@link CityLabelsLayer}
 * above everything else.
 */
final class CityPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    /** Ring diameter in pixels for an attractiveness at a scale (pixels per field unit). */
    static double diameter(double attractiveness, double pixelsPerUnit) {
        double zoom = Math.max(0.7, Math.min(2.5, pixelsPerUnit / 22.0));
        return zoom * (7 + 3.2 * Math.max(0, attractiveness));
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        if (!(object instanceof CityView v)) return;
        double d = diameter(v.getAttractiveness(), info.draw.width);
        Ellipse2D.Double ring = new Ellipse2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
        // the ring is hollow so that the residents drawn under it stay visible
        g.setPaint(new Color(255, 255, 255, 200));
        g.setStroke(MapStyle.line(info.selected ? 4.2 : 3.2));
        g.draw(ring);
        g.setPaint(MapStyle.CITY);
        g.setStroke(MapStyle.line(info.selected ? 2.6 : 1.6));
        g.draw(ring);
        double c = Math.max(2.5, d * 0.18);
        g.fill(new Ellipse2D.Double(info.draw.x - c / 2, info.draw.y - c / 2, c, c));
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        if (!(object instanceof CityView v)) return false;
        double d = diameter(v.getAttractiveness(), range.draw.width);
        return new Ellipse2D.Double(range.draw.x - d / 2, range.draw.y - d / 2, d, d)
                .intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return wrapper == null ? "" : String.valueOf(wrapper.getObject());
    }
}
