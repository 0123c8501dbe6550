package culturebridge.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.experiment.sweep.engine.LocalEngine;
import culturebridge.experiment.sweep.engine.SweepEngine;
import culturebridge.experiment.sweep.engine.SweepEngines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine on {@code local[2]} (driver bound to 127.0.0.1) gives the same bytes as the
 * local engine, failed runs included.
 */
class SparkEngineTest {

    @TempDir Path tmp;

    /** A serializable run that fails on run 7 (Spark ships it to its executors). */
    static final class FailsOnRun7 implements RunWork {
        private static final long serialVersionUID = 1L;

        @Override
        public culturebridge.output.MonthlySeries run(culturebridge.model.Setup setup, RunKey key) {
            if (key.run() == 7) throw new IllegalStateException("injected failure of run 7");
            return new ModelRun().run(setup, key);
        }
    }

    @Test
    void sparkLocalGivesTheSameBytesAsTheLocalEngine() throws Exception {
        SweepPlan plan = SweepFixtures.plan(SweepFixtures.write(tmp, "s.yaml", SweepFixtures.factorial()));
        SweepEngine spark = SweepEngines.create("spark", 1, "local[2]");
        assertEquals("spark", spark.name());
        SweepRunner.Result s = SweepRunner.run(plan, spark, new FailsOnRun7(),
                new SweepRunner.Options(tmp.resolve("spark"), false, false, Shard.ALL, false, List.of()), null);
        assertTrue(spark.describe().startsWith("spark local[2]"), spark.describe());
        SweepRunner.Result l = SweepRunner.run(plan, new LocalEngine(2), new FailsOnRun7(),
                new SweepRunner.Options(tmp.resolve("local"), false, false, Shard.ALL, false, List.of()), null);
        assertEquals(1, s.counts().failed());
        assertEquals(l.counts(), s.counts());
        for (String f : SweepFixtures.DETERMINISTIC) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("local").resolve(f)), Files.readAllBytes(tmp.resolve("spark").resolve(f)), f);
        }
        assertEquals(SweepFixtures.runsWithoutWallTime(tmp.resolve("local")), SweepFixtures.runsWithoutWallTime(tmp.resolve("spark")));
        assertTrue(Files.readString(tmp.resolve("spark/manifest.json")).contains("spark local[2]"));
    }
}
