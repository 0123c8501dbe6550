package culturebridge.experiment.sweep.engine;

import culturebridge.experiment.sweep.RunExecutor;
import culturebridge.experiment.sweep.RunKey;
import culturebridge.experiment.sweep.RunOutcome;
import culturebridge.experiment.sweep.RunTask;
import culturebridge.experiment.sweep.SweepPlan;
import culturebridge.scenario.ScenarioException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a sweep on threads of this machine: each thread takes the next run number, builds a
 * fresh world for it, runs it on that one thread and stores the outcome at once, so the sweep
 * holds at most one world per thread in memory. Runs are handed out in run order; they may
 * finish in any order, which does not matter because the tables are assembled by run number.
 */
public final class LocalEngine implements SweepEngine {
    private final int threads;

    /** @param threads worker threads (at least 1) */
    public LocalEngine(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.threads = threads;
    }

    @Override
    public void run(SweepPlan plan, List<RunKey> todo, RunExecutor executor, RunSink sink)
            throws IOException, InterruptedException {
        PointTasks tasks = new PointTasks(plan, todo);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int n = Math.max(1, Math.min(threads, todo.size()));
        List<Thread> workers = new ArrayList<>(n);
        for (int w = 0; w < n; w++) {
            Thread t = new Thread(() -> {
                while (failure.get() == null) {
                    int i = next.getAndIncrement();
                    if (i >= todo.size()) return;
                    RunKey key = todo.get(i);
                    RunOutcome outcome;
                    try {
                        RunTask task = tasks.task(key);
                        outcome = executor.execute(task);
                    } catch (ScenarioException | RuntimeException e) {
                        // The design was checked before the sweep started; this is a surprise
                        // of one run, so it is that run's failure, not the sweep's.
                        outcome = RunExecutor.failed(key, 0, e);
                    }
                    try {
                        sink.accept(outcome);
                    } catch (IOException | RuntimeException | Error e) {
                        failure.compareAndSet(null, e);
                        return;
                    }
                }
            }, "culturebridge-sweep-" + (w + 1));
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        try {
            for (Thread t : workers) t.join();
        } catch (InterruptedException e) {
            failure.compareAndSet(null, e);
            for (Thread t : workers) t.interrupt();
            throw e;
        }
        Throwable f = failure.get();
        if (f instanceof IOException io) throw io;
        if (f instanceof RuntimeException re) throw re;
        if (f instanceof Error err) throw err;
    }

    @Override
    public String describe() {
        return "local (" + threads + " thread" + (threads == 1 ? "" : "s") + ")";
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public int threads() {
        return threads;
    }
}
