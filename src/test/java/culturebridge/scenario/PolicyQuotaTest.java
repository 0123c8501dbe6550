package culturebridge.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.Medium;
import culturebridge.model.policy.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quotas and co-production carry over between stages unless a stage changes them. */
class PolicyQuotaTest {
    @TempDir
    Path dir;

    List<Stage> stages(String policy) throws Exception {
        Path f = dir.resolve("q.yaml");
        Files.writeString(f, "start: 2026-01\nmonths: 24\ncountries: cn-kr\npolicy:\n" + policy);
        return ScenarioLoader.load(f, TestMetrics::names).setup().policy().stages();
    }

    @Test
    void laterStagesInheritWhatTheyDoNotGive() throws Exception {
        List<Stage> st = stages("""
                  stages:
                    - name: a
                      quota:
                        CN: {film: 0, drama: 1, music: 2, digital: 3}
                        KR: {film: 5, drama: 6, music: 7, digital: unlimited}
                      coproduction: [film]
                    - name: b
                      enter: {date: 2026-04}
                      quota:
                        CN: {drama: 9}
                    - name: c
                      enter: {date: 2026-10}
                      quota:
                        KR: {film: unlimited}
                        CN: {music: 0}
                      coproduction: [music, digital]
                    - name: d
                      enter: {date: 2026-10}
                      coproduction:
                """);
        assertArrayEquals(new int[] {0, 1, 2, 3}, st.get(0).quota()[0]);
        assertArrayEquals(new int[] {5, 6, 7, Stage.UNLIMITED}, st.get(0).quota()[1]);
        assertArrayEquals(new int[] {0, 9, 2, 3}, st.get(1).quota()[0]);
        assertArrayEquals(new int[] {5, 6, 7, Stage.UNLIMITED}, st.get(1).quota()[1]);
        assertArrayEquals(new int[] {0, 9, 0, 3}, st.get(2).quota()[0]);
        assertArrayEquals(new int[] {Stage.UNLIMITED, 6, 7, Stage.UNLIMITED}, st.get(2).quota()[1]);
        assertArrayEquals(st.get(2).quota()[0], st.get(3).quota()[0]);
        assertEquals(Stage.UNLIMITED, st.get(3).quota(1, Medium.FILM));

        assertTrue(st.get(0).coproductionAllowed(Medium.FILM));
        assertTrue(st.get(1).coproductionAllowed(Medium.FILM), "co-production inherited");
        assertFalse(st.get(2).coproductionAllowed(Medium.FILM), "a listed set replaces the previous one");
        assertTrue(st.get(2).coproductionAllowed(Medium.MUSIC));
        assertTrue(st.get(2).coproductionAllowed(Medium.DIGITAL));
        for (Medium m : Medium.values()) assertFalse(st.get(3).coproductionAllowed(m), "empty coproduction means none");
        // Inherited arrays are copies: changing one stage's table cannot change another's.
        st.get(1).quota()[0][0] = 42;
        assertEquals(0, st.get(0).quota()[0][0]);
    }

    @Test
    void unlimitedMapsToStageUnlimitedAndOneValueSetsAllMedia() throws Exception {
        List<Stage> st = stages("""
                  stages:
                    - name: a
                      quota:
                        CN: 2
                        KR: unlimited
                """);
        assertArrayEquals(new int[] {2, 2, 2, 2}, st.get(0).quota()[0]);
        for (Medium m : Medium.values()) assertEquals(Integer.MAX_VALUE, st.get(0).quota(1, m));
        assertArrayEquals(new boolean[Medium.COUNT], st.get(0).coproduction(), "no co-production by default");
    }

    @Test
    void entryConditionsAndDatesAreKept() throws Exception {
        List<Stage> st = stages("""
                  stages:
                    - name: a
                      quota: {CN: 0, KR: unlimited}
                    - name: b
                      enter:
                        date: 2026-06
                        when: {metric: adoption.KR.drama.in.CN, below: 0.05, forMonths: 2}
                        notBefore: 2026-09
                """);
        var e = st.get(1).entry();
        assertEquals(java.time.YearMonth.of(2026, 6), e.date());
        assertEquals(java.time.YearMonth.of(2026, 9), e.notBefore());
        assertEquals("adoption.KR.drama.in.CN", e.condition().metric());
        assertFalse(e.condition().above());
        assertEquals(0.05, e.condition().threshold());
        assertEquals(2, e.condition().forMonths());
    }
}
