package culturebridge.cli;

import culturebridge.tools.SelfTest;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code selftest}: proves on this machine that results do not depend on repetition, threads or engine. */
@Command(name = "selftest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a small scenario with one seed twice, with 1 and 2 threads, and (when Spark is on the class path) "
                + "as a tiny sweep on the local engine and on Spark local[2]; compare the result files byte for byte.",
                "Exit code 0 when every comparison is identical, 1 when any differs (the first differing line is printed)."})
final class SelftestCommand implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "SCENARIO", defaultValue = "scenarios/opening-with-shock-2026.yaml",
            description = "scenario file or name (default: ${DEFAULT-VALUE})")
    String scenario;

    // 10,000 agents is where the audience phase starts to run in parallel, so a smaller
    // population would not exercise the 2-thread path at all.
    @Mixin SharedOptions.Sets sets;
    @Mixin SharedOptions.Seed seed;
    @Mixin SharedOptions.Replicates replicates;
    @Mixin SharedOptions.Out out;

    @Option(names = "--no-spark", description = "skip the local vs Spark comparison")
    boolean noSpark;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!replicates.valid(err)) return Main.BAD_INPUT;
        List<String> changes = sets.values.isEmpty() ? List.of("agents=10000", "months=18") : new ArrayList<>(sets.values);
        boolean temporary = out.dir == null;
        PrintStream log = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            Path work = temporary ? Files.createTempDirectory("culturebridge-selftest") : out.dir;
            try {
                SelfTest.Report r = SelfTest.run(new SelfTest.Options(scenario, changes, seed.value, replicates.count, work, !noSpark),
                        Main::execute, log);
                return r.passed() ? 0 : 1;
            } finally {
                if (temporary) deleteRecursively(work);
            }
        } catch (SelfTest.RunFailedException e) {
            err.println("error: a self-test run failed: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
