package culturebridge.experiment.sweep;

import culturebridge.model.Setup;
import culturebridge.output.MonthlySeries;

/**
 * What a sweep does for one run: simulate the set-up with the run's seed and return its monthly
 * trajectory. The sweep's default is {@link ModelRun}; tests substitute a function (for instance
 * one that fails on a chosen run). Serializable, because the Spark engine ships it to executors.
 */
@FunctionalInterface
public interface RunWork extends java.io.Serializable {
    /**
     * Runs one replicate.
     *
     * @throws Exception anything the run throws; the run is recorded as failed and the sweep goes on
     */
    MonthlySeries run(Setup setup, RunKey key) throws Exception;
}
