package culturebridge.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

import culturebridge.output.TimelineEvent;
import culturebridge.output.TimelineEvent.Kind;

/** News events become ticks of their sign on the attitude chart; other events and other months do not. */
class NewsTicksTest {

    private static final LocalDate START = LocalDate.of(2016, 1, 1);
    private static final LocalDate END = LocalDate.of(2018, 1, 1);

    private static JFreeChart chart() {
        XYSeries s = new XYSeries("attitude");
        s.add(PolicyTimelineAnnotator.millis(START), 0.5);
        s.add(PolicyTimelineAnnotator.millis(END), 0.4);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), new DateAxis(), new NumberAxis(), new XYLineAndShapeRenderer());
        return new JFreeChart(plot);
    }

    private static List<NewsTicks> ticks(JFreeChart chart) {
        List<NewsTicks> out = new ArrayList<>();
        for (XYAnnotation a : chart.getXYPlot().getAnnotations()) if (a instanceof NewsTicks n) out.add(n);
        return out;
    }

    @Test
    void newsInTheChartsMonthsBecomeTicksColouredBySign() {
        JFreeChart chart = chart();
        List<TimelineEvent> events = List.of(
                new TimelineEvent(LocalDate.of(2017, 3, 2), Kind.NEWS_HOSTILE, "China's retaliation (KR)"),
                new TimelineEvent(LocalDate.of(2017, 10, 31), Kind.NEWS_FRIENDLY, "Ties back on track"),
                new TimelineEvent(LocalDate.of(2015, 9, 3), Kind.NEWS_FRIENDLY, "before the chart"),
                new TimelineEvent(LocalDate.of(2016, 7, 8), Kind.SHOCK, "THAAD decision"),
                new TimelineEvent(LocalDate.of(2016, 10, 1), Kind.STAGE, "content-restrictions"));
        NewsTicks.annotate(chart, events, START, END);

        List<NewsTicks> found = ticks(chart);
        assertEquals(1, found.size());
        List<TimelineLabels.Item> items = found.get(0).items();
        assertEquals(2, items.size());
        assertEquals("China's retaliation (KR)", items.get(0).text());
        assertEquals(NewsTicks.HOSTILE, items.get(0).colour());
        assertEquals("Ties back on track", items.get(1).text());
        assertEquals(NewsTicks.FRIENDLY, items.get(1).colour());

        List<String> legend = new ArrayList<>();
        for (LegendItemSource src : chart.getLegend().getSources()) {
            LegendItemCollection c = src.getLegendItems();
            for (int i = 0; i < c.getItemCount(); i++) legend.add(c.get(i).getLabel());
        }
        assertTrue(legend.contains("hostile news") && legend.contains("friendly news"), legend.toString());

        // drawn without error, with the ticks in the plot
        BufferedImage img = new BufferedImage(900, 500, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 900, 500));
        g.dispose();
        boolean red = false;
        for (int x = 0; x < 900 && !red; x++) {
            for (int y = 0; y < 500 && !red; y++) red = (img.getRGB(x, y) & 0xFFFFFF) == (NewsTicks.HOSTILE.getRGB() & 0xFFFFFF);
        }
        assertTrue(red, "the hostile tick is drawn in its colour");
    }

    @Test
    void aChartWithoutNewsIsLeftAsItIs() {
        JFreeChart chart = chart();
        int sources = chart.getLegend().getSources().length;
        NewsTicks.annotate(chart, List.of(new TimelineEvent(LocalDate.of(2016, 7, 8), Kind.SHOCK, "THAAD decision")), START, END);
        assertTrue(ticks(chart).isEmpty());
        assertEquals(sources, chart.getLegend().getSources().length);
    }
}
