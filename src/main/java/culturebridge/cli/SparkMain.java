package culturebridge.cli;

import culturebridge.experiment.sweep.spark.EarlySparkStart;

/**
 * The entry point of {@code scripts/spark/culturebridge-spark}: {@link Main}, except that a
 * sweep on a local Spark master has Spark begin to start while the sweep is loaded
 * ({@link EarlySparkStart}).
 */
public final class SparkMain {
    private SparkMain() {
    }

    /** @param args as for {@link Main} */
    public static void main(String[] args) {
        EarlySparkStart.beginFor(args);
        Main.main(args);
    }
}
