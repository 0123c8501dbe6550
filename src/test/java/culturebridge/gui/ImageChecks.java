package culturebridge.gui;

import java.awt.Color;
import java.awt.image.BufferedImage;

/** Pixel statistics for telling a drawn picture from a blank one (test helper). */
final class ImageChecks {
    private ImageChecks() {
    }

    /** Standard deviation of the pixels' luminance (0-255); a blank image has 0. */
    static double luminanceSd(BufferedImage img) {
        double sum = 0;
        double sq = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                double l = 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
                sum += l;
                sq += l * l;
                n++;
            }
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, sq / n - mean * mean));
    }

    /** Pixels within {@code tolerance} (largest channel difference) of a colour. */
    static int countNear(BufferedImage img, Color c, int tolerance) {
        int count = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int dr = Math.abs(((rgb >> 16) & 0xFF) - c.getRed());
                int dg = Math.abs(((rgb >> 8) & 0xFF) - c.getGreen());
                int db = Math.abs((rgb & 0xFF) - c.getBlue());
                if (Math.max(dr, Math.max(dg, db)) <= tolerance) count++;
            }
        }
        return count;
    }

    /** Pixels that are clearly red (attitude below about 0.35 on the diverging scale). */
    static int countReddish(BufferedImage img) {
        int count = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r > 150 && r - g > 70 && r - b > 70) count++;
            }
        }
        return count;
    }
}
