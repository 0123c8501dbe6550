package culturebridge.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.List;
import sim.portrayal.DrawInfo2D;
import sim.util.Double2D;

/**
 * The map's ground: sea, land outside the two modelled countries in grey, the two countries
 * in a light warm tint with their borders, and the names of the countries and seas.
 */
final class BasemapLayer extends MapLayer {

    BasemapLayer(MapScene scene) {
        super(scene);
    }

    @Override
    void paint(Graphics2D g, DrawInfo2D info, double xs, double ys) {
        Basemap map = scene().basemap();
        AffineTransform toScreen = new AffineTransform(xs, 0, 0, ys, info.draw.x, info.draw.y);
        // the display is wider than the field (room for names and the legend): fill all of it
        g.setPaint(MapStyle.SEA);
        g.fill(info.clip);
        List<Path2D.Double> paths = map.paths();
        for (int i = 0; i < paths.size(); i++) {
            Shape s = toScreen.createTransformedShape(paths.get(i));
            boolean modelled = Basemap.OUTLINES.get(i).region() != Basemap.Region.OTHER;
            g.setPaint(modelled ? MapStyle.LAND : MapStyle.OTHER_LAND);
            g.fill(s);
            g.setPaint(modelled ? MapStyle.BORDER : MapStyle.COAST);
            g.setStroke(MapStyle.line(modelled ? 1.1 : 0.8));
            g.draw(s);
        }
        double zoom = Math.max(0.7, Math.min(2.0, xs / 22.0));
        label(g, info, xs, ys, map.field(112.6, 27.3), "CHINA", MapStyle.COUNTRY_FONT.deriveFont((float) (17 * zoom)),
                MapStyle.COUNTRY_LABEL, 4);
        label(g, info, xs, ys, map.field(128.25, 32.55), "SOUTH KOREA", MapStyle.COUNTRY_FONT.deriveFont((float) (13 * zoom)),
                MapStyle.COUNTRY_LABEL, 2);
        label(g, info, xs, ys, map.field(122.9, 34.2), "Yellow Sea", MapStyle.SEA_FONT.deriveFont((float) (13 * zoom)),
                MapStyle.SEA_LABEL, 0);
        label(g, info, xs, ys, map.field(126.0, 30.6), "East China Sea", MapStyle.SEA_FONT.deriveFont((float) (13 * zoom)),
                MapStyle.SEA_LABEL, 0);
    }

    /** A centred, letter-spaced label (spacing in pixels between letters). */
    private static void label(Graphics2D g, DrawInfo2D info, double xs, double ys, Double2D at, String text,
                              java.awt.Font font, Color colour, double spacing) {
        g.setFont(font);
        java.awt.FontMetrics fm = g.getFontMetrics();
        double width = fm.stringWidth(text) + spacing * (text.length() - 1);
        double x = sx(info, xs, at.x) - width / 2;
        double y = sy(info, ys, at.y) + fm.getAscent() / 2.0;
        g.setPaint(colour);
        for (char ch : text.toCharArray()) {
            String s = String.valueOf(ch);
            g.drawString(s, (float) x, (float) y);
            x += fm.stringWidth(s) + spacing;
        }
    }
}
