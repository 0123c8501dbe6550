package culturebridge.model.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import culturebridge.model.Medium;
import culturebridge.model.SimCalendar;
import culturebridge.model.TestSetups;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Stage entry by date, by a condition held N months, never before not-before; rollback and re-entry. */
class PolicyStateTest {

    private static final YearMonth START = YearMonth.of(2026, 1);

    private static Stage stage(String name, StageEntry entry) {
        return new Stage(name, entry, TestSetups.quota(1), new boolean[Medium.COUNT], List.of());
    }

    /** Runs the policy over the months; metric "x" in month i is x.applyAsDouble(i). Returns the stage name per month. */
    private static List<String> run(ExchangePolicy policy, int months, IntToDoubleFunction x, IntToDoubleFunction tension) {
        SimCalendar cal = new SimCalendar(START, months);
        PolicyState state = new PolicyState(policy, cal);
        List<String> stages = new ArrayList<>();
        for (int step = 0; step < cal.steps(); step++) {
            int completed = cal.monthIndex(step) - 1; // the month the policy observes
            Observations obs = metric -> completed < 0 ? Double.NaN
                    : metric.equals("x") ? x.applyAsDouble(completed)
                    : metric.equals("tension") ? tension.applyAsDouble(completed) : Double.NaN;
            state.step(step, obs);
            if (cal.endsMonth(step)) stages.add(state.active().name());
        }
        return stages;
    }

    @Test
    void stageEnteredOnItsDate() {
        ExchangePolicy p = new ExchangePolicy(List.of(stage("s0", null),
                stage("s1", new StageEntry(YearMonth.of(2026, 4), null, null))), List.of(), List.of());
        List<String> s = run(p, 6, i -> 0, i -> 0);
        assertEquals(List.of("s0", "s0", "s0", "s1", "s1", "s1"), s);
    }

    @Test
    void stageEnteredWhenConditionHeldForNMonths() {
        Condition c = new Condition("x", true, 0.5, 3);
        ExchangePolicy p = new ExchangePolicy(List.of(stage("s0", null),
                stage("s1", new StageEntry(null, c, null))), List.of(), List.of());
        // x > 0.5 in months 1, 2 (break at 3), then 4, 5, 6 -> held 3 months after month 6 -> s1 from month 7
        double[] x = {0, 1, 1, 0, 1, 1, 1, 1, 1, 1};
        List<String> s = run(p, 10, i -> x[i], i -> 0);
        assertEquals(List.of("s0", "s0", "s0", "s0", "s0", "s0", "s0", "s1", "s1", "s1"), s);
    }

    @Test
    void aRelativeConditionComparesTheChangeSinceTheStart() {
        // x starts at 0.30 (a warmed-up history's level): "risen by 0.02" needs x > 0.32,
        // which an absolute 0.16 threshold would have taken as met at once
        Condition c = new Condition("x", true, 0.02, 2, true);
        ExchangePolicy p = new ExchangePolicy(List.of(stage("s0", null),
                stage("s1", new StageEntry(null, c, null))), List.of(), List.of());
        double[] x = {0.30, 0.31, 0.33, 0.34, 0.34, 0.34, 0.34, 0.34};
        SimCalendar cal = new SimCalendar(START, x.length);
        PolicyState state = new PolicyState(p, cal);
        List<String> stages = new ArrayList<>();
        for (int step = 0; step < cal.steps(); step++) {
            int completed = cal.monthIndex(step) - 1;
            Observations obs = new Observations() {
                @Override public double lastMonth(String metric) { return completed < 0 ? Double.NaN : x[completed]; }
                @Override public double atStart(String metric) { return 0.30; }
            };
            state.step(step, obs);
            if (cal.endsMonth(step)) stages.add(state.active().name());
        }
        // above 0.32 in months 2 and 3 (0-based) -> held 2 months when month 4 starts
        assertEquals(List.of("s0", "s0", "s0", "s0", "s1", "s1", "s1", "s1"), stages);
        assertEquals("x risen by more than 0.02 since the start for 2 months", c.toString());
        Condition fall = new Condition("x", false, -0.05, 1, true);
        assertEquals(true, fall.holds(new Observations() {
            @Override public double lastMonth(String metric) { return 0.24; }
            @Override public double atStart(String metric) { return 0.30; }
        }));
    }

    @Test
    void neverBeforeNotBefore() {
        Condition c = new Condition("x", true, 0.5, 1);
        ExchangePolicy p = new ExchangePolicy(List.of(stage("s0", null),
                stage("s1", new StageEntry(null, c, YearMonth.of(2026, 6)))), List.of(), List.of());
        List<String> s = run(p, 8, i -> 1, i -> 0);
        assertEquals(List.of("s0", "s0", "s0", "s0", "s0", "s1", "s1", "s1"), s);
    }

    @Test
    void rollbackReturnsToEarlierStageAndReentersAfterLag() {
        RollbackRule rule = new RollbackRule(new Condition("tension", true, 0.6, 1), 0, 4);
        ExchangePolicy p = new ExchangePolicy(List.of(stage("s0", null),
                stage("s1", new StageEntry(YearMonth.of(2026, 2), null, null))), List.of(rule), List.of());
        // tension high in month 3 only -> rollback at the start of month 4, lag 4 months -> s1 again in month 8
        double[] t = {0, 0, 0, 0.9, 0, 0, 0, 0, 0, 0, 0, 0};
        List<String> s = run(p, 12, i -> 0, i -> t[i]);
        assertEquals(List.of("s0", "s1", "s1", "s1", "s0", "s0", "s0", "s0", "s1", "s1", "s1", "s1"), s);
    }

    @Test
    void shockDecaysByHalfLife() {
        Shock shock = new Shock("s", LocalDate.of(2026, 1, 1), 0.8, 6);
        assertEquals(0.0, shock.contribution(-1), 1e-12);
        assertEquals(0.8, shock.contribution(0), 1e-12);
        assertEquals(0.4, shock.contribution(Math.round(6 * 365.25 / 12)), 1e-3);
    }
}
