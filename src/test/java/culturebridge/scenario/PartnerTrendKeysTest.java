package culturebridge.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.policy.TravelPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The travel section's partner trends and its list of observed-data files. */
class PartnerTrendKeysTest {
    @TempDir
    Path dir;

    private Path write(String travel) throws Exception {
        Files.writeString(dir.resolve("a.csv"), "year,month,direction,visitors,source\n2026,1,CN->KR,100,x\n2026,2,CN->KR,110,x\n");
        Files.writeString(dir.resolve("b.csv"), "year,month,direction,visitors,source\n2026,3,CN->KR,120,y\n2026,,CN->KR,999,annual\n");
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, """
                start: 2026-01
                months: 12
                countries: cn-kr
                policy:
                  stages:
                    - {name: only, quota: {CN: {film: 0, drama: 1, music: 0, digital: 4}, KR: unlimited}}
                travel:
                %s
                """.formatted(travel.indent(2).stripTrailing()));
        return f;
    }

    private TravelPolicy load(String travel) throws Exception {
        return ScenarioLoader.load(write(travel), Map.of(), TestMetrics::names).setup().policy().travel();
    }

    @Test
    void aTrendGrowsBetweenItsDatesForItsOriginOnlyAndHoldsAfterwards() throws Exception {
        TravelPolicy t = load("partnerTrends:\n  - {name: Rise, from: CN, start: 2026-01-01, end: 2027-01-01, perYear: 0.1}\n");
        assertEquals(1.0, t.trendFactor(LocalDate.of(2025, 6, 1), 0), 0.0, "before its start");
        double year = Math.exp(0.1 * 365 / 365.25);
        assertEquals(year, t.trendFactor(LocalDate.of(2027, 1, 1), 0), 1e-12, "after a year");
        assertEquals(year, t.trendFactor(LocalDate.of(2030, 1, 1), 0), 1e-12, "held at its end value");
        assertTrue(t.trendFactor(LocalDate.of(2026, 7, 1), 0) > 1 && t.trendFactor(LocalDate.of(2026, 7, 1), 0) < year);
        assertEquals(1.0, t.trendFactor(LocalDate.of(2026, 7, 1), 1), 0.0, "the other origin has no trend");
    }

    @Test
    void aCalibrationOverrideReachesTheTrend() throws Exception {
        Path f = write("partnerTrends:\n  - {name: Rise, from: CN, start: 2026-01-01, end: 2027-01-01, perYear: 0.0}\n");
        TravelPolicy t = ScenarioLoader.load(f, Map.of("travel.partnerTrends[0].perYear", "0.2"), TestMetrics::names)
                .setup().policy().travel();
        assertEquals(0.2, t.trends().get(0).perYear(), 0.0);
    }

    @Test
    void refusesATrendThatEndsBeforeItStartsOrDriftsBeyondHalfALogAYear() throws Exception {
        ScenarioException ends = assertThrows(ScenarioException.class, () -> load(
                "partnerTrends:\n  - {name: Rise, from: CN, start: 2026-01-01, end: 2025-01-01, perYear: 0.1}\n"));
        assertTrue(ends.getMessage().contains("before start"), ends.getMessage());
        ScenarioException steep = assertThrows(ScenarioException.class, () -> load(
                "partnerTrends:\n  - {name: Rise, from: CN, start: 2026-01-01, end: 2027-01-01, perYear: 0.9}\n"));
        assertTrue(steep.getMessage().contains("perYear"), steep.getMessage());
    }

    @Test
    void observedDataMayComeFromSeveralFilesMonthlyRowsOnly() throws Exception {
        TravelPolicy t = load("observed: [a.csv, b.csv]\n");
        var cnKr = t.observed().get("arrivals_observed.CN.KR");
        assertEquals(3, cnKr.size());
        assertEquals(120, cnKr.get(YearMonth.of(2026, 3)), 0.0);
    }
}
