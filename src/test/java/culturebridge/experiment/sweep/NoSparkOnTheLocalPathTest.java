package culturebridge.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.testing.ChildJvm;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark stays off the default path: with neither Spark nor Scala on the class path (as with
 * {@code java -jar target/culturebridge.jar}), a scenario run and a local sweep work, and
 * {@code --engine spark} is refused with a clear message instead of a stack trace.
 */
class NoSparkOnTheLocalPathTest {

    @TempDir Path tmp;

    private int java(List<String> args, Path log) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-Djava.awt.headless=true");
        cmd.addAll(ChildJvm.warmupCacheOption());
        cmd.add("-cp");
        List<String> kept = new ArrayList<>();
        for (String e : ChildJvm.classPathEntries()) {
            String n = e.replace('\\', '/');
            if (!n.contains("/org/apache/spark/") && !n.contains("/org/scala-lang/")) kept.add(e);
        }
        cmd.add(String.join(File.pathSeparator, kept));
        cmd.add("culturebridge.cli.Main");
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("child did not finish");
        }
        return p.exitValue();
    }

    @Test
    void localSweepAndScenarioRunNeedNoSpark() throws Exception {
        assertFalse(ChildJvm.classPathEntries().stream().noneMatch(e -> e.contains("spark-core")),
                "the test class path itself has Spark (provided scope), so removing it below means something");
        Path file = SweepFixtures.write(tmp, "s.yaml", SweepFixtures.factorial());
        Path log = tmp.resolve("sweep.log");
        assertEquals(0, java(List.of("sweep", file.toString(), "--out", tmp.resolve("local").toString(), "--quiet",
                "--set", "agents=500", "--set", "months=3"), log), Files.readString(log));
        assertTrue(Files.isRegularFile(tmp.resolve("local/responses.csv")));
        Path runLog = tmp.resolve("run.log");
        assertEquals(0, java(List.of("run", "status-quo-2026", "--set", "agents=500", "--set", "months=2", "--quiet",
                "--out", tmp.resolve("run").toString()), runLog), Files.readString(runLog));
        Path sparkLog = tmp.resolve("spark.log");
        assertEquals(2, java(List.of("sweep", file.toString(), "--engine", "spark", "--out", tmp.resolve("spark").toString(),
                "--set", "agents=500", "--set", "months=3"), sparkLog));
        String msg = Files.readString(sparkLog);
        assertTrue(msg.contains("Apache Spark is not on the class path") && msg.contains("culturebridge-spark"), msg);
        assertFalse(Files.exists(tmp.resolve("spark")), "nothing is written when the engine is missing");
    }
}
