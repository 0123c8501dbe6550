package culturebridge.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a sampled audience agent as a small dot coloured by its attitude toward the partner
 * country ({@link AttitudeScale}), with a faint outline so that near-neutral (near-white)
 * agents still show on the light land.
 */
final class AudiencePortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final Color OUTLINE = new Color(60, 60, 60, 90);

    /** Dot diameter in pixels at a scale of {@code pixelsPerUnit}. */
    static double diameter(double pixelsPerUnit) {
        return Math.max(3.0, Math.min(9.0, pixelsPerUnit * 0.19));
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        if (!(object instanceof AudienceView v)) return;
        double d = diameter(info.draw.width);
        Ellipse2D.Double dot = new Ellipse2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
        g.setPaint(AttitudeScale.colour(v.attitude()));
        g.fill(dot);
        g.setPaint(OUTLINE);
        g.setStroke(MapStyle.line(0.5));
        g.draw(dot);
        if (info.selected) {
            g.setPaint(Color.BLACK);
            g.setStroke(MapStyle.line(1.5));
            g.draw(new Ellipse2D.Double(info.draw.x - d, info.draw.y - d, 2 * d, 2 * d));
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double d = diameter(range.draw.width) + 2;
        return new Ellipse2D.Double(range.draw.x - d / 2, range.draw.y - d / 2, d, d)
                .intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return wrapper == null ? "" : String.valueOf(wrapper.getObject());
    }
}
