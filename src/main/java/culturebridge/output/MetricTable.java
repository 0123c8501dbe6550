package culturebridge.output;

import culturebridge.model.Country;
import java.util.List;

/**
 * The metric table of the outputs reference ({@code src/site/markdown/outputs.md}), generated
 * from {@link Metrics} so that it cannot drift from the code: one row per metric with its
 * name, how it aggregates to a month, its unit and what it measures. The page holds it between
 * the marker lines {@link #BEGIN} and {@link #END}, and a test checks that what stands there is
 * exactly {@link #markdown(List)} of the default country pair.
 */
public final class MetricTable {

    /** Marker line before the generated table in the outputs reference. */
    public static final String BEGIN = "<!-- metrics:begin -->";
    /** Marker line after the generated table in the outputs reference. */
    public static final String END = "<!-- metrics:end -->";
    /** The command that prints the table for pasting between the markers. */
    public static final String COMMAND = "java -jar target/culturebridge.jar metrics --markdown";

    private MetricTable() {
    }

    /** The table for a pair of countries, marker lines included, each line ending in {@code \n}. */
    public static String markdown(List<Country> countries) {
        StringBuilder s = new StringBuilder();
        s.append(BEGIN).append('\n');
        // no double hyphen inside an HTML comment: the handbook's renderer reads pages as XML
        s.append("<!-- generated from culturebridge.output.Metrics by the metrics command with the markdown option; do not edit by hand -->\n");
        s.append("| column | aggregation | unit | meaning |\n");
        s.append("|---|---|---|---|\n");
        for (Metric m : Metrics.forCountries(countries)) {
            s.append("| `").append(m.name()).append("` | ").append(aggregation(m.kind())).append(" | ")
                    .append(cell(m.unit())).append(" | ").append(cell(m.description())).append(" |\n");
        }
        s.append(END).append('\n');
        return s.toString();
    }

    /** One line per metric, tab-separated: name, aggregation, unit, meaning. */
    public static String plain(List<Country> countries) {
        StringBuilder s = new StringBuilder("name\taggregation\tunit\tmeaning\n");
        for (Metric m : Metrics.forCountries(countries)) {
            s.append(m.name()).append('\t').append(aggregation(m.kind())).append('\t').append(m.unit())
                    .append('\t').append(m.description()).append('\n');
        }
        return s.toString();
    }

    private static String aggregation(Metric.Kind kind) {
        return switch (kind) {
            case LEVEL -> "level";
            case FLOW -> "flow";
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
