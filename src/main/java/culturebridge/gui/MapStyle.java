package culturebridge.gui;

import culturebridge.model.agent.Tourist;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.font.TextLayout;

/**
 * The look of the map: calm, light land and sea so that the coloured markers (attitudes,
 * travellers) carry the story, with the colours the legend explains.
 */
public final class MapStyle {

    /** Sea. */
    public static final Color SEA = new Color(0xD4E4EF);
    /** Land of the modelled countries. */
    public static final Color LAND = new Color(0xF1ECE2);
    /** Land outside the two modelled countries. */
    public static final Color OTHER_LAND = new Color(0xDEDCD8);
    /** Coastlines and borders. */
    public static final Color COAST = new Color(0x9AA6B2);
    /** Border between the two modelled countries' land and the rest. */
    public static final Color BORDER = new Color(0x7D8791);
    /** Country names on the map. */
    public static final Color COUNTRY_LABEL = new Color(0x5A6570);
    /** Sea names. */
    public static final Color SEA_LABEL = new Color(0x6F8EA8);
    /** City discs' outline and labels. */
    public static final Color CITY = new Color(0x2C3E50);
    /** Studio markers. */
    public static final Color STUDIO = new Color(0x4A4A4A);
    /** Group-tour travellers (Okabe-Ito orange). */
    public static final Color GROUP = new Color(0xE69F00);
    /** Individual travellers (Okabe-Ito bluish green). */
    public static final Color INDIVIDUAL = new Color(0x009E73);
    /** Trip arcs (the flows), drawn translucent so that busy routes look heavier. */
    public static final Color FLOW = new Color(0x34495E);
    /** Domestic ties in the network view. */
    public static final Color TIE = new Color(0x7F8C8D);
    /** Cross-border ties in the network view (Okabe-Ito reddish purple). */
    public static final Color CROSS_TIE = new Color(0xA0457E);

    /** City names. */
    public static final Font CITY_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    /** Country names. */
    public static final Font COUNTRY_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    /** Sea names. */
    public static final Font SEA_FONT = new Font(Font.SERIF, Font.ITALIC, 13);
    /** Banner headline (the date). */
    public static final Font HEADLINE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    /** Banner and legend text. */
    public static final Font TEXT_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    /** Banner and legend emphasis. */
    public static final Font BOLD_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 11);

    private MapStyle() {
    }

    /** Colour of a traveller by how its trip is sold. */
    public static Color channel(Tourist.Channel c) {
        return c == Tourist.Channel.GROUP ? GROUP : INDIVIDUAL;
    }

    /** A colour with the given opacity (0-1). */
    public static Color alpha(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * Math.max(0, Math.min(1, a))));
    }

    /** A line of the given width with round ends. */
    public static Stroke line(double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** Turns on antialiasing for shapes and text. */
    public static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    /**
     * Draws text with a soft white halo, so that it stays readable over agents, arcs and
     * coastlines.
     */
    public static void haloText(Graphics2D g, String text, Font font, Color colour, double x, double y) {
        TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
        java.awt.Shape outline = layout.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(x, y));
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setPaint(new Color(255, 255, 255, 210));
        g.draw(outline);
        g.setPaint(colour);
        g.fill(outline);
    }
}
