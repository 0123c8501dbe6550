package culturebridge.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input is refused with its own message, the line and column of the
 * offending value, and the field's path.
 */
class ScenarioErrorsTest {
    @TempDir
    Path dir;

    /** A valid scenario; the cases below change one thing in it. */
    static final String VALID = """
            start: 2026-01
            months: 12
            countries: cn-kr
            policy:
              stages:
                - name: status-quo
                  quota:
                    CN: {film: 0, drama: 1, music: 0, digital: 4}
                    KR: unlimited
                - name: open
                  enter: {date: 2026-07}
                  quota:
                    CN: {film: 2}
            """;

    Path write(String yaml) throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    ScenarioException refuse(String yaml) throws IOException {
        return refuse(yaml, Map.of());
    }

    ScenarioException refuse(String yaml, Map<String, String> sets) throws IOException {
        Path f = write(yaml);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, sets, TestMetrics::names));
    }

    static void assertAt(ScenarioException e, int line, int column, String path, String... fragments) {
        String msg = e.getMessage();
        assertEquals(line, e.line(), msg);
        assertEquals(column, e.column(), msg);
        assertEquals(path, e.fieldPath(), msg);
        for (String f : fragments) assertTrue(msg.contains(f), "'" + f + "' missing from: " + msg);
    }

    @Test
    void validBaseLoads() throws Exception {
        Scenario s = ScenarioLoader.load(write(VALID), TestMetrics::names);
        assertEquals("bad", s.setup().name());
        assertEquals(2, s.setup().policy().stages().size());
    }

    @Test
    void messageIsRenderedAsFileLineColumnPathProblem() throws Exception {
        ScenarioException e = refuse(VALID.replace("CN: {film: 2}", "CN: {film: abc}"));
        assertAt(e, 13, 20, "policy.stages[1].quota.CN.film");
        assertEquals(dir.resolve("bad.yaml") + ":13:20: policy.stages[1].quota.CN.film: "
                + "quota must be a whole number >= 0 or 'unlimited', got 'abc'", e.getMessage());
    }

    @Test
    void unknownTopLevelKeyIsRefusedWithSuggestionAndValidKeys() throws Exception {
        ScenarioException e = refuse(VALID.replace("months: 12", "monhts: 12"));
        assertAt(e, 2, 1, "monhts", "unknown key 'monhts'", "did you mean 'months'?",
                "Valid keys: " + String.join(", ", ScenarioLoader.TOP_KEYS));
    }

    @Test
    void unknownKeysInsideStageFestivalShockRollbackAreRefused() throws Exception {
        assertAt(refuse(VALID.replace("  enter: {date: 2026-07}", "  entre: {date: 2026-07}")),
                11, 7, "policy.stages[1].entre", "unknown key 'entre' in a stage", "did you mean 'enter'?");
        assertAt(refuse(VALID.replace("CN: {film: 2}", "CN: {film: 2}\n      festivals:\n"
                        + "        - {name: F, start: 2026-08, market: CN, medium: film, boost: 0.1, bost: 2}")),
                15, 75, "policy.stages[1].festivals[0].bost", "unknown key 'bost' in a festival");
        assertAt(refuse(VALID + "  shocks:\n    - {name: S, date: 2027-01, magnitude: 0.5, halfLife: 6}\n"),
                15, 48, "policy.shocks[0].halfLife", "did you mean 'halfLifeMonths'?");
        assertAt(refuse(VALID + "  rollbacks:\n    - {when: {metric: tension, above: 0.5}, toStage: status-quo, lag: 3}\n"),
                15, 66, "policy.rollbacks[0].lag", "unknown key 'lag' in a rollback rule",
                "Valid keys: when, toStage, reentryLagMonths");
        assertAt(refuse(VALID.replace("enter: {date: 2026-07}", "enter: {date: 2026-07, wehn: x}")),
                11, 30, "policy.stages[1].enter.wehn", "did you mean 'when'?");
    }

    @Test
    void unknownParameterIsRefusedWithSuggestion() throws Exception {
        ScenarioException e = refuse(VALID + "params:\n  agnets: 100\n");
        assertAt(e, 15, 3, "params.agnets", "unknown parameter 'agnets'; did you mean 'agents'?",
                "Valid parameters: ", "baselineTension");
    }

    @Test
    void wrongTypesAreRefused() throws Exception {
        assertAt(refuse(VALID + "params:\n  baselineTension: high\n"), 15, 20, "params.baselineTension",
                "baselineTension must be a number, got 'high'");
        assertAt(refuse(VALID + "params:\n  agents: 1.5\n"), 15, 11, "params.agents",
                "agents must be a whole number, got '1.5'");
        assertAt(refuse(VALID + "params:\n  agents: [1, 2]\n"), 15, 11, "params.agents",
                "expected a single value, got a list");
        assertAt(refuse(VALID.replace("months: 12", "months: twelve")), 2, 9, "months",
                "must be a whole number between 1 and 1200, got 'twelve'");
        assertAt(refuse(VALID.replace("countries: cn-kr", "countries: {a: 1}")), 3, 12, "countries",
                "expected a single value, got a mapping");
        assertAt(refuse("start: 2026-01\nmonths: 12\ncountries: cn-kr\npolicy:\n  stages: none\n"),
                5, 11, "policy.stages", "expected a list of stages, got 'none'");
    }

    @Test
    void outOfRangeValuesGiveTheSetterMessage() throws Exception {
        assertAt(refuse(VALID + "params:\n  baselineTension: 1.5\n"), 15, 20, "params.baselineTension",
                "baselineTension must be between 0", "got 1.5");
        assertAt(refuse(VALID + "params:\n  agents: 1\n"), 15, 11, "params.agents",
                "agents must be between 2 and 20000000 agents, got 1");
        assertAt(refuse(VALID + "params:\n  agents: 99999999999\n"), 15, 11, "params.agents", "too large");
        assertAt(refuse(VALID.replace("months: 12", "months: 5000")), 2, 9, "months", "between 1 and 1200, got 5000");
    }

    @Test
    void nonFiniteAndHugeNumbersAreRefused() throws Exception {
        assertAt(refuse(VALID + "params:\n  baselineTension: .nan\n"), 15, 20, "params.baselineTension",
                "must be a finite number, got '.nan'");
        assertAt(refuse(VALID + "params:\n  baselineTension: -.inf\n"), 15, 20, "params.baselineTension", "finite");
        assertAt(refuse(VALID + "params:\n  baselineTension: Infinity\n"), 15, 20, "params.baselineTension", "finite");
        assertAt(refuse(VALID + "params:\n  baselineTension: 1e400\n"), 15, 20, "params.baselineTension", "too large");
        assertAt(refuse(VALID + "params:\n  saturationTitles: 1e300\n"), 15, 21, "params.saturationTitles",
                "saturationTitles must be between");
    }

    @Test
    void badDatesAreRefusedWithTheFieldPath() throws Exception {
        assertAt(refuse(VALID.replace("start: 2026-01", "start: 2026-13")), 1, 8, "start", "month must be 01 to 12");
        assertAt(refuse(VALID.replace("start: 2026-01", "start: Jan 2026")), 1, 8, "start",
                "must be a month written YYYY-MM (e.g. 2026-01), got 'Jan 2026'");
        assertAt(refuse(VALID.replace("start: 2026-01", "start: 2026-01-15")), 1, 8, "start", "YYYY-MM");
        assertAt(refuse(VALID.replace("{date: 2026-07}", "{date: 2026/07}")), 11, 21, "policy.stages[1].enter.date",
                "YYYY-MM");
        assertAt(refuse(VALID + "  shocks:\n    - {name: S, date: 2027-02-30, magnitude: 0.5, halfLifeMonths: 6}\n"),
                15, 23, "policy.shocks[0].date", "not a calendar date, got '2027-02-30'");
        assertAt(refuse(VALID + "  shocks:\n    - {name: S, date: 15.3.2027, magnitude: 0.5, halfLifeMonths: 6}\n"),
                15, 23, "policy.shocks[0].date", "YYYY-MM-DD");
        assertAt(refuse(VALID.replace("start: 2026-01", "start: 20026-01")), 1, 8, "start", "YYYY-MM");
        assertAt(refuse(VALID.replace("start: 2026-01", "start: 3026-01")), 1, 8, "start", "year must be between 1900 and 2199");
    }

    @Test
    void shockDateMayBeAMonthMeaningItsFirstDay() throws Exception {
        Scenario s = ScenarioLoader.load(
                write(VALID + "  shocks:\n    - {name: S, date: 2027-03, magnitude: 0.5, halfLifeMonths: 6}\n"),
                TestMetrics::names);
        assertEquals(java.time.LocalDate.of(2027, 3, 1), s.setup().policy().shocks().get(0).date());
    }

    @Test
    void stagesOutOfOrderAreAnImpossibleOrder() throws Exception {
        String yaml = VALID + """
                    - name: later
                      enter: {date: 2026-03}
                """;
        ScenarioException e = refuse(yaml);
        assertAt(e, 15, 21, "policy.stages[2].enter.date", "impossible stage order",
                "stage 'later' is entered from 2026-03", "earlier stage 'open' only from 2026-07");
        assertAt(refuse(VALID.replace("{date: 2026-07}", "{date: 2025-07}")), 11, 21, "policy.stages[1].enter.date",
                "before the scenario starts (2026-01)");
    }

    @Test
    void stageRulesAreEnforced() throws Exception {
        assertAt(refuse(VALID.replace("      enter: {date: 2026-07}\n", "")), 10, 7, "policy.stages[1].enter",
                "missing required field 'enter'");
        assertAt(refuse(VALID.replace("  enter: {date: 2026-07}", "  enter: {notBefore: 2026-07}")), 11, 14,
                "policy.stages[1].enter", "needs a date, a when condition, or both");
        assertAt(refuse(VALID.replace("    - name: open", "    - name: status-quo")), 10, 13,
                "policy.stages[1].name", "stage name 'status-quo' is used twice");
        assertAt(refuse(VALID.replace("- name: status-quo\n", "- name: status-quo\n      enter: {date: 2026-01}\n")),
                7, 7, "policy.stages[0].enter", "the first stage is active from the start and has no 'enter'");
        assertAt(refuse(VALID.replace("KR: unlimited", "KR: {film: 1}")), 9, 13, "policy.stages[0].quota.KR",
                "the first stage must give a quota for every medium; missing: drama, music, digital");
        assertAt(refuse(VALID.replace("        KR: unlimited\n", "")), 8, 9, "policy.stages[0].quota",
                "the first stage must give quotas for every market; missing: KR");
        assertAt(refuse(VALID.replace("CN: {film: 2}", "CN: {film: -1}")), 13, 20, "policy.stages[1].quota.CN.film",
                "quota must be a whole number >= 0 or 'unlimited', got '-1'");
    }

    @Test
    void unknownStageInRollbackIsRefused() throws Exception {
        ScenarioException e = refuse(VALID
                + "  rollbacks:\n    - when: {metric: tension, above: 0.6}\n      toStage: statusquo\n      reentryLagMonths: 12\n");
        assertAt(e, 16, 16, "policy.rollbacks[0].toStage", "unknown stage 'statusquo'",
                "did you mean 'status-quo'?", "Stages: status-quo, open");
    }

    @Test
    void unknownMarketCodeIsRefused() throws Exception {
        ScenarioException e = refuse(VALID.replace("CN: {film: 2}", "JP: {film: 2}"));
        assertAt(e, 13, 9, "policy.stages[1].quota.JP", "unknown market code 'JP'",
                "Markets are the two countries' codes: CN, KR");
        assertAt(refuse(VALID.replace("CN: {film: 2}", "CN: {film: 2}\n      festivals:\n"
                + "        - {name: F, start: 2026-08, market: KO, medium: film, boost: 0.1}")),
                15, 45, "policy.stages[1].festivals[0].market", "unknown market code 'KO'", "did you mean 'KR'?");
    }

    @Test
    void unknownMediumIsRefused() throws Exception {
        ScenarioException e = refuse(VALID.replace("CN: {film: 2}", "CN: {dramas: 2}"));
        assertAt(e, 13, 14, "policy.stages[1].quota.CN.dramas", "unknown medium 'dramas'",
                "did you mean 'drama'?", "Media: film, drama, music, digital");
        assertAt(refuse(VALID.replace("CN: {film: 2}", "CN: {film: 2}\n      coproduction: [film, games]")),
                14, 28, "policy.stages[1].coproduction[1]", "unknown medium 'games'");
    }

    @Test
    void unknownMetricInConditionIsRefusedWithCloseMatches() throws Exception {
        ScenarioException e = refuse(VALID.replace("{date: 2026-07}",
                "{when: {metric: favorable.CN, above: 0.2}}"));
        assertAt(e, 11, 30, "policy.stages[1].enter.when.metric", "unknown metric 'favorable.CN'",
                "did you mean 'favourable.CN'");
        ScenarioException far = refuse(VALID.replace("{date: 2026-07}", "{when: {metric: gdp, above: 0.2}}"));
        assertTrue(far.getMessage().contains("Known metrics: "), far.getMessage());
        assertTrue(far.getMessage().contains("tension"), far.getMessage());
        assertAt(refuse(VALID.replace("{date: 2026-07}", "{when: {metric: tension, above: 0.2, below: 0.1}}")),
                11, 21, "policy.stages[1].enter.when", "exactly one of 'above', 'below'", "it has above, below");
        assertAt(refuse(VALID.replace("{date: 2026-07}", "{when: {metric: tension, above: 0.2, risesBy: 0.1}}")),
                11, 21, "policy.stages[1].enter.when", "'risesBy' or 'fallsBy'", "it has above, risesBy");
        // a change is given as a positive amount
        assertAt(refuse(VALID.replace("{date: 2026-07}", "{when: {metric: tension, fallsBy: -0.1}}")),
                11, 48, "policy.stages[1].enter.when.fallsBy", "");
    }

    @Test
    void brokenYamlReportsTheParsersLine() throws Exception {
        ScenarioException e = refuse("start: 2026-01\nmonths: 12\ncountries: [cn-kr\npolicy: {}\n");
        assertTrue(e.getMessage().startsWith(dir.resolve("bad.yaml").toString() + ":"), e.getMessage());
        assertTrue(e.problem().startsWith("broken YAML: "), e.getMessage());
        assertEquals(4, e.line(), e.getMessage());
        ScenarioException indent = refuse("start: 2026-01\n  months: 12\n");
        assertEquals(2, indent.line(), indent.getMessage());
        assertTrue(indent.problem().contains("mapping values are not allowed"), indent.getMessage());
    }

    @Test
    void emptyFileAndNonMappingTopLevelAreRefused() throws Exception {
        assertAt(refuse(""), 0, 0, "", "the file is empty");
        assertAt(refuse("# only a comment\n"), 0, 0, "", "the file is empty");
        assertAt(refuse("- start: 2026-01\n- months: 12\n"), 1, 1, "", "expected a mapping of keys", "got a list");
        assertAt(refuse("just text\n"), 1, 1, "", "got 'just text'");
    }

    @Test
    void duplicateKeysAreRefused() throws Exception {
        ScenarioException e = refuse(VALID + "months: 24\n");
        assertAt(e, 14, 1, "months", "duplicate key 'months' (first given on line 2)");
        assertAt(refuse(VALID.replace("CN: {film: 2}", "CN: {film: 2, film: 3}")), 13, 23,
                "policy.stages[1].quota.CN.film", "duplicate key 'film'");
    }

    @Test
    void missingRequiredFieldsAreRefused() throws Exception {
        assertAt(refuse(VALID.replace("months: 12\n", "")), 1, 1, "months", "missing required field 'months'");
        assertAt(refuse(VALID.replace("start: 2026-01\n", "")), 1, 1, "start", "missing required field 'start'");
        assertAt(refuse(VALID.replace("months: 12", "months:")), 2, 8, "months", "'months' needs a value");
        assertAt(refuse(VALID.replace("    - name: open\n", "    - enter: {date: 2026-07}\n")
                .replace("      enter: {date: 2026-07}\n", "")), 10, 7, "policy.stages[1].name",
                "missing required field 'name'");
        assertAt(refuse(VALID + "  shocks:\n    - {name: S, date: 2027-01, halfLifeMonths: 6}\n"), 15, 7,
                "policy.shocks[0].magnitude", "missing required field 'magnitude'");
    }

    @Test
    void badSetKeyIsRefusedNamingSet() throws Exception {
        ScenarioException e = refuse(VALID, Map.of("agnets", "500"));
        assertEquals("--set", e.file());
        assertEquals(0, e.line());
        assertEquals("agnets", e.fieldPath());
        assertTrue(e.getMessage().startsWith("--set: agnets: unknown key 'agnets'; did you mean 'agents'?"),
                e.getMessage());
        assertTrue(e.getMessage().contains("--set takes months, start, seed or a parameter"), e.getMessage());
    }

    @Test
    void badSetValuesAreRefusedNamingSet() throws Exception {
        assertEquals("--set: agents: agents must be a whole number, got 'lots'",
                refuse(VALID, Map.of("agents", "lots")).getMessage());
        ScenarioException range = refuse(VALID, Map.of("baselineTension", "2"));
        assertTrue(range.getMessage().startsWith("--set: baselineTension: baselineTension must be between 0"),
                range.getMessage());
        assertEquals("--set: start: must be a month written YYYY-MM (e.g. 2026-01), got '2026'",
                refuse(VALID, Map.of("start", "2026")).getMessage());
        assertEquals("--set: months: must be a whole number between 1 and 1200, got 0",
                refuse(VALID, Map.of("months", "0")).getMessage());
        assertEquals("--set: seed: must be a whole number, got 'x'", refuse(VALID, Map.of("seed", "x")).getMessage());
    }

    @Test
    void setOverridesAreAppliedAfterTheFile() throws Exception {
        Map<String, String> sets = new LinkedHashMap<>();
        sets.put("agents", "500");
        sets.put("baselineTension", "0.4");
        sets.put("months", "24");
        sets.put("start", "2026-02");
        sets.put("seed", "7");
        Scenario s = ScenarioLoader.load(write(VALID + "params:\n  agents: 100\nseed: 3\n"), sets, TestMetrics::names);
        assertEquals(500, s.setup().params().getAgents());
        assertEquals(0.4, s.setup().params().getBaselineTension());
        assertEquals(24, s.setup().months());
        assertEquals(java.time.YearMonth.of(2026, 2), s.setup().start());
        assertEquals(7L, s.seed());
    }

    @Test
    void festivalsMustHaveSaneDatesAndValues() throws Exception {
        assertAt(refuse(VALID.replace("CN: {film: 2}", "CN: {film: 2}\n      festivals:\n"
                + "        - {name: F, start: 2025-06, months: 2, market: CN, medium: film, boost: 0.1}")),
                15, 28, "policy.stages[1].festivals[0].start", "is over before the scenario starts");
        assertAt(refuse(VALID.replace("CN: {film: 2}", "CN: {film: 2}\n      festivals:\n"
                + "        - {name: F, start: 2026-08, months: 0, market: CN, medium: film, boost: 0.1}")),
                15, 45, "policy.stages[1].festivals[0].months", "between 1 and 120");
        assertAt(refuse(VALID.replace("CN: {film: 2}", "CN: {film: 2}\n      festivals:\n"
                + "        - {name: F, start: 2026-08, market: CN, medium: film, boost: 3}")),
                15, 70, "policy.stages[1].festivals[0].boost", "must be between 0 and 1, got 3");
        assertAt(refuse(VALID + "  shocks:\n    - {name: S, date: 2027-01, magnitude: 1.5, halfLifeMonths: 6}\n"),
                15, 43, "policy.shocks[0].magnitude", "must be between 0 and 1, got 1.5");
        assertAt(refuse(VALID + "  shocks:\n    - {name: S, date: 2027-01, magnitude: 0.5, halfLifeMonths: 0}\n"),
                15, 64, "policy.shocks[0].halfLifeMonths", "must be greater than 0");
    }
}
