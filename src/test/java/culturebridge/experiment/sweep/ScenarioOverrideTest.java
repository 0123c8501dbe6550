package culturebridge.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.Medium;
import culturebridge.output.Metrics;
import culturebridge.scenario.DocumentOverride;
import culturebridge.scenario.DocumentPath;
import culturebridge.scenario.Scenario;
import culturebridge.scenario.ScenarioDocument;
import culturebridge.scenario.ScenarioException;
import culturebridge.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Any field of a scenario document can be changed by its path and is checked by the same loader. */
class ScenarioOverrideTest {

    private static final Path GRADUAL = Path.of("scenarios", "gradual-opening-2026.yaml");
    private static final DocumentOverride.Origin HERE = new DocumentOverride.Origin("sweep.yaml", 12, 7, "factors[0].levels[1]");

    private static Scenario load(ScenarioDocument d) throws ScenarioException {
        return ScenarioLoader.load(d, Map.of(), Metrics::names);
    }

    private static DocumentOverride set(String path, String value) {
        return DocumentOverride.scalar(DocumentPath.parse(path), value, HERE);
    }

    @Test
    void pathsParseAndPrintAsErrorsNameFields() {
        DocumentPath p = DocumentPath.parse("policy.sides.CN.stages[2].quota.drama");
        assertEquals("policy.sides.CN.stages[2].quota.drama", p.toString());
        assertEquals(7, p.length());
        assertTrue(DocumentPath.parse("params.agents").isWithin(DocumentPath.parse("params")));
        assertTrue(!DocumentPath.parse("params.agents").isWithin(DocumentPath.parse("params.age")));
        assertEquals("a[0][1].b", DocumentPath.parse("a[0][1].b").toString());
        for (String bad : List.of("", "a..b", "[0].a", "a[x]", "a.", "a[0]b", "1a")) {
            assertThrows(IllegalArgumentException.class, () -> DocumentPath.parse(bad), bad);
        }
    }

    @Test
    void changesReachQuotasTriggersShocksParametersAndTheCalendar() throws Exception {
        ScenarioDocument base = ScenarioDocument.read(GRADUAL);
        Scenario s = load(base.with(List.of(
                set("policy.sides.CN.stages[2].quota.drama", "7"),
                set("policy.sides.CN.stages[2].enter.when.risesBy", "0.15"),
                set("params.agents", "3000"),
                set("months", "24"),
                // Korea's stage 1 inherits its quota; giving it one adds the key.
                set("policy.sides.KR.stages[1].quota.film", "9"))));
        assertEquals(7, s.setup().policy().stages().get(2).quota()[0][Medium.DRAMA.ordinal()]);
        assertEquals(0.15, s.setup().policy().stages().get(2).entry().condition().threshold());
        assertEquals(3000, s.setup().params().getAgents());
        assertEquals(24, s.setup().months());
        // Korea's path follows China's seven stages: its stage 1 is the policy's stage 8
        assertEquals(9, s.setup().policy().stages().get(8).quota()[1][Medium.FILM.ordinal()]);
        assertEquals(base.sha256(), s.sha256(), "provenance is the file as read");
        assertEquals("3", base.textAt(DocumentPath.parse("policy.sides.CN.stages[2].quota.drama")), "the base document is unchanged");

        Path shock = Path.of("scenarios", "opening-with-shock-2026.yaml");
        Scenario moved = ScenarioLoader.load(shock, Map.of("policy.shocks[0].date", "2028-02-01", "agents", "500"), Metrics::names);
        assertEquals(LocalDate.of(2028, 2, 1), moved.setup().policy().shocks().get(0).date());
        assertEquals(500, moved.setup().params().getAgents());
        assertEquals(YearMonth.of(2026, 1), moved.setup().start());
    }

    @Test
    void errorsPointToWhereTheChangeWasAskedFor() throws Exception {
        ScenarioDocument base = ScenarioDocument.read(GRADUAL);
        ScenarioException bad = assertThrows(ScenarioException.class, () -> load(base.with(List.of(set("policy.sides.CN.stages[1].quota.film", "lots")))));
        assertEquals("sweep.yaml", bad.file());
        assertEquals(12, bad.line());
        assertEquals("factors[0].levels[1]", bad.fieldPath());
        assertTrue(bad.problem().startsWith("policy.sides.CN.stages[1].quota.film = lots in " + GRADUAL + ": quota must be"), bad.problem());

        ScenarioException range = assertThrows(ScenarioException.class, () -> load(base.with(List.of(set("params.baselineTension", "1.5")))));
        assertTrue(range.problem().contains("baselineTension"), range.problem());

        ScenarioException path = assertThrows(ScenarioException.class, () -> base.with(List.of(set("policy.sides.CN.stages[0].name.first", "x"))));
        assertTrue(path.getMessage().contains("is the value 'cn-status-quo', not a mapping"), path.getMessage());
        assertEquals(12, path.line());

        ScenarioException cli = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(GRADUAL, Map.of("policy.sides.CN.stages[2].quota.dramas", "3"), Metrics::names));
        assertEquals("--set", cli.file());
        assertTrue(cli.getMessage().startsWith("--set: policy.sides.CN.stages[2].quota.dramas: unknown medium 'dramas'"), cli.getMessage());
    }

    @Test
    void runTakesFieldPathsWithSet() {
        Object[] r = SweepFixtures.cli("run", "gradual-opening-2026", "--set", "agents=500", "--set", "months=2",
                "--set", "policy.sides.CN.stages[9].quota.film=1", "--quiet", "--out", "target/never-written");
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("--set: policy.sides.CN.stages[9].quota.film: policy.sides.CN.stages of"), (String) r[2]);
    }
}
