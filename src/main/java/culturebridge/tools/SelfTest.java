package culturebridge.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The determinism self-test: runs one small scenario several ways that must not change a single
 * byte of the results (the same seed twice, 1 and 2 threads, and, when Apache Spark is on the
 * class path, a tiny sweep on the local engine and on Spark {@code local[2]}) and compares the
 * result files byte for byte.
 *
 * <p>The runs go through the command line itself (a {@link Launcher}, normally
 * {@code culturebridge.cli.Main::execute}), so what is checked is exactly what a researcher
 * runs, options and output writers included; the experiment layer does not depend on the
 * command-line layer for it.
 */
public final class SelfTest {

    /** Runs a command line in this JVM and returns its exit code. */
    @FunctionalInterface
    public interface Launcher {
        /** @return the exit code of the command line */
        int execute(String... args);
    }

    /**
     * What to run.
     *
     * @param scenario   scenario file or name
     * @param sets       {@code KEY=VALUE} parameter changes for every run
     * @param seed       the one base seed of every run
     * @param replicates replicates of each run
     * @param work       folder for the runs' results (created; its contents are replaced)
     * @param spark      also compare a sweep on the local engine and on Spark {@code local[2]}
     *                   (skipped, and said so, when Spark is not on the class path)
     */
    public record Options(String scenario, List<String> sets, long seed, int replicates, Path work, boolean spark) {
        public Options {
            sets = List.copyOf(sets);
            if (replicates < 1) throw new IllegalArgumentException("replicates must be at least 1, got " + replicates);
        }
    }

    /**
     * One comparison of one file between two runs.
     *
     * @param check     what was compared, e.g. {@code 1 vs 2 threads}
     * @param file      the file's path relative to the results folder
     * @param identical the bytes are equal
     * @param detail    empty when identical, else the first differing line or what is missing
     */
    public record Comparison(String check, String file, boolean identical, String detail) {}

    /**
     * The outcome.
     *
     * @param comparisons every file compared
     * @param skipped     checks that could not run, with the reason
     */
    public record Report(List<Comparison> comparisons, List<String> skipped) {
        /** Every comparison found identical bytes (and there was at least one). */
        public boolean passed() {
            return !comparisons.isEmpty() && comparisons.stream().allMatch(Comparison::identical);
        }
    }

    /** Thrown when one of the runs itself fails (its exit code is not 0). */
    public static final class RunFailedException extends Exception {
        private static final long serialVersionUID = 1L;

        /** @param message which run failed and how */
        public RunFailedException(String message) {
            super(message);
        }
    }

    /** Result files of a scenario run that must be identical (manifest and charts carry times and fonts). */
    public static final List<String> RUN_FILES = List.of("monthly.csv", "events.csv");
    /** Result tables of a sweep that must be identical across engines. */
    public static final List<String> SWEEP_FILES = List.of("design.csv", "responses.csv", "monthly.csv");

    /** Class whose presence means Spark can run here. */
    private static final String SPARK_PROBE = "org.apache.spark.api.java.JavaSparkContext";

    private SelfTest() {
    }

    /** Runs every check and prints a table of the comparisons to {@code log} (may be null). */
    public static Report run(Options o, Launcher cli, PrintStream log) throws IOException, RunFailedException {
        Files.createDirectories(o.work());
        List<Comparison> all = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Path a = o.work().resolve("run-1-thread");
        Path b = o.work().resolve("run-1-thread-again");
        Path c = o.work().resolve("run-2-threads");
        runScenario(cli, o, a, 1);
        runScenario(cli, o, b, 1);
        runScenario(cli, o, c, 2);
        all.addAll(compare("same seed twice", a, b, RUN_FILES));
        all.addAll(compare("1 vs 2 threads", a, c, RUN_FILES));
        if (o.spark()) {
            if (sparkAvailable()) {
                Path sweep = writeSweep(o);
                Path local = o.work().resolve("sweep-local");
                Path spark = o.work().resolve("sweep-spark");
                runSweep(cli, o, sweep, local, "local");
                runSweep(cli, o, sweep, spark, "spark");
                all.addAll(compare("sweep: local vs spark local[2]", local, spark, SWEEP_FILES));
            } else {
                skipped.add("local vs Spark: Apache Spark is not on the class path (use scripts/spark/culturebridge-spark selftest)");
            }
        }
        Report r = new Report(List.copyOf(all), List.copyOf(skipped));
        if (log != null) print(r, log);
        return r;
    }

    /** Whether the Spark classes can be loaded (the Spark engine itself is loaded by reflection). */
    public static boolean sparkAvailable() {
        try {
            Class.forName(SPARK_PROBE, false, SelfTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static void runScenario(Launcher cli, Options o, Path out, int threads) throws RunFailedException {
        List<String> args = new ArrayList<>(List.of("run", o.scenario(), "--seed", Long.toString(o.seed()),
                "--replicates", Integer.toString(o.replicates()), "--threads", Integer.toString(threads),
                "--out", out.toString(), "--force", "--quiet"));
        for (String s : o.sets()) {
            args.add("--set");
            args.add(s);
        }
        launch(cli, args);
    }

    private static void runSweep(Launcher cli, Options o, Path sweep, Path out, String engine) throws RunFailedException {
        List<String> args = new ArrayList<>(List.of("sweep", sweep.toString(), "--engine", engine,
                "--out", out.toString(), "--force", "--quiet"));
        if (engine.equals("spark")) {
            args.addAll(List.of("--master", "local[2]"));
        } else {
            args.addAll(List.of("--threads", "2"));
        }
        for (String s : o.sets()) {
            args.add("--set");
            args.add(s);
        }
        launch(cli, args);
    }

    private static void launch(Launcher cli, List<String> args) throws RunFailedException {
        int code = cli.execute(args.toArray(new String[0]));
        if (code != 0) throw new RunFailedException("exit code " + code + " from: " + String.join(" ", args));
    }

    /**
     * A two-point sweep of the scenario (baseline tension at two levels), replicates as given,
     * every month of every metric in its monthly table so that any difference shows.
     */
    private static Path writeSweep(Options o) throws IOException {
        Path file = o.work().resolve("selftest-sweep.yaml");
        String scenario = o.scenario();
        Path asFile = Path.of(scenario);
        if (Files.isRegularFile(asFile)) scenario = asFile.toAbsolutePath().normalize().toString();
        String yaml = "name: selftest-sweep\n"
                + "scenario: '" + scenario.replace("'", "''") + "'\n"
                + "replicates: " + o.replicates() + "\n"
                + "seed: " + o.seed() + "\n"
                + "design: {type: full-factorial}\n"
                + "factors:\n"
                + "  - {name: baseTension, path: params.baselineTension, levels: [0.2, 0.4]}\n"
                + "responses:\n"
                + "  - {metric: favourable.CN, reducer: final}\n"
                + "monthly: all\n";
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    /** Compares the named files of two results folders byte for byte. */
    public static List<Comparison> compare(String check, Path a, Path b, List<String> files) throws IOException {
        List<Comparison> out = new ArrayList<>();
        for (String f : files) {
            Path fa = a.resolve(f);
            Path fb = b.resolve(f);
            if (!Files.isRegularFile(fa) || !Files.isRegularFile(fb)) {
                String missing = !Files.isRegularFile(fa) ? fa.toString() : fb.toString();
                out.add(new Comparison(check, f, false, "missing: " + missing));
                continue;
            }
            byte[] x = Files.readAllBytes(fa);
            byte[] y = Files.readAllBytes(fb);
            out.add(Arrays.equals(x, y) ? new Comparison(check, f, true, "")
                    : new Comparison(check, f, false, firstDifference(x, y)));
        }
        return out;
    }

    /** The first line that differs, as {@code line N: <a> | <b>} (long lines cut around the first differing character). */
    static String firstDifference(byte[] x, byte[] y) {
        String[] la = new String(x, StandardCharsets.UTF_8).split("\n", -1);
        String[] lb = new String(y, StandardCharsets.UTF_8).split("\n", -1);
        int n = Math.min(la.length, lb.length);
        for (int i = 0; i < n; i++) {
            if (!la[i].equals(lb[i])) {
                int col = 0;
                while (col < la[i].length() && col < lb[i].length() && la[i].charAt(col) == lb[i].charAt(col)) col++;
                return String.format(Locale.ROOT, "line %d, column %d: %s | %s", i + 1, col + 1, excerpt(la[i], col),
                        excerpt(lb[i], col));
            }
        }
        return String.format(Locale.ROOT, "line %d: one file ends (%d lines vs %d)", n + 1, la.length, lb.length);
    }

    private static String excerpt(String line, int col) {
        int from = Math.max(0, col - 40);
        int to = Math.min(line.length(), col + 60);
        return (from > 0 ? "..." : "") + line.substring(from, to) + (to < line.length() ? "..." : "");
    }

    /** Prints the comparison table, the differences and the skipped checks. */
    public static void print(Report r, PrintStream log) {
        log.printf(Locale.ROOT, "%-32s %-16s %s%n", "check", "file", "result");
        for (Comparison c : r.comparisons()) {
            log.printf(Locale.ROOT, "%-32s %-16s %s%n", c.check(), c.file(), c.identical() ? "identical" : "DIFFERENT");
        }
        for (Comparison c : r.comparisons()) {
            if (!c.identical()) log.printf(Locale.ROOT, "%s, %s: %s%n", c.check(), c.file(), c.detail());
        }
        for (String s : r.skipped()) log.println("skipped: " + s);
        long bad = r.comparisons().stream().filter(c -> !c.identical()).count();
        log.printf(Locale.ROOT, "%s: %d comparison(s), %d different%n", r.passed() ? "PASSED" : "FAILED",
                r.comparisons().size(), bad);
    }
}
