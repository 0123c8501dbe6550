package culturebridge.experiment.sweep.spark;

import java.util.Arrays;
import java.util.List;

/**
 * The early start of Spark for {@code scripts/spark/culturebridge-spark} (its entry point is
 * {@code culturebridge.cli.SparkMain}): a sweep on a local Spark master has its Spark context
 * started at once, on a thread of its own ({@link SparkStart}), while the command line is parsed
 * and the sweep is loaded, checked and prepared. Those take one to two seconds on the main
 * thread, during which the machine's other cores are idle; Spark takes as long to come up.
 * Every other command line (another command, the local engine, a cluster master,
 * {@code --dry-run}, {@code --help}) starts nothing here.
 *
 * <p>Only local masters start early: their context's name is not shown anywhere (the web UI
 * is off), so it need not name the sweep, which is not known yet. A cluster's context is
 * started by {@link SparkEngine#run}, named after the sweep.
 */
public final class EarlySparkStart {
    private EarlySparkStart() {
    }

    /** Begins Spark's start if the command line runs a sweep on a local Spark master; see {@link #earlyMaster}. */
    public static void beginFor(String[] args) {
        String master = earlyMaster(List.of(args));
        if (master != null) SparkStart.begin(master, SparkEngine.EARLY_APP_NAME);
    }

    /**
     * The local master of a sweep on Spark this command line runs, or null if it runs no such
     * sweep (or may not: a bad command line is left to the command line's parser to report).
     */
    static String earlyMaster(List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("sweep")) return null;
        String engine = option(args, "--engine");
        if (!"spark".equals(engine)) return null;
        for (String a : args) {
            if (Arrays.asList("--dry-run", "--help", "-h", "--version", "-V").contains(a)) return null;
        }
        String master = SparkEngine.resolveMaster(option(args, "--master"));
        return master.startsWith("local") ? master : null;
    }

    /** The last value of an option given as {@code --name value} or {@code --name=value}, or null. */
    private static String option(List<String> args, String name) {
        String value = null;
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) break;
            if (a.equals(name) && i + 1 < args.size()) value = args.get(++i);
            else if (a.startsWith(name + "=")) value = a.substring(name.length() + 1);
        }
        return value;
    }
}
