package culturebridge.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.output.Metrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario composition: a scenario includes a parameter file (e.g. calibrated values). */
class ParameterFilesTest {

    @TempDir Path tmp;

    private Path scenario(String include, String params) throws Exception {
        String text = Files.readString(Path.of("scenarios", "history-2010-2025.yaml"))
                .replace("countries: cn-kr-2010", "countries: cn-kr-2010")
                .replaceFirst("include: \\[[^\\]]*\\]", include)
                .replace("  baselineTension: 0.15", "  baselineTension: 0.15\n" + params)
                .replace("../data/arrivals_", Path.of("data").toAbsolutePath() + "/arrivals_")
                .replace("news: ../data/", "news: " + Path.of("data").toAbsolutePath() + "/")
                .replace("file: ../data/", "file: " + Path.of("data").toAbsolutePath() + "/");
        Path f = tmp.resolve("scenario.yaml");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void includedParamsAndFieldsApplyAndTheScenarioWins() throws Exception {
        Files.writeString(tmp.resolve("cal.yaml"), "params:\n  tripRateScale: 0.5\n  visaEasedFactor: 0.9\n"
                + "set:\n  travel.epidemics[0].suppression: 0.25\n");
        Path f = scenario("include: [cal.yaml]", "  visaEasedFactor: 0.8\n");
        Scenario sc = ScenarioLoader.load(f, Map.of(), Metrics::names);
        assertEquals(0.5, sc.setup().params().getTripRateScale());
        assertEquals(0.8, sc.setup().params().getVisaEasedFactor(), "the scenario's own value wins");
        assertEquals(0.25, sc.setup().policy().travel().epidemics().get(0).suppression());
    }

    @Test
    void commandLineFieldChangesWinOverIncludedOnes() throws Exception {
        Files.writeString(tmp.resolve("cal.yaml"), "set:\n  travel.epidemics[0].suppression: 0.25\n");
        Path f = scenario("include: [cal.yaml]", "");
        Scenario sc = ScenarioLoader.load(f, Map.of("travel.epidemics[0].suppression", "0.6", "tripRateScale", "0.7"), Metrics::names);
        assertEquals(0.6, sc.setup().policy().travel().epidemics().get(0).suppression());
        assertEquals(0.7, sc.setup().params().getTripRateScale());
    }

    @Test
    void theShippedHistoricalScenarioUsesTheCalibratedFile() throws Exception {
        Scenario sc = ScenarioLoader.load(Path.of("scenarios", "history-2010-2025.yaml"), Map.of(), Metrics::names);
        assertTrue(sc.setup().params().getTripRateScale() != 1.0, "tripRateScale still at its default");
    }

    @Test
    void badIncludedValueNamesTheIncludedFileAndLine() throws Exception {
        Files.writeString(tmp.resolve("cal.yaml"), "params:\n  tripRateScale: 0.5\n  visaEasedFactor: 7\n");
        Path f = scenario("include: [cal.yaml]", "");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, Map.of(), Metrics::names));
        assertTrue(e.getMessage().contains("cal.yaml:3") && e.getMessage().contains("visaEasedFactor"), e.getMessage());
        Path g = scenario("include: [missing.yaml]", "");
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(g, Map.of(), Metrics::names));
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void anIncludeCanTakeOnlyNamedParameters() throws Exception {
        Files.writeString(tmp.resolve("cal.yaml"), "params:\n  tripRateScale: 0.5\n  visaEasedFactor: 0.9\n"
                + "set:\n  travel.epidemics[0].suppression: 0.25\n");
        Path f = scenario("include: [{file: cal.yaml, params: [visaEasedFactor]}]", "");
        Scenario sc = ScenarioLoader.load(f, Map.of(), Metrics::names);
        assertEquals(0.9, sc.setup().params().getVisaEasedFactor());
        assertEquals(1.0, sc.setup().params().getTripRateScale(), "a parameter not named is not taken");
        assertEquals(0.5, sc.setup().policy().travel().epidemics().get(0).suppression(), "nor are the file's field values");
        Path g = scenario("include: [{file: cal.yaml, params: [attitudeTravelEffect]}]", "");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(g, Map.of(), Metrics::names));
        assertTrue(e.getMessage().contains("'attitudeTravelEffect' is not in cal.yaml"), e.getMessage());
        Path h = scenario("include: [{file: cal.yaml, param: [x]}]", "");
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(h, Map.of(), Metrics::names));
        assertTrue(e.getMessage().contains("param"), e.getMessage());
    }
}
