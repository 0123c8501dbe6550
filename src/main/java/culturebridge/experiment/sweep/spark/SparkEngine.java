package culturebridge.experiment.sweep.spark;

import culturebridge.experiment.sweep.RunExecutor;
import culturebridge.experiment.sweep.RunKey;
import culturebridge.experiment.sweep.RunOutcome;
import culturebridge.experiment.sweep.RunTask;
import culturebridge.experiment.sweep.SweepPlan;
import culturebridge.experiment.sweep.engine.RunSink;
import culturebridge.experiment.sweep.engine.SweepEngine;
import culturebridge.scenario.ScenarioException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
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
 * that set-ups are built just before they are needed and a job's slowest run holds up little.
 *
 * <p>This class is only loaded by name ({@code SweepEngines}), so Spark stays off the class
 * path of local sweeps and scenario runs.
 */
public final class SparkEngine implements SweepEngine {
    /** The master when neither {@code --master} nor spark-submit gives one. */
    public static final String DEFAULT_MASTER = "local[*]";
    /** Tasks per Spark job, per unit of the cluster's parallelism. */
    static final int TASKS_PER_CORE = 32;
    /** Fewest tasks per Spark job. */
    static final int MIN_JOB_TASKS = 256;

    private final String master;
    private int parallelism;

    /** @param master Spark master URL, or null for spark-submit's, else {@value #DEFAULT_MASTER} */
    public SparkEngine(String master) {
        // spark-submit passes its --master as the system property spark.master, which a new
        // SparkConf reads; resolving it now lets the log and the manifest name the real master.
        this.master = master != null ? master : new SparkConf().get("spark.master", DEFAULT_MASTER);
    }

    /** The configuration: master, local binding, quiet console. */
    SparkConf configuration(String appName) {
        SparkConf conf = new SparkConf().setAppName(appName);
        String m = master;
        conf.setMaster(m);
        if (m.startsWith("local")) {
            conf.set("spark.driver.host", "127.0.0.1");
            conf.set("spark.driver.bindAddress", "127.0.0.1");
            conf.set("spark.ui.enabled", "false");
        }
        // The sweep draws its own progress bar; Spark's would fight it for the line.
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        return conf;
    }

    @Override
    public void run(SweepPlan plan, List<RunKey> todo, RunExecutor executor, RunSink sink) throws IOException {
        SparkLogging.quiet();
        SparkConf conf = configuration("culturebridge sweep " + plan.spec().name());
        try (JavaSparkContext jsc = new JavaSparkContext(conf)) {
            jsc.setLogLevel("WARN");
            parallelism = jsc.defaultParallelism();
            Broadcast<RunExecutor> shared = jsc.broadcast(executor);
            int jobSize = Math.max(MIN_JOB_TASKS, TASKS_PER_CORE * parallelism);
            for (int from = 0; from < todo.size(); from += jobSize) {
                List<RunTask> tasks = new ArrayList<>();
                for (RunKey key : todo.subList(from, Math.min(todo.size(), from + jobSize))) {
                    try {
                        tasks.add(plan.task(key));
                    } catch (ScenarioException | RuntimeException e) {
                        sink.accept(RunExecutor.failed(key, 0, e));
                    }
                }
                if (tasks.isEmpty()) continue;
                JavaRDD<RunTask> rdd = jsc.parallelize(tasks, tasks.size());
                ResultHandler handler = new ResultHandler(sink);
                jsc.sc().runJob(rdd.rdd(), new RunPartition(shared), handler,
                        scala.reflect.ClassTag$.MODULE$.apply(ArrayList.class));
                handler.rethrow();
            }
        }
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
