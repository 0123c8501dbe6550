package culturebridge.model.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A {@link RangeRunner} on a fixed number of daemon threads: the range is cut into four chunks
 * per thread (so a slow chunk does not hold the others up) and the calling thread waits for all.
 * The threads are made on first parallel use and stopped by {@link #close()}.
 */
public final class PooledRangeRunner implements RangeRunner, AutoCloseable {
    private final int threads;
    private ExecutorService pool;

    /** @param threads how many threads share a range (1: everything on the calling thread) */
    public PooledRangeRunner(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.threads = threads;
    }

    /** The number of threads. */
    public int threads() { return threads; }

    @Override
    public void run(int n, int minParallel, Task task) {
        if (threads <= 1 || n < minParallel || n < 2) {
            task.run(0, n);
            return;
        }
        int chunks = Math.min(n, threads * 4);
        List<Future<?>> futures = new ArrayList<>(chunks);
        ExecutorService p = pool();
        for (int k = 0; k < chunks; k++) {
            int lo = (int) ((long) n * k / chunks);
            int hi = (int) ((long) n * (k + 1) / chunks);
            futures.add(p.submit(() -> task.run(lo, hi)));
        }
        try {
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("audience step interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("audience step failed: " + e.getCause(), e.getCause());
        }
    }

    private synchronized ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "culturebridge-audiences");
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    /** Stops the threads (a later parallel run makes new ones). */
    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
    }
}
