package culturebridge.model;

import sim.util.Double2D;

/**
 * The stylised map on which cities sit: an equirectangular projection centred on 35 degrees
 * north, the middle latitude of the China-Korea region (Guangzhou 23N to Shenyang 42N).
 *
 * <p>One map unit is 100 km. A degree of latitude is 111.32 km everywhere; a degree of
 * longitude shrinks with the cosine of the latitude, taken once at 35N so that the map is a
 * plain rectangle (error under 10% for distances within 23N-45N, which is enough for a travel
 * cost and for drawing). The origin is at 110E, 45N, above Shenyang: cities west of 110E
 * (Chengdu, Chongqing, Xi'an) have negative x, which a display offsets. {@code y} grows
 * southward, as screen coordinates (and MASON's {@code Continuous2D} drawn by a portrayal)
 * do, so north is up on the screen.
 */
public final class MapProjection {
    /** Latitude whose cosine scales longitude, degrees north. */
    public static final double REFERENCE_LATITUDE = 35.0;
    /** Longitude of the map's x origin, degrees east. */
    public static final double ORIGIN_LONGITUDE = 110.0;
    /** Latitude of the map's y origin, degrees north. */
    public static final double ORIGIN_LATITUDE = 45.0;
    /** Map units per degree of latitude: 111.32 km per degree over 100 km per unit. */
    public static final double UNITS_PER_DEGREE = 1.1132;
    /** Kilometres per map unit. */
    public static final double KM_PER_UNIT = 100.0;

    private static final double COS_REFERENCE = StrictMath.cos(Math.toRadians(REFERENCE_LATITUDE));

    private MapProjection() {
    }

    /**
     * Map position of a point given in degrees.
     *
     * @param lon longitude, degrees east (-180..180)
     * @param lat latitude, degrees north (-90..90)
     * @return x = (lon - 110) cos 35deg x 1.1132, y = (45 - lat) x 1.1132, in units of 100 km
     */
    public static Double2D project(double lon, double lat) {
        return new Double2D(x(lon), y(lat));
    }

    /** Map x of a longitude (units of 100 km east of 110E at 35N). */
    public static double x(double lon) {
        return (lon - ORIGIN_LONGITUDE) * COS_REFERENCE * UNITS_PER_DEGREE;
    }

    /** Map y of a latitude (units of 100 km south of 45N). */
    public static double y(double lat) {
        return (ORIGIN_LATITUDE - lat) * UNITS_PER_DEGREE;
    }

    /** Straight-line distance between two map points, in kilometres. */
    public static double distanceKm(double x1, double y1, double x2, double y2) {
        return StrictMath.hypot(x2 - x1, y2 - y1) * KM_PER_UNIT;
    }
}
