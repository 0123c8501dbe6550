package culturebridge.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

import culturebridge.output.TimelineEvent;
import culturebridge.output.TimelineEvent.Kind;

class PolicyTimelineAnnotatorTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2028, 1, 1);

    private static double ms(int y, int m, int d) {
        return PolicyTimelineAnnotator.millis(LocalDate.of(y, m, d));
    }

    private static List<Marker> markers(XYPlot plot, Layer layer) {
        Collection<?> c = plot.getDomainMarkers(layer);
        List<Marker> out = new ArrayList<>();
        if (c != null) for (Object o : c) out.add((Marker) o);
        return out;
    }

    @Test
    void stagesBecomeAlternatingSpansUntilTheNextStageOrRollback() {
        XYPlot plot = new XYPlot();
        List<TimelineEvent> events = List.of(
                new TimelineEvent(LocalDate.of(2027, 8, 1), Kind.ROLLBACK, "ban"),
                new TimelineEvent(LocalDate.of(2025, 6, 1), Kind.STAGE, "before start"),
                new TimelineEvent(LocalDate.of(2026, 3, 1), Kind.STAGE, "films"),
                new TimelineEvent(LocalDate.of(2026, 9, 1), Kind.STAGE, "dramas"),
                new TimelineEvent(LocalDate.of(2027, 6, 15), Kind.SHOCK, "dispute"),
                new TimelineEvent(LocalDate.of(2026, 10, 3), Kind.FESTIVAL, "BIFF"),
                new TimelineEvent(LocalDate.of(2029, 1, 1), Kind.SHOCK, "after the end"));
        PolicyTimelineAnnotator.annotate(plot, events, START, END);

        List<Marker> bg = markers(plot, Layer.BACKGROUND);
        assertEquals(4, bg.size());
        double[][] spans = {
                {ms(2026, 1, 1), ms(2026, 3, 1)},
                {ms(2026, 3, 1), ms(2026, 9, 1)},
                {ms(2026, 9, 1), ms(2027, 8, 1)},
                {ms(2027, 8, 1), ms(2028, 1, 1)}};
        Color[] shades = {PolicyTimelineAnnotator.STAGE_SHADES[0], PolicyTimelineAnnotator.STAGE_SHADES[1],
                PolicyTimelineAnnotator.STAGE_SHADES[0], PolicyTimelineAnnotator.ROLLBACK_SHADE};
        for (int i = 0; i < 4; i++) {
            IntervalMarker m = (IntervalMarker) bg.get(i);
            assertEquals(spans[i][0], m.getStartValue(), 0.0, "span " + i);
            assertEquals(spans[i][1], m.getEndValue(), 0.0, "span " + i);
            assertEquals(shades[i], m.getPaint(), "span " + i);
        }
        List<Marker> fg = markers(plot, Layer.FOREGROUND);
        assertEquals(2, fg.size(), "rollback and the shock inside the chart; the later shock is left out");
        assertEquals(ms(2027, 6, 15), ((ValueMarker) fg.get(0)).getValue(), 0.0);
        assertEquals(PolicyTimelineAnnotator.SHOCK_COLOUR, fg.get(0).getPaint());
        assertEquals(PolicyTimelineAnnotator.ROLLBACK_COLOUR, fg.get(1).getPaint());
        assertEquals(2, plot.getAnnotations().size(), "festival tick and the labels");

        LegendItemCollection legend = PolicyTimelineAnnotator.legend(events).getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < legend.getItemCount(); i++) labels.add(legend.get(i).getLabel());
        assertEquals(List.of("policy stage", "rollback", "shock", "festival: BIFF (Oct 2026)"), labels);
    }

    @Test
    void clearRemovesOnlyWhatWasAdded() {
        XYPlot plot = new XYPlot();
        ValueMarker own = new ValueMarker(5);
        plot.addDomainMarker(own, Layer.FOREGROUND);
        PolicyTimelineAnnotator.annotate(plot, List.of(
                new TimelineEvent(LocalDate.of(2026, 3, 1), Kind.STAGE, "films"),
                new TimelineEvent(LocalDate.of(2026, 5, 1), Kind.ROLLBACK, "ban"),
                new TimelineEvent(LocalDate.of(2026, 6, 1), Kind.FESTIVAL, "BIFF")), START, END);
        PolicyTimelineAnnotator.clear(plot);
        assertTrue(markers(plot, Layer.BACKGROUND).isEmpty());
        assertEquals(List.of(own), markers(plot, Layer.FOREGROUND));
        List<XYAnnotation> left = plot.getAnnotations();
        assertTrue(left.isEmpty(), left.toString());
    }

    @Test
    void labelsStackInsteadOfOverlapping() {
        // Three wide labels close together, then one far right that fits in the first row.
        double[] px = {100, 110, 120, 600};
        double[] w = {150, 150, 150, 150};
        boolean[] line = {false, true, false, false};
        TimelineLabels.Placement[] p = TimelineLabels.place(px, w, line, 50, 1000, 10);
        assertEquals(0, p[0].row());
        assertEquals(1, p[1].row());
        assertEquals(2, p[2].row());
        assertEquals(0, p[3].row());
        for (int i = 0; i < p.length; i++) {
            for (int j = i + 1; j < p.length; j++) {
                boolean sameRow = p[i].row() == p[j].row();
                boolean apart = p[i].left() + p[i].width() <= p[j].left() || p[j].left() + p[j].width() <= p[i].left();
                assertTrue(!sameRow || apart, "labels " + i + " and " + j + " overlap");
            }
        }
        // With only two rows the third label is left out rather than drawn over another.
        assertEquals(-1, TimelineLabels.place(px, w, line, 50, 1000, 2)[2].row());
        // A line's label near the right edge goes to the left of the line.
        TimelineLabels.Placement edge = TimelineLabels.place(new double[]{950}, new double[]{120}, new boolean[]{true}, 50, 1000, 3)[0];
        assertEquals(950 - 3 - 120, edge.left(), 1e-9);
    }

    private static culturebridge.output.MonthlySeries stages(long seed, String... stages) {
        List<java.time.YearMonth> months = new ArrayList<>();
        double[][] v = new double[stages.length][1];
        for (int m = 0; m < stages.length; m++) months.add(java.time.YearMonth.of(2026, 1).plusMonths(m));
        return new culturebridge.output.MonthlySeries(seed, List.of("x"), months, List.of(stages), v);
    }

    @Test
    void replicatesInDifferentStagesShadeEachMonthByTheirShares() {
        XYPlot plot = new XYPlot();
        List<culturebridge.output.MonthlySeries> reps = List.of(
                stages(1, "status-quo", "films-first", "films-first", "films-first"),
                stages(2, "status-quo", "films-first", "films-first", "music-and-more"),
                stages(3, "status-quo", "films-first", "films-first", "music-and-more"),
                stages(4, "status-quo", "status-quo", "films-first", "music-and-more"));
        // replicate 0's events say films-first from February to the end
        List<TimelineEvent> events = List.of(new TimelineEvent(LocalDate.of(2026, 1, 1), Kind.STAGE, "status-quo"),
                new TimelineEvent(LocalDate.of(2026, 2, 1), Kind.STAGE, "films-first"),
                new TimelineEvent(LocalDate.of(2026, 3, 10), Kind.FESTIVAL, "Film week"));
        PolicyTimelineAnnotator.annotate(plot, events, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 1), true, reps);

        List<Marker> bg = markers(plot, Layer.BACKGROUND);
        // January: 4 of 4 status quo; February: 3 films-first + 1 status quo; March: 4 films-first; April: 1 + 3
        assertEquals(6, bg.size());
        float full = PolicyTimelineAnnotator.SHADE_ALPHA;
        IntervalMarker jan = (IntervalMarker) bg.get(0);
        assertEquals(ms(2026, 1, 1), jan.getStartValue(), 0);
        assertEquals(ms(2026, 2, 1), jan.getEndValue(), 0);
        assertEquals(full, jan.getAlpha(), 1e-6);
        assertEquals(full * 3 / 4, bg.get(1).getAlpha(), 1e-6, "February: films-first in 3 of 4");
        assertEquals(full / 4, bg.get(2).getAlpha(), 1e-6, "February: status quo in 1 of 4");
        assertEquals(PolicyTimelineAnnotator.SHARE_SHADES[1], bg.get(1).getPaint());
        assertEquals(PolicyTimelineAnnotator.SHARE_SHADES[0], bg.get(2).getPaint());
        assertEquals(full / 4, bg.get(4).getAlpha(), 1e-6, "April: films-first in 1 of 4");
        assertEquals(full * 3 / 4, bg.get(5).getAlpha(), 1e-6, "April: music in 3 of 4");
        assertEquals(PolicyTimelineAnnotator.SHARE_SHADES[2], bg.get(5).getPaint());

        List<String> labels = new ArrayList<>();
        for (Object a : plot.getAnnotations()) {
            if (a instanceof TimelineLabels t) for (TimelineLabels.Item it : t.items()) labels.add(it.text());
        }
        assertEquals(List.of("Status quo", "Films first", "Music and more (3 of 4)"), labels);
    }

    @Test
    void replicatesThatAgreeKeepTheSpansOfTheirEvents() {
        XYPlot plot = new XYPlot();
        List<culturebridge.output.MonthlySeries> reps = List.of(stages(1, "a", "b"), stages(2, "a", "b"));
        PolicyTimelineAnnotator.annotate(plot, List.of(new TimelineEvent(LocalDate.of(2026, 1, 1), Kind.STAGE, "a"),
                new TimelineEvent(LocalDate.of(2026, 2, 1), Kind.STAGE, "b")), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), true, reps);
        List<Marker> bg = markers(plot, Layer.BACKGROUND);
        assertEquals(2, bg.size());
        assertEquals(PolicyTimelineAnnotator.STAGE_SHADES[1], bg.get(1).getPaint());
    }

    @Test
    void stageNamesAreReadableAndFestivalsNamedInTheLegend() {
        assertEquals("Digital and full exchange", PolicyTimelineAnnotator.readable("digital-and-full-exchange"));
        assertEquals("Stage 2: dramas", PolicyTimelineAnnotator.readable("Stage 2: dramas"));
        List<TimelineEvent> events = List.of(
                new TimelineEvent(LocalDate.of(2027, 10, 2), Kind.FESTIVAL, "BIFF"),
                new TimelineEvent(LocalDate.of(2026, 10, 3), Kind.FESTIVAL, "BIFF"),
                new TimelineEvent(LocalDate.of(2028, 5, 1), Kind.FESTIVAL, "K-culture concert"));
        assertEquals(List.of("festival: BIFF (Oct 2026, 2 times)", "K-culture concert (May 2028)"),
                PolicyTimelineAnnotator.festivalLegend(events));
    }
}
