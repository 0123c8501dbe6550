package culturebridge.gui;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import sim.portrayal.DrawInfo2D;
import sim.util.Double2D;

/**
 * City names, drawn above everything else and laid out so they do not overlap. In a country
 * whose cities are spread out (China) each name goes beside its city, on the first side where
 * it touches no other name or city. In a country whose cities crowd a small area (Korea's ten
 * cities lie within 400 km) the names are set in two columns off its west and east coasts,
 * spaced apart, each joined to its city by a thin leader line.
 */
final class CityLabelsLayer extends MapLayer {

    /** Pixels of map per city below which a country's names go into columns. */
    static final double CROWDED_AREA_PER_CITY = 5000;

    CityLabelsLayer(MapScene scene) {
        super(scene);
    }

    /** A placed name: its text, baseline position and city anchor (pixels). */
    record Placed(String text, double x, double y, double anchorX, double anchorY, boolean leader) {
    }

    @Override
    void paint(Graphics2D g, DrawInfo2D info, double xs, double ys) {
        double zoom = Math.max(0.8, Math.min(1.8, xs / 22.0));
        Font font = MapStyle.CITY_FONT.deriveFont((float) (11 * zoom));
        g.setFont(font);
        for (Placed p : layout(g.getFontMetrics(), info, xs, ys)) {
            if (p.leader()) {
                g.setPaint(MapStyle.alpha(MapStyle.CITY, 0.55));
                g.setStroke(MapStyle.line(0.8));
                double endX = p.x() > p.anchorX() ? p.x() - 2 : p.x() + g.getFontMetrics().stringWidth(p.text()) + 2;
                g.draw(new Line2D.Double(p.anchorX(), p.anchorY(), endX, p.y() - g.getFontMetrics().getAscent() / 3.0));
            }
            MapStyle.haloText(g, p.text(), font, MapStyle.CITY, p.x(), p.y());
        }
    }

    /** Where every city's name goes. */
    List<Placed> layout(FontMetrics fm, DrawInfo2D info, double xs, double ys) {
        List<Placed> out = new ArrayList<>();
        List<Rectangle2D> taken = new ArrayList<>();
        for (CityView c : scene().cities()) {
            Double2D p = scene().frame().city(c.countryIndex(), c.cityIndex());
            double d = CityPortrayal.diameter(c.getAttractiveness(), xs);
            double x = sx(info, xs, p.x);
            double y = sy(info, ys, p.y);
            taken.add(new Rectangle2D.Double(x - d / 2, y - d / 2, d, d));
        }
        for (int country = 0; country < 2; country++) {
            List<CityView> mine = new ArrayList<>();
            for (CityView c : scene().cities()) if (c.countryIndex() == country) mine.add(c);
            if (mine.isEmpty()) continue;
            if (crowded(mine, info, xs, ys)) columns(mine, fm, info, xs, ys, out, taken);
            else beside(mine, fm, info, xs, ys, out, taken);
        }
        return out;
    }

    private boolean crowded(List<CityView> cities, DrawInfo2D info, double xs, double ys) {
        Rectangle2D box = bounds(cities, info, xs, ys);
        return Math.max(1, box.getWidth()) * Math.max(1, box.getHeight()) / cities.size() < CROWDED_AREA_PER_CITY;
    }

    private Rectangle2D bounds(List<CityView> cities, DrawInfo2D info, double xs, double ys) {
        Rectangle2D box = null;
        for (CityView c : cities) {
            Double2D p = scene().frame().city(c.countryIndex(), c.cityIndex());
            Rectangle2D r = new Rectangle2D.Double(sx(info, xs, p.x), sy(info, ys, p.y), 0, 0);
            if (box == null) box = r;
            else box.add(r);
        }
        return box;
    }

    private void beside(List<CityView> cities, FontMetrics fm, DrawInfo2D info, double xs, double ys,
                        List<Placed> out, List<Rectangle2D> taken) {
        List<CityView> order = new ArrayList<>(cities);
        // the most attractive cities choose first
        order.sort(Comparator.comparingDouble(CityView::getAttractiveness).reversed());
        for (CityView c : order) {
            Double2D p = scene().frame().city(c.countryIndex(), c.cityIndex());
            double x = sx(info, xs, p.x);
            double y = sy(info, ys, p.y);
            double r = CityPortrayal.diameter(c.getAttractiveness(), xs) / 2 + 2;
            String text = c.getName();
            double w = fm.stringWidth(text);
            double a = fm.getAscent();
            double[][] candidates = {
                {x + r, y + a / 2 - 1}, {x - r - w, y + a / 2 - 1}, {x - w / 2, y - r - 2}, {x - w / 2, y + r + a},
                {x + r * 0.7, y - r * 0.7}, {x + r * 0.7, y + r * 0.7 + a}, {x - r * 0.7 - w, y - r * 0.7},
                {x - r * 0.7 - w, y + r * 0.7 + a}};
            double[] best = candidates[0];
            for (double[] cand : candidates) {
                if (free(new Rectangle2D.Double(cand[0], cand[1] - a, w, a + 2), taken)) {
                    best = cand;
                    break;
                }
            }
            taken.add(new Rectangle2D.Double(best[0], best[1] - a, w, a + 2));
            out.add(new Placed(text, best[0], best[1], x, y, false));
        }
    }

    private void columns(List<CityView> cities, FontMetrics fm, DrawInfo2D info, double xs, double ys,
                         List<Placed> out, List<Rectangle2D> taken) {
        Rectangle2D box = bounds(cities, info, xs, ys);
        double gap = 0.9 * xs;
        List<CityView> west = new ArrayList<>();
        List<CityView> east = new ArrayList<>();
        double mid = box.getCenterX();
        for (CityView c : cities) {
            Double2D p = scene().frame().city(c.countryIndex(), c.cityIndex());
            (sx(info, xs, p.x) < mid ? west : east).add(c);
        }
        column(west, fm, info, xs, ys, box.getMinX() - gap, true, out, taken);
        column(east, fm, info, xs, ys, box.getMaxX() + gap, false, out, taken);
    }

    /** One column of names: sorted north to south, pushed apart to a line's height. */
    private void column(List<CityView> cities, FontMetrics fm, DrawInfo2D info, double xs, double ys, double edge,
                        boolean rightAligned, List<Placed> out, List<Rectangle2D> taken) {
        if (cities.isEmpty()) return;
        double line = fm.getAscent() + 5;
        List<double[]> rows = new ArrayList<>();
        for (CityView c : cities) {
            Double2D p = scene().frame().city(c.countryIndex(), c.cityIndex());
            rows.add(new double[] {sy(info, ys, p.y) + fm.getAscent() / 2.0, sx(info, xs, p.x), sy(info, ys, p.y), cities.indexOf(c)});
        }
        rows.sort(Comparator.comparingDouble(r -> r[0]));
        double[] y = new double[rows.size()];
        for (int i = 0; i < y.length; i++) y[i] = rows.get(i)[0];
        spread(y, line);
        for (int i = 0; i < y.length; i++) {
            double[] r = rows.get(i);
            String text = cities.get((int) r[3]).getName();
            double w = fm.stringWidth(text);
            double x = rightAligned ? edge - w : edge;
            out.add(new Placed(text, x, y[i], r[1], r[2], true));
            taken.add(new Rectangle2D.Double(x, y[i] - fm.getAscent(), w, fm.getAscent() + 2));
        }
    }

    /**
     * Moves sorted positions apart so that neighbours are at least {@code gap} apart, keeping
     * each group centred on its members' wanted positions (a small 1-D label relaxation).
     */
    static void spread(double[] y, double gap) {
        for (int pass = 0; pass < 50; pass++) {
            boolean moved = false;
            for (int i = 1; i < y.length; i++) {
                double overlap = gap - (y[i] - y[i - 1]);
                if (overlap > 1e-9) {
                    y[i - 1] -= overlap / 2;
                    y[i] += overlap / 2;
                    moved = true;
                }
            }
            if (!moved) return;
        }
    }

    private static boolean free(Rectangle2D r, List<Rectangle2D> taken) {
        for (Rectangle2D t : taken) if (t.intersects(r)) return false;
        return true;
    }
}
