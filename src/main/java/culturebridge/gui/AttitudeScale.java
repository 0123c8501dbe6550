package culturebridge.gui;

import java.awt.Color;

/**
 * The colour of an audience agent's attitude toward the partner country on the map: a
 * diverging scale centred on 0.5, the line between unfavourable and favourable that the
 * {@code favourable.<C>} metric uses. Red is unfavourable (0), near-white neutral (0.5),
 * blue favourable (1).
 *
 * <p>The stops are ColorBrewer's 11-class RdBu (Brewer, Harrower &amp; Penn State 2002),
 * which is diverging, print-safe and readable by people with the common red-green colour
 * blindness because its two arms differ in hue and lightness.
 */
public final class AttitudeScale {

    /** RdBu stops at attitude 0, 0.1, ..., 1. */
    private static final Color[] STOPS = {
        new Color(0x67001F), new Color(0xB2182B), new Color(0xD6604D), new Color(0xF4A582), new Color(0xFDDBC7),
        new Color(0xF7F7F7),
        new Color(0xD1E5F0), new Color(0x92C5DE), new Color(0x4393C3), new Color(0x2166AC), new Color(0x053061)
    };

    /** Colours at attitude 0..1 in 1/255 steps, so drawing thousands of agents allocates nothing. */
    private static final Color[] TABLE = new Color[256];

    static {
        for (int i = 0; i < TABLE.length; i++) TABLE[i] = interpolate(i / 255.0);
    }

    private AttitudeScale() {
    }

    /** The colour of an attitude (values outside [0, 1] are clamped; NaN is grey). */
    public static Color colour(double attitude) {
        if (Double.isNaN(attitude)) return Color.GRAY;
        double a = Math.max(0, Math.min(1, attitude));
        return TABLE[(int) Math.round(a * 255)];
    }

    private static Color interpolate(double a) {
        double pos = a * (STOPS.length - 1);
        int lo = (int) Math.floor(pos);
        if (lo >= STOPS.length - 1) return STOPS[STOPS.length - 1];
        double t = pos - lo;
        Color c0 = STOPS[lo];
        Color c1 = STOPS[lo + 1];
        return new Color(mix(c0.getRed(), c1.getRed(), t), mix(c0.getGreen(), c1.getGreen(), t), mix(c0.getBlue(), c1.getBlue(), t));
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
