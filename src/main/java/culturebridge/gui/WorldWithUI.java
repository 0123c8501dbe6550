package culturebridge.gui;

import culturebridge.model.Country;
import culturebridge.model.Setup;
import culturebridge.model.World;
import culturebridge.output.MonthlyCollector;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JFrame;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.Stoppable;
import sim.portrayal.continuous.ContinuousPortrayal2D;

/**
 * A visual run of a scenario in the MASON Console: the model ({@link World}) with a map of
 * both countries, live charts and a policy panel around it, for watching and explaining a
 * run in a seminar.
 *
 * <p>The model runs exactly as headless: the same {@link World}, the same monthly collector
 * attached through {@link MonthlyCollector#attachOnStart} (so GUI and headless runs of one
 * scenario and seed give the same monthly metrics), nothing of the GUI on the model's
 * schedule. What the GUI adds is scheduled on this GUIState after each step
 * ({@link GuiFeed}) and draws its own randomness (sampling and jitter) from
 * {@code guirandom}, seeded from the run's seed so that a replay draws the same picture.
 *
 * <p>The model inspector shows the parameter bean ({@code World.getParams()}), whose properties
 * come from the parameter declarations: sliders over the declared ranges, descriptions with
 * unit, range and source; a value outside the valid range is refused; a change applies from
 * the next step. Double-clicking an agent, city, studio or traveller on the map inspects it.
 */
public class WorldWithUI extends GUIState {

    /** Pixels per map unit (100 km) of the map at zoom 1. */
    public static final double MAP_PIXELS_PER_UNIT = 22.0;
    /** Sea and land shown west of the model's map frame, map units: room for the banner. */
    public static final double PAD_WEST = 2.5;
    /** Sea shown east of the model's map frame, map units: room for Korea's city names and the legend. */
    public static final double PAD_EAST = 4.5;

    private final Setup setup;
    private final World world;
    private final Supplier<MonthlyCollector> collector;
    private final MapScene scene;
    private final List<String> codes;
    private final Map<String, String> names = new LinkedHashMap<>();

    private final ContinuousPortrayal2D audiencePortrayal = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D cityPortrayal = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D studioPortrayal = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D touristPortrayal = new ContinuousPortrayal2D();

    private final List<MapImage.Layer> layers;

    private Display2D display;
    private JFrame displayFrame;
    private LiveCharts charts;
    private JFrame chartsFrame;
    private PolicyPanel policyPanel;
    private PolicyPanel policyWindowPanel;
    private JFrame policyFrame;
    private SwingHandoff<ChartsUpdate> chartsHandoff;
    private SwingHandoff<PolicyReport> policyHandoff;
    private GuiFeed feed;
    private Stoppable feedStopper;
    private int runs;

    /**
     * @param setup   the world set-up of a loaded scenario (countries, period, policy, parameters)
     * @param seed    the run's seed (the Console shows it and may change it between runs)
     * @param threads threads for the audience phase (results do not depend on it)
     * @param prepare  readies the new world before the Console first starts it; for a scenario
     *                 with a warm-up, lets each start begin from the warm-up's end state for the
     *                 Console's seed (the run machinery that keeps warm-ups is the caller's)
     */
    public WorldWithUI(Setup setup, long seed, int threads, Consumer<World> prepare) {
        super(newWorld(setup, seed, threads, prepare));
        this.setup = setup;
        this.world = (World) state;
        this.collector = MonthlyCollector.attachOnStart(world);
        this.scene = new MapScene(world, MapScene.DEFAULT_SAMPLE);
        List<String> c = new ArrayList<>();
        for (Country k : setup.countries()) {
            c.add(k.code());
            names.put(k.code(), k.name());
        }
        this.codes = List.copyOf(c);
        audiencePortrayal.setPortrayalForAll(new AudiencePortrayal());
        cityPortrayal.setPortrayalForAll(new CityPortrayal());
        studioPortrayal.setPortrayalForAll(new StudioPortrayal());
        touristPortrayal.setPortrayalForAll(new TouristPortrayal(scene));
        layers = List.of(
                new MapImage.Layer("Land and sea", new BasemapLayer(scene), true),
                new MapImage.Layer("Social ties (sample; purple: cross-border)", new TiesLayer(scene), false),
                new MapImage.Layer("Audience agents (sample)", audiencePortrayal, true),
                new MapImage.Layer("Trip routes", new FlowsLayer(scene), true),
                new MapImage.Layer("Cities", cityPortrayal, true),
                new MapImage.Layer("Studios", studioPortrayal, true),
                new MapImage.Layer("Travellers", touristPortrayal, true),
                new MapImage.Layer("City names", new CityLabelsLayer(scene), true),
                new MapImage.Layer("Banner and legend", new OverlayLayer(scene), true));
    }

    private static World newWorld(Setup setup, long seed, int threads, Consumer<World> prepare) {
        World w = new World(setup, seed);
        w.setThreads(threads);
        prepare.accept(w);
        return w;
    }

    /** The name MASON shows in the Console's title bar. */
    public static String getName() {
        return "CultureBridge";
    }

    /** The Console's About tab. */
    public static Object getInfo() {
        return AboutPage.html();
    }

    /** The parameter bean: the model inspector's sliders and descriptions come from it. */
    @Override
    public Object getSimulationInspectedObject() {
        return world.getParams();
    }

    /** All parameters on one page of the model inspector. */
    @Override
    public int getMaximumPropertiesForInspector() {
        return 500;
    }

    @Override
    public void start() {
        super.start();
        // GUI randomness from the run's seed: a replay samples and places the same agents.
        guirandom.setSeed(state.seed());
        scene.rebuild(guirandom);
        runs++;
        feed = new GuiFeed(world, scene, collector, state.seed(), runs, chartsHandoff, policyHandoff);
        feedStopper = scheduleRepeatingImmediatelyAfter(feed);
        feed.publish();
        setupPortrayals();
        // the run ends where the scenario's calendar ends, as a headless run does (set here,
        // not in init, because the Console resets its stop step from its preferences after init)
        if (controller instanceof Console console) MasonSafety.stopAtStep(console, world.calendar().steps());
    }

    @Override
    public void finish() {
        if (feedStopper != null) feedStopper.stop();
        feedStopper = null;
        super.finish();
    }

    private void setupPortrayals() {
        audiencePortrayal.setField(scene.audienceField());
        cityPortrayal.setField(scene.cityField());
        studioPortrayal.setField(scene.studioField());
        touristPortrayal.setField(scene.touristField());
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        MasonSafety.dropChartingPropertyInspectors();

        double fw = scene.frame().width() * MAP_PIXELS_PER_UNIT;
        double fh = scene.frame().height() * MAP_PIXELS_PER_UNIT;
        display = new Display2D(fw + (PAD_WEST + PAD_EAST) * MAP_PIXELS_PER_UNIT, fh, this);
        display.setBackdrop(MapStyle.SEA);
        display.setClipping(false);
        MasonSafety.hideMovieButton(display);
        // every layer maps the field onto the same rectangle, shifted east by the west margin
        Rectangle2D.Double field = new Rectangle2D.Double(PAD_WEST * MAP_PIXELS_PER_UNIT, 0, fw, fh);
        for (MapImage.Layer layer : layers) display.attach(layer.portrayal(), layer.name(), field, layer.visible());
        displayFrame = display.createFrame();
        displayFrame.setTitle("CultureBridge map: " + setup.name());
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        charts = new LiveCharts(codes, names, setup.start(),
                setup.start().plusMonths(setup.months() - 1));
        chartsFrame = new JFrame("CultureBridge charts: " + setup.name());
        chartsFrame.getContentPane().setBackground(Color.WHITE);
        chartsFrame.getContentPane().add(charts);
        chartsFrame.pack();
        c.registerFrame(chartsFrame);
        chartsFrame.setVisible(true);
        chartsHandoff = new SwingHandoff<>(charts::apply);

        // the policy is shown twice: in the Console's Policy tab, and in a window of its own
        // that stays in view beside the map while the Console shows its controls
        policyPanel = new PolicyPanel();
        policyWindowPanel = new PolicyPanel();
        policyFrame = new JFrame("CultureBridge policy: " + setup.name());
        policyFrame.getContentPane().add(policyWindowPanel);
        policyFrame.setSize(600, 400);
        c.registerFrame(policyFrame);
        policyFrame.setVisible(true);
        policyHandoff = new SwingHandoff<>(r -> {
            policyPanel.show(r);
            policyWindowPanel.show(r);
        });
        if (c instanceof Console console) {
            console.getTabPane().addTab("Policy", policyPanel);
            console.setNewMenuAllowed(false);
            MasonSafety.disableCheckpoints(console);
        }
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) displayFrame.dispose();
        if (chartsFrame != null) chartsFrame.dispose();
        if (policyFrame != null) policyFrame.dispose();
        displayFrame = null;
        chartsFrame = null;
        policyFrame = null;
        display = null;
    }

    /** The model. */
    public World world() { return world; }

    /** The set-up of the scenario shown. */
    public Setup setup() { return setup; }

    /** The current run's collector (null before the first start). */
    public MonthlyCollector collector() { return collector.get(); }

    /** What the map shows. */
    public MapScene scene() { return scene; }

    /** The map display (null before {@link #init}). */
    public Display2D display() { return display; }

    /** The map's window (null before {@link #init}). */
    public JFrame displayFrame() { return displayFrame; }

    /** The live charts (null before {@link #init}). */
    public LiveCharts charts() { return charts; }

    /** The charts' window (null before {@link #init}). */
    public JFrame chartsFrame() { return chartsFrame; }

    /** The Console's policy tab (null before {@link #init}). */
    public PolicyPanel policyPanel() { return policyPanel; }

    /** The policy's own window (null before {@link #init}). */
    public JFrame policyFrame() { return policyFrame; }

    /** The map's layers, bottom first, as attached to the display. */
    public List<MapImage.Layer> layers() { return layers; }

    /** The GUI's steppable of the current run (null before the first start). */
    GuiFeed feed() { return feed; }
}
