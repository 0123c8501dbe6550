package culturebridge.cli;

import culturebridge.experiment.sweep.SweepMerger;
import culturebridge.output.AtomicFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code merge DIR...}: joins the shards of a sweep into the folder one unsharded sweep would have written. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Join the results folders of a sharded sweep (sweep --shard i/N, e.g. a Slurm job array) into one "
                + "folder whose design.csv, responses.csv and monthly.csv are byte for byte those of the sweep run unsharded.",
                "Refuses shards of different sweeps or models, and missing, repeated or unfinished shards."})
final class MergeCommand implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "the shards' results folders")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the merged results folder")
    Path out;

    @Mixin SharedOptions.Force force;
    @Mixin SharedOptions.Quiet quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            SweepMerger.merge(dirs, out, force.on, List.of(spec.commandLine().getParseResult().originalArgs().toArray(new String[0])),
                    quiet.on ? null : new PrintStream(System.out, true));
        } catch (SweepMerger.MergeRefusedException | AtomicFiles.OutputExistsException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: could not merge: " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
