package culturebridge.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of a sweep's efficiency measurement that need no JVM of their own. */
class SweepEfficiencyTest {

    @TempDir Path tmp;

    @Test
    void medianAndEfficiency() {
        assertEquals(2.0, SweepEfficiency.median(List.of(3.0, 1.0, 2.0)));
        assertEquals(2.5, SweepEfficiency.median(List.of(4.0, 1.0, 2.0, 3.0)));
        var r = new SweepEfficiency.Result(2, List.of(10.0, 12.0, 11.0), List.of(6.0, 7.0, 5.0), true);
        assertEquals(11.0 / (2 * 6.0), r.efficiency(), 1e-15);
    }

    @Test
    void childJvmsGetHeapAndClassDataOptionsButNoAgentsOrRecordings() {
        assertTrue(SweepEfficiency.passedOn("-Xmx1g"));
        assertTrue(SweepEfficiency.passedOn("-XX:SharedArchiveFile=cb.jsa"));
        assertFalse(SweepEfficiency.passedOn("-javaagent:jacoco.jar"));
        assertFalse(SweepEfficiency.passedOn("-agentlib:jdwp=transport=dt_socket"));
        assertFalse(SweepEfficiency.passedOn("-XX:StartFlightRecording=filename=x.jfr"));
        assertFalse(SweepEfficiency.passedOn("-XX:ArchiveClassesAtExit=cb.jsa"));
    }

    @Test
    void comparesEveryResultTableButNotTheWallTimes() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        for (String t : SweepEfficiency.COMPARED) {
            Files.writeString(a.resolve(t), "x,1\n");
            Files.writeString(b.resolve(t), "x,1\n");
        }
        Files.writeString(a.resolve("runs.csv"), "run,wall_seconds\n0,1.2\n");
        Files.writeString(b.resolve("runs.csv"), "run,wall_seconds\n0,0.7\n");
        assertTrue(SweepEfficiency.sameTables(a, b));
        Files.writeString(b.resolve("monthly.csv"), "x,2\n");
        assertFalse(SweepEfficiency.sameTables(a, b));
    }
}
