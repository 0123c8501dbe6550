package culturebridge.gui;

import culturebridge.model.Medium;
import culturebridge.model.SimCalendar;
import culturebridge.model.policy.ChannelGates;
import culturebridge.model.policy.Condition;
import culturebridge.model.policy.ExchangePolicy;
import culturebridge.model.policy.Festival;
import culturebridge.model.policy.Observations;
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
 * The exchange policy as the GUI's policy panel explains it at one moment of a run: each path
 * (one joint path, or China's and Korea's) with its stages, what each opens, whether it is past,
 * active or still to come, for the stages to come how far their entry condition is (the
 * condition's metric in the last completed month, the months it has held, the months it needs)
 * and whether the next one waits for the partner's step; why each path's active stage is
 * active; the channel gates in force in each market (quotas, review, platform licences,
 * broadcast slots, co-production, joint ventures, group-tour permits); the rollback rules with
 * their metrics now and the partner's response; the shocks. It is a snapshot taken on the
 * model's thread (values, no references into the running model), rendered to HTML on the Swing
 * thread.
 *
 * @param month     the month of the last completed step
 * @param tension   political tension now
 * @param paths     one row per path: the joint path, or country 0's then country 1's
 * @param gates     one row per market: the levers in force there
 * @param rollbacks one row per rollback rule
 * @param shocks    one row per shock
 */
public record PolicyReport(YearMonth month, double tension, List<PathRow> paths, List<GateRow> gates,
                           List<RollbackRow> rollbacks, List<ShockRow> shocks) {

    /** Where a stage stands relative to the active one of its path. */
    public enum Status { PASSED, ACTIVE, NEXT, LATER }

    /**
     * One path of stages.
     *
     * @param title    what it is ("Both sides (one joint path)", "China (CN)")
     * @param active   position of the active stage on the path
     * @param reason   why the active stage is active
     * @param since    date the active stage was entered (or the run started)
     * @param inLag    whether a rollback's re-entry lag now blocks stage changes on this path
     * @param waiting  whether the next stage's own rule held at the last check but it waits for the partner's step
     * @param stages   its stages in path order
     */
    public record PathRow(String title, int active, String reason, LocalDate since, boolean inLag, boolean waiting,
                          List<StageRow> stages) {

        /** The active stage. */
        public StageRow activeStage() { return stages.get(active); }
    }

    /**
     * One stage.
     *
     * @param name         its name
     * @param status       past, active, next or later
     * @param entry        its entry rule in words (empty for the first stage)
     * @param opens        what it opens: quotas and gates of the market(s) it governs, co-productions, festivals
     * @param condition    its entry condition in words, or null
     * @param value        the condition's metric in the last completed month (NaN if none yet)
     * @param monthsHeld   consecutive completed months the condition has held
     * @param monthsNeeded months it must hold
     * @param datesAllow   whether the entry's dates allow entry next month
     * @param requires     the partner's step it waits for, or null
     * @param partnerTaken whether the partner has taken that step
     */
    public record StageRow(String name, Status status, String entry, String opens, String condition, double value,
                           int monthsHeld, int monthsNeeded, boolean datesAllow, String requires, boolean partnerTaken) {
    }

    /**
     * The levers in force in one market (for group tours: for its own people travelling out).
     *
     * @param market        the market's code
     * @param quota         partner titles approved per quarter, by medium
     * @param review        review delay for partner titles
     * @param licences      partner titles per quarter licensed to streaming platforms
     * @param slots         partner titles per quarter given broadcast or screen slots
     * @param coproduction  media whose co-productions both sides approve, and the market's incentive
     * @param jointVentures media in which the market permits joint ventures
     * @param groupTours    the market's permit for its own people's group tours
     */
    public record GateRow(String market, String quota, String review, String licences, String slots, String coproduction,
                          String jointVentures, String groupTours) {
    }

    /**
     * One rollback rule.
     *
     * @param condition its condition in words
     * @param toStage   the stage it returns to
     * @param lagMonths months without stage changes after it fires
     * @param response  the partner's response in words, or null
     * @param value     the condition's metric in the last completed month (NaN if none yet)
     * @param holds     whether the condition held in the last completed month
     */
    public record RollbackRow(String condition, String toStage, int lagMonths, String response, double value, boolean holds) {
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
        List<List<Integer>> paths = p.paths();
        List<PathRow> rows = new ArrayList<>();
        for (int t = 0; t < paths.size(); t++) {
            List<Integer> path = paths.get(t);
            int activeIndex = policy.activeIndex(t);
            int active = path.indexOf(activeIndex);
            List<StageRow> stages = new ArrayList<>();
            for (int i = 0; i < path.size(); i++) {
                int k = path.get(i);
                Stage s = p.stages().get(k);
                Status status = i < active ? Status.PASSED : i == active ? Status.ACTIVE : i == active + 1 ? Status.NEXT : Status.LATER;
                StageEntry e = s.entry();
                Condition c = e == null ? null : e.condition();
                String req = e == null ? null : e.requires();
                boolean taken = req != null && taken(policy, p, req);
                stages.add(new StageRow(s.name(), status, e == null ? "" : e.toString(),
                        opens(s, i == 0 ? null : p.stages().get(path.get(i - 1)), codes),
                        c == null ? null : c.toString(), c == null ? Double.NaN : c.value(obs), policy.monthsHeld(k),
                        c == null ? 0 : c.forMonths(), e == null || e.datesAllow(next), req, taken));
            }
            String title = paths.size() == 1 ? "Both sides (one joint path)" : countryName(codes.get(t)) + " (" + codes.get(t) + ")";
            rows.add(new PathRow(title, active, policy.activeReason(t), policy.enteredOn(t), policy.inLag(t, next),
                    policy.waitingForPartner(t), List.copyOf(stages)));
        }
        List<GateRow> gates = new ArrayList<>();
        for (int c = 0; c < 2; c++) gates.add(gates(policy, c, codes.get(c)));
        List<RollbackRow> rollbacks = new ArrayList<>();
        for (RollbackRule r : p.rollbacks()) {
            String response = r.response() == null ? null : "the partner returns to " + p.stages().get(r.response().toStage()).name()
                    + ", no stage change for " + r.response().reentryLagMonths() + " months";
            rollbacks.add(new RollbackRow(r.when().toString(), p.stages().get(r.toStage()).name(), r.reentryLagMonths(), response,
                    r.when().value(obs), r.when().holds(obs)));
        }
        LocalDate today = calendar.date(last);
        List<ShockRow> shocks = new ArrayList<>();
        for (Shock s : p.shocks()) {
            shocks.add(new ShockRow(s.name(), s.date(), s.magnitude(), s.halfLifeMonths(), !s.date().isAfter(today)));
        }
        return new PolicyReport(month, tension, List.copyOf(rows), List.copyOf(gates), List.copyOf(rollbacks), List.copyOf(shocks));
    }

    /** Whether the partner's path has reached the stage of that name. */
    private static boolean taken(PolicyState policy, ExchangePolicy p, String stage) {
        int k = p.stageIndex(stage);
        if (k < 0) return false;
        int side = p.stages().get(k).side();
        return side >= 0 && policy.activeIndex(side) >= k;
    }

    private static String countryName(String code) {
        return switch (code) {
            case "CN" -> "China";
            case "KR" -> "Korea";
            default -> code;
        };
    }

    /** The levers in force in market c, in words. */
    static GateRow gates(PolicyState policy, int c, String code) {
        Stage now = policy.active();
        List<String> quota = new ArrayList<>();
        List<String> licences = new ArrayList<>();
        List<String> slots = new ArrayList<>();
        List<String> copro = new ArrayList<>();
        List<String> ventures = new ArrayList<>();
        for (Medium m : Medium.values()) {
            quota.add(m.key + " " + limit(policy.quota(c, m)));
            licences.add(m.key + " " + limit(policy.platformLicences(c, m)));
            slots.add(m.key + " " + limit(policy.broadcastSlots(c, m)));
            if (now.coproductionAllowed(m)) copro.add(m.key);
            if (policy.jointVenturesAllowed(c, m)) ventures.add(m.key);
        }
        int review = policy.reviewWeeks(c);
        double incentive = policy.coproductionIncentive(c);
        double groups = policy.groupTourPermit(c);
        return new GateRow(code, summary(quota), review == ChannelGates.PARAMETER_REVIEW ? "model default" : review + " weeks",
                summary(licences), summary(slots),
                (copro.isEmpty() ? "none" : String.join(", ", copro))
                        + (incentive == 1 ? "" : String.format(Locale.ROOT, "; incentive x%.2g", incentive)),
                ventures.isEmpty() ? "none" : ventures.size() == Medium.COUNT ? "every medium" : String.join(", ", ventures),
                groups == 1 ? "permitted" : groups == 0 ? "banned" : String.format(Locale.ROOT, "%.0f%% permitted", 100 * groups));
    }

    /** "open" when every medium is open, else the limited media (and "others open" when some are). */
    private static String summary(List<String> perMedium) {
        List<String> limited = perMedium.stream().filter(x -> !x.endsWith(" open")).toList();
        if (limited.isEmpty()) return "open";
        return String.join(", ", limited) + (limited.size() < perMedium.size() ? "; others open" : "");
    }

    /** A per-quarter limit in words. */
    private static String limit(int q) {
        return q == Stage.UNLIMITED ? "open" : String.valueOf(q);
    }

    /**
     * What a stage opens, as changes from the stage before it (quotas that differ, media newly
     * open to co-production, festivals): a stage inherits the rest.
     */
    static String opens(Stage s, Stage before, List<String> codes) {
        List<String> parts = new ArrayList<>();
        for (int market = 0; market < 2; market++) {
            if (!s.governs(market)) continue;
            List<String> q = new ArrayList<>();
            for (Medium m : Medium.values()) {
                int now = s.quota(market, m);
                if (before != null && before.quota(market, m) == now) continue;
                q.add(m.key + " " + quota(now));
            }
            if (!q.isEmpty()) parts.add("into " + codes.get(market) + ": " + String.join(", ", q));
            if (s.side() != Stage.JOINT) gateChanges(s, before, market, parts);
        }
        List<String> copro = new ArrayList<>();
        for (Medium m : Medium.values()) {
            if (s.coproductionAllowed(m) && (before == null || !before.coproductionAllowed(m))) copro.add(m.key);
        }
        if (!copro.isEmpty()) parts.add("co-production: " + String.join(", ", copro));
        for (Festival f : s.festivals()) parts.add("festival: " + f.name() + " (" + f.start() + ")");
        return parts.isEmpty() ? "no change" : String.join("; ", parts);
    }

    /** The channel gates a side's stage changes in its own market. */
    private static void gateChanges(Stage s, Stage before, int c, List<String> parts) {
        ChannelGates g = s.gates();
        ChannelGates b = before == null ? ChannelGates.OPEN : before.gates();
        List<String> licences = new ArrayList<>();
        List<String> slots = new ArrayList<>();
        for (Medium m : Medium.values()) {
            int lic = g.platformLicences()[c][m.ordinal()];
            if (lic != b.platformLicences()[c][m.ordinal()]) licences.add(m.key + " " + quota(lic));
            int slot = g.broadcastSlots()[c][m.ordinal()];
            if (slot != b.broadcastSlots()[c][m.ordinal()]) slots.add(m.key + " " + quota(slot));
        }
        if (!licences.isEmpty()) parts.add("platform licences: " + String.join(", ", licences));
        if (!slots.isEmpty()) parts.add("broadcast slots: " + String.join(", ", slots));
        if (g.reviewWeeks()[c] != b.reviewWeeks()[c]) {
            parts.add("review: " + (g.reviewWeeks()[c] == ChannelGates.PARAMETER_REVIEW ? "model default" : g.reviewWeeks()[c] + " weeks"));
        }
        if (g.groupTours()[c] != b.groupTours()[c]) {
            parts.add(String.format(Locale.ROOT, "group tours: %.0f%% permitted", 100 * g.groupTours()[c]));
        }
        if (g.coproductionIncentive()[c] != b.coproductionIncentive()[c]) {
            parts.add(String.format(Locale.ROOT, "co-production incentive x%.2g", g.coproductionIncentive()[c]));
        }
        List<String> ventures = new ArrayList<>();
        for (Medium m : Medium.values()) {
            boolean now = g.jointVentures()[c][m.ordinal()];
            if (now != b.jointVentures()[c][m.ordinal()]) ventures.add((now ? "" : "no ") + m.key);
        }
        if (!ventures.isEmpty()) parts.add("joint ventures: " + String.join(", ", ventures));
    }

    /** A quota in words: titles per quarter, or "open". */
    static String quota(int q) {
        return q == Stage.UNLIMITED ? "open" : q + "/quarter";
    }

    /**
     * The report as an HTML page for a Swing text pane (HTML 3.2, which Swing renders), laid
     * out as one block per stage so that it reads in the Console's narrow tab: the month, the
     * channel gates in force per market, then each path with its stages, then rollbacks and shocks.
     */
    public String html() {
        StringBuilder h = new StringBuilder();
        h.append("<html><body style='font-family:sans-serif; font-size:10px'>");
        h.append("<p><b>").append(esc(month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)))
                .append(' ').append(month.getYear()).append("</b> &nbsp;&middot;&nbsp; political tension ")
                .append(String.format(Locale.ROOT, "%.2f", tension)).append("</p>");
        gatesHtml(h);
        for (PathRow path : paths) pathHtml(h, path);
        if (!rollbacks.isEmpty()) {
            h.append("<p><b>Rollback rules</b><br>");
            for (RollbackRow r : rollbacks) {
                h.append(r.holds() ? "<font color='#B03A2E'>" : "<font color='#333333'>").append("when ").append(esc(r.condition()))
                        .append(": back to ").append(esc(r.toStage())).append(", no stage change for ").append(r.lagMonths())
                        .append(" months");
                if (r.response() != null) h.append("; response: ").append(esc(r.response()));
                h.append(" (now ").append(Double.isNaN(r.value()) ? "n/a" : String.format(Locale.ROOT, "%.3f", r.value()))
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

    private void gatesHtml(StringBuilder h) {
        h.append("<p><b>Channel gates now</b> (partner titles per quarter)</p>")
                .append("<table width='100%' cellspacing='0' cellpadding='2' border='1' bordercolor='#D5D8DC'><tr><td></td>");
        for (GateRow g : gates) h.append("<td bgcolor='#EAF2FA'><b>into ").append(esc(g.market())).append("</b></td>");
        h.append("</tr>");
        gateLine(h, "quota", gates.stream().map(GateRow::quota).toList());
        gateLine(h, "review", gates.stream().map(GateRow::review).toList());
        gateLine(h, "platform licences", gates.stream().map(GateRow::licences).toList());
        gateLine(h, "broadcast slots", gates.stream().map(GateRow::slots).toList());
        gateLine(h, "co-production", gates.stream().map(GateRow::coproduction).toList());
        gateLine(h, "joint ventures", gates.stream().map(GateRow::jointVentures).toList());
        gateLine(h, "own group tours", gates.stream().map(GateRow::groupTours).toList());
        h.append("</table>");
    }

    private static void gateLine(StringBuilder h, String label, List<String> values) {
        h.append("<tr><td><font color='#666666'>").append(label).append("</font></td>");
        for (String v : values) h.append("<td>").append(esc(v)).append("</td>");
        h.append("</tr>");
    }

    private static void pathHtml(StringBuilder h, PathRow path) {
        StageRow now = path.activeStage();
        h.append("<p><b>").append(esc(path.title())).append("</b><br>Active: <b>").append(esc(now.name())).append("</b> (stage ")
                .append(path.active() + 1).append(" of ").append(path.stages().size()).append(", since ").append(path.since())
                .append(")<br>Why: ").append(esc(path.reason()));
        if (path.inLag()) h.append("<br><font color='#B03A2E'>Re-entry lag after a rollback: no stage change yet.</font>");
        if (path.waiting()) {
            StageRow next = path.stages().get(path.active() + 1);
            h.append("<br><font color='#D35400'><b>Waiting for the partner:</b> ").append(esc(next.name()))
                    .append(" is due by its own rule but needs the partner's step '").append(esc(next.requires())).append("'.</font>");
        }
        h.append("</p>");
        for (int k = 0; k < path.stages().size(); k++) {
            StageRow s = path.stages().get(k);
            boolean isActive = s.status() == Status.ACTIVE;
            h.append("<table width='100%' cellspacing='0' cellpadding='3'><tr><td width='5' bgcolor='")
                    .append(statusColour(s.status())).append("'></td><td bgcolor='").append(isActive ? "#EAF2FA" : "#FFFFFF")
                    .append("'><b>").append(k + 1).append(" &middot; ").append(esc(s.name())).append("</b> &nbsp;<font color='")
                    .append(statusColour(s.status())).append("'><b>").append(statusText(s.status())).append("</b></font><br>")
                    .append("<font color='#666666'>entry:</font> ").append(s.entry().isEmpty() ? "at the start" : esc(s.entry()));
            if (s.status() == Status.NEXT || s.status() == Status.LATER) {
                if (s.condition() != null) {
                    h.append("<br><font color='#666666'>progress:</font> now ")
                            .append(Double.isNaN(s.value()) ? "n/a" : String.format(Locale.ROOT, "%.3f", s.value()))
                            .append(", held ").append(s.monthsHeld()).append(" of ").append(s.monthsNeeded()).append(" months");
                    if (!s.datesAllow()) h.append("; date not reached");
                } else if (!s.datesAllow()) {
                    h.append("<br><font color='#666666'>progress:</font> date not reached");
                }
                if (s.requires() != null) {
                    h.append("<br><font color='#666666'>partner's step:</font> ").append(esc(s.requires()))
                            .append(s.partnerTaken() ? " (taken)" : " (not yet)");
                }
            }
            h.append("<br><font color='#666666'>opens:</font> ").append(esc(s.opens())).append("</td></tr></table>");
        }
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
