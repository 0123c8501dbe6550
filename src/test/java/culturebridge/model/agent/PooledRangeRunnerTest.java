package culturebridge.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** The audience threads cover a range exactly once, whatever their number, and small ranges stay on the caller. */
class PooledRangeRunnerTest {

    @Test
    void everyIndexIsVisitedOnceForAnyThreadCount() {
        for (int threads = 1; threads <= 3; threads++) {
            try (PooledRangeRunner r = new PooledRangeRunner(threads)) {
                for (int n : new int[] {0, 1, 2, 7, 1000, 100_003}) {
                    AtomicIntegerArray visits = new AtomicIntegerArray(Math.max(n, 1));
                    r.run(n, 2, (lo, hi) -> {
                        assertTrue(0 <= lo && lo <= hi && hi <= n, "range [" + lo + ", " + hi + ") outside [0, " + n + ")");
                        for (int i = lo; i < hi; i++) visits.incrementAndGet(i);
                    });
                    for (int i = 0; i < n; i++) assertEquals(1, visits.get(i), "index " + i + " of " + n + ", " + threads + " threads");
                }
            }
        }
    }

    @Test
    void rangesBelowTheParallelThresholdRunOnTheCallingThread() {
        try (PooledRangeRunner r = new PooledRangeRunner(3)) {
            Set<String> names = new ConcurrentSkipListSet<>();
            r.run(500, 1000, (lo, hi) -> names.add(Thread.currentThread().getName()));
            assertEquals(Set.of(Thread.currentThread().getName()), names);
            names.clear();
            r.run(5000, 1000, (lo, hi) -> names.add(Thread.currentThread().getName()));
            assertEquals(Set.of("culturebridge-audiences"), names);
        }
    }

    @Test
    void aFailingChunkFailsTheRun() {
        try (PooledRangeRunner r = new PooledRangeRunner(2)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.run(100, 2, (lo, hi) -> {
                if (lo == 0) throw new ArithmeticException("boom");
            }));
            assertTrue(e.getMessage().contains("boom"), e.getMessage());
        }
    }
}
