package culturebridge.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.policy.Festival;
import culturebridge.model.policy.OutsideOption;
import culturebridge.model.policy.TravelPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The travel section's outbound series and outside options, and a festival's venue keys. */
class TravelAndFestivalKeysTest {
    @TempDir
    Path dir;

    private static final String CSV = """
            year,origin,destination,trips,source
            2025,CN,all,100000000,test source a
            2026,CN,all,120000000,test source b
            2025,CN,JP,5000000,test source c
            2026,KR,all,30000000,test source d
            2026,XX,all,1,rows of other countries are ignored
            """;

    private static String scenario(String festival, String travel) {
        return """
                start: 2026-01
                months: 12
                countries: cn-kr
                policy:
                  stages:
                    - name: only
                      quota:
                        CN: {film: 0, drama: 1, music: 0, digital: 4}
                        KR: unlimited
                      festivals:
                        - %s
                travel:
                %s
                """.formatted(festival, travel.indent(2).stripTrailing());
    }

    private static final String FESTIVAL = "{name: Film week, start: 2026-06, market: CN, medium: film, boost: 0.2, "
            + "city: Beijing, attendance: 50000, press: 0.3, visitors: 10000}";
    private static final String TRAVEL = """
            outbound: {file: outbound.csv, skipYears: [2020]}
            outside:
              - {name: Advisory, date: 2026-03-01, end: 2026-05-31, from: CN, destination: japan, factor: 0.5}
            """;

    private Scenario load(String yaml) throws Exception {
        Files.writeString(dir.resolve("outbound.csv"), CSV);
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, yaml);
        return ScenarioLoader.load(f, Map.of(), TestMetrics::names);
    }

    private ScenarioException refuse(String yaml) throws IOException {
        Files.writeString(dir.resolve("outbound.csv"), CSV);
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, yaml);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, Map.of(), TestMetrics::names));
    }

    @Test
    void readsTheOutboundSeriesTheOutsideOptionsAndTheFestivalsVenue() throws Exception {
        Scenario s = load(scenario(FESTIVAL, TRAVEL));
        TravelPolicy t = s.setup().policy().travel();
        assertTrue(t.outbound().covers(0) && t.outbound().covers(1));
        assertEquals(100_000_000, t.outbound().total(0, LocalDate.of(2025, 7, 1)), 1e-3);
        assertEquals(110_000_000, t.outbound().total(0, LocalDate.of(2026, 1, 1)), 1e6, "half-way between mid-years");
        assertEquals(0.05, t.outbound().japanShare(0, LocalDate.of(2025, 7, 1)), 1e-12);
        assertEquals(1, t.outside().size());
        OutsideOption o = t.outside().get(0);
        assertEquals(OutsideOption.Destination.JAPAN, o.destination());
        assertEquals(0.5, t.outsideFactor(LocalDate.of(2026, 4, 1), 0, OutsideOption.Destination.JAPAN), 0.0);
        assertEquals(1.0, t.outsideFactor(LocalDate.of(2026, 6, 1), 0, OutsideOption.Destination.JAPAN), 0.0);
        assertEquals(1.0, t.outsideFactor(LocalDate.of(2026, 4, 1), 1, OutsideOption.Destination.JAPAN), 0.0);
        Festival f = s.setup().policy().stages().get(0).festivals().get(0);
        assertTrue(f.hasVenue());
        assertEquals("Beijing", s.setup().countries().get(0).cities().get(f.city()).name());
        assertEquals(50_000, f.attendance(), 0.0);
        assertEquals(0.3, f.press(), 0.0);
        assertEquals(10_000, f.visitors(), 0.0);
    }

    @Test
    void aFestivalWithoutACityActsOnSupplyOnly() throws Exception {
        Festival f = load(scenario("{name: Film week, start: 2026-06, market: CN, medium: film, boost: 0.2}", "regimes: []"))
                .setup().policy().stages().get(0).festivals().get(0);
        assertFalse(f.hasVenue());
        assertEquals(0.0, f.attendance(), 0.0);
    }

    @Test
    void refusesAnAudienceWithoutAVenueAnUnknownCityAndAnUnknownDestination() throws Exception {
        ScenarioException noCity = refuse(scenario(
                "{name: Film week, start: 2026-06, market: CN, medium: film, boost: 0.2, attendance: 1000}", TRAVEL));
        assertTrue(noCity.getMessage().contains("no city"), noCity.getMessage());
        ScenarioException badCity = refuse(scenario(
                "{name: Film week, start: 2026-06, market: CN, medium: film, boost: 0.2, city: Seoul}", TRAVEL));
        assertTrue(badCity.getMessage().contains("unknown city 'Seoul'") && badCity.getMessage().contains("Beijing"),
                badCity.getMessage());
        ScenarioException badDest = refuse(scenario(FESTIVAL,
                "outside:\n  - {name: X, date: 2026-03-01, from: CN, destination: mars, factor: 0.5}\n"));
        assertTrue(badDest.getMessage().contains("destination must be one of japan, other"), badDest.getMessage());
    }

    @Test
    void refusesAnOutboundRowWithoutASource() throws Exception {
        Files.writeString(dir.resolve("nosource.csv"), "year,origin,destination,trips,source\n2026,CN,all,100,\n");
        ScenarioException e = refuse(scenario(FESTIVAL, "outbound: {file: nosource.csv}\n"));
        assertTrue(e.getMessage().contains("every row needs a source"), e.getMessage());
    }
}
