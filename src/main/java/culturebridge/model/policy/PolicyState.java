package culturebridge.model.policy;

import culturebridge.model.Medium;
import culturebridge.model.SimCalendar;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The running state of an {@link ExchangePolicy}: which stage is active, how long each
 * condition has held, and whether a rollback's re-entry lag is running.
 *
 * <p>Checked once a month, at the first step of each calendar month, on the month just
 * completed: first the rollback rules (a rollback whose condition has held long enough and
 * whose target is before the active stage returns to it and starts the lag), then, outside a
 * lag, the next stage's entry (date reached, not-before passed, condition held for its months).
 * At most one stage change a month: stages open "gradually and step by step".
 */
public final class PolicyState implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final ExchangePolicy policy;
    private final SimCalendar calendar;
    private int active;
    private int lagUntilMonth = Integer.MIN_VALUE;
    private final int[] stageHeld;
    private final int[] rollbackHeld;
    private int lastCheckedMonth = -1;
    private final List<PolicyEvent> events = new ArrayList<>();
    private String activeReason = "initial stage";
    /** Channel levers by importing market ({@link #UNSET}: no limit set). */
    private final int[] platformLicencesPerYear = {UNSET, UNSET};
    private final int[] broadcastSlotsForPartner = {UNSET, UNSET};

    public PolicyState(ExchangePolicy policy, SimCalendar calendar) {
        this.policy = policy;
        this.calendar = calendar;
        this.stageHeld = new int[policy.stages().size()];
        this.rollbackHeld = new int[policy.rollbacks().size()];
        events.add(new PolicyEvent(calendar.start().atDay(1), "STAGE", policy.stages().get(0).name()));
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
    }

    public ExchangePolicy policy() { return policy; }

    /** Index of the active stage. */
    public int activeIndex() { return active; }

    /** The active stage. */
    public Stage active() { return policy.stages().get(active); }

    /** Why the active stage is active (its entry rule, or the rollback that led to it). */
    public String activeReason() { return activeReason; }

    /** Months the condition of stage k (or 0 if none) has held up to the last completed month. */
    public int monthsHeld(int stage) { return stageHeld[stage]; }

    /** True while a rollback's re-entry lag blocks stage changes. */
    public boolean inLag(YearMonth month) { return calendar.monthIndex(month) < lagUntilMonth; }

    /**
     * Stage, rollback, shock, festival, travel-regime and epidemic events so far (the dated
     * ones known in advance are listed from the start; regimes in force before the start are
     * left out).
     */
    public List<PolicyEvent> events() { return events; }

    /** Quota of partner titles of medium m per quarter into market c under the active stage. */
    public int quota(int market, Medium m) { return active().quota(market, m); }

    /**
     * Festival boost to the supply of medium m in a market this month, from festivals of the
     * active and all earlier stages (a festival is agreed with its stage and held as dated).
     */
    public double festivalBoost(int market, Medium m, YearMonth month) {
        double b = 0;
        for (int k = 0; k <= active; k++) {
            for (Festival f : policy.stages().get(k).festivals()) {
                if (f.market() == market && f.medium() == m && f.runsIn(month)) b += f.boost();
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

        for (int r = 0; r < rollbackHeld.length; r++) {
            RollbackRule rule = policy.rollbacks().get(r);
            if (rule.toStage() < active && rollbackHeld[r] >= rule.when().forMonths()) {
                active = rule.toStage();
                lagUntilMonth = monthIndex + rule.reentryLagMonths();
                activeReason = "rollback: " + rule.when() + "; re-entry lag " + rule.reentryLagMonths() + " months";
                events.add(new PolicyEvent(month.atDay(1), "ROLLBACK", "rollback to " + active().name()));
                return;
            }
        }
        if (monthIndex < lagUntilMonth || active + 1 >= policy.stages().size()) return;
        Stage next = policy.stages().get(active + 1);
        StageEntry entry = next.entry();
        if (entry == null || !entry.datesAllow(month)) return;
        if (entry.condition() != null && stageHeld[active + 1] < entry.condition().forMonths()) return;
        active++;
        activeReason = entry.toString();
        events.add(new PolicyEvent(month.atDay(1), "STAGE", next.name()));
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

    // ---- channel levers: limits a market sets on the partner's titles by route ----

    /** A channel lever that no policy has set: the route is not limited by it. */
    public static final int UNSET = -1;

    /**
     * Platform licences a year that market {@code market} allows for the partner's titles on
     * licensed streaming platforms (China's lever on Korean dramas on iQiyi, Youku, Tencent
     * Video), or {@link #UNSET}.
     */
    public int platformLicencesPerYear(int market) { return platformLicencesPerYear[market]; }

    /** Sets the platform licences a year of a market ({@link #UNSET} removes the limit). */
    public void setPlatformLicencesPerYear(int market, int perYear) {
        if (perYear < UNSET) throw new IllegalArgumentException("platform licences per year must be >= 0 (or UNSET), got " + perYear);
        platformLicencesPerYear[market] = perYear;
    }

    /**
     * Broadcast slots a quarter that market {@code market} gives the partner's dramas (Korea's
     * lever on Chinese content on its broadcasters), or {@link #UNSET}.
     */
    public int broadcastSlotsForPartner(int market) { return broadcastSlotsForPartner[market]; }

    /** Sets the broadcast slots a quarter of a market ({@link #UNSET} removes the limit). */
    public void setBroadcastSlotsForPartner(int market, int perQuarter) {
        if (perQuarter < UNSET) throw new IllegalArgumentException("broadcast slots must be >= 0 (or UNSET), got " + perQuarter);
        broadcastSlotsForPartner[market] = perQuarter;
    }
}
