package culturebridge.experiment.sweep.spark;

import culturebridge.experiment.sweep.RunExecutor;
import culturebridge.experiment.sweep.RunKey;
import culturebridge.experiment.sweep.RunOutcome;
import culturebridge.experiment.sweep.RunTask;
import culturebridge.experiment.sweep.SweepPlan;
import culturebridge.experiment.sweep.engine.PointTasks;
import culturebridge.experiment.sweep.engine.RunSink;
import culturebridge.experiment.sweep.engine.SweepEngine;
import culturebridge.scenario.ScenarioException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Runs a sweep on Apache Spark: each run is one Spark task (one partition), executed by the
 * same {@link RunExecutor} as the local engine, so the outcomes, and the tables assembled from
 * them, are the same bytes. Outcomes come back to the driver as each task finishes (a job's
 * result handler), where they are stored at once; the driver never collects a whole job, so its
 * memory does not grow with the sweep.
 *
 * <p>The master is {@code --master}, else the one {@code spark-submit} set, else
 * {@code local[*]}. In local mode the driver binds to 127.0.0.1 and the web UI is off: a sweep
 * on one machine needs no network. Runs are submitted in jobs of a few hundred tasks, so
 * that set-ups are built just before they are needed and a job's slowest run holds up little; a
 * design point's set-up is built once for all its replicates ({@link PointTasks}).
 *
 * <p>Start-up: Spark takes seconds to come up, so its context is started on a thread of its
 * own ({@link SparkStart}) while the driver does work that needs no Spark; through the
 * launcher, that starts before the sweep file is even read ({@link EarlySparkStart}). Jobs are RDDs
 * made directly ({@link TaskRDD}), which skips {@code parallelize}'s JSON scope.
 *
 * <p>This class is only loaded by name ({@code SweepEngines}), so Spark stays off the class
 * path of local sweeps and scenario runs.
 */
public final class SparkEngine implements SweepEngine {
    /** The name of a context started before the sweep is loaded (see {@link EarlySparkStart}). */
    static final String EARLY_APP_NAME = "culturebridge sweep";
    /** The master when neither {@code --master} nor spark-submit gives one. */
    public static final String DEFAULT_MASTER = "local[*]";
    /** Tasks per Spark job, per unit of the cluster's parallelism. */
    static final int TASKS_PER_CORE = 32;
    /** Tasks of the first job, per unit of parallelism (small, so that runs start at once). */
    static final int FIRST_JOB_TASKS_PER_CORE = 4;
    /** Fewest tasks per Spark job. */
    static final int MIN_JOB_TASKS = 256;

    private final String master;
    private int parallelism;

    /** @param master Spark master URL, or null for spark-submit's, else {@value #DEFAULT_MASTER} */
    public SparkEngine(String master) {
        this.master = resolveMaster(master);
    }

    /** The master to use: the one given, else spark-submit's, else {@value #DEFAULT_MASTER}. */
    static String resolveMaster(String master) {
        // spark-submit passes its --master as the system property spark.master, which a new
        // SparkConf reads; resolving it now lets the log and the manifest name the real master.
        // (Read directly: this runs on the main thread before Spark's start, see EarlySparkStart,
        // and SparkConf would load Scala and Spark classes there.)
        return master != null ? master : System.getProperty("spark.master", DEFAULT_MASTER);
    }

    /** The configuration of a context on this master: local binding, quiet console. */
    static SparkConf configuration(String master, String appName) {
        SparkConf conf = new SparkConf().setAppName(appName);
        conf.setMaster(master);
        if (master.startsWith("local")) {
            conf.set("spark.driver.host", "127.0.0.1");
            conf.set("spark.driver.bindAddress", "127.0.0.1");
            conf.set("spark.ui.enabled", "false");
            // Broadcasts here are a few kilobytes (the run executor, each job's task binary)
            // and never leave the JVM; compressing them only loads and initialises LZ4 (and
            // its native-library loader) on the way to the first run. Left to the user's
            // setting on a cluster.
            conf.setIfMissing("spark.broadcast.compress", "false");
        }
        // The sweep draws its own progress bar; Spark's would fight it for the line.
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        return conf;
    }

    @Override
    public void run(SweepPlan plan, List<RunKey> todo, RunExecutor executor, RunSink sink) throws IOException {
        // The context comes up on a thread of its own (SparkStart) while this one builds the
        // first job's set-ups: begun by EarlySparkStart before the sweep was loaded, or now.
        CompletableFuture<JavaSparkContext> starting = SparkStart.take(master);
        if (starting == null) starting = SparkStart.start(master, "culturebridge sweep " + plan.spec().name());
        JavaSparkContext jsc = null;
        try {
            PointTasks pointTasks = new PointTasks(plan, todo);
            // The first job is small, so that runs start as soon as a few set-ups are built;
            // before the context is up its parallelism is not known, so it is guessed from the
            // master (local[N], local[*]) and corrected for the jobs after it.
            int size = FIRST_JOB_TASKS_PER_CORE * Math.max(1, guessParallelism(master));
            List<RunTask> next = tasks(pointTasks, todo, 0, size, sink);
            jsc = started(starting);
            parallelism = jsc.defaultParallelism();
            Broadcast<RunExecutor> shared = jsc.broadcast(executor);
            int jobSize = Math.max(MIN_JOB_TASKS, TASKS_PER_CORE * parallelism);
            // The driver builds the next job's tasks while the executors run this one, on a
            // thread of its own, so the cores do not wait for set-ups between jobs.
            ExecutorService submitter = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "culturebridge-spark-submit");
                t.setDaemon(true);
                return t;
            });
            try {
                int from = size;
                while (next != null) {
                    List<RunTask> current = next;
                    JavaSparkContext context = jsc;
                    Future<?> job = current.isEmpty() ? null : submitter.submit(() -> runJob(context, shared, current, sink));
                    next = from < todo.size() ? tasks(pointTasks, todo, from, jobSize, sink) : null;
                    from += jobSize;
                    if (job != null) waitFor(job);
                }
            } finally {
                submitter.shutdownNow();
            }
        } finally {
            if (jsc != null) jsc.close();
            else SparkStart.stopWhenStarted(starting);
        }
    }

    /** The context of a start, once it is up; its failure is thrown as the constructor threw it. */
    private static JavaSparkContext started(CompletableFuture<JavaSparkContext> starting) throws IOException {
        try {
            return starting.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while Spark started");
        } catch (ExecutionException e) {
            throw rethrown(e);
        }
    }

    /** The parallelism of a local master ({@code local}, {@code local[N]}, {@code local[*]}, {@code local[N,F]}), else 1. */
    static int guessParallelism(String master) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("local(?:\\[(\\*|\\d+)(?:,\\d+)?\\])?").matcher(master);
        if (!m.matches()) return 1;
        if (m.group(1) == null) return 1;
        if (m.group(1).equals("*")) return Runtime.getRuntime().availableProcessors();
        return Math.max(1, Integer.parseInt(m.group(1)));
    }

    /** Tasks of the runs {@code todo[from, from + size)}; a run whose set-up cannot be built is stored as failed. */
    private static List<RunTask> tasks(PointTasks pointTasks, List<RunKey> todo, int from, int size, RunSink sink)
            throws IOException {
        List<RunTask> tasks = new ArrayList<>();
        for (RunKey key : todo.subList(from, Math.min(todo.size(), from + size))) {
            try {
                tasks.add(pointTasks.task(key));
            } catch (ScenarioException | RuntimeException e) {
                sink.accept(RunExecutor.failed(key, 0, e));
            }
        }
        return tasks;
    }

    /** Runs one job of tasks, one task per partition, storing outcomes as tasks finish. */
    private static Void runJob(JavaSparkContext jsc, Broadcast<RunExecutor> shared, List<RunTask> tasks, RunSink sink)
            throws IOException {
        ResultHandler handler = new ResultHandler(sink);
        jsc.sc().runJob(new TaskRDD(jsc.sc(), tasks), new RunPartition(shared), handler,
                scala.reflect.ClassTag$.MODULE$.apply(ArrayList.class));
        handler.rethrow();
        return null;
    }

    /** Waits for a job, passing on its failure as the job itself would have thrown it. */
    private static void waitFor(Future<?> job) throws IOException {
        try {
            job.get();
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("sweep interrupted");
        } catch (ExecutionException e) {
            throw rethrown(e);
        }
    }

    /** The cause of a failed future as the work itself threw it (checked causes other than I/O wrapped). */
    private static IOException rethrown(ExecutionException e) {
        Throwable c = e.getCause();
        if (c instanceof IOException io) return io;
        if (c instanceof RuntimeException re) throw re;
        if (c instanceof Error err) throw err;
        throw new IllegalStateException(c);
    }

    @Override
    public String describe() {
        return "spark " + master + (parallelism > 0 ? " (parallelism " + parallelism + ")" : "");
    }

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public int threads() {
        return parallelism;
    }

    /** Runs the tasks of one partition on an executor. */
    static final class RunPartition extends scala.runtime.AbstractFunction1<scala.collection.Iterator<RunTask>, ArrayList<RunOutcome>>
            implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final Broadcast<RunExecutor> executor;

        RunPartition(Broadcast<RunExecutor> executor) {
            this.executor = executor;
        }

        @Override
        public ArrayList<RunOutcome> apply(scala.collection.Iterator<RunTask> tasks) {
            ArrayList<RunOutcome> out = new ArrayList<>(1);
            RunExecutor ex = executor.value();
            while (tasks.hasNext()) out.add(ex.execute(tasks.next()));
            return out;
        }
    }

    /** Stores each partition's outcomes on the driver as the task finishes. */
    static final class ResultHandler extends scala.runtime.AbstractFunction2<Object, ArrayList<RunOutcome>, scala.runtime.BoxedUnit> {
        private final RunSink sink;
        private IOException failure;

        ResultHandler(RunSink sink) {
            this.sink = sink;
        }

        @Override
        public scala.runtime.BoxedUnit apply(Object partition, ArrayList<RunOutcome> outcomes) {
            // Spark calls this on its scheduler thread, one task at a time; an exception here
            // would fail the job with a confusing message, so it is kept and rethrown after.
            if (failure == null) {
                try {
                    for (RunOutcome o : outcomes) sink.accept(o);
                } catch (IOException e) {
                    failure = e;
                }
            }
            return scala.runtime.BoxedUnit.UNIT;
        }

        void rethrow() throws IOException {
            if (failure != null) throw failure;
        }
    }
}
