package culturebridge.experiment.sweep.spark;

import java.util.concurrent.CompletableFuture;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Starts the Spark context on a thread of its own, so that the seconds Spark takes to come up
 * (logging, Hadoop's configuration and user, the RPC environment, the block manager, the local
 * executor; thousands of classes) overlap with what the driver does meanwhile: parsing the
 * command line, loading and checking the sweep, writing the results folder and building the
 * first runs' set-ups. Nothing of that depends on Spark.
 *
 * <p>{@link EarlySparkStart} begins a start when the command line asks for a sweep on a local
 * master, before the sweep is even loaded; {@link SparkEngine#run} takes that context if the
 * master matches, else begins its own start here. At most one start is pending at a time (a
 * JVM holds one Spark context).
 */
final class SparkStart {
    private static CompletableFuture<JavaSparkContext> pending;
    private static String pendingMaster;

    private SparkStart() {
    }

    /** Begins starting a context for this master in the background, unless one is pending. */
    static synchronized void begin(String master, String appName) {
        if (pending != null) return;
        pending = start(master, appName);
        pendingMaster = master;
    }

    /**
     * The context begun for this master, or null if none was begun (a start begun for another
     * master is stopped first: there may be one context only).
     */
    static CompletableFuture<JavaSparkContext> take(String master) {
        CompletableFuture<JavaSparkContext> f;
        String m;
        synchronized (SparkStart.class) {
            f = pending;
            m = pendingMaster;
            pending = null;
            pendingMaster = null;
        }
        if (f == null || master.equals(m)) return f;
        stopWhenStarted(f);
        return null;
    }

    /** Starts a context on a new daemon thread (its configuration too: SparkConf loads Scala). */
    static CompletableFuture<JavaSparkContext> start(String master, String appName) {
        CompletableFuture<JavaSparkContext> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                SparkLogging.quiet();
                JavaSparkContext jsc = new JavaSparkContext(SparkEngine.configuration(master, appName));
                jsc.setLogLevel("WARN");
                f.complete(jsc);
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "culturebridge-spark-start");
        t.setDaemon(true);
        t.start();
        return f;
    }

    /** Waits for a start and stops its context, if it came up; for a start that is not used. */
    static void stopWhenStarted(CompletableFuture<JavaSparkContext> f) {
        try {
            f.join().close();
        } catch (RuntimeException e) {
            // it did not start: nothing to stop
        }
    }
}
