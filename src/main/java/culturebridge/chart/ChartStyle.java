package culturebridge.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The house look of every CultureBridge chart, in the GUI and in exported images: white
 * background, light grey grid, readable sans-serif text, legend at the bottom, and the
 * Okabe-Ito palette, which stays distinguishable for the common forms of colour blindness
 * (Okabe &amp; Ito 2008, "Color Universal Design").
 */
public final class ChartStyle {

    /** Okabe-Ito blue. */
    public static final Color BLUE = new Color(0x0072B2);
    /** Okabe-Ito vermillion. */
    public static final Color VERMILLION = new Color(0xD55E00);
    /** Okabe-Ito bluish green. */
    public static final Color GREEN = new Color(0x009E73);
    /** Okabe-Ito reddish purple. */
    public static final Color PURPLE = new Color(0xCC79A7);
    /** Okabe-Ito orange. */
    public static final Color ORANGE = new Color(0xE69F00);
    /** Okabe-Ito sky blue. */
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    /** Okabe-Ito black (a soft black, to sit with the others). */
    public static final Color BLACK = new Color(0x222222);
    /** Okabe-Ito yellow: last, as thin yellow lines are hard to see on white. */
    public static final Color YELLOW = new Color(0xF0E442);

    /** Series colours in the order they are handed out. */
    public static final Color[] PALETTE = {BLUE, VERMILLION, GREEN, PURPLE, ORANGE, SKY_BLUE, BLACK, YELLOW};

    /** Grid line colour. */
    public static final Color GRID = new Color(0xDDDDDD);
    /** Axis and secondary text colour. */
    public static final Color AXIS = new Color(0x555555);
    /** Main text colour. */
    public static final Color TEXT = new Color(0x222222);

    /** Locale of tick labels: charts are labelled in English whatever the machine's locale. */
    public static final Locale LOCALE = Locale.ENGLISH;

    /** Title font. */
    public static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    /** Subtitle font. */
    public static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    /** Axis label font. */
    public static final Font AXIS_LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    /** Tick label font. */
    public static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    /** Legend font. */
    public static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    /** Font of event and stage labels inside the plot. */
    public static final Font EVENT_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private ChartStyle() {
    }

    /** Colour of the i-th series (cycling through the palette). */
    public static Color colour(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /** A solid line of the given width with round ends. */
    public static Stroke line(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** A dashed line of the given width. */
    public static Stroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[]{6f * width, 4f * width}, 0f);
    }

    /** A dotted line (travel-regime markers). */
    public static Stroke dotted(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                new float[]{0.5f, 3f * width}, 0f);
    }

    /** Applies the house look to a chart with an {@link XYPlot} (combined plots included). */
    public static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE_FONT);
            chart.getTitle().setPaint(TEXT);
            chart.getTitle().setPadding(new RectangleInsets(4, 4, 2, 4));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) styleTitle(chart.getSubtitle(i));
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof CombinedDomainXYPlot combined) {
            styleAxis(combined.getDomainAxis());
            for (XYPlot sub : combined.getSubplots()) stylePlot(sub);
        } else if (plot instanceof XYPlot xy) {
            stylePlot(xy);
        }
    }

    private static void styleTitle(Title t) {
        if (t instanceof LegendTitle legend) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemFont(LEGEND_FONT);
            legend.setItemPaint(TEXT);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        } else if (t instanceof TextTitle text) {
            text.setFont(SUBTITLE_FONT);
            text.setPaint(AXIS);
        }
    }

    private static void stylePlot(XYPlot xy) {
        xy.setBackgroundPaint(Color.WHITE);
        xy.setOutlineVisible(false);
        xy.setDomainGridlinePaint(GRID);
        xy.setRangeGridlinePaint(GRID);
        xy.setDomainGridlineStroke(line(0.8f));
        xy.setRangeGridlineStroke(line(0.8f));
        xy.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        for (int i = 0; i < xy.getDomainAxisCount(); i++) styleAxis(xy.getDomainAxis(i));
        for (int i = 0; i < xy.getRangeAxisCount(); i++) styleAxis(xy.getRangeAxis(i));
    }

    private static void styleAxis(ValueAxis axis) {
        if (axis == null) return;
        axis.setLabelFont(AXIS_LABEL_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(AXIS);
        axis.setAxisLinePaint(AXIS);
        axis.setTickMarkPaint(AXIS);
    }
}
