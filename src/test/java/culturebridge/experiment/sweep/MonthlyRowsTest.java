package culturebridge.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import culturebridge.output.CsvTableWriter;
import culturebridge.output.MonthlySeries;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/**
 * A sweep run's rows of monthly.csv are written field by field; they must be exactly what
 * printing whole records with the project's CSV format gives, for levels and stages that need
 * quoting and for every kind of number.
 */
class MonthlyRowsTest {

    @Test
    void sameBytesAsPrintingWholeRecords() throws Exception {
        List<String> levels = List.of("plain", "with, comma", "with \"quote\"", "#hash", " lead", "trail ", "", "line\nbreak", "0.25");
        List<YearMonth> months = List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        List<String> stages = Arrays.asList("status-quo", null, "films, dramas");
        double[][] values = {
                {0.5, -1.25e-9, Double.NaN, 0},
                {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 123456789012345678.0, -0.0},
                {1e-7, 42, 1.0 / 3, -7.5}};
        MonthlySeries series = new MonthlySeries(9, List.of("a", "b", "c", "d"), months, stages, values);
        RunTask task = new RunTask(new RunKey(17, 4, 1, -20260105L), null, levels);
        List<String> metrics = List.of("d", "a", "c");

        StringWriter expected = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(expected, CsvTableWriter.FORMAT)) {
            for (int m = 0; m < months.size(); m++) {
                List<String> row = new ArrayList<>(List.of("17", "4", "1", "-20260105"));
                row.addAll(levels);
                row.add(months.get(m).toString());
                row.add(stages.get(m) == null ? "" : stages.get(m));
                for (String metric : metrics) row.add(CsvTableWriter.formatDouble(values[m][series.column(metric)]));
                p.printRecord(row);
            }
        }
        assertEquals(expected.toString(), new String(RunExecutor.monthlyRows(task, series, metrics), StandardCharsets.UTF_8));
    }
}
