package culturebridge.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The determinism self-test finds every comparison identical, and does see a real difference. */
class SelfTestTest {

    @TempDir Path tmp;

    /** Runs the command line with its output swallowed (the runs are --quiet, the sweeps print little). */
    private static int quietly(String... args) {
        PrintStream oldOut = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            return Main.execute(args);
        } finally {
            System.setOut(oldOut);
        }
    }

    @Test
    void everyComparisonIsIdentical() throws Exception {
        // 10,000 agents: the smallest population whose audience phase really runs on 2 threads
        var o = new SelfTest.Options("scenarios/opening-with-shock-2026.yaml", List.of("agents=10000", "months=6"),
                7, 2, tmp.resolve("selftest"), true);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        SelfTest.Report r = SelfTest.run(o, SelfTestTest::quietly, new PrintStream(text, true, StandardCharsets.UTF_8));
        String printed = text.toString(StandardCharsets.UTF_8);
        assertTrue(r.passed(), printed);
        int expected = 2 * SelfTest.RUN_FILES.size() + (SelfTest.sparkAvailable() ? SelfTest.SWEEP_FILES.size() : 0);
        assertEquals(expected, r.comparisons().size(), printed);
        assertTrue(printed.contains("1 vs 2 threads") && printed.contains("PASSED"), printed);
    }

    @Test
    void aDifferentRunIsReportedWithItsFirstDifferingLine() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, quietly("run", "status-quo-2026", "--seed", "1", "--set", "agents=500", "--set", "months=3",
                "--out", a.toString(), "--quiet"));
        assertEquals(0, quietly("run", "status-quo-2026", "--seed", "2", "--set", "agents=500", "--set", "months=3",
                "--out", b.toString(), "--quiet"));
        List<SelfTest.Comparison> cs = SelfTest.compare("seed 1 vs 2", a, b, List.of("monthly.csv", "nothing.csv"));
        SelfTest.Comparison monthly = cs.get(0);
        assertFalse(monthly.identical());
        // the header is the same; the first row differs (at least in its seed column)
        assertTrue(monthly.detail().startsWith("line 2, column "), monthly.detail());
        assertFalse(cs.get(1).identical());
        assertTrue(cs.get(1).detail().startsWith("missing: "), cs.get(1).detail());
        var report = new SelfTest.Report(cs, List.of());
        assertFalse(report.passed());
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        SelfTest.print(report, new PrintStream(text, true, StandardCharsets.UTF_8));
        assertTrue(text.toString(StandardCharsets.UTF_8).contains("DIFFERENT"), text.toString(StandardCharsets.UTF_8));
    }
}
