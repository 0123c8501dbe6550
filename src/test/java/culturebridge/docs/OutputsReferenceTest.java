package culturebridge.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.cli.Main;
import culturebridge.output.Metric;
import culturebridge.output.MetricTable;
import culturebridge.output.Metrics;
import culturebridge.scenario.CountryTable;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The handbook's outputs reference holds, between its marker lines, exactly the metric table
 * generated from the code's metric definitions, and the {@code metrics --markdown} command
 * prints that same table: a metric added, renamed or redescribed in the code without the page
 * being regenerated fails here.
 */
class OutputsReferenceTest {

    private static final Path PAGE = Path.of("src", "site", "markdown", "outputs.md");

    private static String committedTable() throws Exception {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        int begin = page.indexOf(MetricTable.BEGIN + "\n");
        int end = page.indexOf(MetricTable.END + "\n");
        assertTrue(begin >= 0 && end > begin, PAGE + " must hold the lines " + MetricTable.BEGIN + " and "
                + MetricTable.END + ", in that order");
        return page.substring(begin, end + MetricTable.END.length() + 1);
    }

    @Test
    void committedTableIsTheGeneratedOne() throws Exception {
        String expected = MetricTable.markdown(CountryTable.builtIn(CountryTable.DEFAULT));
        String actual = committedTable();
        String[] e = expected.split("\n");
        String[] a = actual.split("\n");
        for (int i = 0; i < Math.min(e.length, a.length); i++) {
            assertEquals(e[i], a[i], "line " + (i + 1) + " of the metric table in " + PAGE
                    + " differs from the code; regenerate it with: " + MetricTable.COMMAND);
        }
        assertEquals(e.length, a.length, "the metric table in " + PAGE + " has a different number of lines than the code's;"
                + " regenerate it with: " + MetricTable.COMMAND);
    }

    @Test
    void everyMetricHasARowWithItsUnit() throws Exception {
        String table = committedTable();
        List<Metric> metrics = Metrics.forCountries(CountryTable.builtIn(CountryTable.DEFAULT));
        assertTrue(metrics.size() > 20, "the default pair has many metrics");
        for (Metric m : metrics) {
            assertTrue(table.contains("| `" + m.name() + "` | " + m.kind().name().toLowerCase() + " | " + m.unit() + " |"),
                    m.name() + " has no row with its aggregation and unit");
        }
    }

    @Test
    void metricsCommandPrintsTheTable() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = Main.execute("metrics", "--markdown");
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code);
        assertEquals(MetricTable.markdown(CountryTable.builtIn(CountryTable.DEFAULT)), buf.toString(StandardCharsets.UTF_8));
    }
}
