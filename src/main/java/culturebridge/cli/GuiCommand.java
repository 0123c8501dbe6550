package culturebridge.cli;

import culturebridge.experiment.Warmups;
import culturebridge.gui.GuiSession;
import culturebridge.gui.WorldWithUI;
import culturebridge.scenario.Scenario;
import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gui [SCENARIO]}: a visual run in the MASON Console. Parses the command line, loads
 * the scenario, then hands over to the {@code gui} package.
 */
@Command(name = "gui", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Open the MASON Console on a scenario: map of both countries, live charts, policy panel, inspectors.",
                "SCENARIO is a YAML file or the name of one in scenarios/ (default: gradual-opening-2026)."})
final class GuiCommand implements Callable<Integer> {

    /** Scenario opened when none is named. */
    static final String DEFAULT_SCENARIO = "gradual-opening-2026";

    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "scenario file or name (default: ${DEFAULT-VALUE})",
            defaultValue = DEFAULT_SCENARIO)
    String scenario;

    @Mixin SharedOptions.Seed seed;
    @Mixin SharedOptions.Sets sets;
    @Mixin SharedOptions.Threads threads;

    @Option(names = "--pause-at", paramLabel = "STEP", description = "press play at once and pause at this step (week)")
    Long pauseAt;

    @Option(names = "--screenshots", paramLabel = "DIR",
            description = "play to --pause-at (default 52), save screenshots of the console, map and charts into DIR, then exit")
    Path screenshots;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Scenario sc = SetOverrides.loadScenario(scenario, sets.values, err);
        if (sc == null) return Main.BAD_INPUT;
        int nThreads = threads.atLeastOne(err);
        if (nThreads < 0) return Main.BAD_INPUT;
        if (pauseAt != null && pauseAt < 1) {
            err.println("error: --pause-at must be at least 1, got " + pauseAt);
            return Main.BAD_INPUT;
        }
        if (GraphicsEnvironment.isHeadless()) {
            err.println("error: the GUI needs a display (set DISPLAY, e.g. run it under Xvfb); for a headless run use 'run'");
            return 1;
        }
        long s = seed.value != null ? seed.value : (sc.seed() != null ? sc.seed() : 1L);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            failure.compareAndSet(null, e);
            e.printStackTrace();
        });
        // a scenario with a warm-up starts, each time the Console starts it, from the warm-up's end
        // state for the Console's seed (computed once and kept, as in headless runs)
        GuiSession session = GuiSession.open(new WorldWithUI(sc.setup(), s, nThreads, w -> Warmups.standard().arrange(w, System.out::println)));
        if (screenshots != null) {
            long step = pauseAt != null ? pauseAt : 52;
            session.playTo(step, Duration.ofMinutes(10));
            for (Path f : session.saveScreenshots(screenshots)) out.println("saved " + f);
            out.flush();
            if (failure.get() != null) {
                err.println("error: the GUI failed: " + failure.get());
                return 1;
            }
            return 0;
        }
        if (pauseAt != null) session.playTo(pauseAt, Duration.ofDays(1));
        CountDownLatch closed = new CountDownLatch(1);
        session.console().addWindowListener(new WindowAdapter() {
            @Override public void windowClosed(WindowEvent e) { closed.countDown(); }
        });
        closed.await();
        return 0;
    }
}
