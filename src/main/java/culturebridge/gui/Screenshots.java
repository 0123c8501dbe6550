package culturebridge.gui;

import java.awt.AWTException;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/**
 * Pictures of the GUI as a person sees it, for the documentation and for the GUI test:
 * windows painted into images, the whole screen as captured by the window system, and charts
 * rendered at a readable size. Swing thread for painting windows.
 */
public final class Screenshots {

    private Screenshots() {
    }

    /** Paints a window (menu bar and content) into an image of its current size. */
    public static BufferedImage paint(JFrame frame) {
        Component root = frame.getRootPane();
        int w = Math.max(1, root.getWidth());
        int h = Math.max(1, root.getHeight());
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            root.paint(g);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The whole screen as the window system shows it (needs a display). */
    public static BufferedImage screen() throws AWTException {
        Rectangle all = new Rectangle();
        for (var d : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            all = all.union(d.getDefaultConfiguration().getBounds());
        }
        return new Robot().createScreenCapture(all);
    }

    /** Writes an image as PNG, creating the folder if needed. */
    public static Path write(BufferedImage img, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (!ImageIO.write(img, "png", file.toFile())) throw new IOException("no PNG writer for " + file);
        return file;
    }

    /** Renders a chart at the given size into a PNG. */
    public static Path write(JFreeChart chart, Path file, int width, int height) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
        return file;
    }
}
