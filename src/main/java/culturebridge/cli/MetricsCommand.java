package culturebridge.cli;

import culturebridge.output.MetricTable;
import culturebridge.scenario.CountryTable;
import culturebridge.scenario.ScenarioException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code metrics [--markdown] [--countries NAME]}: every output metric with how it aggregates to
 * a month, its unit and meaning, read from the metric definitions. With {@code --markdown} it
 * prints the table of the handbook's outputs reference.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List every output metric (a monthly.csv column, chart series, sweep response, policy condition) "
                + "with its aggregation (level or flow), unit and meaning."})
final class MetricsCommand implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--markdown", description = "print the outputs reference's metric table (markdown) to paste between "
            + MetricTable.BEGIN + " and " + MetricTable.END + " in src/site/markdown/outputs.md")
    boolean markdown;

    @Option(names = "--countries", paramLabel = "NAME", defaultValue = CountryTable.DEFAULT,
            description = "built-in country table whose metrics to list (default: ${DEFAULT-VALUE})")
    String countries;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            var table = CountryTable.builtIn(countries);
            out.print(markdown ? MetricTable.markdown(table) : MetricTable.plain(table));
            out.flush();
            return 0;
        } catch (ScenarioException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
    }
}
