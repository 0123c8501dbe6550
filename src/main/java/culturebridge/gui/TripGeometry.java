package culturebridge.gui;

import culturebridge.model.agent.Tourist;
import sim.util.Double2D;

/**
 * Where a trip is drawn on the map: the route between the origin and destination cities is a
 * gentle arc (a quadratic Bezier curve bent to the left of the direction of travel, so that
 * the outbound and the return leg of a round trip are two distinct arcs, like flight paths),
 * and a traveller's position on it follows the share of the trip done.
 *
 * <p>A step is a week and most trips last a week or two, so the model shows a traveller on
 * only one or two steps. The display draws each step as its middle: a traveller is drawn at
 * phase {@code (step - departure + 0.5) / (return - departure + 1)} of its round trip; the
 * first half of the phase is the outbound arc, the second the return arc. A one-week trip is
 * thus drawn half-way out in its departure week (the model's own placement), a longer trip
 * a little way out, then at its destination.
 */
public final class TripGeometry {

    /** How far an arc bends sideways, as a share of the distance between its ends. */
    public static final double BEND = 0.18;

    private TripGeometry() {
    }

    /** Phase of a trip at a step: 0 at departure, 0.5 at the destination, 1 back home. */
    public static double phase(Tourist t, long step) {
        double span = Math.max(0, t.returnStep - t.departureStep) + 1.0;
        double p = (step - t.departureStep + 0.5) / span;
        return Math.max(0, Math.min(1, p));
    }

    /**
     * Point at share {@code f} (0..1) along the arc from {@code a} to {@code b}, bent to the
     * left of the direction a -> b by {@link #BEND} of the distance.
     */
    public static Double2D along(Double2D a, Double2D b, double f) {
        Double2D c = control(a, b);
        double u = 1 - f;
        return new Double2D(u * u * a.x + 2 * u * f * c.x + f * f * b.x, u * u * a.y + 2 * u * f * c.y + f * f * b.y);
    }

    /** Direction of travel (unit vector) at share {@code f} along the arc from a to b. */
    public static Double2D tangent(Double2D a, Double2D b, double f) {
        Double2D c = control(a, b);
        double dx = 2 * (1 - f) * (c.x - a.x) + 2 * f * (b.x - c.x);
        double dy = 2 * (1 - f) * (c.y - a.y) + 2 * f * (b.y - c.y);
        double len = Math.hypot(dx, dy);
        return len == 0 ? new Double2D(1, 0) : new Double2D(dx / len, dy / len);
    }

    /**
     * The control point of the arc from a to b. Screen y grows downward, so "left of the
     * direction of travel" is the perpendicular (dy, -dx).
     */
    public static Double2D control(Double2D a, Double2D b) {
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        return new Double2D((a.x + b.x) / 2 + BEND * dy, (a.y + b.y) / 2 - BEND * dx);
    }

    /**
     * Position of a traveller at a given phase of the round trip between home and
     * destination: outbound arc for phase below 0.5, return arc above.
     */
    public static Double2D position(Double2D home, Double2D destination, double phase) {
        if (phase <= 0.5) return along(home, destination, phase / 0.5);
        return along(destination, home, (phase - 0.5) / 0.5);
    }

    /** Direction of travel at a given phase (see {@link #position}). */
    public static Double2D heading(Double2D home, Double2D destination, double phase) {
        if (phase <= 0.5) return tangent(home, destination, phase / 0.5);
        return tangent(destination, home, (phase - 0.5) / 0.5);
    }
}
