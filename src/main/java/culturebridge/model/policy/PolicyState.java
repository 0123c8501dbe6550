package culturebridge.model.policy;

import culturebridge.model.Medium;
import culturebridge.model.SimCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The running state of an {@link ExchangePolicy}: which stage is active on each path (one joint
 * path, or one per country), how long each condition has held, whether a rollback's re-entry lag
 * is running on a path, and which path waits for the partner's step.
 *
 * <p>Checked once a month, at the first step of each calendar month, on the month just
 * completed: first the rollback rules (a rollback whose condition has held long enough and
 * whose target is before its path's active stage returns that path to it and starts the lag;
 * its response, if any, returns the partner's path likewise), then, on each path outside a lag
 * and not rolled back this month, the next stage's own entry rule (date reached, not-before
 * passed, condition held for its months). A stage whose own rule holds but which requires a
 * partner's step waits until the partner has taken that step or takes it in the same month, so
 * that steps agreed together open together. At most one stage change a month on each path:
 * stages open "gradually and step by step".
 *
 * <p>The levers in force ({@link #active()}, {@link #quota}, {@link #platformLicences} and the
 * other gates) combine the paths: each market's from the path that governs it; co-productions
 * where both sides approve them.
 */
public final class PolicyState implements java.io.Serializable {
    private static final long serialVersionUID = 2L;

    private final ExchangePolicy policy;
    private final SimCalendar calendar;
    /** Stage indices of each path, in path order. */
    private final int[][] paths;
    /** Path of each stage. */
    private final int[] pathOf;
    /** Position on its path of the active stage, per path. */
    private final int[] position;
    private final int[] lagUntilMonth;
    private final String[] reasons;
    private final LocalDate[] enteredOn;
    private final boolean[] waiting;
    private final int[] stageHeld;
    private final int[] rollbackHeld;
    private int lastCheckedMonth = -1;
    private final List<PolicyEvent> events = new ArrayList<>();
    private Stage combined;

    public PolicyState(ExchangePolicy policy, SimCalendar calendar) {
        this.policy = policy;
        this.calendar = calendar;
        List<List<Integer>> p = policy.paths();
        this.paths = new int[p.size()][];
        this.pathOf = new int[policy.stages().size()];
        for (int t = 0; t < paths.length; t++) {
            paths[t] = p.get(t).stream().mapToInt(Integer::intValue).toArray();
            for (int k : paths[t]) pathOf[k] = t;
        }
        this.position = new int[paths.length];
        this.lagUntilMonth = new int[paths.length];
        Arrays.fill(lagUntilMonth, Integer.MIN_VALUE);
        this.reasons = new String[paths.length];
        Arrays.fill(reasons, "initial stage");
        this.enteredOn = new LocalDate[paths.length];
        Arrays.fill(enteredOn, calendar.start().atDay(1));
        this.waiting = new boolean[paths.length];
        this.stageHeld = new int[policy.stages().size()];
        this.rollbackHeld = new int[policy.rollbacks().size()];
        for (int[] path : paths) events.add(new PolicyEvent(calendar.start().atDay(1), "STAGE", policy.stages().get(path[0]).name()));
        for (Shock s : policy.shocks()) events.add(new PolicyEvent(s.date(), "SHOCK", s.name()));
        for (Stage st : policy.stages()) {
            for (Festival f : st.festivals()) events.add(new PolicyEvent(f.start().atDay(1), "FESTIVAL", f.name()));
        }
        for (TravelRegime r : policy.travel().regimes()) {
            if (!r.date().isBefore(calendar.start().atDay(1))) events.add(new PolicyEvent(r.date(), "REGIME", r.name()));
        }
        for (Epidemic e : policy.travel().epidemics()) {
            events.add(new PolicyEvent(e.start(), "EPIDEMIC", e.name()));
            events.add(new PolicyEvent(e.end().plusDays(1), "EPIDEMIC_END", e.name()));
        }
        combine();
    }

    public ExchangePolicy policy() { return policy; }

    /** Number of paths: 1 for joint stages, 2 for a two-sided policy (path c is country c's). */
    public int paths() { return paths.length; }

    /** Index (into the policy's stages) of the active stage of path {@code t}. */
    public int activeIndex(int t) { return paths[t][position[t]]; }

    /** Index of the active stage of the first path (the only one of a joint policy). */
    public int activeIndex() { return activeIndex(0); }

    /** The active stage of path {@code t}. */
    public Stage active(int t) { return policy.stages().get(activeIndex(t)); }

    /**
     * The stage in force: the active stage of a joint policy; for a two-sided one, a stage named
     * after both paths' active stages (" + " between them) with each market's levers from its
     * own side's stage and co-productions where both sides approve them.
     */
    public Stage active() { return combined; }

    /** Why path {@code t}'s active stage is active (its entry rule, or the rollback that led to it). */
    public String activeReason(int t) { return reasons[t]; }

    /** Why the first path's active stage is active. */
    public String activeReason() { return reasons[0]; }

    /** When path {@code t}'s active stage was entered (or the run started). */
    public LocalDate enteredOn(int t) { return enteredOn[t]; }

    /** Whether path {@code t}'s next stage met its own rule at the last check but waits for the partner's step. */
    public boolean waitingForPartner(int t) { return waiting[t]; }

    /** Months the condition of stage k (or 0 if none) has held up to the last completed month. */
    public int monthsHeld(int stage) { return stageHeld[stage]; }

    /** True while a rollback's re-entry lag blocks stage changes on path {@code t}. */
    public boolean inLag(int t, YearMonth month) { return calendar.monthIndex(month) < lagUntilMonth[t]; }

    /** True while a rollback's re-entry lag blocks stage changes on any path. */
    public boolean inLag(YearMonth month) {
        for (int t = 0; t < paths.length; t++) if (inLag(t, month)) return true;
        return false;
    }

    /**
     * Stage, rollback, shock, festival, travel-regime and epidemic events so far (the dated
     * ones known in advance are listed from the start; regimes in force before the start are
     * left out).
     */
    public List<PolicyEvent> events() { return events; }

    /** Quota of partner titles of medium m per quarter into market c under the stages in force. */
    public int quota(int market, Medium m) { return combined.quota(market, m); }

    /** Partner titles of medium m per quarter that licensed streaming platforms in the market may add ({@link Stage#UNLIMITED}: no cap). */
    public int platformLicences(int market, Medium m) { return combined.gates().platformLicences()[market][m.ordinal()]; }

    /** Partner titles of medium m per quarter given broadcast or screen slots in the market ({@link Stage#UNLIMITED}: no cap). */
    public int broadcastSlots(int market, Medium m) { return combined.gates().broadcastSlots()[market][m.ordinal()]; }

    /** Review delay for partner titles in the market, in weeks; {@link ChannelGates#PARAMETER_REVIEW} defers to the parameter. */
    public int reviewWeeks(int market) { return combined.gates().reviewWeeks()[market]; }

    /** Share of the group-tour channel that travellers' own government (country {@code origin}) permits. */
    public double groupTourPermit(int origin) { return combined.gates().groupTours()[origin]; }

    /** Multiplier on studios' co-production propensity from market {@code c}'s incentives. */
    public double coproductionIncentive(int market) { return combined.gates().coproductionIncentive()[market]; }

    /** Whether market {@code c}'s government permits joint ventures with the partner's studios in medium m. */
    public boolean jointVenturesAllowed(int market, Medium m) { return combined.gates().jointVentures()[market][m.ordinal()]; }

    /**
     * Festival boost to the supply of medium m in a market this month, from festivals of the
     * active and all earlier stages of each path (a festival is agreed with its stage and held
     * as dated).
     */
    public double festivalBoost(int market, Medium m, YearMonth month) {
        double b = 0;
        for (int t = 0; t < paths.length; t++) {
            for (int i = 0; i <= position[t]; i++) {
                for (Festival f : policy.stages().get(paths[t][i]).festivals()) {
                    if (f.market() == market && f.medium() == m && f.runsIn(month)) b += f.boost();
                }
            }
        }
        return b;
    }

    /** Monthly check; call at every step, it acts on the first step of each month. */
    public void step(long step, Observations obs) {
        if (!calendar.startsMonth(step)) return;
        int monthIndex = calendar.monthIndex(step);
        if (monthIndex == lastCheckedMonth) return;
        lastCheckedMonth = monthIndex;
        YearMonth month = calendar.month(step);
        if (step > calendar.firstStep()) updateHeld(obs);

        boolean[] changed = new boolean[paths.length];
        for (int r = 0; r < rollbackHeld.length; r++) {
            RollbackRule rule = policy.rollbacks().get(r);
            int t = pathOf[rule.toStage()];
            if (changed[t] || rule.toStage() >= activeIndex(t) || rollbackHeld[r] < rule.when().forMonths()) continue;
            String why = "rollback: " + rule.when() + "; re-entry lag " + rule.reentryLagMonths() + " months";
            rollBack(t, rule.toStage(), monthIndex + rule.reentryLagMonths(), why, month);
            changed[t] = true;
            RollbackRule.Response answer = rule.response();
            if (answer != null) {
                int u = pathOf[answer.toStage()];
                if (!changed[u] && answer.toStage() < activeIndex(u)) {
                    rollBack(u, answer.toStage(), monthIndex + answer.reentryLagMonths(), "response to the partner's rollback to '"
                            + policy.stages().get(rule.toStage()).name() + "'; re-entry lag " + answer.reentryLagMonths() + " months", month);
                    changed[u] = true;
                }
            }
        }
        boolean anyChanged = false;
        for (boolean c : changed) anyChanged |= c;
        if (anyChanged && paths.length == 1) {
            combine();
            return;
        }

        boolean[] ready = new boolean[paths.length];
        for (int t = 0; t < paths.length; t++) ready[t] = !changed[t] && ownRuleHolds(t, month, monthIndex);
        boolean[] open = ready.clone();
        // Steps that wait for each other open together: drop, until none is left to drop, every
        // ready step whose partner's step is neither taken nor opening now.
        for (boolean dropped = true; dropped; ) {
            dropped = false;
            for (int t = 0; t < paths.length; t++) {
                if (open[t] && !partnerStepTaken(t, open)) {
                    open[t] = false;
                    dropped = true;
                }
            }
        }
        for (int t = 0; t < paths.length; t++) {
            waiting[t] = ready[t] && !open[t];
            if (!open[t]) continue;
            position[t]++;
            Stage next = active(t);
            reasons[t] = next.entry().toString();
            enteredOn[t] = month.atDay(1);
            events.add(new PolicyEvent(month.atDay(1), "STAGE", next.name()));
            anyChanged = true;
        }
        if (anyChanged) combine();
    }

    private void rollBack(int t, int toStage, int lagUntil, String why, YearMonth month) {
        int pos = 0;
        while (paths[t][pos] != toStage) pos++;
        position[t] = pos;
        lagUntilMonth[t] = lagUntil;
        reasons[t] = why;
        enteredOn[t] = month.atDay(1);
        waiting[t] = false;
        events.add(new PolicyEvent(month.atDay(1), "ROLLBACK", "rollback to " + active(t).name()));
    }

    /** Whether path t's next stage may be entered by its own rule this month (outside a lag). */
    private boolean ownRuleHolds(int t, YearMonth month, int monthIndex) {
        if (monthIndex < lagUntilMonth[t] || position[t] + 1 >= paths[t].length) return false;
        int k = paths[t][position[t] + 1];
        StageEntry entry = policy.stages().get(k).entry();
        if (entry == null || !entry.datesAllow(month)) return false;
        return entry.condition() == null || stageHeld[k] >= entry.condition().forMonths();
    }

    /** Whether the partner's step that path t's next stage requires is taken, or opens now. */
    private boolean partnerStepTaken(int t, boolean[] open) {
        String req = policy.stages().get(paths[t][position[t] + 1]).entry().requires();
        if (req == null) return true;
        int k = policy.stageIndex(req);
        int u = pathOf[k];
        if (activeIndex(u) >= k) return true;
        return open[u] && paths[u][position[u] + 1] == k;
    }

    private void combine() {
        if (paths.length == 1) {
            combined = active(0);
            return;
        }
        Stage a = active(0);
        Stage b = active(1);
        int[][] quota = {a.quota()[0].clone(), b.quota()[1].clone()};
        boolean[] copro = new boolean[Medium.COUNT];
        for (int m = 0; m < Medium.COUNT; m++) copro[m] = a.coproduction()[m] && b.coproduction()[m];
        List<Festival> festivals = new ArrayList<>(a.festivals());
        festivals.addAll(b.festivals());
        ChannelGates gates = a.gates().withMarket(1, b.gates());
        combined = new Stage(a.name() + " + " + b.name(), null, quota, copro, festivals, Stage.JOINT, gates);
    }

    private void updateHeld(Observations obs) {
        for (int k = 0; k < stageHeld.length; k++) {
            StageEntry e = policy.stages().get(k).entry();
            if (e == null || e.condition() == null) continue;
            stageHeld[k] = holds(e.condition(), obs) ? stageHeld[k] + 1 : 0;
        }
        for (int r = 0; r < rollbackHeld.length; r++) {
            rollbackHeld[r] = holds(policy.rollbacks().get(r).when(), obs) ? rollbackHeld[r] + 1 : 0;
        }
    }

    private static boolean holds(Condition c, Observations obs) {
        return c.holds(obs);
    }
}
