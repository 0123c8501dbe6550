package culturebridge.gui;

import culturebridge.model.Medium;
import culturebridge.model.SimCalendar;
import culturebridge.model.policy.Condition;
import culturebridge.model.policy.ExchangePolicy;
import culturebridge.model.policy.Festival;
import culturebridge.model.policy.Observations;
import culturebridge.model.policy.PolicyEvent;
import culturebridge.model.policy.PolicyState;
import culturebridge.model.policy.RollbackRule;
import culturebridge.model.policy.Shock;
import culturebridge.model.policy.Stage;
import culturebridge.model.policy.StageEntry;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The exchange policy as the GUI's policy panel explains it at one moment of a run: every
 * stage with what it opens, whether it is past, active or still to come, and for the stages
 * to come how far their entry condition is (the condition's metric in the last completed
 * month, the months it has held, the months it needs); why the active stage is active; the
 * rollback rules with their metrics now; the shocks. It is a snapshot taken on the model's
 * thread (values, no references into the running model), rendered to HTML on the Swing
 * thread.
 *
 * @param month      the month of the last completed step
 * @param active     index of the active stage
 * @param reason     why the active stage is active ({@link PolicyState#activeReason()})
 * @param since      date the active stage was entered (or the run started)
 * @param inLag      whether a rollback's re-entry lag now blocks stage changes
 * @param tension    political tension now
 * @param stages     one row per stage
 * @param rollbacks  one row per rollback rule
 * @param shocks     one row per shock
 */
public record PolicyReport(YearMonth month, int active, String reason, LocalDate since, boolean inLag, double tension,
                           List<StageRow> stages, List<RollbackRow> rollbacks, List<ShockRow> shocks) {

    /** Where a stage stands relative to the active one. */
    public enum Status { PASSED, ACTIVE, NEXT, LATER }

    /**
     * One stage.
     *
     * @param name         its name
     * @param status       past, active, next or later
     * @param entry        its entry rule in words (empty for the first stage)
     * @param opens        what it opens: quotas by market and medium, co-productions, festivals
     * @param condition    its entry condition in words, or null
     * @param value        the condition's metric in the last completed month (NaN if none yet)
     * @param monthsHeld   consecutive completed months the condition has held
     * @param monthsNeeded months it must hold
     * @param datesAllow   whether the entry's dates allow entry next month
     */
    public record StageRow(String name, Status status, String entry, String opens, String condition, double value,
                           int monthsHeld, int monthsNeeded, boolean datesAllow) {
    }

    /**
     * One rollback rule.
     *
     * @param condition its condition in words
     * @param toStage   the stage it returns to
     * @param lagMonths months without stage changes after it fires
     * @param value     the condition's metric in the last completed month (NaN if none yet)
     * @param holds     whether the condition held in the last completed month
     */
    public record RollbackRow(String condition, String toStage, int lagMonths, double value, boolean holds) {
    }

    /**
     * One political shock.
     *
     * @param name          its name
     * @param date          when it strikes
     * @param magnitude     tension it adds
     * @param halfLifeMonths months for its effect to halve
     * @param happened      whether it has struck
     */
    public record ShockRow(String name, LocalDate date, double magnitude, double halfLifeMonths, boolean happened) {
    }

    /**
     * Takes the snapshot.
     *
     * @param policy   the running policy
     * @param obs      last month's metrics (the run's collector)
     * @param calendar the run's calendar
     * @param stepsDone steps completed
     * @param tension  political tension now
     * @param codes    the two country codes (for naming markets)
     */
    public static PolicyReport of(PolicyState policy, Observations obs, SimCalendar calendar, long stepsDone, double tension,
                                  List<String> codes) {
        ExchangePolicy p = policy.policy();
        long last = Math.max(0, stepsDone - 1);
        YearMonth month = calendar.month(last);
        YearMonth next = calendar.month(stepsDone);
        int active = policy.activeIndex();
        List<StageRow> stages = new ArrayList<>();
        for (int k = 0; k < p.stages().size(); k++) {
            Stage s = p.stages().get(k);
            Status status = k < active ? Status.PASSED : k == active ? Status.ACTIVE : k == active + 1 ? Status.NEXT : Status.LATER;
            StageEntry e = s.entry();
            Condition c = e == null ? null : e.condition();
            stages.add(new StageRow(s.name(), status, e == null ? "" : e.toString(), opens(s, k == 0 ? null : p.stages().get(k - 1), codes),
                    c == null ? null : c.toString(), c == null ? Double.NaN : c.value(obs), policy.monthsHeld(k),
                    c == null ? 0 : c.forMonths(), e == null || e.datesAllow(next)));
        }
        List<RollbackRow> rollbacks = new ArrayList<>();
        for (RollbackRule r : p.rollbacks()) {
            rollbacks.add(new RollbackRow(r.when().toString(), p.stages().get(r.toStage()).name(), r.reentryLagMonths(),
                    r.when().value(obs), r.when().holds(obs)));
        }
        LocalDate today = calendar.date(last);
        List<ShockRow> shocks = new ArrayList<>();
        for (Shock s : p.shocks()) {
            shocks.add(new ShockRow(s.name(), s.date(), s.magnitude(), s.halfLifeMonths(), !s.date().isAfter(today)));
        }
        LocalDate since = calendar.start().atDay(1);
        for (PolicyEvent e : policy.events()) {
            boolean change = e.kind().equals("STAGE") || e.kind().equals("ROLLBACK");
            if (change && !e.date().isAfter(today)) since = e.date();
        }
        return new PolicyReport(month, active, policy.activeReason(), since, policy.inLag(next), tension, List.copyOf(stages),
                List.copyOf(rollbacks), List.copyOf(shocks));
    }

    /**
     * What a stage opens, as changes from the stage before it (quotas that differ, media newly
     * open to co-production, festivals): a stage inherits the rest.
     */
    static String opens(Stage s, Stage before, List<String> codes) {
        List<String> parts = new ArrayList<>();
        for (int market = 0; market < 2; market++) {
            List<String> q = new ArrayList<>();
            for (Medium m : Medium.values()) {
                int now = s.quota(market, m);
                if (before != null && before.quota(market, m) == now) continue;
                q.add(m.key + " " + quota(now));
            }
            if (!q.isEmpty()) parts.add("into " + codes.get(market) + ": " + String.join(", ", q));
        }
        List<String> copro = new ArrayList<>();
        for (Medium m : Medium.values()) {
            if (s.coproductionAllowed(m) && (before == null || !before.coproductionAllowed(m))) copro.add(m.key);
        }
        if (!copro.isEmpty()) parts.add("co-production: " + String.join(", ", copro));
        for (Festival f : s.festivals()) parts.add("festival: " + f.name() + " (" + f.start() + ")");
        return parts.isEmpty() ? "no change" : String.join("; ", parts);
    }

    /** A quota in words: titles per quarter, or "open". */
    static String quota(int q) {
        return q == Stage.UNLIMITED ? "open" : q + "/quarter";
    }

    /**
     * The report as an HTML page for a Swing text pane (HTML 3.2, which Swing renders), laid
     * out as one block per stage so that it reads in the Console's narrow tab.
     */
    public String html() {
        StringBuilder h = new StringBuilder();
        h.append("<html><body style='font-family:sans-serif; font-size:10px'>");
        StageRow now = stages.get(active);
        h.append("<p><b>").append(esc(month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)))
                .append(' ').append(month.getYear()).append("</b> &nbsp;&middot;&nbsp; political tension ")
                .append(String.format(Locale.ROOT, "%.2f", tension)).append("</p>");
        h.append("<p>Active: <b>").append(esc(now.name())).append("</b> (stage ").append(active + 1).append(" of ")
                .append(stages.size()).append(", since ").append(since).append(")<br>Why: ").append(esc(reason));
        if (inLag) h.append("<br><font color='#B03A2E'>Re-entry lag after a rollback: no stage change yet.</font>");
        h.append("</p>");
        for (int k = 0; k < stages.size(); k++) {
            StageRow s = stages.get(k);
            boolean isActive = s.status() == Status.ACTIVE;
            h.append("<table width='100%' cellspacing='0' cellpadding='3'><tr><td width='5' bgcolor='")
                    .append(statusColour(s.status())).append("'></td><td bgcolor='").append(isActive ? "#EAF2FA" : "#FFFFFF")
                    .append("'><b>").append(k + 1).append(" &middot; ").append(esc(s.name())).append("</b> &nbsp;<font color='")
                    .append(statusColour(s.status())).append("'><b>").append(statusText(s.status())).append("</b></font><br>")
                    .append("<font color='#666666'>entry:</font> ").append(s.entry().isEmpty() ? "at the start" : esc(s.entry()));
            if (s.condition() != null && (s.status() == Status.NEXT || s.status() == Status.LATER)) {
                h.append("<br><font color='#666666'>progress:</font> now ")
                        .append(Double.isNaN(s.value()) ? "n/a" : String.format(Locale.ROOT, "%.3f", s.value()))
                        .append(", held ").append(s.monthsHeld()).append(" of ").append(s.monthsNeeded()).append(" months");
                if (!s.datesAllow()) h.append("; date not reached");
            }
            h.append("<br><font color='#666666'>opens:</font> ").append(esc(s.opens())).append("</td></tr></table>");
        }
        if (!rollbacks.isEmpty()) {
            h.append("<p><b>Rollback rules</b><br>");
            for (RollbackRow r : rollbacks) {
                h.append(r.holds() ? "<font color='#B03A2E'>" : "<font color='#333333'>").append("when ").append(esc(r.condition()))
                        .append(": back to ").append(esc(r.toStage())).append(", no stage change for ").append(r.lagMonths())
                        .append(" months (now ").append(Double.isNaN(r.value()) ? "n/a" : String.format(Locale.ROOT, "%.3f", r.value()))
                        .append(r.holds() ? ", holds" : "").append(")</font><br>");
            }
            h.append("</p>");
        }
        if (!shocks.isEmpty()) {
            h.append("<p><b>Shocks</b><br>");
            for (ShockRow s : shocks) {
                h.append(s.happened() ? "<font color='#8B0000'>" : "<font color='#555555'>").append(esc(s.name())).append(", ")
                        .append(s.date()).append(String.format(Locale.ROOT, ": tension +%.2f, half-life %.0f months", s.magnitude(),
                                s.halfLifeMonths()))
                        .append(s.happened() ? " (struck)" : " (to come)").append("</font><br>");
            }
            h.append("</p>");
        }
        h.append("</body></html>");
        return h.toString();
    }

    private static String statusColour(Status s) {
        return switch (s) {
            case PASSED -> "#8395A7";
            case ACTIVE -> "#1F6FB2";
            case NEXT -> "#D35400";
            case LATER -> "#A6ACAF";
        };
    }

    private static String statusText(Status s) {
        return switch (s) {
            case PASSED -> "passed";
            case ACTIVE -> "active";
            case NEXT -> "next";
            case LATER -> "later";
        };
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
