package culturebridge.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code culturebridge} command: parses the command line and delegates to a subcommand.
 * Exit codes: 0 success, 1 failure while running, 2 bad input (scenario, options, or an
 * existing results folder without {@code --force}).
 */
@Command(name = "culturebridge", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, resourceBundle = SharedOptions.BUNDLE,
        description = "Agent-based model of staged cultural-content exchange, soft power and tourism between two countries (MASON).",
        subcommands = {RunCommand.class, SelftestCommand.class, ParamsCommand.class, MetricsCommand.class, BenchCommand.class, CalibrateCommand.class, ValidatePatternsCommand.class, SweepCommand.class, AnalyzeCommand.class, MergeCommand.class, CompareCommand.class, ChartsCommand.class, GuiCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    /** Exit code for bad input. */
    public static final int BAD_INPUT = 2;

    /**
     * Prints an output problem and gives its exit code: {@link #BAD_INPUT} for a results folder
     * the user chose that cannot be used (it exists, is a file, is in use), 1 for anything else (disk).
     */
    static int outputError(java.io.PrintWriter err, java.io.IOException e) {
        err.println("error: " + e.getMessage());
        return e instanceof culturebridge.output.OutputRefusedException ? BAD_INPUT : 1;
    }

    public static void main(String[] args) {
        CommandLine cl = commandLine();
        cl.setExecutionStrategy(parsed -> {
            applyProcessSetUp(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        System.exit(cl.execute(args));
    }

    /**
     * Process set-up a command asks for (its {@code --jit} compiler policy), applied before it
     * runs. Only {@link #main} applies it: the set-up is the process's, so a command run inside
     * another program's JVM ({@link #execute}: tests, {@code selftest}) leaves that JVM alone.
     */
    static void applyProcessSetUp(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) leaf = leaf.subcommand();
        for (CommandLine.Model.CommandSpec mixin : leaf.commandSpec().mixins().values()) {
            if (mixin.userObject() instanceof SharedOptions.Jit jit && SharedOptions.Jit.VALUES.contains(jit.policy)) jit.apply();
        }
    }

    /** Runs the command line and returns the exit code (used by tests). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The command with its subcommands and the handling of bad options. One instance can
     * execute several argument lists in turn (picocli resets every option before parsing);
     * tests that run thousands of command lines build it once, as building it costs more than
     * refusing a bad input file.
     */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setDefaultValueProvider(new SharedOptions.BundleDefaults());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().getErr().println("see: culturebridge " + ex.getCommandLine().getCommandName() + " --help");
            return BAD_INPUT;
        });
        return cl;
    }

    /** The build's version and the commit it was built from, as recorded at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            return new String[] {culturebridge.output.ManifestInfo.current("(development build)").versionLine()};
        }
    }
}
