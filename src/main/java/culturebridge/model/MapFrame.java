package culturebridge.model;

import java.util.List;
import sim.util.Double2D;

/**
 * The rectangle of the stylised map that holds both countries' cities, with a margin, and
 * the shift from map coordinates ({@link MapProjection}, units of 100 km) to field
 * coordinates (non-negative, as MASON's {@code Continuous2D} wants).
 */
public final class MapFrame implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Margin around the outermost cities, map units (300 km). */
    public static final double MARGIN = 3.0;

    private final double minX;
    private final double minY;
    private final double width;
    private final double height;
    private final Double2D[][] cities;

    public MapFrame(List<Country> countries) {
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (Country c : countries) {
            for (City city : c.cities()) {
                x0 = Math.min(x0, city.x());
                y0 = Math.min(y0, city.y());
                x1 = Math.max(x1, city.x());
                y1 = Math.max(y1, city.y());
            }
        }
        minX = x0 - MARGIN;
        minY = y0 - MARGIN;
        width = x1 - x0 + 2 * MARGIN;
        height = y1 - y0 + 2 * MARGIN;
        cities = new Double2D[countries.size()][];
        for (int c = 0; c < countries.size(); c++) {
            List<City> list = countries.get(c).cities();
            cities[c] = new Double2D[list.size()];
            for (int i = 0; i < list.size(); i++) cities[c][i] = toField(list.get(i).x(), list.get(i).y());
        }
    }

    /** Field width, map units. */
    public double width() { return width; }

    /** Field height, map units. */
    public double height() { return height; }

    /** Field position of a map position. */
    public Double2D toField(double x, double y) { return new Double2D(x - minX, y - minY); }

    /** Field position of city i of country c. */
    public Double2D city(int country, int city) { return cities[country][city]; }

    /** Distance between two cities, km. */
    public double distanceKm(int c1, int i1, int c2, int i2) {
        return cities[c1][i1].distance(cities[c2][i2]) * MapProjection.KM_PER_UNIT;
    }
}
