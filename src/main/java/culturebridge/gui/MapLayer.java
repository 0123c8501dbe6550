package culturebridge.gui;

import java.awt.Graphics2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Portrayal;
import sim.portrayal.SimplePortrayal2D;
import sim.util.Bag;

/**
 * A layer of the map that is drawn as a whole rather than object by object (land, flows,
 * ties, labels, legend): a MASON field portrayal with nothing to click on. The display hands
 * it the rectangle of the whole field on screen, from which it takes the scale.
 */
abstract class MapLayer extends FieldPortrayal2D {
    private final MapScene scene;

    MapLayer(MapScene scene) {
        this.scene = scene;
    }

    MapScene scene() { return scene; }

    @Override
    public Portrayal getDefaultPortrayal() { return new SimplePortrayal2D(); }

    @Override
    protected void hitOrDraw(Graphics2D graphics, DrawInfo2D info, Bag putInHere) {
        if (graphics == null) return;
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            MapStyle.smooth(g);
            paint(g, info, info.draw.width / scene.frame().width(), info.draw.height / scene.frame().height());
        } finally {
            g.dispose();
        }
    }

    /** Screen x of a field x. */
    static double sx(DrawInfo2D info, double sxScale, double x) { return info.draw.x + x * sxScale; }

    /** Screen y of a field y. */
    static double sy(DrawInfo2D info, double syScale, double y) { return info.draw.y + y * syScale; }

    /**
     * Paints the layer.
     *
     * @param xScale pixels per field unit across
     * @param yScale pixels per field unit down
     */
    abstract void paint(Graphics2D g, DrawInfo2D info, double xScale, double yScale);
}
