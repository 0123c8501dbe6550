package culturebridge.model.agent;

/**
 * Runs work over the index range [0, n) in contiguous, disjoint sub-ranges, possibly on
 * several threads, and returns when all are done. How the range is split depends on the
 * thread count, so a task must give the same result for any split: each index writes only
 * its own slots, or results are kept per fixed {@link AgentBlocks block} and combined in
 * block order afterwards.
 */
@FunctionalInterface
public interface RangeRunner {

    /** Work over [lo, hi). */
    @FunctionalInterface
    interface Task {
        void run(int lo, int hi);
    }

    /**
     * Runs {@code task} over [0, n).
     *
     * @param minParallel below this many indices the work runs on the calling thread alone
     *                    (parallel hand-off costs more than it saves)
     */
    void run(int n, int minParallel, Task task);

    /** Everything on the calling thread. */
    RangeRunner SERIAL = (n, minParallel, task) -> task.run(0, n);
}
