package culturebridge.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Limits of what an input file may be, each refused with its place rather than a stack
 * overflow or a blow-up: a value that contains itself through an alias (the readers would
 * recurse without end), a "billion laughs" (refused at the alias that passes the limit), lists
 * and mappings nested absurdly deep; and the composed documents the reader keeps are those of
 * the text as it is now, not as it was.
 */
class YamlLimitsTest {

    @TempDir Path tmp;

    /** A valid, self-contained scenario. */
    private static final String SCENARIO = """
            start: 2026-01
            months: 12
            countries: cn-kr
            params:
              agents: 500
            policy:
              stages:
                - name: closed
                  quota: {CN: {film: 0, drama: 1, music: 0, digital: 4}, KR: unlimited}
            """;

    @Test
    void aValueThatContainsItselfIsRefusedAtItsPlace() throws Exception {
        ScenarioException inList = assertThrows(ScenarioException.class,
                () -> Yaml.parse("f.yaml", "a: 1\nb: &x [1, [2, *x]]\n"));
        assertEquals(2, inList.line(), inList.getMessage());
        assertEquals("b[1][1]", inList.fieldPath());
        assertTrue(inList.problem().contains("contains itself"), inList.getMessage());
        ScenarioException inMapping = assertThrows(ScenarioException.class, () -> Yaml.parse("f.yaml", "params: &p {agents: *p}\n"));
        assertEquals("params.agents", inMapping.fieldPath());
        // shared, not recursive: the same anchored value used twice is fine
        MappingNode shared = (MappingNode) Yaml.parse("f.yaml", "a: &x [1, 2]\nb: *x\nc: [*x, *x]\n").node;
        assertSame(shared.getValue().get(0).getValueNode(), shared.getValue().get(1).getValueNode());
    }

    @Test
    void aScenarioOrSweepWithARecursiveValueIsRefusedNotOverflowed() throws Exception {
        Path scenario = tmp.resolve("recursive.yaml");
        Files.writeString(scenario, SCENARIO.replace("  agents: 500", "  agents: &a [*a]"));
        ScenarioException s = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(scenario, TestMetrics::names));
        assertEquals(5, s.line(), s.getMessage());
        assertEquals("params.agents[0]", s.fieldPath());

        Path base = tmp.resolve("base.yaml");
        Files.writeString(base, SCENARIO);
        Path sweep = tmp.resolve("sweep.yaml");
        Files.writeString(sweep, "scenario: " + base + "\n"
                + "design: {type: full-factorial}\n"
                + "factors:\n"
                + "  - {name: t, path: params.baselineTension, levels: [&l {a: [*l]}, 0.2]}\n"
                + "responses:\n"
                + "  - {metric: tension, reducer: final}\n");
        ScenarioException w = assertThrows(ScenarioException.class, () -> SweepLoader.load(sweep, Map.of(), TestMetrics::names));
        assertEquals(4, w.line(), w.getMessage());
        assertEquals("factors[0].levels[0].a[0]", w.fieldPath());
    }

    @Test
    void tooManyAliasesAreRefusedAtTheAliasThatPassesTheLimit() throws Exception {
        StringBuilder text = new StringBuilder("a: &a [x, x]\n");
        // 10 aliases of a list on each of lines 2 to 7: the 51st is the first on line 7
        for (int line = 2; line <= 7; line++) {
            text.append("l").append(line).append(": [");
            for (int i = 0; i < 10; i++) text.append(i == 0 ? "*a" : ", *a");
            text.append("]\n");
        }
        ScenarioException e = assertThrows(ScenarioException.class, () -> Yaml.parse("bomb.yaml", text.toString()));
        assertEquals(7, e.line(), e.getMessage());
        assertEquals(6, e.column(), e.getMessage());
        assertTrue(e.problem().contains("more than 50 aliases"), e.getMessage());
        // aliases of plain values do not multiply anything and are not counted
        StringBuilder scalars = new StringBuilder("a: &a x\nl: [");
        for (int i = 0; i < 200; i++) scalars.append(i == 0 ? "*a" : ", *a");
        MappingNode ok = (MappingNode) Yaml.parse("ok.yaml", scalars.append("]\n").toString()).node;
        assertEquals(200, ((SequenceNode) ok.getValue().get(1).getValueNode()).getValue().size());
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedAtTheFirstTooDeepLevel() throws Exception {
        int limit = Yaml.MAX_DEPTH;
        // the top mapping is level 1, "a:" holds level 2, ...: the list opened at column c is level c - 2
        String flow = "a: " + "[".repeat(limit + 5000) + "]".repeat(limit + 5000) + "\n";
        ScenarioException f = assertThrows(ScenarioException.class, () -> Yaml.parse("deep.yaml", flow));
        assertEquals(1, f.line(), f.getMessage());
        assertEquals(limit + 3, f.column(), f.getMessage());
        assertTrue(f.problem().contains("nested more than " + limit + " deep"), f.getMessage());
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 3 * limit; i++) block.append("  ".repeat(i)).append("k").append(i).append(":\n");
        ScenarioException b = assertThrows(ScenarioException.class, () -> Yaml.parse("deep.yaml", block.toString()));
        assertEquals(limit + 1, b.line(), b.getMessage());
        // the limit itself is fine
        String atLimit = "a: " + "[".repeat(limit - 1) + "]".repeat(limit - 1) + "\n";
        assertEquals(1, ((MappingNode) Yaml.parse("ok.yaml", atLimit).node).getValue().size());
    }

    @Test
    void aFileChangedBetweenTwoLoadsIsReadAsItIsNow() throws Exception {
        Path scenario = tmp.resolve("changing.yaml");
        Files.writeString(scenario, SCENARIO);
        assertEquals(12, ScenarioLoader.load(scenario, TestMetrics::names).setup().months());
        Files.writeString(scenario, SCENARIO.replace("months: 12", "months: 24"));
        assertEquals(24, ScenarioLoader.load(scenario, TestMetrics::names).setup().months());
        Files.writeString(scenario, SCENARIO.replace("months: 12", "months: 0"));
        assertThrows(ScenarioException.class, () -> ScenarioLoader.load(scenario, TestMetrics::names));
        // the same text under the same name is composed once; under another name it is its own document
        Yaml.Field a = Yaml.parse("x.yaml", SCENARIO);
        assertSame(a.node, Yaml.parse("x.yaml", SCENARIO).node);
        Yaml.Field b = Yaml.parse("y.yaml", SCENARIO);
        assertNotSame(a.node, b.node);
        assertEquals("y.yaml", b.node.getStartMark().orElseThrow().getName());
    }
}
