package culturebridge.gui;

import culturebridge.model.MapFrame;
import culturebridge.model.MapProjection;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import sim.util.Double2D;

/**
 * The land the map is drawn on: simplified outlines of the China-Korea region as lon/lat
 * polygons, projected with {@link MapProjection} onto the same field as the model's cities,
 * so that every city sits on its country's land.
 *
 * <p>The outlines are hand-simplified from the coastlines and borders (about 25 km accuracy,
 * enough for a seminar map and for keeping drawn audience agents off the sea). Only the two
 * modelled countries are coloured; the rest of the land (North Korea, Japan, Russia, Mongolia,
 * Vietnam, Laos, Taiwan) is drawn as neutral "not modelled" land. Points far outside the map
 * frame close the mainland polygon; the display clips them.
 */
public final class Basemap {

    /** Which modelled country a polygon belongs to. */
    public enum Region { CHINA, SOUTH_KOREA, OTHER }

    /**
     * One outline in lon/lat degrees.
     *
     * @param region whose land it is
     * @param lonLat alternating longitude, latitude pairs (degrees east, degrees north)
     */
    public record Outline(Region region, double[] lonLat) {
    }

    /**
     * The Asian mainland from the Gulf of Tonkin to Vladivostok, Korean peninsula included,
     * closed far outside the map frame. Drawn first as "not modelled" land; China and South
     * Korea are painted over it.
     */
    static final double[] MAINLAND = {
        80, 10, 105.6, 18.7, 105.9, 19.8, 106.4, 20.2, 106.8, 20.8, 107.1, 20.95, 108.0, 21.55,
        108.35, 21.6, 108.6, 21.7, 109.1, 21.45, 109.7, 21.4, 109.9, 20.6, 110.2, 20.25, 110.5, 20.45,
        110.4, 21.2, 111.0, 21.5, 111.8, 21.6, 112.5, 21.8, 113.1, 22.0, 113.55, 22.15, 113.75, 22.55,
        114.0, 22.45, 114.25, 22.25, 114.6, 22.55, 115.3, 22.75, 116.0, 22.9, 116.7, 23.3, 117.3, 23.65,
        118.0, 24.4, 118.7, 24.8, 119.5, 25.4, 119.65, 26.0, 120.1, 26.6, 120.6, 27.4, 120.9, 27.9,
        121.5, 28.5, 121.9, 29.1, 121.95, 29.9, 121.2, 30.3, 120.8, 30.35, 121.3, 30.7, 121.95, 30.9,
        121.85, 31.45, 121.9, 31.85, 121.6, 32.1, 121.0, 32.6, 120.9, 33.2, 120.5, 33.8, 120.2, 34.3,
        119.45, 34.75, 119.55, 35.4, 120.0, 35.8, 120.3, 35.95, 120.5, 36.05, 120.7, 36.35, 121.2, 36.6, 121.9, 36.9,
        122.5, 37.1, 122.7, 37.4, 122.2, 37.55, 121.4, 37.55, 120.8, 37.8, 120.3, 37.65, 119.8, 37.2,
        119.0, 37.2, 119.2, 37.75, 118.9, 38.1, 118.2, 38.3, 117.6, 38.6, 117.7, 39.0, 118.3, 39.15,
        119.2, 39.4, 119.6, 39.9, 120.4, 40.3, 120.9, 40.7, 121.3, 40.9, 122.0, 40.8, 122.2, 40.65,
        122.2, 40.3, 121.9, 39.9, 121.6, 39.6, 121.3, 39.3, 121.2, 38.8, 121.65, 38.9, 122.1, 39.2,
        122.6, 39.45, 123.2, 39.7, 124.35, 39.85,
        // North Korea's west coast
        124.75, 39.55, 125.25, 39.5, 125.45, 39.2, 125.3, 38.8, 124.9, 38.55, 124.75, 38.05,
        125.3, 37.75, 125.8, 37.9, 126.15, 37.75, 126.55, 37.75,
        // South Korea, west, south and east coasts (see SOUTH_KOREA)
        126.6, 37.45, 126.75, 37.05, 126.35, 36.95, 126.15, 36.75, 126.5, 36.4, 126.5, 36.25,
        126.7, 35.95, 126.5, 35.65, 126.35, 35.3, 126.4, 35.0, 126.35, 34.8, 126.5, 34.35, 126.9, 34.45,
        127.3, 34.5, 127.7, 34.7, 128.05, 34.9, 128.45, 34.85, 128.7, 34.75, 128.85, 35.05, 129.1, 35.05,
        129.35, 35.4, 129.45, 35.55, 129.57, 36.05, 129.4, 36.4, 129.45, 36.9, 129.4, 37.05, 129.2, 37.45,
        129.0, 37.72, 128.6, 38.2, 128.37, 38.6,
        // North Korea's east coast
        128.0, 38.95, 127.5, 39.15, 127.4, 39.4, 127.6, 39.8, 128.3, 40.0, 128.75, 40.3, 129.2, 40.65,
        129.7, 40.85, 129.75, 41.35, 129.8, 41.8, 130.05, 42.05, 130.35, 42.3, 130.68, 42.3,
        // Russia's Primorye coast
        130.8, 42.65, 131.2, 42.75, 131.5, 43.0, 131.85, 43.05, 132.35, 43.25, 133.2, 42.8, 135.0, 43.8,
        150, 60, 80, 60
    };

    /**
     * Mainland China within the map: the coast from the Vietnamese border to the Yalu, then
     * the land borders with North Korea, Russia, Mongolia, Laos and Vietnam (the last closed
     * west of the map frame).
     */
    static final double[] CHINA = {
        108.0, 21.55, 108.35, 21.6, 108.6, 21.7, 109.1, 21.45, 109.7, 21.4, 109.9, 20.6, 110.2, 20.25,
        110.5, 20.45, 110.4, 21.2, 111.0, 21.5, 111.8, 21.6, 112.5, 21.8, 113.1, 22.0, 113.55, 22.15,
        113.75, 22.55, 114.0, 22.45, 114.25, 22.25, 114.6, 22.55, 115.3, 22.75, 116.0, 22.9, 116.7, 23.3,
        117.3, 23.65, 118.0, 24.4, 118.7, 24.8, 119.5, 25.4, 119.65, 26.0, 120.1, 26.6, 120.6, 27.4,
        120.9, 27.9, 121.5, 28.5, 121.9, 29.1, 121.95, 29.9, 121.2, 30.3, 120.8, 30.35, 121.3, 30.7,
        121.95, 30.9, 121.85, 31.45, 121.9, 31.85, 121.6, 32.1, 121.0, 32.6, 120.9, 33.2, 120.5, 33.8,
        120.2, 34.3, 119.45, 34.75, 119.55, 35.4, 120.0, 35.8, 120.3, 35.95, 120.5, 36.05, 120.7, 36.35, 121.2, 36.6,
        121.9, 36.9, 122.5, 37.1, 122.7, 37.4, 122.2, 37.55, 121.4, 37.55, 120.8, 37.8, 120.3, 37.65,
        119.8, 37.2, 119.0, 37.2, 119.2, 37.75, 118.9, 38.1, 118.2, 38.3, 117.6, 38.6, 117.7, 39.0,
        118.3, 39.15, 119.2, 39.4, 119.6, 39.9, 120.4, 40.3, 120.9, 40.7, 121.3, 40.9, 122.0, 40.8,
        122.2, 40.65, 122.2, 40.3, 121.9, 39.9, 121.6, 39.6, 121.3, 39.3, 121.2, 38.8, 121.65, 38.9,
        122.1, 39.2, 122.6, 39.45, 123.2, 39.7, 124.35, 39.85,
        // Yalu and Tumen rivers (border with North Korea)
        125.0, 40.45, 125.7, 40.85, 126.2, 41.1, 126.9, 41.75, 127.6, 41.45, 128.2, 41.45, 128.08, 42.0,
        128.9, 42.05, 129.6, 42.45, 129.85, 42.95, 130.25, 42.9, 130.6, 42.42,
        // border with Russia, then closed north of the frame
        130.9, 42.75, 131.1, 42.9, 131.3, 43.4, 131.2, 44.0, 131.0, 44.9, 131.0, 47.0, 113.5, 47.0,
        // border with Mongolia
        113.6, 44.75, 111.9, 43.7, 110.6, 42.6, 109.3, 42.45, 106.8, 42.3, 105.0, 41.6, 103.4, 41.9,
        101.8, 42.5, 100.0, 42.6, 96.4, 42.75,
        // closed west of the frame, then the borders with India, Myanmar, Laos and Vietnam
        88.0, 44.0, 88.0, 28.2, 97.3, 28.2, 98.6, 27.6, 98.7, 25.9, 97.7, 24.8, 98.8, 24.1, 99.5, 22.1, 100.2, 21.5, 101.1, 21.2, 101.8, 21.2, 102.1, 22.4, 102.6, 22.7, 103.5, 22.6,
        104.0, 22.5, 104.7, 22.8, 105.3, 23.3, 106.2, 22.95, 106.7, 22.85, 106.6, 22.3, 106.75, 22.0,
        107.4, 21.65
    };

    /** South Korea: the mainland coast from the Han estuary round to Goseong, then the DMZ back west. */
    static final double[] SOUTH_KOREA = {
        126.55, 37.75, 126.6, 37.45, 126.75, 37.05, 126.35, 36.95, 126.15, 36.75, 126.5, 36.4, 126.5, 36.25,
        126.7, 35.95, 126.5, 35.65, 126.35, 35.3, 126.4, 35.0, 126.35, 34.8, 126.5, 34.35, 126.9, 34.45,
        127.3, 34.5, 127.7, 34.7, 128.05, 34.9, 128.45, 34.85, 128.7, 34.75, 128.85, 35.05, 129.1, 35.05,
        129.35, 35.4, 129.45, 35.55, 129.57, 36.05, 129.4, 36.4, 129.45, 36.9, 129.4, 37.05, 129.2, 37.45,
        129.0, 37.72, 128.6, 38.2, 128.37, 38.6,
        // the Military Demarcation Line, east to west
        128.0, 38.3, 127.6, 38.3, 127.2, 38.25, 126.95, 38.05, 126.7, 37.95
    };

    /** Jeju island. */
    static final double[] JEJU = {126.15, 33.3, 126.5, 33.2, 126.95, 33.45, 126.75, 33.58, 126.45, 33.54, 126.2, 33.45};

    /** Hainan island (mostly south of the map frame). */
    static final double[] HAINAN = {108.6, 19.2, 109.5, 18.2, 110.5, 18.7, 111.0, 19.6, 110.7, 20.1, 110.0, 20.1, 109.2, 19.9};

    /** Taiwan. */
    static final double[] TAIWAN = {120.1, 23.0, 120.7, 22.0, 120.9, 22.0, 121.0, 22.6, 121.6, 23.9, 121.9, 24.8, 121.55, 25.3,
        121.0, 25.1, 120.2, 23.8};

    /** Kyushu. */
    static final double[] KYUSHU = {129.7, 33.1, 130.2, 33.55, 130.9, 33.95, 131.7, 33.6, 131.9, 32.8, 131.3, 31.4, 130.7, 31.0,
        130.2, 31.3, 130.2, 32.0, 129.8, 32.7};

    /** Western and central Honshu, closed east of the map frame. */
    static final double[] HONSHU = {130.9, 34.0, 131.4, 34.45, 132.1, 34.95, 132.7, 35.45, 133.3, 35.55, 134.2, 35.55,
        135.2, 35.75, 135.9, 35.95, 136.1, 36.3, 136.7, 37.1, 137.3, 37.5, 137.0, 36.8, 137.6, 36.95, 138.5, 37.4,
        139.3, 38.1, 141.0, 38.3, 141.0, 35.6, 139.8, 35.3, 139.0, 34.9, 138.2, 34.6, 137.2, 34.6, 136.9, 34.3, 136.3, 34.2,
        135.8, 33.5, 135.2, 34.3, 135.4, 34.7, 134.7, 34.75, 133.9, 34.55, 133.0, 34.35, 132.5, 34.25, 131.9, 33.95};

    /** Shikoku. */
    static final double[] SHIKOKU = {132.0, 33.35, 132.4, 33.9, 133.5, 34.3, 134.6, 34.2, 134.7, 33.8, 134.2, 33.25, 133.6, 33.4,
        133.0, 32.75, 132.5, 32.9};

    /** Tsushima. */
    static final double[] TSUSHIMA = {129.2, 34.1, 129.45, 34.3, 129.4, 34.7, 129.25, 34.6};

    /** All outlines in drawing order: not-modelled land first, the two countries over it. */
    public static final List<Outline> OUTLINES = List.of(
            new Outline(Region.OTHER, MAINLAND),
            new Outline(Region.OTHER, TAIWAN),
            new Outline(Region.OTHER, KYUSHU),
            new Outline(Region.OTHER, HONSHU),
            new Outline(Region.OTHER, SHIKOKU),
            new Outline(Region.OTHER, TSUSHIMA),
            new Outline(Region.CHINA, CHINA),
            new Outline(Region.CHINA, HAINAN),
            new Outline(Region.SOUTH_KOREA, SOUTH_KOREA),
            new Outline(Region.SOUTH_KOREA, JEJU));

    private final MapFrame frame;
    private final List<Path2D.Double> paths = new ArrayList<>();

    /** The outlines projected onto the field of the given map frame. */
    public Basemap(MapFrame frame) {
        this.frame = frame;
        for (Outline o : OUTLINES) paths.add(project(o.lonLat()));
    }

    /** Field position of a lon/lat point. */
    public Double2D field(double lon, double lat) {
        return frame.toField(MapProjection.x(lon), MapProjection.y(lat));
    }

    private Path2D.Double project(double[] lonLat) {
        Path2D.Double p = new Path2D.Double();
        for (int k = 0; k < lonLat.length; k += 2) {
            Double2D f = field(lonLat[k], lonLat[k + 1]);
            if (k == 0) p.moveTo(f.x, f.y);
            else p.lineTo(f.x, f.y);
        }
        p.closePath();
        return p;
    }

    /** The projected outlines (field coordinates), in the order of {@link #OUTLINES}. */
    public List<Path2D.Double> paths() { return paths; }

    /** The map frame it is projected onto. */
    public MapFrame frame() { return frame; }

    /**
     * The modelled country whose land holds a field point, or {@link Region#OTHER} for sea
     * and not-modelled land.
     */
    public Region regionAt(double x, double y) {
        Region found = Region.OTHER;
        for (int i = 0; i < OUTLINES.size(); i++) {
            Region r = OUTLINES.get(i).region();
            if (r != Region.OTHER && paths.get(i).contains(x, y)) found = r;
        }
        return found;
    }

    /**
     * The region of a country by its code: CN and KR are the two drawn countries; any other
     * code (a hand-made test pair) has no land of its own on this map.
     */
    public static Region regionOf(String countryCode) {
        return switch (countryCode) {
            case "CN" -> Region.CHINA;
            case "KR" -> Region.SOUTH_KOREA;
            default -> Region.OTHER;
        };
    }
}
