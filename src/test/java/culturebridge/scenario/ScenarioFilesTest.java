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
                Arguments.of("status-quo-2026.yaml", 2),
                Arguments.of("gradual-opening-2026.yaml", 14),
                Arguments.of("rapid-opening-2026.yaml", 8),
                Arguments.of("opening-with-shock-2026.yaml", 14),
                Arguments.of("reciprocal-with-platforms-2026.yaml", 14));
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
        // Each side's first stage is its status quo in every scenario: the same 2025 restrictions.
        ExchangePolicy p = setup.policy();
        assertTrue(p.twoSided());
        Stage cn = p.stages().get(p.paths().get(CN).get(0));
        Stage kr = p.stages().get(p.paths().get(KR).get(0));
        assertEquals("cn-status-quo", cn.name());
        assertEquals("kr-status-quo", kr.name());
        assertNull(cn.entry());
        assertNull(kr.entry());
        assertArrayEquals(new int[] {0, 1, 0, 4}, cn.quota()[CN]);
        assertArrayEquals(new int[] {U, U, U, U}, kr.quota()[KR]);
        assertArrayEquals(new boolean[Medium.COUNT], cn.coproduction());
        assertArrayEquals(new boolean[Medium.COUNT], cn.gates().jointVentures()[CN]);
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
    void gradualOpeningStagesFollowTheSeedsOrderReciprocally() throws Exception {
        Setup s = load("gradual-opening-2026.yaml").setup();
        assertEquals(0.25, s.params().getBaselineTension());
        ExchangePolicy p = s.policy();
        List<Stage> cn = p.paths().get(CN).stream().map(p.stages()::get).toList();
        List<Stage> kr = p.paths().get(KR).stream().map(p.stages()::get).toList();
        assertEquals(List.of("cn-status-quo", "cn-films-and-dramas", "cn-music", "cn-digital", "cn-coproductions",
                "cn-joint-ventures", "cn-shared-festivals"), cn.stream().map(Stage::name).toList());
        // every step after the first waits for the partner's matching step, on both sides
        for (int i = 1; i < cn.size(); i++) {
            assertEquals(kr.get(i).name(), cn.get(i).entry().requires());
            assertEquals(cn.get(i).name(), kr.get(i).entry().requires());
            assertNull(kr.get(i).entry().condition(), "Korea's steps have no rule of their own in this arm");
        }
        assertEquals(YearMonth.of(2026, 7), cn.get(1).entry().date());
        assertArrayEquals(new int[] {1, 2, 0, 4}, cn.get(1).quota()[CN]);
        assertEquals(Medium.FILM, cn.get(1).festivals().get(0).medium());
        assertEquals(CN, cn.get(1).festivals().get(0).market());
        assertEquals(KR, kr.get(1).festivals().get(0).market());

        var music = cn.get(2).entry().condition();
        assertEquals("favourable.CN", music.metric());
        assertTrue(music.above());
        assertTrue(music.sinceStart(), "warming is a rise since the start of the arm");
        assertEquals(0.02, music.threshold());
        assertEquals(3, music.forMonths());
        assertEquals(YearMonth.of(2027, 1), cn.get(2).entry().notBefore());
        assertArrayEquals(new int[] {2, 3, 6, 4}, cn.get(2).quota()[CN]);
        assertArrayEquals(new int[] {2, 3, 6, 10}, cn.get(3).quota()[CN]);
        // co-productions only from their own stage, and inherited after it
        assertFalse(cn.get(3).coproductionAllowed(Medium.FILM));
        for (Medium m : Medium.values()) assertTrue(cn.get(4).coproductionAllowed(m) && cn.get(6).coproductionAllowed(m));
        assertEquals(1.5, kr.get(4).gates().coproductionIncentive()[KR]);
        assertFalse(cn.get(4).gates().jointVentures()[CN][Medium.DRAMA.ordinal()]);
        assertTrue(cn.get(5).gates().jointVentures()[CN][Medium.DRAMA.ordinal()]);
        assertArrayEquals(new int[] {4, 6, 6, 10}, cn.get(6).quota()[CN]);
        assertArrayEquals(new int[] {U, U, U, U}, kr.get(6).quota()[KR]);
        // the thresholds rise step by step
        for (int i = 3; i < cn.size(); i++) {
            assertTrue(cn.get(i).entry().condition().threshold() > cn.get(i - 1).entry().condition().threshold());
        }
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
        assertEquals("kr-status-quo", shock.stages().get(rb.response().toStage()).name());
        assertEquals(12, rb.response().reentryLagMonths());
        assertNotNull(shock.stages().get(4).entry().condition());
    }
}
