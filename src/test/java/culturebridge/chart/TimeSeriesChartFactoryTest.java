package culturebridge.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.Range;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

import culturebridge.output.MonthlySeries;

class TimeSeriesChartFactoryTest {

    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2));

    private static MonthlySeries run(long seed, double jan, double feb) {
        return new MonthlySeries(seed, List.of("x"), MONTHS, List.of("s", "s"), new double[][]{{jan}, {feb}});
    }

    @Test
    void fewReplicatesGiveMeanAndTheCentralNinetyPercentBand() {
        YIntervalSeriesCollection d = TimeSeriesChartFactory.dataset(List.of("x"), List.of("X"),
                List.of(run(1, 0.2, Double.NaN), run(2, 0.6, 0.5), run(3, 0.1, Double.NaN)));
        assertEquals(2, d.getItemCount(0));
        assertEquals(0.3, d.getYValue(0, 0), 1e-12);
        // sorted 0.1, 0.2, 0.6: the 5th percentile is 0.1 + 0.1 * (0.2 - 0.1), the 95th 0.2 + 0.9 * (0.6 - 0.2)
        assertEquals(0.11, d.getStartYValue(0, 0), 1e-12);
        assertEquals(0.56, d.getEndYValue(0, 0), 1e-12);
        assertEquals(0.5, d.getYValue(0, 1), 0.0, "NaN replicates are left out of the mean");
        assertEquals(TimeSeriesChartFactory.midpointMillis(YearMonth.of(2026, 1)), d.getXValue(0, 0), 0.0);
        assertEquals(Instant.parse("2026-01-16T12:00:00Z").toEpochMilli(), d.getXValue(0, 0), 0.0, "mid-January, UTC");
        assertEquals("Line: mean of 3 replicates; band: central 90% of replicates (5th to 95th percentile, interpolated)",
                TimeSeriesChartFactory.bandDescription(3));
    }

    @Test
    void manyReplicatesGiveTheSameStatedBand() {
        List<MonthlySeries> reps = new ArrayList<>();
        for (int r = 0; r < 10; r++) reps.add(run(r, 9 - r, r * 10));
        YIntervalSeriesCollection d = TimeSeriesChartFactory.dataset(List.of("x"), List.of("X"), reps);
        assertEquals(4.5, d.getYValue(0, 0), 1e-12);
        // 0..9: the 5th percentile is at h = 9 * 0.05 = 0.45, the 95th at 8.55
        assertEquals(0.45, d.getStartYValue(0, 0), 1e-12);
        assertEquals(8.55, d.getEndYValue(0, 0), 1e-12);
        assertEquals(4.5, d.getStartYValue(0, 1), 1e-12);
        assertEquals(85.5, d.getEndYValue(0, 1), 1e-12);
        assertEquals("Line: mean of 10 replicates; band: central 90% of replicates (5th to 95th percentile, interpolated)",
                TimeSeriesChartFactory.bandDescription(10));
        assertEquals("Single run", TimeSeriesChartFactory.bandDescription(1));
    }

    @Test
    void anotherBandIsComputedAndStated() {
        List<MonthlySeries> reps = new ArrayList<>();
        for (int r = 0; r < 10; r++) reps.add(run(r, 9 - r, r * 10));
        YIntervalSeriesCollection d = TimeSeriesChartFactory.dataset(List.of("x"), List.of("X"), reps, 0.5);
        // 0..9: the 25th percentile is at h = 9 * 0.25 = 2.25, the 75th at 6.75
        assertEquals(2.25, d.getStartYValue(0, 0), 1e-12);
        assertEquals(6.75, d.getEndYValue(0, 0), 1e-12);
        assertEquals("Line: mean of 10 replicates; band: central 50% of replicates (25th to 75th percentile, interpolated)",
                TimeSeriesChartFactory.bandDescription(10, 0.5));
        assertEquals("Line: mean of 4 replicates; band: central 95% of replicates (2.5th to 97.5th percentile, interpolated)",
                TimeSeriesChartFactory.bandDescription(4, 0.95));
        JFreeChart c = TimeSeriesChartFactory.create("T", "y", List.of("x"), List.of("X"), reps, List.of(), null, 0.8);
        assertEquals(TimeSeriesChartFactory.bandDescription(10, 0.8), ((TextTitle) c.getSubtitle(1)).getText());
        assertThrows(IllegalArgumentException.class, () -> TimeSeriesChartFactory.dataset(List.of("x"), List.of("X"), reps, 1.0));
        assertThrows(IllegalArgumentException.class, () -> TimeSeriesChartFactory.dataset(List.of("x"), List.of("X"), reps, 0.0));
    }

    @Test
    void refusesInconsistentInput() {
        MonthlySeries other = new MonthlySeries(9, List.of("x"), List.of(YearMonth.of(2027, 1), YearMonth.of(2027, 2)),
                List.of("s", "s"), new double[][]{{1}, {2}});
        assertThrows(IllegalArgumentException.class,
                () -> TimeSeriesChartFactory.dataset(List.of("x"), List.of("X"), List.of(run(1, 0, 0), other)));
        assertThrows(IllegalArgumentException.class,
                () -> TimeSeriesChartFactory.dataset(List.of("x"), List.of(), List.of(run(1, 0, 0))));
        assertThrows(IllegalArgumentException.class,
                () -> TimeSeriesChartFactory.dataset(List.of("nope"), List.of("N"), List.of(run(1, 0, 0))));
    }

    @Test
    void chartHasTitleBandSubtitleAndFixedRange() {
        JFreeChart c = TimeSeriesChartFactory.create("Tension", "tension (0-1)", List.of("x"), List.of("X"),
                List.of(run(1, 0.2, 0.3), run(2, 0.4, 0.5)), List.of(), new Range(0, 1));
        assertEquals("Tension", c.getTitle().getText());
        assertEquals(TimeSeriesChartFactory.bandDescription(2), ((TextTitle) c.getSubtitle(1)).getText());
        assertTrue(((TextTitle) c.getSubtitle(1)).getText().contains("central 90% of replicates"));
        assertEquals(new Range(0, 1), c.getXYPlot().getRangeAxis().getRange());
        DateAxis x = (DateAxis) c.getXYPlot().getDomainAxis();
        assertEquals(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli(), x.getMinimumDate().getTime());
        assertEquals(Instant.parse("2026-03-01T00:00:00Z").toEpochMilli(), x.getMaximumDate().getTime());
    }

    @Test
    void quarterlyTicksFallOnJanuaryAprilJulyOctober() {
        DateAxis axis = TimeSeriesChartFactory.dateAxis(List.of(YearMonth.of(2026, 1), YearMonth.of(2027, 12)));
        DateTickUnit quarter = new DateTickUnit(DateTickUnitType.MONTH, 3);
        assertEquals(Date.from(Instant.parse("2026-01-01T00:00:00Z")), axis.calculateLowestVisibleTickValue(quarter));
        axis.setRange(Date.from(Instant.parse("2026-02-10T00:00:00Z")), Date.from(Instant.parse("2027-01-01T00:00:00Z")));
        assertEquals(Date.from(Instant.parse("2026-04-01T00:00:00Z")), axis.calculateLowestVisibleTickValue(quarter));
        DateTickUnit half = new DateTickUnit(DateTickUnitType.MONTH, 6);
        assertEquals(Date.from(Instant.parse("2026-07-01T00:00:00Z")), axis.calculateLowestVisibleTickValue(half));
    }
}
