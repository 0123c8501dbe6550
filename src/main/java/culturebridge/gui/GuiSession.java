package culturebridge.gui;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.jfree.chart.JFreeChart;
import sim.display.Console;
import sim.display.Display2D;
import sim.display.Prefs;

/**
 * Opens a {@link WorldWithUI} in the MASON Console with its windows laid out side by side
 * (Console, map, charts), and drives it from code: play to a step, then save screenshots. The
 * {@code gui} command and the GUI test use it.
 */
public final class GuiSession {

    /** Width of the Console window, pixels. */
    static final int CONSOLE_WIDTH = 400;
    /** Least height worth giving the policy window under the map; below it, it stays hidden. */
    static final int MIN_POLICY_HEIGHT = 200;

    private final WorldWithUI gui;
    private final Console console;

    private GuiSession(WorldWithUI gui, Console console) {
        this.gui = gui;
        this.console = console;
    }

    /**
     * Creates the Console (which calls the GUI's {@code init}) on the Swing thread and lays
     * out the windows, unless the user has saved window positions in MASON's preferences.
     */
    public static GuiSession open(WorldWithUI gui) throws InterruptedException, InvocationTargetException {
        Console[] made = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            made[0] = (Console) gui.createController();
            boolean saved = Prefs.getAppPreferences(gui, Console.DEFAULT_PREFERENCES_KEY).getInt(Console.NUM_DISPLAYS_KEY, -1) != -1;
            if (!saved) arrange(gui, made[0]);
        });
        return new GuiSession(gui, made[0]);
    }

    /** Console at the left, full height; the map beside it, scaled to fit; the charts in the rest. */
    static void arrange(WorldWithUI gui, Console console) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        console.setBounds(screen.x, screen.y, CONSOLE_WIDTH, screen.height);
        int rest = screen.width - CONSOLE_WIDTH;
        Display2D d = gui.display();
        double mapW = (gui.scene().frame().width() + WorldWithUI.PAD_WEST + WorldWithUI.PAD_EAST) * WorldWithUI.MAP_PIXELS_PER_UNIT;
        double mapH = gui.scene().frame().height() * WorldWithUI.MAP_PIXELS_PER_UNIT;
        // room left for the display's header bar and scroll bars
        int chromeW = 24;
        int chromeH = 60;
        double scale = Math.min(1.4, Math.min((rest * 0.56 - chromeW) / mapW, (screen.height - chromeH) / mapH));
        d.setScale(scale);
        int frameW = (int) Math.ceil(mapW * scale) + chromeW;
        int frameH = (int) Math.min(screen.height, Math.ceil(mapH * scale) + chromeH);
        gui.displayFrame().setBounds(screen.x + CONSOLE_WIDTH, screen.y, frameW, frameH);
        gui.chartsFrame().setBounds(screen.x + CONSOLE_WIDTH + frameW, screen.y, Math.max(360, rest - frameW), screen.height);
        int below = screen.height - frameH;
        if (below >= MIN_POLICY_HEIGHT) gui.policyFrame().setBounds(screen.x + CONSOLE_WIDTH, screen.y + frameH, frameW, below);
        else gui.policyFrame().setVisible(false);
    }

    /** The Console. */
    public Console console() { return console; }

    /** The GUI. */
    public WorldWithUI gui() { return gui; }

    /**
     * Presses play and waits until the run pauses at the given step (or ends), then until
     * the Swing thread has taken the last updates.
     */
    public void playTo(long week, Duration timeout) throws Exception {
        // weeks of the scenario: after a warm-up the schedule's steps go on from the history's
        long step = gui.world().setup().firstStep() + week;
        console.setWhenShouldPause(step);
        SwingUtilities.invokeAndWait(console::pressPlay);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long done;
            synchronized (gui.state.schedule) {
                done = gui.state.schedule.getSteps();
            }
            int play = console.getPlayState();
            if (done >= step && play == Console.PS_PAUSED) break;
            if (play == Console.PS_STOPPED && done > 0) break;
            if (System.nanoTime() > deadline) throw new TimeoutException("the run did not reach step " + step + " (at " + done + ")");
            Thread.sleep(50);
        }
        settle();
    }

    /** Waits until pending Swing work (chart and panel updates, repaints) is done. */
    public static void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            SwingUtilities.invokeAndWait(() -> { });
            Thread.sleep(150);
        }
    }

    /**
     * Saves pictures of the GUI into a folder: the whole screen, the Console on its Policy,
     * Model and About tabs, the map window, the map through MASON's snapshot (PNG), the
     * charts window, and each chart at a readable size.
     *
     * @return the files written
     */
    public List<Path> saveScreenshots(Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        settle();
        SwingUtilities.invokeAndWait(() -> selectTab(console.getTabPane(), "Console"));
        settle();
        files.add(Screenshots.write(Screenshots.screen(), dir.resolve("screen.png")));
        for (String tab : List.of("Policy", "Model", "About")) {
            SwingUtilities.invokeAndWait(() -> selectTab(console.getTabPane(), tab));
            settle();
            Path f = dir.resolve("console-" + tab.toLowerCase(java.util.Locale.ROOT) + ".png");
            onSwing(() -> Screenshots.write(Screenshots.paint(console), f));
            files.add(f);
        }
        // as if the user double-clicked on Seoul (or the first city): its inspectors open
        CityView city = gui.scene().cities().stream().filter(c -> c.getName().equals("Seoul")).findFirst()
                .orElse(gui.scene().cities().get(0));
        SwingUtilities.invokeAndWait(() -> inspectAt(gui.scene().frame().city(city.countryIndex(), city.cityIndex())));
        SwingUtilities.invokeAndWait(() -> selectTab(console.getTabPane(), "Inspectors"));
        settle();
        Path inspectors = dir.resolve("console-inspectors.png");
        onSwing(() -> Screenshots.write(Screenshots.paint(console), inspectors));
        files.add(inspectors);
        SwingUtilities.invokeAndWait(() -> selectTab(console.getTabPane(), "Console"));
        Path map = dir.resolve("map.png");
        onSwing(() -> Screenshots.write(Screenshots.paint(gui.displayFrame()), map));
        files.add(map);
        Path snap = dir.resolve("map-snapshot.png");
        onSwing(() -> {
            gui.display().takeSnapshot(snap.toFile(), Display2D.TYPE_PNG);
            return snap;
        });
        files.add(snap);
        // the network view: the ties layer switched on from the display's Layers menu
        Path ties = dir.resolve("map-ties.png");
        SwingUtilities.invokeAndWait(() -> toggleLayer(gui.display(), gui.layers().get(1).name()));
        settle();
        onSwing(() -> Screenshots.write(Screenshots.paint(gui.displayFrame()), ties));
        SwingUtilities.invokeAndWait(() -> toggleLayer(gui.display(), gui.layers().get(1).name()));
        files.add(ties);
        Path policy = dir.resolve("policy.png");
        onSwing(() -> Screenshots.write(Screenshots.paint(gui.policyFrame()), policy));
        files.add(policy);
        Path charts = dir.resolve("charts.png");
        onSwing(() -> Screenshots.write(Screenshots.paint(gui.chartsFrame()), charts));
        files.add(charts);
        Map<String, JFreeChart> shown = onSwing(() -> Map.copyOf(gui.charts().charts()));
        for (String key : LiveChartSet.KEYS) {
            JFreeChart c = shown.get(key);
            if (c == null) continue;
            Path f = dir.resolve("chart-" + key.replace('.', '-') + ".png");
            onSwing(() -> Screenshots.write(c, f, 900, 520));
            files.add(f);
        }
        return files;
    }

    /**
     * Opens the inspectors of everything drawn at a field point, as MASON does on a
     * double-click there (Swing thread).
     */
    void inspectAt(sim.util.Double2D fieldPoint) {
        Display2D d = gui.display();
        var layer = gui.layers().get(0).portrayal();
        var info = d.getDrawInfo2D(layer, new java.awt.geom.Point2D.Double(0, 0));
        double x = info.draw.x + fieldPoint.x * info.draw.width / gui.scene().frame().width();
        double y = info.draw.y + fieldPoint.y * info.draw.height / gui.scene().frame().height();
        d.createInspectors(new java.awt.geom.Rectangle2D.Double(x - 2, y - 2, 4, 4), gui);
    }

    /** Clicks a layer's entry in the display's Layers menu, as the user would. */
    static void toggleLayer(Display2D d, String name) {
        for (java.awt.Component c : d.popup.getComponents()) {
            if (c instanceof javax.swing.JCheckBoxMenuItem item && item.getText().equals(name)) item.doClick();
        }
    }

    private static void selectTab(JTabbedPane tabs, String title) {
        int i = tabs.indexOfTab(title);
        if (i >= 0) tabs.setSelectedIndex(i);
    }

    /** Work that must run on the Swing thread and returns a value. */
    @FunctionalInterface
    interface SwingWork<T> {
        T run() throws Exception;
    }

    private static <T> T onSwing(SwingWork<T> work) throws Exception {
        Object[] out = new Object[1];
        Exception[] err = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                out[0] = work.run();
            } catch (Exception e) {
                err[0] = e;
            }
        });
        if (err[0] != null) throw err[0];
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }
}
