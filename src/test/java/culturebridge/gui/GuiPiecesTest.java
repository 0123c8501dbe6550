package culturebridge.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.City;
import culturebridge.model.Country;
import culturebridge.model.MapFrame;
import culturebridge.model.MapProjection;
import culturebridge.model.agent.Tourist;
import culturebridge.output.MonthlySeries;
import culturebridge.output.TimelineEvent;
import culturebridge.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import java.awt.Color;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import sim.util.Double2D;

/** The GUI's pure parts: geometry, colours, layout helpers, charts, the policy report, MASON switches. */
class GuiPiecesTest {

    // ------------------------------------------------------------------ map

    @Test
    void everyCityOfTheChinaKoreaTableLiesOnItsOwnCountrysLand() throws Exception {
        Scenario sc = GuiScenarios.load("gradual-opening-2026", 200, 1);
        List<Country> countries = sc.setup().countries();
        Basemap map = new Basemap(new MapFrame(countries));
        for (Country c : countries) {
            for (City city : c.cities()) {
                Double2D p = map.frame().toField(city.x(), city.y());
                assertEquals(Basemap.regionOf(c.code()), map.regionAt(p.x, p.y), city.name() + " is on " + c.name() + "'s land");
            }
        }
        Double2D yellowSea = map.field(123.5, 35.5);
        assertEquals(Basemap.Region.OTHER, map.regionAt(yellowSea.x, yellowSea.y), "the Yellow Sea is not land");
        Double2D pyongyang = map.field(125.75, 39.03);
        assertEquals(Basemap.Region.OTHER, map.regionAt(pyongyang.x, pyongyang.y), "North Korea is not modelled");
    }

    @Test
    void theBasemapUsesTheModelsProjection() {
        Basemap map = new Basemap(new MapFrame(List.of(country("AA", 116.4, 39.9), country("BB", 126.98, 37.57))));
        Double2D seoul = map.field(126.98, 37.57);
        Double2D fromModel = map.frame().toField(MapProjection.x(126.98), MapProjection.y(37.57));
        assertEquals(fromModel.x, seoul.x, 1e-12);
        assertEquals(fromModel.y, seoul.y, 1e-12);
    }

    private static Country country(String code, double lon, double lat) {
        return new Country(code, code, 1e6, 1000, 0.3, 0.2, 1, 0.3, 1, 0,
                List.of(new City(code + "1", MapProjection.x(lon), MapProjection.y(lat), 1, 1, 1)));
    }

    @Test
    void agentsArePlacedOnTheirOwnCountrysLandAroundTheirCity() throws Exception {
        Scenario sc = GuiScenarios.load("gradual-opening-2026", 2000, 1);
        WorldWithUI gui = GuiScenarios.started(sc, sc.seed());
        MapScene scene = gui.scene();
        int onLand = 0;
        for (AudienceView v : scene.sample()) {
            Double2D p = scene.audienceField().getObjectLocation(v);
            Double2D home = scene.frame().city(v.countryIndex(), gui.world().audiences().city(v.agent()));
            assertTrue(p.distance(home) < 3.5, "agent drawn near its home city");
            if (scene.basemap().regionAt(p.x, p.y) == Basemap.regionOf(scene.country(v.countryIndex()).code())) onLand++;
        }
        assertEquals(2000, scene.sample().length, "all of a small population is drawn");
        assertTrue(onLand >= scene.sample().length * 0.99, "agents stay on their country's land: " + onLand);
        gui.finish();
    }

    @Test
    void theSampleIsCappedAndDistinct() {
        MersenneTwisterFast r = new MersenneTwisterFast(7);
        int[] k = MapScene.pick(1000, 30, r);
        assertEquals(30, k.length);
        for (int i = 1; i < k.length; i++) assertTrue(k[i] > k[i - 1], "sorted and distinct");
        assertArrayEquals(new int[] {0, 1, 2}, MapScene.pick(3, 3, r));
    }

    @Test
    void studiosGoToCitiesByFilmingAppeal() {
        List<City> cities = List.of(new City("a", 0, 0, 0.5, 1, 0.6), new City("b", 0, 0, 0.3, 1, 0.3), new City("c", 0, 0, 0.2, 1, 0.1));
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 1, 1, 1, 2}, MapScene.studioCities(cities, 10));
    }

    @Test
    void tripArcsRunFromCityToCityAndBendToTheLeft() {
        Double2D a = new Double2D(0, 0);
        Double2D b = new Double2D(10, 0);
        assertEquals(a, TripGeometry.along(a, b, 0));
        assertEquals(b, TripGeometry.along(a, b, 1));
        // heading east with y growing down the screen, left is up: y < 0
        assertTrue(TripGeometry.along(a, b, 0.5).y < 0);
        assertTrue(TripGeometry.along(b, a, 0.5).y > 0, "the return leg is a separate arc");
        Double2D h = TripGeometry.tangent(a, b, 0.5);
        assertEquals(1.0, h.x, 1e-9);
        assertEquals(b, TripGeometry.position(a, b, 0.5), "mid-trip at the destination");
        assertEquals(a, TripGeometry.position(a, b, 1.0), "back home at the end");
    }

    @Test
    void aOneWeekTripIsDrawnHalfWayOutInItsDepartureWeek() {
        Tourist t = new Tourist(1, 0, 0, 1, 0, Tourist.Channel.GROUP, 20, 21, 1, 1, 0.5);
        assertEquals(0.25, TripGeometry.phase(t, 20), 1e-12);
        assertEquals(0.75, TripGeometry.phase(t, 21), 1e-12);
        assertEquals(0.0, TripGeometry.phase(t, 5), 1e-12);
        Tourist twoWeeks = new Tourist(1, 0, 0, 1, 0, Tourist.Channel.INDIVIDUAL, 20, 22, 1, 1, 0.5);
        assertEquals(0.5, TripGeometry.phase(twoWeeks, 21), 1e-12, "the middle week at the destination");
    }

    @Test
    void theAttitudeScaleDivergesFromNeutralWhite() {
        Color hostile = AttitudeScale.colour(0);
        Color neutral = AttitudeScale.colour(0.5);
        Color warm = AttitudeScale.colour(1);
        assertTrue(hostile.getRed() > 2 * hostile.getBlue(), "0 is red");
        assertTrue(warm.getBlue() > 2 * warm.getRed(), "1 is blue");
        assertTrue(neutral.getRed() > 240 && neutral.getGreen() > 240 && neutral.getBlue() > 240, "0.5 is near white");
        assertEquals(hostile, AttitudeScale.colour(-3), "clamped");
        assertEquals(Color.GRAY, AttitudeScale.colour(Double.NaN));
        // lightness rises toward the middle from both ends
        assertTrue(brightness(AttitudeScale.colour(0.4)) > brightness(AttitudeScale.colour(0.1)));
        assertTrue(brightness(AttitudeScale.colour(0.6)) > brightness(AttitudeScale.colour(0.9)));
    }

    private static double brightness(Color c) {
        return c.getRed() + c.getGreen() + c.getBlue();
    }

    @Test
    void labelColumnsArePushedApartEvenly() {
        double[] y = {100, 101, 102, 200};
        CityLabelsLayer.spread(y, 12);
        for (int i = 1; i < y.length; i++) assertTrue(y[i] - y[i - 1] >= 12 - 1e-6, "gap " + i);
        assertEquals(101, (y[0] + y[1] + y[2]) / 3, 1e-6, "the crowded group stays centred on its cities");
        assertEquals(200, y[3], 1e-9, "a lone label stays put");
    }

    @Test
    void theBannerWrapsLongReasons() {
        List<String> lines = OverlayLayer.wrap("why: rollback: tension > 0.6; re-entry lag 12 months", 30, 2);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).startsWith("  "));
        assertEquals(1, OverlayLayer.wrap("why: from 2026-07", 30, 2).size());
        List<String> cut = OverlayLayer.wrap("a b c d e f g h i j k l m n o p q r s t u v w x y z", 6, 2);
        assertEquals(2, cut.size());
        assertTrue(cut.get(1).endsWith("..."));
    }

    // ------------------------------------------------------------------ charts

    private static MonthlySeries series(List<String> columns, int months) {
        List<YearMonth> m = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        double[][] v = new double[months][columns.size()];
        for (int i = 0; i < months; i++) {
            m.add(YearMonth.of(2026, 1).plusMonths(i));
            stages.add("s");
            for (int c = 0; c < columns.size(); c++) v[i][c] = 0.1 + 0.01 * i + c;
        }
        return new MonthlySeries(1, columns, m, stages, v);
    }

    private static List<String> coreColumns() {
        List<String> cols = new ArrayList<>(List.of("tension", "attitude.CN", "favourable.CN", "attitude.KR", "favourable.KR",
                "soft_power.CN", "soft_power.KR"));
        for (String m : List.of("film", "drama", "music", "digital")) {
            cols.add("adoption.KR." + m + ".in.CN");
            cols.add("adoption.CN." + m + ".in.KR");
        }
        return cols;
    }

    private static final List<TimelineEvent> EVENTS = List.of(
            new TimelineEvent(LocalDate.of(2026, 1, 1), TimelineEvent.Kind.STAGE, "status-quo"),
            new TimelineEvent(LocalDate.of(2026, 3, 15), TimelineEvent.Kind.SHOCK, "incident"));

    @Test
    void withoutArrivalMetricsTheArrivalsChartIsLeftOut() {
        Map<String, JFreeChart> charts = LiveChartSet.build(series(coreColumns(), 5), EVENTS, List.of("CN", "KR"),
                Map.of("CN", "China", "KR", "South Korea"), YearMonth.of(2026, 1), YearMonth.of(2030, 12));
        assertEquals(List.of("adoption.0", "adoption.1", "attitudes", "soft_power", "tension"), List.copyOf(charts.keySet()));
        assertEquals("Content from South Korea in China", charts.get("adoption.0").getTitle().getText());
        double start = charts.get("tension").getXYPlot().getDomainAxis().getLowerBound();
        double end = charts.get("tension").getXYPlot().getDomainAxis().getUpperBound();
        assertEquals(culturebridge.chart.PolicyTimelineAnnotator.millis(LocalDate.of(2026, 1, 1)), start, 1);
        assertEquals(culturebridge.chart.PolicyTimelineAnnotator.millis(LocalDate.of(2031, 1, 1)), end, 1,
                "the time axis spans the whole scenario, so lines grow from the left");
    }

    @Test
    void arrivalsShowBothDirectionsExpectedAndObservedPoints() {
        List<String> cols = new ArrayList<>(coreColumns());
        cols.addAll(List.of("arrivals.CN.KR", "arrivals.KR.CN", "arrivals_sampled.CN.KR", "arrivals_sampled.KR.CN",
                "arrivals_observed.CN.KR"));
        MonthlySeries s = series(cols, 5);
        s.values()[2][cols.indexOf("arrivals_observed.CN.KR")] = Double.NaN;
        JFreeChart arrivals = LiveChartSet.build(s, EVENTS, List.of("CN", "KR"), Map.of(), YearMonth.of(2026, 1),
                YearMonth.of(2026, 12)).get("arrivals");
        assertNotNull(arrivals);
        assertEquals(4, arrivals.getXYPlot().getDataset(0).getSeriesCount(), "two directions, simulated and expected");
        assertEquals(1, arrivals.getXYPlot().getDataset(1).getSeriesCount(), "observed points");
        assertEquals(4, arrivals.getXYPlot().getDataset(1).getItemCount(0), "a month without data is a gap");
        assertEquals(LiveChartSet.countryColour(0), arrivals.getXYPlot().getRenderer(1).getSeriesPaint(0));
    }

    @Test
    void anArrivalsChartWithoutObservedDataHasNoPoints() {
        List<String> cols = new ArrayList<>(coreColumns());
        cols.add("arrivals.KR.CN");
        JFreeChart arrivals = LiveChartSet.arrivals(series(cols, 3), EVENTS, List.of("CN", "KR"), Map.of());
        assertEquals(1, arrivals.getXYPlot().getDataset(0).getSeriesCount());
        assertNull(arrivals.getXYPlot().getDataset(1));
    }

    // ------------------------------------------------------------------ policy panel

    @Test
    void thePolicyReportSaysWhichStageIsActiveAndWhyAfterTheShock() throws Exception {
        Scenario sc = GuiScenarios.load("opening-with-shock-2026", 3000, 24);
        WorldWithUI gui = GuiScenarios.started(sc, sc.seed());
        GuiScenarios.stepTo(gui, 80);
        PolicyReport r = gui.feed().lastPolicy();
        assertEquals(YearMonth.of(2027, 7), r.month());
        assertEquals(2, r.paths().size(), "China's path and Korea's");
        PolicyReport.PathRow cn = r.paths().get(0);
        PolicyReport.PathRow kr = r.paths().get(1);
        assertEquals("China (CN)", cn.title());
        assertEquals(0, cn.active(), "rolled back to the status quo");
        assertEquals(0, kr.active(), "Korea's response: back to its status quo too");
        assertEquals(PolicyReport.Status.ACTIVE, cn.stages().get(0).status());
        assertEquals(PolicyReport.Status.NEXT, cn.stages().get(1).status());
        assertTrue(cn.reason().startsWith("rollback"), cn.reason());
        assertTrue(kr.reason().startsWith("response to the partner's rollback"), kr.reason());
        assertTrue(cn.inLag() && kr.inLag());
        assertEquals(LocalDate.of(2027, 4, 1), cn.since());
        assertEquals("kr-films-and-dramas", cn.stages().get(1).requires());
        assertFalse(cn.stages().get(1).partnerTaken());
        assertTrue(r.shocks().get(0).happened());
        assertTrue(r.tension() > 0.6);
        PolicyReport.StageRow music = cn.stages().get(2);
        assertEquals("favourable.CN risen by more than 0.02 since the start for 3 months", music.condition());
        assertEquals(gui.collector().lastMonth("favourable.CN") - gui.collector().atStart("favourable.CN"), music.value(), 0.0,
                "the condition's value is last month's change since the start");
        // the gates in force: China's status quo quotas, Korea open
        assertEquals("film 0, drama 1, music 0, digital 4", r.gates().get(0).quota());
        assertEquals("open", r.gates().get(1).quota());
        assertEquals("none", r.gates().get(0).jointVentures());
        assertNotNull(r.rollbacks().get(0).response());
        String html = r.html();
        assertTrue(html.contains("cn-status-quo") && html.contains("Re-entry lag") && html.contains("Political incident")
                && html.contains("Channel gates now") && html.contains("platform licences") && html.contains("Korea (KR)"), html);
        gui.finish();
    }

    @Test
    void aStageSaysOnlyWhatItChanges() throws Exception {
        Scenario sc = GuiScenarios.load("gradual-opening-2026", 200, 1);
        var stages = sc.setup().policy().stages();
        assertEquals("into CN: film 1/quarter, drama 2/quarter; festival: Korean Film Week Beijing (2026-10)",
                PolicyReport.opens(stages.get(1), stages.get(0), List.of("CN", "KR")));
        // Korea's first stage speaks of its own market only
        String kr = PolicyReport.opens(stages.get(7), null, List.of("CN", "KR"));
        assertTrue(kr.contains("into KR: film open") && !kr.contains("into CN"), kr);
        assertEquals("co-production incentive x1.5", PolicyReport.opens(stages.get(11), stages.get(10), List.of("CN", "KR")));
        var platforms = GuiScenarios.load("reciprocal-with-platforms-2026", 200, 1).setup().policy().stages();
        assertEquals("into CN: film 1/quarter, drama 2/quarter; platform licences: film 2/quarter, drama 3/quarter; "
                + "festival: Korean Film Week Beijing (2026-10)", PolicyReport.opens(platforms.get(1), platforms.get(0), List.of("CN", "KR")));
    }

    // ------------------------------------------------------------------ MASON and dependencies

    @Test
    void theGuiDependsOnlyOnChartOutputAndModel() throws Exception {
        // design.md: gui -> chart, output, model; scenario loading is the command line's job
        java.util.regex.Pattern upward = java.util.regex.Pattern.compile("^\\s*import\\s+culturebridge\\.(scenario|experiment|cli)\\.");
        List<String> found = new ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/culturebridge/gui"))) {
            for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                for (String line : java.nio.file.Files.readAllLines(f)) if (upward.matcher(line).find()) found.add(f + ": " + line);
            }
        }
        assertTrue(found.isEmpty(), "gui imports upward: " + found);
    }

    @Test
    void masonsJFreeChart10PropertyChartsAreNotOffered() throws Exception {
        MasonSafety.dropChartingPropertyInspectors();
        List<String> offered = MasonSafety.offeredPropertyInspectors();
        assertFalse(offered.isEmpty(), "streaming a property stays");
        for (String name : offered) {
            assertFalse(name.contains("Chart"), name);
            assertNotNull(Class.forName(name), "every offered inspector loads");
        }
        MasonSafety.dropChartingPropertyInspectors();
        assertEquals(offered, MasonSafety.offeredPropertyInspectors(), "idempotent");
    }

    @Test
    void theAboutPageDescribesTheModelAndLinksTheOdd() {
        String html = (String) sim.display.GUIState.getInfo(WorldWithUI.class);
        assertTrue(html.contains("CultureBridge") && html.contains(AboutPage.ODD));
        assertEquals("CultureBridge", sim.display.GUIState.getName(WorldWithUI.class));
    }

    @Test
    void theModelInspectorShowsTheParameterBean() throws Exception {
        Scenario sc = GuiScenarios.load("gradual-opening-2026", 200, 1);
        WorldWithUI gui = new WorldWithUI(sc.setup(), 1, 1, GuiScenarios.WARM_START);
        Object inspected = gui.getSimulationInspectedObject();
        assertTrue(inspected == gui.world().params(), "the live parameter bean itself, so edits apply from the next step");
        sim.util.Properties props = sim.util.Properties.getProperties(inspected);
        int agents = -1;
        for (int i = 0; i < props.numProperties(); i++) if (props.getName(i).equals("agents")) agents = i;
        assertTrue(agents >= 0);
        assertNotNull(props.getDomain(agents), "a slider range from the declaration of agents");
        assertNotNull(props.getDescription(agents), "a description from the declaration of agents");
        assertTrue(props.numProperties() <= gui.getMaximumPropertiesForInspector(), "all on one page");
    }
}
