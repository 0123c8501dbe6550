package culturebridge.gui;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The map drawn without a window: the same layers the display shows, painted into an image.
 * It works headless ({@code java.awt.headless=true}), so tests and scripts can look at the
 * map of a running GUI state without a screen.
 */
public final class MapImage {

    /**
     * One layer of the map.
     *
     * @param name      its name in the display's Layers menu
     * @param portrayal what draws it
     * @param visible   whether it is shown at first
     */
    public record Layer(String name, FieldPortrayal2D portrayal, boolean visible) {
    }

    private MapImage() {
    }

    /**
     * Paints the visible layers of a started GUI at the given scale (1 = the display at zoom
     * 1). Holds the schedule's lock, as the display does, so a running model is seen between
     * two steps.
     */
    public static BufferedImage render(WorldWithUI gui, double scale) {
        double ppu = WorldWithUI.MAP_PIXELS_PER_UNIT * scale;
        double fw = gui.scene().frame().width() * ppu;
        double fh = gui.scene().frame().height() * ppu;
        int width = (int) Math.ceil(fw + (WorldWithUI.PAD_WEST + WorldWithUI.PAD_EAST) * ppu);
        int height = (int) Math.ceil(fh);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            MapStyle.smooth(g);
            g.setPaint(MapStyle.SEA);
            g.fillRect(0, 0, width, height);
            Rectangle2D.Double field = new Rectangle2D.Double(WorldWithUI.PAD_WEST * ppu, 0, fw, fh);
            Rectangle2D.Double clip = new Rectangle2D.Double(0, 0, width, height);
            synchronized (gui.state.schedule) {
                for (Layer layer : gui.layers()) {
                    if (!layer.visible()) continue;
                    DrawInfo2D info = new DrawInfo2D(gui, layer.portrayal(), field, clip);
                    layer.portrayal().draw(layer.portrayal().getField(), g, info);
                }
            }
        } finally {
            g.dispose();
        }
        return img;
    }
}
