package culturebridge.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped arms of a comparison differ from each other only in the levers they declare. */
class ArmLeversTest {

    private static List<Scenario> shippedArms() throws Exception {
        List<Scenario> arms = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Scenario s = ScenarioLoader.load(f, TestMetrics::names);
                if (s.levers() != null) arms.add(s);
            }
        }
        return arms;
    }

    @Test
    void everyShippedArmDiffersFromItsBaselineOnlyInDeclaredLevers() throws Exception {
        List<Scenario> arms = shippedArms();
        assertTrue(arms.size() >= 3, "the 2026 arms declare their levers, found " + arms.size());
        for (Scenario arm : arms) {
            Levers l = arm.levers();
            assertEquals(List.of(), l.undeclared(), arm.setup().name() + " differs from " + l.baseline()
                    + " in fields it does not declare levers");
            // a declared lever that does not differ would tell a reader of a change that is not there
            assertEquals(l.declared().stream().sorted().toList(), l.differs().stream().sorted().toList(),
                    arm.setup().name() + ": declared levers against actual differences");
        }
    }

    @Test
    void twoShippedArmsWithOneBaselineDifferOnlyInTheirLevers() throws Exception {
        List<Scenario> arms = shippedArms();
        for (Scenario a : arms) {
            for (Scenario b : arms) {
                if (a == b || !a.levers().baselineFile().equals(b.levers().baselineFile())) continue;
                Set<String> allowed = new LinkedHashSet<>(a.levers().declared());
                allowed.addAll(b.levers().declared());
                for (String field : ArmFields.differences(a, b)) {
                    assertTrue(allowed.contains(field), a.setup().name() + " and " + b.setup().name()
                            + " differ in " + field + ", which neither declares a lever");
                }
            }
        }
    }

    @Test
    void anUndeclaredDifferenceIsFound(@TempDir Path dir) throws Exception {
        Path base = copy(dir, "status-quo-2026.yaml");
        Path arm = copy(dir, "gradual-opening-2026.yaml");
        Files.writeString(arm, Files.readString(arm).replace("\npolicy:\n", "\nparams:\n  baselineTension: 0.3\npolicy:\n"));
        Scenario s = ScenarioLoader.load(arm, TestMetrics::names);
        assertEquals(base.toAbsolutePath().normalize(), s.levers().baselineFile().toAbsolutePath().normalize());
        assertEquals(List.of("params.baselineTension"), s.levers().undeclared());
        assertTrue(s.levers().differs().contains("policy.stages"));
    }

    @Test
    void aScenarioWithoutLeversHasNone() throws Exception {
        assertNull(ScenarioLoader.load(Path.of("scenarios", "status-quo-2026.yaml"), TestMetrics::names).levers());
        assertNotNull(ScenarioLoader.load(Path.of("scenarios", "gradual-opening-2026.yaml"), TestMetrics::names).levers());
    }

    @Test
    void anUnknownLeverOrABaselineWithItsOwnBaselineIsRefused(@TempDir Path dir) throws Exception {
        copy(dir, "status-quo-2026.yaml");
        Path arm = copy(dir, "gradual-opening-2026.yaml");
        Files.writeString(arm, Files.readString(arm).replace("changes: [policy.stages]", "changes: [policy.stage]"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(arm, TestMetrics::names));
        assertTrue(e.getMessage().contains("unknown lever 'policy.stage'"), e.getMessage());

        Path chained = copy(dir, "rapid-opening-2026.yaml");
        Files.writeString(chained, Files.readString(chained).replace("baseline: status-quo-2026.yaml",
                "baseline: gradual-opening-2026.yaml"));
        Files.writeString(arm, Files.readString(arm).replace("changes: [policy.stage]", "changes: [policy.stages]"));
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(chained, TestMetrics::names));
        assertTrue(e.getMessage().contains("may not name a baseline of its own"), e.getMessage());
    }

    /** Copies a shipped scenario into {@code dir} with the files it refers to. */
    private static Path copy(Path root, String name) throws IOException {
        Path dir = root.resolve("scenarios");
        Files.createDirectories(dir);
        for (String f : List.of("history-2010-2025.yaml", "common/arms-2026.yaml")) {
            if (Files.exists(dir.resolve(f))) continue;
            Files.createDirectories(dir.resolve(f).getParent());
            Files.copy(Path.of("scenarios", f), dir.resolve(f));
        }
        Path cal = dir.resolve("calibration");
        if (!Files.exists(cal)) {
            Files.createDirectories(cal);
            try (Stream<Path> s = Files.list(Path.of("scenarios", "calibration"))) {
                for (Path p : s.toList()) if (Files.isRegularFile(p)) Files.copy(p, cal.resolve(p.getFileName()));
            }
        }
        Path data = root.resolve("data");
        Files.createDirectories(data);
        for (String f : List.of("events.csv", "arrivals_2010_2016.csv", "arrivals_2017_2019.csv", "outbound_totals.csv")) {
            if (!Files.exists(data.resolve(f))) Files.copy(Path.of("data", f), data.resolve(f));
        }
        Path out = dir.resolve(name);
        Files.copy(Path.of("scenarios", name), out);
        return out;
    }
}
