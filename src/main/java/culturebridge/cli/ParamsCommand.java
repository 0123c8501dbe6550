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
 * {@code src/site/markdown/odd.md}.
 */
@Command(name = "params", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List every model parameter with its default, unit, valid range, source and description.",
                "The names are those of scenario files (params:), --set and the CSV's param.<name> columns."})
final class ParamsCommand implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--markdown", description = "print the ODD parameter table (markdown) to paste between "
            + ParameterTable.BEGIN + " and " + ParameterTable.END + " in src/site/markdown/odd.md")
    boolean markdown;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Params defaults = new Params();
        out.print(markdown ? ParameterTable.markdown(defaults) : ParameterTable.plain(defaults));
        out.flush();
        return 0;
    }
}
