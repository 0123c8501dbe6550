package culturebridge.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped calibration file and the reader's refusals. */
class CalibrationReaderTest {
    @TempDir Path tmp;

    @Test
    void theShippedCalibrationFitsOnlyTheWindowWithAtLeastTenPriors() throws ScenarioException {
        CalibrationSpec spec = CalibrationReader.read(Path.of("scenarios/calibration/history-2010-2019.yaml"));
        assertTrue(spec.parameters().size() >= 10, "parameters: " + spec.names());
        assertEquals(YearMonth.of(2019, 12), spec.window().to());
        for (CalibrationSpec.Target t : spec.targets()) {
            for (YearMonth m : t.observed().keySet()) assertTrue(!m.isAfter(YearMonth.of(2019, 12)), t.name() + " fits " + m);
            for (YearMonth m : t.outOfWindow().keySet()) assertTrue(m.getYear() >= 2020, t.name() + " checks " + m);
        }
        CalibrationSpec.Target monthly = spec.targets().get(0);
        assertEquals(120, monthly.observed().size(), "CN->KR monthly arrivals 2010-2019");
        assertEquals(91252.0, monthly.observed().get(YearMonth.of(2010, 1)));
        CalibrationSpec.Target krcn = spec.targets().stream().filter(t -> t.metric().equals("arrivals.KR.CN")).findFirst()
                .orElseThrow();
        assertEquals(3, krcn.observed().size(), "China's count only: 2014, 2015, 2018");
        CalibrationSpec.Target pew = spec.targets().stream().filter(t -> t.metric().equals("unfavourable.KR")).findFirst().orElseThrow();
        assertEquals(0.37, pew.observed().get(YearMonth.of(2015, 6)));
        assertEquals(Math.sqrt(0.02 * 0.02 + 0.04 * 0.04), pew.sd(), 1e-12);
        assertEquals(10, spec.size(false).moves(), "the full size replenishes, as the shipped posterior was made");
        assertEquals(0, spec.size(true).moves(), "the quick size keeps importance weights unless it names moves");
    }

    private static String base(Path scenario, String parameter, String target) {
        return "scenario: " + scenario + "\nwindow: {from: 2010-01, to: 2019-12}\nparameters:\n  " + parameter + "\ntargets:\n  - "
                + target + "\n";
    }

    private ScenarioException refused(String text) throws IOException {
        Path file = tmp.resolve("c.yaml");
        Files.writeString(file, text);
        return assertThrows(ScenarioException.class, () -> CalibrationReader.read(file));
    }

    @Test
    void badPriorsTargetsAndWindowsAreRefusedWithTheirPlace() throws IOException {
        Path scenario = Path.of("scenarios/history-2010-2025.yaml").toAbsolutePath();
        String target = "{name: t, metric: tension, scale: linear, observed: {2015-01: 0.2}, error: 0.1, discrepancy: 0}";
        assertTrue(refused(base(scenario, "tripRateScale: {prior: gamma, min: 0, max: 1}", target)).getMessage()
                .contains("prior must be uniform, normal or lognormal"));
        assertTrue(refused(base(scenario, "tripRateScale: {prior: normal, mean: 0.5, min: 0, max: 1}", target)).getMessage()
                .contains("sd"));
        assertTrue(refused(base(scenario, "noSuchParameter: {min: 0, max: 1}", target)).getMessage().contains("noSuchParameter"));
        assertTrue(refused(base(scenario, "tripRateScale: {min: 0, max: 1}",
                "{name: t, metric: tension, scale: linear, outOfWindow: {2019-03: 0.2}, observed: {2015-01: 0.2}, error: 0.1,"
                        + " discrepancy: 0}")).getMessage().contains("must come after 2019-12"));
        assertTrue(refused(base(scenario, "tripRateScale: {min: 0, max: 1}",
                "{name: t, metric: tension, scale: linear, observed: {2021-01: 0.2}, error: 0.1, discrepancy: 0}")).getMessage()
                .contains("no target has an observation inside the window"));
        assertTrue(refused(base(scenario, "tripRateScale: {min: 0, max: 1}", target) + "set: {months: 12}\n").getMessage()
                .contains("months follow from the window"));
        assertTrue(refused(base(scenario, "tripRateScale: {min: 0, max: 1}",
                "{name: t, metric: tension, scale: linear, observed: {2015-01: 0.2}, error: 0.1, discrepancy: 0, floor: 0.01}"))
                .getMessage().contains("floor applies to a log-scale target only"));
        assertTrue(refused(base(scenario, "tripRateScale: {min: 0, max: 1}",
                "{name: t, metric: tension, scale: log, observed: {2015-01: 0.2}, error: 0.1, discrepancy: 0, floor: 0.5}"))
                .getMessage().contains("is above the observation"));
        assertTrue(refused(base(scenario, "tripRateScale: {min: 0, max: 1}", target) + "smc: {particles: 20, moves: -1}\n")
                .getMessage().contains("moves"));
    }

    @Test
    void aLogTargetsFloorIsItsDetectionLimitAndDefaultsFarBelow() throws ScenarioException {
        CalibrationSpec spec = CalibrationReader.read(Path.of("scenarios/calibration/history-2010-2019.yaml"));
        CalibrationSpec.Target films = spec.targets().stream().filter(t -> t.metric().equals("content_share.CN.film.in.KR"))
                .findFirst().orElseThrow();
        assertEquals(0.0012, films.floor(), 0.0);
        CalibrationSpec.Target pew = spec.targets().stream().filter(t -> t.metric().equals("unfavourable.KR")).findFirst().orElseThrow();
        assertEquals(CalibrationSpec.Target.DEFAULT_FLOOR, pew.floor(), 0.0);
    }
}
