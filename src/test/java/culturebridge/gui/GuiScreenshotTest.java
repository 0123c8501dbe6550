package culturebridge.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import culturebridge.chart.ChartStyle;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The GUI on a real (virtual) screen: the {@code gui} command opens the MASON Console for a
 * scenario under Xvfb, plays it past its political shock, saves screenshots of the screen,
 * the Console, the map, the policy window and the charts under
 * {@code target/gui-screenshots/}, and exits; the pictures must not be blank and must show
 * what they are for.
 *
 * <p>The test JVM is headless (surefire's {@code -Djava.awt.headless=true}), so the GUI runs
 * in a child JVM on the test class path. It uses {@code DISPLAY} when set; otherwise it starts
 * its own Xvfb on a free display number and stops it afterwards. Without Xvfb the test is
 * skipped, except on CI ({@code CI=true}), where that is a failure.
 */
class GuiScreenshotTest {

    private static final Path OUT = Path.of("target", "gui-screenshots");
    private static Process xvfb;
    private static String display;

    @BeforeAll
    static void screen() throws Exception {
        display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) return;
        Path bin = onPath("Xvfb");
        if (bin == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("Xvfb is not installed, and CI must run the GUI test (.ci/run installs the Debian package xvfb)");
            }
            Assumptions.abort("Xvfb is not installed and DISPLAY is not set: install the Debian package xvfb to run the GUI test");
        }
        Files.createDirectories(OUT);
        int first = 90 + (int) (ProcessHandle.current().pid() % 100);
        for (int k = 0; k < 100 && xvfb == null; k++) {
            int n = 90 + (first - 90 + k) % 200;
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) continue;
            Process p = new ProcessBuilder(bin.toString(), ":" + n, "-nolisten", "tcp", "-screen", "0", "1600x1000x24")
                    .redirectErrorStream(true).redirectOutput(OUT.resolve("xvfb.log").toFile()).start();
            if (waitForSocket(p, n)) {
                xvfb = p;
                display = ":" + n;
            } else {
                p.destroyForcibly();
            }
        }
        if (xvfb == null) fail("could not start Xvfb on any display :90-:289 (see " + OUT.resolve("xvfb.log") + ")");
    }

    private static boolean waitForSocket(Process p, int n) throws Exception {
        Files.createDirectories(OUT);
        for (int i = 0; i < 100; i++) {
            if (!p.isAlive()) return false;
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) return true;
            Thread.sleep(100);
        }
        return false;
    }

    @AfterAll
    static void stopScreen() throws InterruptedException {
        if (xvfb == null) return;
        xvfb.destroy();
        if (!xvfb.waitFor(5, TimeUnit.SECONDS)) xvfb.destroyForcibly();
    }

    private static Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    @Test
    void theGuiRunsAScenarioPastItsShockAndShowsIt() throws Exception {
        Path dir = OUT.resolve("opening-with-shock-2026");
        Path prefs = OUT.resolve("prefs");
        Files.createDirectories(dir);
        Files.createDirectories(prefs);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Djava.awt.headless=false",
                // MASON keeps window positions in the user's preferences: keep this run's apart
                "-Djava.util.prefs.userRoot=" + prefs.toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), "culturebridge.cli.Main", "gui", "opening-with-shock-2026",
                "--set", "agents=6000", "--threads", "1", "--pause-at", "72", "--screenshots", dir.toString()));
        cmd.addAll(1, culturebridge.testing.ChildJvm.warmupCacheOption());
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("DISPLAY", display);
        pb.redirectOutput(dir.resolve("gui.out").toFile());
        pb.redirectError(dir.resolve("gui.err").toFile());
        Process gui = pb.start();
        if (!gui.waitFor(10, TimeUnit.MINUTES)) {
            gui.destroyForcibly();
            fail("the GUI did not finish within 10 minutes; see " + dir.resolve("gui.err"));
        }
        String err = Files.readString(dir.resolve("gui.err"), StandardCharsets.UTF_8);
        assertEquals(0, gui.exitValue(), "gui exit code; stderr:\n" + err);
        for (String line : err.split("\n")) {
            assertTrue(!line.contains("Exception") && !line.contains("Error") && !line.startsWith("\tat "),
                    "nothing in the GUI may throw; stderr:\n" + err);
        }

        BufferedImage screen = image(dir, "screen.png", 1600, 1000);
        assertTrue(ImageChecks.luminanceSd(screen) > 30, "the screen is not blank");
        assertTrue(ImageChecks.countNear(screen, MapStyle.SEA, 3) > 20_000, "the map's sea is on screen");

        BufferedImage map = image(dir, "map.png", 400, 300);
        assertTrue(ImageChecks.luminanceSd(map) > 15);
        assertTrue(ImageChecks.countNear(map, MapStyle.LAND, 3) > map.getWidth() * map.getHeight() / 10, "land");
        assertTrue(ImageChecks.countNear(map, MapStyle.SEA, 3) > map.getWidth() * map.getHeight() / 20, "sea");
        assertTrue(ImageChecks.countReddish(map) > 150, "audience agents in attitude colours (mostly unfavourable after the shock)");
        assertTrue(ImageChecks.countNear(map, new Color(0x8B0000), 10) > 50, "the banner's tension bar, high after the shock");

        BufferedImage snapshot = image(dir, "map-snapshot.png", 300, 200);
        assertTrue(ImageChecks.luminanceSd(snapshot) > 15, "MASON's snapshot of the map works");

        BufferedImage charts = image(dir, "charts.png", 300, 400);
        assertTrue(ImageChecks.luminanceSd(charts) > 15);
        assertTrue(ImageChecks.countNear(charts, ChartStyle.BLUE, 12) > 200, "chart lines (first country)");
        assertTrue(ImageChecks.countNear(charts, ChartStyle.VERMILLION, 12) > 200, "chart lines (second country)");
        assertTrue(ImageChecks.countNear(charts, culturebridge.chart.PolicyTimelineAnnotator.SHOCK_COLOUR, 20) > 20,
                "the shock is marked");

        BufferedImage policy = image(dir, "console-policy.png", 300, 400);
        assertTrue(ImageChecks.countNear(policy, new Color(0x1F6FB2), 10) > 30, "the active stage is marked in the policy tab");
        BufferedImage inspectors = image(dir, "console-inspectors.png", 300, 400);
        assertTrue(ImageChecks.luminanceSd(inspectors) > 15, "a double-click on Seoul opened its inspectors");
        BufferedImage ties = image(dir, "map-ties.png", 400, 300);
        assertTrue(ImageChecks.countNear(ties, MapStyle.CROSS_TIE, 60) > ImageChecks.countNear(map, MapStyle.CROSS_TIE, 60),
                "the network layer adds cross-border ties");
        for (String name : List.of("console-model.png", "console-about.png", "policy.png")) {
            assertTrue(ImageChecks.luminanceSd(image(dir, name, 200, 200)) > 15, name + " is not blank");
        }
        for (String key : LiveChartSet.KEYS) {
            Path f = dir.resolve("chart-" + key.replace('.', '-') + ".png");
            assertTrue(Files.isRegularFile(f), "chart " + key + " saved");
        }
    }

    private static BufferedImage image(Path dir, String name, int minWidth, int minHeight) throws IOException {
        Path f = dir.resolve(name);
        assertTrue(Files.isRegularFile(f), name + " was saved");
        BufferedImage img = ImageIO.read(f.toFile());
        assertTrue(img.getWidth() >= minWidth && img.getHeight() >= minHeight,
                name + " is " + img.getWidth() + "x" + img.getHeight());
        return img;
    }
}
