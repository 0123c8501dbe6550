package culturebridge.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.output.Metrics;
import culturebridge.scenario.ScenarioException;
import culturebridge.scenario.SweepLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad sweep files are refused before anything runs, with file, line, field path and exit code 2. */
class SweepFileErrorsTest {

    @TempDir Path tmp;

    private String head() {
        return "scenario: " + SweepFixtures.scenario("gradual-opening-2026") + "\n"
                + "design: {type: full-factorial}\n";
    }

    private static final String RESPONSES = "responses:\n  - {metric: favourable.CN, reducer: final}\n";

    private ScenarioException refused(String text) throws Exception {
        Path f = SweepFixtures.write(tmp, "bad.yaml", text);
        return assertThrows(ScenarioException.class, () -> {
            SweepPlan p = SweepPlan.of(SweepLoader.load(f, Map.of(), Metrics::names));
            p.validate(1);
        });
    }

    @Test
    void unknownKeysAndWrongTypesNameTheirLineAndField() throws Exception {
        ScenarioException e = refused(head() + "replicate: 3\nfactors:\n  - {name: q, path: params.baselineTension, levels: [0.1, 0.2]}\n" + RESPONSES);
        assertEquals(3, e.line());
        assertEquals("replicate", e.fieldPath());
        assertTrue(e.getMessage().contains("did you mean 'replicates'"), e.getMessage());
        assertTrue(e.getMessage().startsWith(tmp.resolve("bad.yaml") + ":3:1: "), e.getMessage());

        ScenarioException t = refused(head() + "replicates: many\nfactors:\n  - {name: q, path: params.baselineTension, levels: [0.1, 0.2]}\n" + RESPONSES);
        assertEquals("replicates", t.fieldPath());
        assertTrue(t.getMessage().contains("whole number"), t.getMessage());
    }

    @Test
    void aLevelTheScenarioRefusesIsReportedAtTheLevelsOwnLine() throws Exception {
        ScenarioException e = refused(head() + "factors:\n"
                + "  - name: filmQuota\n"
                + "    path: policy.sides.CN.stages[1].quota.film\n"
                + "    levels:\n"
                + "      - 1\n"
                + "      - -2\n"
                + RESPONSES);
        assertEquals(8, e.line(), e.getMessage());
        assertEquals("factors[0].levels[1]", e.fieldPath());
        assertTrue(e.getMessage().contains("policy.sides.CN.stages[1].quota.film = -2 in ") && e.getMessage().contains("quota must be a whole number"),
                e.getMessage());
    }

    @Test
    void aPathTheScenarioDoesNotHaveIsRefused() throws Exception {
        ScenarioException e = refused(head() + "factors:\n  - {name: q, path: 'policy.sides.CN.stages[9].quota.film', levels: [1, 2]}\n" + RESPONSES);
        assertTrue(e.getMessage().contains("policy.sides.CN.stages of ") && e.getMessage().contains("has 7 items ([0] to [6]), so there is no item [9]"),
                e.getMessage());
        assertEquals(4, e.line());
        ScenarioException p = refused(head() + "factors:\n  - {name: q, path: 'params..agents', levels: [1, 2]}\n" + RESPONSES);
        assertTrue(p.getMessage().contains("bad field path") && p.fieldPath().equals("factors[0].path"), p.getMessage());
        ScenarioException u = refused(head() + "factors:\n  - {name: q, path: params.agnets, levels: [100, 200]}\n" + RESPONSES);
        assertTrue(u.getMessage().contains("did you mean 'agents'"), u.getMessage());
    }

    @Test
    void aRealRangeOnAWholeNumberFieldGetsAHint() throws Exception {
        String text = "scenario: " + SweepFixtures.scenario("gradual-opening-2026") + "\n"
                + "design: {type: sobol, n: 4}\n"
                + "factors:\n  - {name: q, path: 'policy.sides.CN.stages[1].quota.film', range: {min: 0.5, max: 4}}\n" + RESPONSES;
        ScenarioException e = refused(text);
        assertTrue(e.getMessage().contains("give the factor 'type: integer'"), e.getMessage());
        assertEquals("factors[0].range", e.fieldPath());
    }

    @Test
    void aCombinationOfValidLevelsThatIsInvalidNamesTheDesignPoint() throws Exception {
        // Each date alone is fine; stage 2 after stage 4 (2028-01) is an impossible order.
        ScenarioException e = refused(head() + "factors:\n"
                + "  - {name: filmsFrom, path: 'policy.sides.CN.stages[1].enter.date', levels: [2026-07, 2028-06]}\n"
                + "  - {name: musicFrom, path: 'policy.sides.CN.stages[3].enter.date', levels: [2028-01, 2029-01]}\n" + RESPONSES);
        assertTrue(e.getMessage().contains("design point 2 (filmsFrom=2028-06 musicFrom=2028-01)"), e.getMessage());
        assertTrue(e.getMessage().contains("impossible stage order"), e.getMessage());
    }

    @Test
    void responsesAndBaselinesAreChecked() throws Exception {
        String factors = "factors:\n  - {name: q, path: params.baselineTension, levels: [0.1, 0.2]}\n";
        ScenarioException m = refused(head() + factors + "responses:\n  - {metric: favorable.CN, reducer: final}\n");
        assertTrue(m.getMessage().contains("did you mean 'favourable.CN'"), m.getMessage());
        ScenarioException w = refused(head() + factors + "responses:\n  - {metric: favourable.CN, reducer: mean, from: 2035-01}\n");
        assertTrue(w.getMessage().contains("outside the scenario's period 2026-01 to 2030-12"), w.getMessage());
        ScenarioException t = refused(head() + factors + "responses:\n  - {metric: favourable.CN, reducer: first-above}\n");
        assertEquals("responses[0].threshold", t.fieldPath());
        ScenarioException b = refused(head() + factors + "baseline: {q: 0.3}\n" + RESPONSES);
        assertTrue(b.getMessage().contains("'0.3' is not a level of factor 'q'"), b.getMessage());
        ScenarioException n = refused(head() + "factors:\n  - {name: tension, path: params.baselineTension, levels: [0.1, 0.2]}\n" + RESPONSES);
        assertTrue(n.getMessage().contains("is a metric's name"), n.getMessage());
        ScenarioException o = refused(head() + "set: {params.baselineTension: 0.2}\n" + factors + RESPONSES);
        assertTrue(o.getMessage().contains("already fixes"), o.getMessage());
    }

    @Test
    void theCommandLineRefusesABadSweepWithExitCode2AndWritesNothing() throws Exception {
        Path f = SweepFixtures.write(tmp, "bad.yaml", head() + "factors: []\n" + RESPONSES);
        Path out = tmp.resolve("out");
        Object[] r = SweepFixtures.cli("sweep", f.toString(), "--out", out.toString());
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("bad.yaml:3:10: factors: a sweep needs at least one factor"), (String) r[2]);
        assertFalse(Files.exists(out));
        Object[] s = SweepFixtures.cli("sweep", SweepFixtures.write(tmp, "ok.yaml", SweepFixtures.factorial()).toString(),
                "--out", out.toString(), "--set", "agnets=5");
        assertEquals(2, s[0]);
        assertTrue(((String) s[2]).contains("--set: agnets: unknown key 'agnets'; did you mean 'agents'?"), (String) s[2]);
        Object[] shard = SweepFixtures.cli("sweep", tmp.resolve("ok.yaml").toString(), "--shard", "3/2");
        assertEquals(2, shard[0]);
        assertTrue(((String) shard[2]).contains("--shard"), (String) shard[2]);
    }
}
