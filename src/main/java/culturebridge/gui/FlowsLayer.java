package culturebridge.gui;

import java.awt.Graphics2D;
import java.awt.geom.QuadCurve2D;
import java.util.Map;
import java.util.TreeMap;
import sim.portrayal.DrawInfo2D;
import sim.util.Double2D;

/**
 * The travel flows: one arc per route now in use (city to city, outbound and return legs
 * apart), its width growing with the square root of the travellers on it, so busy routes
 * stand out without hiding the thin ones. Drawn under the travellers themselves.
 */
final class FlowsLayer extends MapLayer {

    FlowsLayer(MapScene scene) {
        super(scene);
    }

    /** Line width in pixels of a route used by {@code travellers} drawn travellers. */
    static double width(int travellers) {
        return Math.min(7.0, 0.8 + 0.7 * Math.sqrt(travellers));
    }

    @Override
    void paint(Graphics2D g, DrawInfo2D info, double xs, double ys) {
        long step = scene().lastStep();
        // key: from-country, from-city, to-country, to-city of the leg now travelled
        Map<Long, int[]> routes = new TreeMap<>();
        Map<Long, Double2D[]> ends = new TreeMap<>();
        for (TouristView v : scene().travellers()) {
            var t = v.trip();
            boolean outbound = TripGeometry.phase(t, step) <= 0.5;
            int fc = outbound ? t.originCountry : t.destinationCountry;
            int fi = outbound ? t.originCity : t.destinationCity;
            int tc = outbound ? t.destinationCountry : t.originCountry;
            int ti = outbound ? t.destinationCity : t.originCity;
            long key = (((long) fc * 4096 + fi) * 4 + tc) * 4096 + ti;
            routes.computeIfAbsent(key, k -> new int[1])[0]++;
            ends.computeIfAbsent(key, k -> new Double2D[] {
                    outbound ? v.home() : v.destination(), outbound ? v.destination() : v.home()});
        }
        g.setPaint(MapStyle.alpha(MapStyle.FLOW, 0.35));
        for (Map.Entry<Long, int[]> e : routes.entrySet()) {
            Double2D[] ab = ends.get(e.getKey());
            Double2D c = TripGeometry.control(ab[0], ab[1]);
            g.setStroke(MapStyle.line(width(e.getValue()[0])));
            g.draw(new QuadCurve2D.Double(sx(info, xs, ab[0].x), sy(info, ys, ab[0].y), sx(info, xs, c.x), sy(info, ys, c.y),
                    sx(info, xs, ab[1].x), sy(info, ys, ab[1].y)));
        }
    }
}
