package culturebridge.cli;

import culturebridge.model.Params;
import culturebridge.output.ParameterTable;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code params [--markdown]}: every model parameter with its default, unit, valid range, source
 * and description, as declared in {@link culturebridge.model.params.ParameterCatalogue}. With
 * {@code --markdown} it prints the ODD's parameter table, to paste between the marker lines of
 * {@code src/site/markdown/odd.md}; with {@code --posterior FILE} the table of calibrated
 * parameters with their posterior medians and 90% intervals.
 */
@Command(name = "params", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List every model parameter with its default, unit, valid range, source and description.",
                "The names are those of scenario files (params:), --set and the CSV's param.<name> columns."})
final class ParamsCommand implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--markdown", description = "print the ODD parameter table (markdown) to paste between "
            + ParameterTable.BEGIN + " and " + ParameterTable.END + " in src/site/markdown/odd.md")
    boolean markdown;

    @Option(names = "--posterior", paramLabel = "FILE", description = "print the ODD's table of calibrated parameters"
            + " (posterior median and 90%% interval) of a posterior file, e.g. scenarios/calibration/posterior-2010-2019.csv")
    java.nio.file.Path posterior;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (posterior != null) {
            try {
                out.print(culturebridge.experiment.calibration.PosteriorTable.markdown(posterior));
                out.flush();
                return 0;
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return Main.BAD_INPUT;
            }
        }
        Params defaults = new Params();
        out.print(markdown ? ParameterTable.markdown(defaults) : ParameterTable.plain(defaults));
        out.flush();
        return 0;
    }
}
