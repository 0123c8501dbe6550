package culturebridge.experiment.sweep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which command lines have Spark started early ({@link EarlySparkStart}), and the first job's size
 * guessed from the master before the context is up. Starts no Spark.
 */
class SparkStartUpTest {

    @Test
    void onlySweepsOnALocalSparkMasterStartEarly() {
        assertEquals("local[2]", EarlySparkStart.earlyMaster(List.of("sweep", "f.yaml", "--engine", "spark", "--master", "local[2]")));
        assertEquals("local[3]", EarlySparkStart.earlyMaster(List.of("sweep", "--engine=spark", "--master=local[3]", "f.yaml")));
        assertEquals(System.getProperty("spark.master", SparkEngine.DEFAULT_MASTER),
                EarlySparkStart.earlyMaster(List.of("sweep", "f.yaml", "--engine", "spark")));
        assertNull(EarlySparkStart.earlyMaster(List.of("sweep", "f.yaml")), "local engine");
        assertNull(EarlySparkStart.earlyMaster(List.of("sweep", "f.yaml", "--engine", "local")));
        assertNull(EarlySparkStart.earlyMaster(List.of("sweep", "f.yaml", "--engine", "spark", "--master", "spark://h:7077")), "cluster");
        assertNull(EarlySparkStart.earlyMaster(List.of("sweep", "f.yaml", "--engine", "spark", "--dry-run")));
        assertNull(EarlySparkStart.earlyMaster(List.of("sweep", "--help", "--engine", "spark")));
        assertNull(EarlySparkStart.earlyMaster(List.of("run", "status-quo-2026", "--engine", "spark")));
        assertNull(EarlySparkStart.earlyMaster(List.of()));
    }

    @Test
    void parallelismIsGuessedFromLocalMasters() {
        assertEquals(1, SparkEngine.guessParallelism("local"));
        assertEquals(2, SparkEngine.guessParallelism("local[2]"));
        assertEquals(4, SparkEngine.guessParallelism("local[4,3]"));
        assertEquals(Runtime.getRuntime().availableProcessors(), SparkEngine.guessParallelism("local[*]"));
        assertEquals(1, SparkEngine.guessParallelism("spark://h:7077"));
        assertEquals(1, SparkEngine.guessParallelism("local-cluster[2,1,1024]"));
    }
}
