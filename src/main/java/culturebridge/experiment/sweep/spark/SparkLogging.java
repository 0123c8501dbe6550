package culturebridge.experiment.sweep.spark;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * Keeps Spark's log to warnings: at its default level it prints hundreds of INFO lines per
 * sweep, which bury the sweep's own progress and summary. A user's own log4j2 configuration
 * ({@code -Dlog4j2.configurationFile=...}) is left alone.
 */
final class SparkLogging {
    private SparkLogging() {
    }

    static void quiet() {
        if (System.getProperty("log4j2.configurationFile") != null) return;
        Configurator.setRootLevel(Level.WARN);
        Configurator.setLevel("org.apache.spark", Level.WARN);
        Configurator.setLevel("org.sparkproject", Level.WARN);
        // "Unable to load native-hadoop library ... using builtin-java classes": Hadoop's
        // pure-Java code is what a sweep uses anyway (it reads and writes no HDFS)
        Configurator.setLevel("org.apache.hadoop.util.NativeCodeLoader", Level.ERROR);
    }
}
