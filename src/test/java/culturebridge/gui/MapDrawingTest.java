package culturebridge.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.World;
import culturebridge.model.agent.Tourist;
import culturebridge.scenario.Scenario;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import sim.util.Double2D;

/**
 * The map's layers draw what they stand for, without a window: land and sea, audience
 * agents in attitude colours, cities, and travellers from the model's tourist field in their
 * channel colours on arcs between their cities.
 */
class MapDrawingTest {

    @Test
    void theMapShowsLandSeaAgentsCitiesAndTravellersByChannel() throws Exception {
        Scenario sc = GuiScenarios.load("gradual-opening-2026", 4000, 6);
        WorldWithUI gui = GuiScenarios.started(sc, sc.seed());
        GuiScenarios.stepTo(gui, 10);
        World w = gui.world();
        int week = (int) gui.scene().lastStep() + 1;
        // two travellers the model could have sent this week: a group tour from Beijing to
        // Seoul and an individual trip from Busan to Shanghai, both in their departure week
        Tourist group = new Tourist(0, 0, w.country(0).cityIndex("Beijing"), 1, w.country(1).cityIndex("Seoul"),
                Tourist.Channel.GROUP, week, week + 1, 1.0, 1000, 0.8);
        Tourist solo = new Tourist(w.audiences().blockStart(1), 1, w.country(1).cityIndex("Busan"), 0,
                w.country(0).cityIndex("Shanghai"), Tourist.Channel.INDIVIDUAL, week, week + 1, 1.0, 1000, 0.8);
        w.tourists().setObjectLocation(group, new Double2D(1, 1));
        w.tourists().setObjectLocation(solo, new Double2D(1, 1));
        GuiScenarios.stepTo(gui, 11);

        MapScene scene = gui.scene();
        assertEquals(countBy(w, Tourist.Channel.GROUP), scene.travellersBy(Tourist.Channel.GROUP), "group tours counted");
        assertEquals(countBy(w, Tourist.Channel.INDIVIDUAL), scene.travellersBy(Tourist.Channel.INDIVIDUAL), "individual trips counted");
        assertTrue(scene.travellersBy(Tourist.Channel.GROUP) >= 1 && scene.travellersBy(Tourist.Channel.INDIVIDUAL) >= 1);
        TouristView onArc = null;
        for (TouristView v : scene.travellers()) if (v.trip() == group) onArc = v;
        assertTrue(onArc != null, "the group tour is drawn");
        Double2D at = scene.touristField().getObjectLocation(onArc);
        Double2D from = scene.frame().city(0, w.country(0).cityIndex("Beijing"));
        Double2D to = scene.frame().city(1, w.country(1).cityIndex("Seoul"));
        assertTrue(at.distance(from) > 1 && at.distance(to) > 1, "in its departure week it is between the cities: " + at);

        BufferedImage img = MapImage.render(gui, 1.0);
        Path out = Path.of("target", "gui-screenshots", "headless-map.png");
        Screenshots.write(img, out);

        assertTrue(ImageChecks.luminanceSd(img) > 15, "the map is not blank");
        assertTrue(ImageChecks.countNear(img, MapStyle.SEA, 2) > img.getWidth() * img.getHeight() / 10, "sea");
        assertTrue(ImageChecks.countNear(img, MapStyle.LAND, 2) > img.getWidth() * img.getHeight() / 10, "land");
        assertTrue(ImageChecks.countReddish(img) > 200, "agents with unfavourable attitudes are drawn in red");
        assertTrue(ImageChecks.countNear(img, MapStyle.GROUP, 12) >= 4, "a group-tour traveller is drawn in its colour");
        assertTrue(ImageChecks.countNear(img, MapStyle.INDIVIDUAL, 12) >= 4, "an individual traveller is drawn in its colour");
        assertTrue(ImageChecks.countNear(img, MapStyle.CITY, 20) > 300, "city rings and names");
        gui.finish();
    }

    private static int countBy(World w, Tourist.Channel c) {
        int n = 0;
        for (Object o : w.tourists().getAllObjects()) if (o instanceof Tourist t && t.channel == c) n++;
        return n;
    }
}
