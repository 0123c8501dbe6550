package culturebridge.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.Medium;
import culturebridge.model.Setup;
import culturebridge.model.policy.ExchangePolicy;
import culturebridge.model.policy.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped scenario files load and say what their comments say. */
class ScenarioFilesTest {
    private static final int CN = 0;
    private static final int KR = 1;
    private static final int U = Stage.UNLIMITED;

    static Scenario load(String name) throws ScenarioException {
        return ScenarioLoader.load(Path.of("scenarios", name), TestMetrics::names);
    }

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("status-quo-2026.yaml", 1),
                Arguments.of("gradual-opening-2026.yaml", 5),
                Arguments.of("rapid-opening-2026.yaml", 4),
                Arguments.of("opening-with-shock-2026.yaml", 5));
    }

    @ParameterizedTest
    @MethodSource("files")
    void eachScenarioLoadsWithItsStagesAndPeriod(String file, int stages) throws Exception {
        Scenario s = load(file);
        Setup setup = s.setup();
        assertEquals(file.replace(".yaml", ""), setup.name());
        assertEquals(YearMonth.of(2026, 1), setup.start());
        assertEquals(60, setup.months());
        assertEquals(stages, setup.policy().stages().size());
        assertEquals(List.of("CN", "KR"), setup.countries().stream().map(c -> c.code()).toList());
        assertEquals(20260105L, s.seed());
        assertFalse(s.description().isBlank());
        // Stage 1 is the status quo in every scenario: the same 2025 restrictions.
        Stage first = setup.policy().stages().get(0);
        assertEquals("status-quo", first.name());
        assertNull(first.entry());
        assertArrayEquals(new int[] {0, 1, 0, 4}, first.quota()[CN]);
        assertArrayEquals(new int[] {U, U, U, U}, first.quota()[KR]);
        assertArrayEquals(new boolean[Medium.COUNT], first.coproduction());
        byte[] bytes = Files.readAllBytes(Path.of("scenarios", file));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), s.sha256());
    }

    @Test
    void statusQuoHasTheArmsSharedTensionAndNoChanges() throws Exception {
        Setup s = load("status-quo-2026.yaml").setup();
        // common/arms-2026.yaml, which every 2026 arm includes
        assertEquals(0.25, s.params().getBaselineTension());
        assertTrue(s.policy().rollbacks().isEmpty());
        assertTrue(s.policy().shocks().isEmpty());
    }

    @Test
    void gradualOpeningStagesFollowTheSummitOrder() throws Exception {
        Setup s = load("gradual-opening-2026.yaml").setup();
        assertEquals(0.25, s.params().getBaselineTension());
        List<Stage> st = s.policy().stages();
        assertEquals(YearMonth.of(2026, 7), st.get(1).entry().date());
        assertArrayEquals(new int[] {1, 1, 0, 4}, st.get(1).quota()[CN]);
        assertEquals(1, st.get(1).festivals().size());
        assertEquals(Medium.FILM, st.get(1).festivals().get(0).medium());
        assertEquals(CN, st.get(1).festivals().get(0).market());

        var c3 = st.get(2).entry().condition();
        assertEquals("favourable.CN", c3.metric());
        assertTrue(c3.above());
        assertTrue(c3.sinceStart(), "warming is a rise since the start of the arm");
        assertEquals(0.02, c3.threshold());
        assertEquals(3, c3.forMonths());
        assertEquals(YearMonth.of(2027, 1), st.get(2).entry().notBefore());
        assertArrayEquals(new int[] {2, 3, 0, 4}, st.get(2).quota()[CN]);
        assertTrue(st.get(2).coproductionAllowed(Medium.FILM));
        assertTrue(st.get(2).coproductionAllowed(Medium.DRAMA));
        assertFalse(st.get(2).coproductionAllowed(Medium.MUSIC));

        assertEquals(YearMonth.of(2028, 1), st.get(3).entry().date());
        assertEquals(6, st.get(3).entry().condition().forMonths());
        assertArrayEquals(new int[] {2, 3, 6, 4}, st.get(3).quota()[CN]);
        // Co-production is inherited when a stage does not list it.
        assertTrue(st.get(3).coproductionAllowed(Medium.DRAMA));

        assertArrayEquals(new int[] {4, 6, 6, 10}, st.get(4).quota()[CN]);
        assertArrayEquals(new int[] {U, U, U, U}, st.get(4).quota()[KR]);
        for (Medium m : Medium.values()) assertTrue(st.get(4).coproductionAllowed(m));
    }

    @Test
    void rapidOpeningIsByDateOnly() throws Exception {
        List<Stage> st = load("rapid-opening-2026.yaml").setup().policy().stages();
        assertEquals(List.of(YearMonth.of(2026, 4), YearMonth.of(2026, 10), YearMonth.of(2027, 4)),
                st.subList(1, 4).stream().map(x -> x.entry().date()).toList());
        for (Stage x : st.subList(1, 4)) assertNull(x.entry().condition());
        assertArrayEquals(new int[] {4, 10, 12, 15}, st.get(3).quota()[CN]);
    }

    @Test
    void shockScenarioIsTheGradualPathPlusShockAndRollback() throws Exception {
        ExchangePolicy shock = load("opening-with-shock-2026.yaml").setup().policy();
        ExchangePolicy gradual = load("gradual-opening-2026.yaml").setup().policy();
        assertEquals(gradual.stages().size(), shock.stages().size());
        for (int i = 0; i < gradual.stages().size(); i++) {
            Stage g = gradual.stages().get(i);
            Stage s = shock.stages().get(i);
            assertEquals(g.name(), s.name());
            assertEquals(g.entry(), s.entry());
            assertArrayEquals(g.quota()[CN], s.quota()[CN]);
            assertArrayEquals(g.coproduction(), s.coproduction());
        }
        assertEquals(1, shock.shocks().size());
        var sh = shock.shocks().get(0);
        assertEquals(LocalDate.of(2027, 3, 15), sh.date());
        assertEquals(0.6, sh.magnitude());
        assertEquals(6.0, sh.halfLifeMonths());
        assertEquals(1, shock.rollbacks().size());
        var rb = shock.rollbacks().get(0);
        assertEquals("tension", rb.when().metric());
        assertTrue(rb.when().above());
        assertEquals(0.6, rb.when().threshold());
        assertEquals(0, rb.toStage());
        assertEquals(12, rb.reentryLagMonths());
        assertNotNull(shock.stages().get(4).entry().condition());
    }
}
