package culturebridge.experiment.sweep.engine;

import culturebridge.experiment.sweep.RunKey;
import culturebridge.experiment.sweep.RunTask;
import culturebridge.experiment.sweep.SweepPlan;
import culturebridge.scenario.ScenarioException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tasks of a sweep's runs, with each design point's set-up built once for all of its
 * replicates instead of once per run. Building a set-up reads and binds the scenario files
 * (YAML, the country table) of its point, several milliseconds a run, on the critical path of
 * a worker thread or, on Spark, of the driver; the replicates of a point differ only in their
 * seed, which is in the {@link RunKey}, not in the set-up. A {@link culturebridge.model.World}
 * copies the set-up's parameters and changes nothing else in it, so runs may share one.
 *
 * <p>A point's set-up is dropped as soon as its last run in the list has taken it, so at most
 * the points in progress are held (memory stays flat in the number of runs). A point whose
 * set-up cannot be built is not cached: each of its runs tries again and fails on its own, as
 * before. Thread-safe.
 */
public final class PointTasks {
    private final SweepPlan plan;
    private final Map<Integer, Integer> remaining = new HashMap<>();
    private final Map<Integer, RunTask> built = new HashMap<>();

    /**
     * @param plan the sweep
     * @param todo the runs that will ask for their task, each once
     */
    public PointTasks(SweepPlan plan, List<RunKey> todo) {
        this.plan = plan;
        for (RunKey k : todo) remaining.merge(k.point(), 1, Integer::sum);
    }

    /** The task of a run of the list (call once per run). */
    public RunTask task(RunKey key) throws ScenarioException {
        int point = key.point();
        RunTask shared;
        synchronized (this) {
            shared = built.get(point);
        }
        if (shared == null) {
            // built outside the lock, so workers build different points at once; two workers
            // on the same point may both build it, which is harmless (equal set-ups)
            shared = plan.task(key);
        }
        synchronized (this) {
            Integer left = remaining.get(point);
            if (left == null || left <= 1) {
                remaining.remove(point);
                built.remove(point);
            } else {
                remaining.put(point, left - 1);
                built.putIfAbsent(point, shared);
            }
        }
        return shared.key().equals(key) ? shared : new RunTask(key, shared.setup(), shared.factorLevels());
    }
}
