package culturebridge.experiment.sweep.engine;

import culturebridge.experiment.sweep.RunExecutor;
import culturebridge.experiment.sweep.RunKey;
import culturebridge.experiment.sweep.SweepPlan;
import java.io.IOException;
import java.util.List;

/**
 * Something that runs a sweep's runs: threads of this machine ({@link LocalEngine}) or an
 * Apache Spark cluster ({@code culturebridge.experiment.sweep.spark.SparkEngine}). An engine
 * only decides where runs execute; what a run computes and how its output is formatted is the
 * {@link RunExecutor}'s, which is why every engine gives the same bytes.
 */
public interface SweepEngine {
    /**
     * Runs the given runs and hands each outcome to the sink as soon as it is known. A run that
     * fails is an outcome like any other; only a failure to store outcomes stops the engine.
     *
     * @param plan     the sweep
     * @param todo     the runs still to do, in run order
     * @param executor what each run does
     * @param sink     where finished runs go
     * @throws IOException if the sink fails
     */
    void run(SweepPlan plan, List<RunKey> todo, RunExecutor executor, RunSink sink) throws IOException, InterruptedException;

    /** A short description for logs and the manifest, e.g. {@code local (2 threads)}. */
    String describe();

    /** The engine's name as {@code --engine} takes it. */
    String name();

    /** Threads (local) or the master's parallelism if known (Spark), for the manifest; 0 if unknown. */
    int threads();
}
