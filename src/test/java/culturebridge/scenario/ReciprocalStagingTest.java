package culturebridge.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.Medium;
import culturebridge.model.SimCalendar;
import culturebridge.model.policy.ChannelGates;
import culturebridge.model.policy.ExchangePolicy;
import culturebridge.model.policy.Observations;
import culturebridge.model.policy.PolicyEvent;
import culturebridge.model.policy.PolicyState;
import culturebridge.model.policy.Stage;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Two-sided staging read from scenario files: a side's stage waits for the partner's step, steps
 * that require each other open together, a rollback brings the partner's response, and the
 * gradual arm walks the seed's order with Korea in step.
 */
class ReciprocalStagingTest {
    private static final int CN = 0;
    private static final int KR = 1;

    private static ExchangePolicy policy(Path file) throws Exception {
        return ScenarioLoader.load(file, TestMetrics::names).setup().policy();
    }

    private static ExchangePolicy withholds() throws Exception {
        return policy(Path.of("src/test/resources/policy/korea-withholds-music.yaml"));
    }

    /** The state after each month, and the month each stage was entered, for metric paths given by month. */
    private static final class Run {
        final PolicyState state;
        final List<String> cn = new ArrayList<>();
        final List<String> kr = new ArrayList<>();
        final List<Boolean> cnWaiting = new ArrayList<>();
        final List<String> krReason = new ArrayList<>();

        Run(ExchangePolicy p, YearMonth start, int months, Map<String, IntToDoubleFunction> metrics) {
            SimCalendar cal = new SimCalendar(start, months);
            state = new PolicyState(p, cal);
            for (int step = 0; step < cal.steps(); step++) {
                int completed = cal.monthIndex(step) - 1;
                Observations obs = new Observations() {
                    @Override public double lastMonth(String metric) {
                        IntToDoubleFunction f = metrics.get(metric);
                        return completed < 0 || f == null ? Double.NaN : f.applyAsDouble(completed);
                    }

                    @Override public double atStart(String metric) {
                        IntToDoubleFunction f = metrics.get(metric);
                        return f == null ? Double.NaN : f.applyAsDouble(0);
                    }
                };
                state.step(step, obs);
                if (cal.endsMonth(step)) {
                    cn.add(state.active(CN).name());
                    kr.add(state.active(KR).name());
                    cnWaiting.add(state.waitingForPartner(CN));
                    krReason.add(state.activeReason(KR));
                }
            }
        }

        /** First month index (0-based) in which a path is in the named stage, or -1. */
        int firstIn(List<String> path, String stage) { return path.indexOf(stage); }
    }

    @Test
    void koreaWithholdingItsStepKeepsChinasNextStageWaiting() throws Exception {
        ExchangePolicy p = withholds();
        // Korean opinion never rises: Korea's music step is never taken
        Run flat = new Run(p, YearMonth.of(2026, 1), 24, Map.of("favourable.KR", m -> 0.30, "tension", m -> 0.2));
        // the talks' first steps open together, on China's date
        assertEquals(3, flat.firstIn(flat.cn, "cn-films-and-dramas"));
        assertEquals(3, flat.firstIn(flat.kr, "kr-films-and-dramas"));
        // China's music date (2026-06) has come, but its stage waits for Korea's step to the end
        assertEquals(-1, flat.firstIn(flat.cn, "cn-music"));
        assertEquals("cn-films-and-dramas", flat.cn.get(23));
        assertFalse(flat.cnWaiting.get(4), "before 2026-06 China's own rule does not hold yet");
        assertTrue(flat.cnWaiting.get(5), "from 2026-06 China's music stage waits for Korea");
        assertTrue(flat.cnWaiting.get(23));
        assertEquals(0, flat.state.quota(CN, Medium.MUSIC));

        // once Korean opinion has risen by more than 0.05 for two months (months 9 and 10), both open in month 11
        Run rising = new Run(p, YearMonth.of(2026, 1), 24, Map.of("favourable.KR", m -> m >= 9 ? 0.40 : 0.30,
                "tension", m -> 0.2));
        assertEquals(11, rising.firstIn(rising.cn, "cn-music"));
        assertEquals(11, rising.firstIn(rising.kr, "kr-music"));
        assertFalse(rising.cnWaiting.get(11));
        assertEquals(6, rising.state.quota(CN, Medium.MUSIC));
    }

    @Test
    void eachSideSetsOnlyItsOwnMarketsGates() throws Exception {
        Run r = new Run(withholds(), YearMonth.of(2026, 1), 24, Map.of("favourable.KR", m -> m >= 9 ? 0.40 : 0.30,
                "tension", m -> 0.2));
        PolicyState s = r.state;
        assertEquals("cn-music + kr-music", s.active().name());
        assertEquals(3, s.platformLicences(CN, Medium.DRAMA));
        assertEquals(Stage.UNLIMITED, s.platformLicences(KR, Medium.DRAMA));
        assertEquals(4, s.broadcastSlots(KR, Medium.DRAMA));
        assertEquals(Stage.UNLIMITED, s.broadcastSlots(CN, Medium.DRAMA));
        assertEquals(8, s.reviewWeeks(CN));
        assertEquals(ChannelGates.PARAMETER_REVIEW, s.reviewWeeks(KR));
        assertEquals(1.5, s.coproductionIncentive(KR));
        assertEquals(1.0, s.coproductionIncentive(CN));
        // a co-production needs both sides' approval: Korea approves, China does not
        assertFalse(s.active().coproductionAllowed(Medium.FILM));
        assertEquals(Stage.UNLIMITED, s.quota(KR, Medium.FILM));
    }

    @Test
    void aRollbackOnChinasSideBringsKoreasResponse() throws Exception {
        ExchangePolicy p = withholds();
        // both sides reach their music stage in month 11; tension above 0.6 in month 14 only
        Run r = new Run(p, YearMonth.of(2026, 1), 24, Map.of("favourable.KR", m -> m >= 9 ? 0.40 : 0.30,
                "tension", m -> m == 14 ? 0.8 : 0.2));
        assertEquals("cn-music", r.cn.get(14));
        assertEquals("kr-music", r.kr.get(14));
        // checked at the start of month 15: China rolls back, Korea responds in the same month
        assertEquals("cn-status-quo", r.cn.get(15));
        assertEquals("kr-status-quo", r.kr.get(15));
        List<String> rollbacks = new ArrayList<>();
        for (PolicyEvent e : r.state.events()) {
            if (e.kind().equals("ROLLBACK")) rollbacks.add(e.date() + " " + e.label());
        }
        assertEquals(List.of("2027-04-01 rollback to cn-status-quo", "2027-04-01 rollback to kr-status-quo"), rollbacks);
        assertTrue(r.krReason.get(15).startsWith("response to the partner's rollback"), r.krReason.get(15));
        // China's lag ends after 3 months, Korea's after 5; the first steps require each other,
        // so they reopen together when Korea's lag is over (month 20)
        assertEquals("cn-status-quo", r.cn.get(19));
        assertTrue(r.cnWaiting.get(18), "China's own rule holds after its lag, but Korea is still in its lag");
        assertEquals("cn-films-and-dramas", r.cn.get(20));
        assertEquals("kr-films-and-dramas", r.kr.get(20));
    }

    @Test
    void withoutAResponseThePartnerKeepsItsStage() throws Exception {
        ExchangePolicy p = withholds();
        var rule = p.rollbacks().get(0);
        ExchangePolicy oneSided = new ExchangePolicy(p.stages(),
                List.of(new culturebridge.model.policy.RollbackRule(rule.when(), rule.toStage(), rule.reentryLagMonths())),
                p.shocks(), p.travel(), p.news());
        Run r = new Run(oneSided, YearMonth.of(2026, 1), 24, Map.of("favourable.KR", m -> m >= 9 ? 0.40 : 0.30,
                "tension", m -> m == 14 ? 0.8 : 0.2));
        assertEquals("cn-status-quo", r.cn.get(15));
        assertEquals("kr-music", r.kr.get(15));
    }

    @Test
    void theGradualArmWalksTheSeedsOrderWithKoreaInStep() throws Exception {
        ExchangePolicy p = policy(Path.of("scenarios/gradual-opening-2026.yaml"));
        // Chinese opinion warms by one point every three months from a start of 0.14
        Run r = new Run(p, YearMonth.of(2026, 1), 60, Map.of("favourable.CN", m -> 0.14 + 0.01 * (m / 3), "tension", m -> 0.25));
        List<String> order = new ArrayList<>();
        List<String> cnStages = new ArrayList<>();
        for (PolicyEvent e : r.state.events()) {
            if (!e.kind().equals("STAGE")) continue;
            order.add(e.date() + " " + e.label());
            if (e.label().startsWith("cn-")) cnStages.add(e.label());
        }
        assertEquals(List.of("cn-status-quo", "cn-films-and-dramas", "cn-music", "cn-digital", "cn-coproductions",
                "cn-joint-ventures", "cn-shared-festivals"), cnStages, "the seed's order");
        // every Chinese step opens in the same month as Korea's matching step
        for (int i = 0; i < order.size(); i += 2) {
            String[] cn = order.get(i).split(" ");
            String[] kr = order.get(i + 1).split(" ");
            assertEquals(cn[0], kr[0], order.toString());
            assertEquals(cn[1].replaceFirst("^cn-", ""), kr[1].replaceFirst("^kr-", ""), order.toString());
        }
        assertEquals("2026-07-01 cn-films-and-dramas", order.get(2));
    }
}
