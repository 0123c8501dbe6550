package culturebridge.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Posterior files: what is read, which draws a run takes, which parameters a draw may set in a
 * scenario (never the scenario's own values nor a lever), and the errors for malformed files.
 */
class PosteriorTest {
    static final Path THREE_DRAWS = Path.of("src", "test", "resources", "posterior", "three-draws.csv");
    private static final String HEADER = "draw,weight,attitudeTravelEffect,newsNegativityPerYear\n";

    @TempDir Path dir;

    @Test
    void readsDrawsWeightsAndValues() throws Exception {
        Posterior p = Posterior.read(THREE_DRAWS);
        assertEquals(List.of("attitudeTravelEffect", "fandomTravelEffect", "newsNegativityPerYear", "anchoringPerYear"), p.parameters());
        assertEquals(List.of("11", "12", "13"), p.draws().stream().map(Posterior.Draw::id).toList());
        assertEquals(0.3, p.draws().get(1).weight());
        assertEquals("3.0", p.draws().get(1).values().get("newsNegativityPerYear"));
        assertEquals(64, p.sha256().length());
    }

    @Test
    void theShippedScenariosNameTheShippedPosterior() throws Exception {
        Path shipped = Path.of("scenarios", "calibration", "posterior-2010-2019.csv").toAbsolutePath().normalize();
        Posterior p = Posterior.read(shipped);
        assertTrue(p.draws().size() >= 2, "the shipped posterior has draws");
        for (String name : List.of("history-2010-2025", "status-quo-2026", "gradual-opening-2026", "rapid-opening-2026",
                "opening-with-shock-2026")) {
            Scenario s = ScenarioLoader.load(Path.of("scenarios", name + ".yaml"), TestMetrics::names);
            assertEquals(shipped, s.posterior(), name);
            assertTrue(s.takenFrom(p).contains("attitudeTravelEffect"), name + " takes the attitude effect from a draw");
        }
    }

    @Test
    void drawsAreTheFirstNOfAWeightedResampleSeededByTheRun() throws Exception {
        Posterior p = Posterior.read(THREE_DRAWS);
        assertEquals(p.select(5, 42), p.select(5, 42));
        assertEquals(p.select(5, 42), p.select(9, 42).subList(0, 5), "more draws keep the first ones");
        assertNotEquals(p.select(20, 42), p.select(20, 43));
        // more draws than rows is allowed: the resample repeats rows in proportion to their weight
        Map<String, Integer> counts = new HashMap<>();
        int n = 20000;
        for (Posterior.Draw d : p.select(n, 7)) counts.merge(d.id(), 1, Integer::sum);
        assertEquals(0.5, counts.get("11") / (double) n, 0.015);
        assertEquals(0.3, counts.get("12") / (double) n, 0.015);
        assertEquals(0.2, counts.get("13") / (double) n, 0.015);
        assertThrows(IllegalArgumentException.class, () -> p.select(0, 1));
    }

    @Test
    void aByteOrderMarkAndSpacesAroundFieldsAreRead() throws Exception {
        Path f = write("bom.csv", "\uFEFF" + HEADER + "a, 0.25 ,1,1\nb,0.75, 2 ,2\n");
        Posterior p = Posterior.read(f);
        assertEquals(List.of("a", "b"), p.draws().stream().map(Posterior.Draw::id).toList());
        assertEquals("2", p.draws().get(1).values().get("attitudeTravelEffect"));
    }

    @Test
    void aZeroWeightDrawIsNeverTaken() throws Exception {
        Path f = write("zero.csv", HEADER + "a,0,1,1\nb,1,2,2\nc,0,3,3\n");
        for (Posterior.Draw d : Posterior.read(f).select(500, 3)) assertEquals("b", d.id());
    }

    @Test
    void scenarioFieldColumnsAreDrawnIntoTheHistoryOfTheChain() throws Exception {
        String field = "travel.epidemics[0].suppression";
        Path f = write("fields.csv", "draw,weight,attitudeTravelEffect," + field + "\n0,1,1.5,0.3\n");
        Posterior p = Posterior.read(f);
        assertEquals("0.3", p.draws().get(0).values().get(field));
        Path historyFile = Path.of("scenarios", "history-2010-2025.yaml");
        Scenario history = ScenarioLoader.load(historyFile, TestMetrics::names);
        assertEquals(Set.of("attitudeTravelEffect", field), history.takenFrom(p));
        assertEquals(0.3, history.withDraw(p.draws().get(0)).setup().policy().travel().epidemics().get(0).suppression());
        assertNotEquals(0.3, history.setup().policy().travel().epidemics().get(0).suppression(), "the point value differs");
        // the 2026 arm sets it in its warm-up, the history, and keeps its own travel section
        Scenario arm = ScenarioLoader.load(Path.of("scenarios", "status-quo-2026.yaml"), TestMetrics::names);
        assertEquals(historyFile.toAbsolutePath().normalize(), arm.root().file().toAbsolutePath().normalize());
        Scenario drawn = arm.withDraw(p.draws().get(0));
        assertEquals(0.3, drawn.setup().warmup().policy().travel().epidemics().get(0).suppression());
        assertTrue(drawn.setup().policy() == arm.setup().policy(), "the arm's own policy is the same object");
        // a field the run sets itself (--set) wins over the draw, as a parameter does
        Scenario set = ScenarioLoader.load(historyFile, Map.of(field, "0.7"), TestMetrics::names);
        assertFalse(set.takenFrom(p).contains(field));
        assertEquals(0.7, set.withDraw(p.draws().get(0)).setup().policy().travel().epidemics().get(0).suppression());
        assertRefused("fieldtext.csv", "draw,weight," + field + "\n0,1,high\n", ":2:3:", "draw '0'");
        assertRefused("fieldpath.csv", "draw,weight,travel.epidemics[x].suppression\n0,1,0.5\n", ":1:3:",
                "travel.epidemics[x].suppression");
    }

    @Test
    void malformedFilesAreRefusedWithTheLineAndAReason() throws Exception {
        assertRefused("missing.csv", null, "posterior file not found");
        assertRefused("unknown.csv", "draw,weight,attitudeTravelEfect\n0,1,2\n", ":1:3:", "unknown parameter column 'attitudeTravelEfect'",
                "did you mean 'attitudeTravelEffect'");
        assertRefused("sum.csv", HEADER + "0,0.5,1,1\n1,0.4,2,2\n", "the weights sum to 0.9", "not 1");
        assertRefused("negative.csv", HEADER + "0,1.5,1,1\n1,-0.5,2,2\n", ":3:2:", "a weight is a finite number >= 0");
        assertRefused("range.csv", "# a comment\n" + HEADER + "0,0.5,1,1\n1,0.5,99,2\n", ":4:3:", "draw '1'", "attitudeTravelEffect");
        assertRefused("twice.csv", HEADER + "0,0.5,1,1\n0,0.5,2,2\n", ":3:1:", "draw '0' appears twice");
        assertRefused("fields.csv", HEADER + "0,1,1\n", ":2:1:", "3 fields where the header has 4");
        assertRefused("header.csv", "weight,draw,attitudeTravelEffect\n1,0,2\n", "must start with draw,weight");
        assertRefused("population.csv", "draw,weight,agents\n0,1,2000\n", "'agents' shapes the population");
        assertRefused("empty.csv", "# nothing\n", "the posterior file is empty");
        assertRefused("nodraws.csv", HEADER, "no draws");
        assertRefused("column.csv", "draw,weight,anchoringPerYear,anchoringPerYear\n0,1,1,1\n", "appears twice");
    }

    private void assertRefused(String name, String text, String... parts) throws Exception {
        Path f = text == null ? dir.resolve(name) : write(name, text);
        ScenarioException e = assertThrows(ScenarioException.class, () -> Posterior.read(f), name);
        for (String part : parts) assertTrue(e.getMessage().contains(part), name + ": " + e.getMessage());
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    /** A scenario without warm-up that includes {@code calib.yaml} (and whatever else), with extra top-level text. */
    private Path scenario(String name, String include, String extra) throws Exception {
        return write(name, "name: " + name.replace(".yaml", "") + "\nstart: 2026-01\nmonths: 2\ncountries: cn-kr\n"
                + "include: [" + include + "]\n" + extra
                + "policy:\n  stages:\n    - name: s\n      quota:\n        CN: {film: 0, drama: 0, music: 0, digital: 0}\n        KR: unlimited\n");
    }

    private static Posterior.Draw draw(double attitude, double news) {
        return new Posterior.Draw("d", 1, Map.of("attitudeTravelEffect", Double.toString(attitude),
                "newsNegativityPerYear", Double.toString(news)));
    }

    private static double param(Scenario s, String name) {
        return ((Number) ParamsBinder.get(s.setup().params(), name)).doubleValue();
    }

    @Test
    void aDrawReplacesIncludedValuesButNotTheScenariosOwnNorSetOnes() throws Exception {
        write("calib.yaml", "params:\n  attitudeTravelEffect: 2.0\n  newsNegativityPerYear: 1.25\n");
        Path own = scenario("own.yaml", "calib.yaml", "params:\n  newsNegativityPerYear: 0.75\n");
        Scenario s = ScenarioLoader.load(own, TestMetrics::names);
        assertEquals(Set.of("attitudeTravelEffect"), s.drawn());
        Scenario d = s.withDraw(draw(3.5, 9));
        assertEquals(3.5, param(d, "attitudeTravelEffect"));
        assertEquals(0.75, param(d, "newsNegativityPerYear"), "the scenario's own params: win");
        assertEquals(2.0, param(s, "attitudeTravelEffect"), "the scenario itself is unchanged");

        Scenario set = ScenarioLoader.load(own, Map.of("attitudeTravelEffect", "1.5"), TestMetrics::names);
        assertEquals(1.5, param(set.withDraw(draw(3.5, 9)), "attitudeTravelEffect"), "--set wins");
        // a parameter the scenario leaves at its default is the model's assumption, not a calibrated point
        assertEquals(param(s, "fandomTravelEffect"),
                param(s.withDraw(new Posterior.Draw("d", 1, Map.of("fandomTravelEffect", "0.1"))), "fandomTravelEffect"));
    }

    @Test
    void aDeclaredLeverIsNeverOverriddenByADraw() throws Exception {
        write("calib.yaml", "params:\n  attitudeTravelEffect: 2.0\n  newsNegativityPerYear: 1.25\n");
        write("lever.yaml", "params:\n  newsNegativityPerYear: 4.0\n");
        scenario("base.yaml", "calib.yaml", "");
        // the lever's value comes from an included file, which a draw would otherwise replace
        Path arm = scenario("arm.yaml", "calib.yaml, lever.yaml",
                "levers:\n  baseline: base.yaml\n  changes: [params.newsNegativityPerYear]\n");
        Scenario s = ScenarioLoader.load(arm, TestMetrics::names);
        assertEquals(List.of("params.newsNegativityPerYear"), s.levers().differs());
        Scenario d = s.withDraw(draw(3.5, 0.5));
        assertEquals(4.0, param(d, "newsNegativityPerYear"), "the arm's lever");
        assertEquals(3.5, param(d, "attitudeTravelEffect"), "a calibrated value the lever does not touch");
    }

    @Test
    void theShippedArmsKeepTheirLeversUnderEveryDraw() throws Exception {
        Posterior p = Posterior.read(Path.of("scenarios", "calibration", "posterior-2010-2019.csv"));
        for (String name : List.of("gradual-opening-2026", "rapid-opening-2026", "opening-with-shock-2026")) {
            Scenario s = ScenarioLoader.load(Path.of("scenarios", name + ".yaml"), TestMetrics::names);
            for (String lever : s.levers().declared()) {
                if (lever.startsWith("params.")) assertTrue(!s.drawn().contains(lever.substring(7)), name + ": " + lever);
            }
            for (Posterior.Draw d : p.draws()) {
                Scenario drawn = s.withDraw(d);
                assertEquals(s.setup().policy(), drawn.setup().policy(), name + ": a draw never touches the policy");
                assertEquals(List.of(), ArmFields.differences(drawn, s).stream().filter(f -> !f.startsWith("params.")
                        && !f.equals("warmup")).toList(), name);
            }
        }
    }

    @Test
    void aPosteriorIsNamedRelativeToTheFileThatNamesIt() throws Exception {
        Files.createDirectories(dir.resolve("common"));
        write("common/shared.yaml", "params:\n  attitudeTravelEffect: 2.0\nposterior: ../calibration/p.csv\n");
        Scenario viaInclude = ScenarioLoader.load(scenario("a.yaml", "common/shared.yaml", ""), TestMetrics::names);
        assertEquals(dir.resolve("calibration/p.csv").toAbsolutePath().normalize(), viaInclude.posterior());
        Scenario own = ScenarioLoader.load(scenario("b.yaml", "common/shared.yaml", "posterior: mine.csv\n"), TestMetrics::names);
        assertEquals(dir.resolve("mine.csv").toAbsolutePath().normalize(), own.posterior(), "the scenario's own wins");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(scenario("c.yaml", "common/shared.yaml", "posterior: ''\n"), TestMetrics::names));
        assertTrue(e.getMessage().contains("posterior: must not be empty"), e.getMessage());
    }
}
