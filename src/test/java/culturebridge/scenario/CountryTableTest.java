package culturebridge.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.City;
import culturebridge.model.Country;
import culturebridge.model.MapProjection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default China-Korea table, and the checks every country table passes. */
class CountryTableTest {
    @TempDir
    Path dir;

    @Test
    void defaultTableHasTheSourcedValues() throws Exception {
        List<Country> cs = CountryTable.builtIn("cn-kr");
        Country cn = cs.get(0);
        Country kr = cs.get(1);
        assertEquals("CN", cn.code());
        assertEquals("KR", kr.code());
        assertEquals(1_409_670_000.0, cn.population());
        assertEquals(4666.0, cn.incomeMedianUsd());
        assertEquals(0.467, cn.incomeGini());
        assertEquals(0.139, cn.initialFavourableShare());
        assertEquals(1.0, cn.marketSize());
        assertEquals(51_700_000.0, kr.population());
        assertEquals(0.323, kr.incomeGini());
        assertEquals(0.19, kr.initialFavourableShare());
        assertEquals(0.17, kr.marketSize());
        assertEquals(12, cn.cities().size());
        assertEquals(10, kr.cities().size());
    }

    @Test
    void cityPopulationSharesSumToOne() throws Exception {
        for (Country c : CountryTable.builtIn("cn-kr")) {
            double sum = c.cities().stream().mapToDouble(City::populationShare).sum();
            assertEquals(1.0, sum, 1e-9, c.code());
        }
    }

    @Test
    void citiesAreProjectedAndRankedAsDocumented() throws Exception {
        List<Country> cs = CountryTable.builtIn("cn-kr");
        City seoul = cs.get(1).cities().get(cs.get(1).cityIndex("Seoul"));
        assertEquals(MapProjection.x(126.98), seoul.x(), 1e-12);
        assertEquals(MapProjection.y(37.57), seoul.y(), 1e-12);
        // Seoul lies east of Beijing and south of it on the screen (y grows southward).
        City beijing = cs.get(0).cities().get(cs.get(0).cityIndex("Beijing"));
        assertTrue(seoul.x() > beijing.x());
        assertTrue(seoul.y() > beijing.y());
        // Beijing-Seoul is about 950 km great-circle; the stylised map should be close.
        double km = MapProjection.distanceKm(beijing.x(), beijing.y(), seoul.x(), seoul.y());
        assertTrue(km > 850 && km < 1050, "Beijing-Seoul " + km + " km");
        List<String> byAttraction = cs.get(1).cities().stream()
                .sorted(Comparator.comparingDouble(City::attractiveness).reversed()).map(City::name).toList();
        assertEquals(List.of("Seoul", "Jeju"), byAttraction.subList(0, 2));
    }

    static final String TWO = """
            - code: AA
              name: A
              population: 1000
              incomeMedianUsd: 100
              incomeGini: 0.3
              initialFavourableShare: 0.2
              attitudeLogitSd: 1
              culturalDiscount: 0.3
              marketSize: 1
              studioCapability: 0
              cities:
                - {name: A1, lon: 100, lat: 30, populationShare: 0.5, attractiveness: 1, filmingAppeal: 0.5}
                - {name: A2, lon: 101, lat: 31, populationShare: 0.5, attractiveness: 1, filmingAppeal: 0.5}
            - code: BB
              name: B
              population: 1000
              incomeMedianUsd: 100
              incomeGini: 0.3
              initialFavourableShare: 0.2
              attitudeLogitSd: 1
              culturalDiscount: 0.3
              marketSize: 0.5
              studioCapability: 0
              cities:
                - {name: B1, lon: 120, lat: 35, populationShare: 1, attractiveness: 1, filmingAppeal: 0.5}
            """;

    ScenarioException refuseTable(String table) throws Exception {
        Path f = dir.resolve("table.yaml");
        Files.writeString(f, table);
        return assertThrows(ScenarioException.class, () -> CountryTable.load(f));
    }

    @Test
    void aTableFileLoads() throws Exception {
        Path f = dir.resolve("table.yaml");
        Files.writeString(f, TWO);
        List<Country> cs = CountryTable.load(f);
        assertEquals(List.of("AA", "BB"), cs.stream().map(Country::code).toList());
    }

    @Test
    void sharesNotSummingToOneAreRefused() throws Exception {
        ScenarioException e = refuseTable(TWO.replace("populationShare: 0.5, attractiveness: 1, filmingAppeal: 0.5}\n    - {name: A2",
                "populationShare: 0.4, attractiveness: 1, filmingAppeal: 0.5}\n    - {name: A2"));
        assertEquals("countries[0].cities", e.fieldPath(), e.getMessage());
        assertEquals(12, e.line(), e.getMessage());
        assertTrue(e.problem().contains("must sum to 1 (within 1e-6), got 0.9"), e.getMessage());
    }

    @Test
    void tableErrorsNameTheFieldAndLine() throws Exception {
        ScenarioException unknownCountryKey = refuseTable(TWO.replace("  studioCapability: 0\n  cities:\n    - {name: B1",
                "  studioCapacity: 0\n  cities:\n    - {name: B1"));
        assertEquals("countries[1].studioCapacity", unknownCountryKey.fieldPath());
        assertEquals(23, unknownCountryKey.line());
        assertTrue(unknownCountryKey.problem().contains("did you mean 'studioCapability'?"), unknownCountryKey.getMessage());

        ScenarioException unknownCityKey = refuseTable(TWO.replace("{name: B1, lon: 120", "{name: B1, long: 120"));
        assertEquals("countries[1].cities[0].long", unknownCityKey.fieldPath());
        assertTrue(unknownCityKey.problem().contains("Valid keys: name, lon, lat, populationShare"), unknownCityKey.getMessage());

        ScenarioException sameCode = refuseTable(TWO.replace("code: BB", "code: AA"));
        assertEquals("countries[1].code", sameCode.fieldPath());
        assertTrue(sameCode.problem().contains("codes must differ"));

        ScenarioException lat = refuseTable(TWO.replace("lat: 35", "lat: 135"));
        assertEquals("countries[1].cities[0].lat", lat.fieldPath());

        ScenarioException noCities = refuseTable(TWO.replace(
                "  cities:\n    - {name: B1, lon: 120, lat: 35, populationShare: 1, attractiveness: 1, filmingAppeal: 0.5}\n",
                "  cities: []\n"));
        assertEquals("countries[1].cities", noCities.fieldPath());
        assertTrue(noCities.problem().contains("at least one city"));

        ScenarioException three = refuseTable(TWO + TWO.substring(0, TWO.indexOf("- code: BB")).replace("AA", "CC"));
        assertTrue(three.problem().contains("exactly two countries, got 3"), three.getMessage());

        ScenarioException badCode = refuseTable(TWO.replace("code: AA", "code: a.b"));
        assertTrue(badCode.problem().contains("two or three capital letters"), badCode.getMessage());

        ScenarioException missing = refuseTable(TWO.replace("  incomeGini: 0.3\n  initialFavourableShare: 0.2\n  attitudeLogitSd: 1\n  culturalDiscount: 0.3\n  marketSize: 1\n",
                "  initialFavourableShare: 0.2\n  attitudeLogitSd: 1\n  culturalDiscount: 0.3\n  marketSize: 1\n"));
        assertEquals("countries[0].incomeGini", missing.fieldPath());
    }

    @Test
    void scenarioMayUseATableFileOrAnInlineList() throws Exception {
        Files.writeString(dir.resolve("table.yaml"), TWO);
        String policy = """
                policy:
                  stages:
                    - name: s
                      quota: {AA: 0, BB: unlimited}
                """;
        Path byFile = dir.resolve("by-file.yaml");
        Files.writeString(byFile, "start: 2026-01\nmonths: 3\ncountries: table.yaml\n" + policy);
        assertEquals("AA", ScenarioLoader.load(byFile, TestMetrics::names).setup().countries().get(0).code());

        Path inline = dir.resolve("inline.yaml");
        Files.writeString(inline, "start: 2026-01\nmonths: 3\ncountries:\n" + TWO.indent(2) + policy);
        assertEquals("BB", ScenarioLoader.load(inline, TestMetrics::names).setup().countries().get(1).code());

        Path bad = dir.resolve("bad-inline.yaml");
        Files.writeString(bad, "start: 2026-01\nmonths: 3\ncountries:\n" + TWO.replace("lon: 120", "lon: east").indent(2) + policy);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(bad, TestMetrics::names));
        assertEquals(bad.toString(), e.file());
        assertEquals("countries[1].cities[0].lon", e.fieldPath());
        assertEquals(28, e.line(), e.getMessage());

        Path unknown = dir.resolve("unknown-table.yaml");
        Files.writeString(unknown, "start: 2026-01\nmonths: 3\ncountries: cn-kk\n" + policy);
        ScenarioException u = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(unknown, TestMetrics::names));
        assertEquals("countries", u.fieldPath());
        assertTrue(u.problem().contains("unknown country table 'cn-kk'; did you mean 'cn-kr'?"), u.getMessage());
    }
}
