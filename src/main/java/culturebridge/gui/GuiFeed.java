package culturebridge.gui;

import culturebridge.model.World;
import culturebridge.model.policy.Observations;
import culturebridge.output.MonthlyCollector;
import culturebridge.output.MonthlySeries;
import culturebridge.output.TimelineEvent;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The GUI's own steppable, scheduled on the GUIState after each model step (never on the
 * model's schedule, so the model's trajectory is the headless one): it moves the map's scene
 * on and copies what the charts and the policy panel need, then hands the copies to the
 * Swing thread. It reads the model and never changes it.
 */
final class GuiFeed implements Steppable {
    private static final long serialVersionUID = 1L;

    private final World world;
    private final MapScene scene;
    private final Supplier<MonthlyCollector> collector;
    private final long seed;
    private final int run;
    private final List<String> codes;
    private final SwingHandoff<ChartsUpdate> charts;
    private final SwingHandoff<PolicyReport> policy;
    private ChartsUpdate lastCharts;
    private PolicyReport lastPolicy;

    /**
     * @param charts where chart updates go (null without a window, e.g. in tests)
     * @param policy where policy reports go (null without a window)
     */
    GuiFeed(World world, MapScene scene, Supplier<MonthlyCollector> collector, long seed, int run,
            SwingHandoff<ChartsUpdate> charts, SwingHandoff<PolicyReport> policy) {
        this.world = world;
        this.scene = scene;
        this.collector = collector;
        this.seed = seed;
        this.run = run;
        this.codes = List.of(world.country(0).code(), world.country(1).code());
        this.charts = charts;
        this.policy = policy;
    }

    @Override
    public void step(SimState state) {
        scene.update();
        publish();
    }

    /** Copies the current state for the charts and the policy panel and hands it over. */
    void publish() {
        MonthlyCollector c = collector.get();
        MonthlySeries series = c.series(seed);
        List<TimelineEvent> events = MonthlyCollector.timeline(world);
        lastCharts = new ChartsUpdate(run, series, events, status());
        Observations obs = c;
        lastPolicy = PolicyReport.of(world.policyState(), obs, world.calendar(), world.schedule.getSteps(),
                world.climate().tension(), codes);
        if (charts != null) charts.offer(lastCharts);
        if (policy != null) policy.offer(lastPolicy);
    }

    /** The status line (HTML): month and tension, then the stage. */
    String status() {
        long done = world.schedule.getSteps();
        YearMonth m = world.calendar().month(Math.max(0, done - 1));
        var p = world.policyState();
        return String.format(Locale.ROOT, "<html><b>%s %d</b> &nbsp;&middot;&nbsp; political tension %.2f<br>"
                        + "<font color='#34495E'>stage %d of %d: <b>%s</b></font></html>",
                m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH), m.getYear(), world.climate().tension(),
                p.policy().paths().get(0).indexOf(p.activeIndex()) + 1, p.policy().paths().get(0).size(), p.active().name());
    }

    /** The last chart update made (for tests). */
    ChartsUpdate lastCharts() { return lastCharts; }

    /** The last policy report made (for tests). */
    PolicyReport lastPolicy() { return lastPolicy; }
}
