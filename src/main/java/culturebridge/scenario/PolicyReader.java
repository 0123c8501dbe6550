package culturebridge.scenario;

import culturebridge.model.Country;
import culturebridge.model.Medium;
import culturebridge.model.policy.ChannelGates;
import culturebridge.model.policy.Condition;
import culturebridge.model.policy.ExchangePolicy;
import culturebridge.model.policy.Festival;
import culturebridge.model.policy.RollbackRule;
import culturebridge.model.opinion.NewsEvent;
import culturebridge.model.policy.Shock;
import culturebridge.model.policy.Stage;
import culturebridge.model.policy.StageEntry;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a scenario's {@code policy:} block into an {@link ExchangePolicy}: stages with their
 * quotas (inherited from the stage before where not given), co-production, festivals and entry
 * rules; rollback rules; political shocks. The stages are either one joint path
 * ({@code stages:}, each stage setting both markets' quotas) or one path per country
 * ({@code sides: {CN: {stages: ...}, KR: {stages: ...}}}, each stage setting its own country's
 * levers: quota and channel gates by medium, review delay, group-tour permits, co-production
 * approval and incentive, festivals), where a stage may wait for the partner's step
 * ({@code enter.requires}) and a rollback may bring the partner's response. A shock with {@code public: CN | KR | both} is also
 * hostile news for the publics it names (size {@code -magnitude}, the same half-life; see
 * {@link NewsEvent}), for shocks that are not in the events file a scenario reads as news.
 */
final class PolicyReader {
    static final List<String> POLICY_KEYS = List.of("stages", "sides", "rollbacks", "shocks");
    static final List<String> STAGE_KEYS = List.of("name", "enter", "quota", "coproduction", "festivals");
    /** The levers only a side's stage sets (its own market's channel gates and permits). */
    static final List<String> GATE_KEYS = List.of("platformLicences", "broadcastSlots", "reviewWeeks", "groupTours",
            "coproductionIncentive", "jointVentures");
    static final List<String> SIDE_STAGE_KEYS = concat(STAGE_KEYS, GATE_KEYS);
    static final List<String> SIDE_KEYS = List.of("stages");
    static final List<String> ENTER_KEYS = List.of("date", "when", "notBefore");
    static final List<String> SIDE_ENTER_KEYS = concat(ENTER_KEYS, List.of("requires"));
    static final List<String> RESPONSE_KEYS = List.of("toStage", "reentryLagMonths");
    static final List<String> CONDITION_KEYS = List.of("metric", "above", "below", "risesBy", "fallsBy", "forMonths");
    static final List<String> FESTIVAL_KEYS = List.of("name", "start", "months", "market", "medium", "boost",
            "city", "attendance", "press", "visitors");
    static final List<String> ROLLBACK_KEYS = List.of("when", "toStage", "reentryLagMonths", "response");
    static final List<String> SHOCK_KEYS = List.of("name", "date", "magnitude", "halfLifeMonths", "public");
    /** Spelling of "no quota" in files. */
    static final String UNLIMITED = "unlimited";
    /** Largest finite quota; anything above is surely a typo for {@code unlimited}. */
    static final int MAX_QUOTA = 100_000;
    private static final int MAX_FESTIVAL_MONTHS = 120;
    /** Longest review delay a stage may set (weeks): five years. */
    private static final int MAX_REVIEW_WEEKS = 260;
    /** Largest co-production incentive multiplier. */
    private static final double MAX_INCENTIVE = 10;

    private final List<String> codes;
    private final List<Country> countries;
    private final List<String> mediumKeys;
    private final YearMonth start;
    private final Set<String> metrics;

    PolicyReader(List<Country> countries, YearMonth start, Set<String> metrics) {
        this.codes = countries.stream().map(Country::code).toList();
        this.countries = List.copyOf(countries);
        this.mediumKeys = Arrays.stream(Medium.values()).map(m -> m.key).toList();
        this.start = start;
        this.metrics = metrics;
    }

    ExchangePolicy read(Yaml.Field field) throws ScenarioException {
        Yaml.Mapping m = field.mapping("a mapping with stages or sides (and optionally rollbacks, shocks)")
                .allowOnly("policy", POLICY_KEYS);
        List<Stage> stages = new ArrayList<>();
        Map<String, Integer> stageIndex = new HashMap<>();
        Map<Integer, Yaml.Field> requires = new HashMap<>();
        if (m.key("stages") != null && m.key("sides") != null) {
            // at the stages value where there is one: a sweep's or --set's change points at its own line
            Yaml.Field at = m.opt("stages") != null ? m.req("stages") : m.key("stages");
            throw at.error("a policy has either 'stages' (one path both sides take together) or 'sides' "
                    + "(one path per country), not both");
        }
        if (m.key("sides") != null) {
            Yaml.Mapping sides = m.req("sides").mapping("a mapping from country code (" + String.join(", ", codes)
                    + ") to that side's stages").allowOnly("sides", codes);
            for (int c = 0; c < 2; c++) {
                Yaml.Mapping side = sides.req(codes.get(c)).mapping("a mapping with the side's stages").allowOnly(
                        "a side", SIDE_KEYS);
                readPath(side.req("stages"), c, stages, stageIndex, requires);
            }
            checkRequires(stages, stageIndex, requires);
        } else {
            if (m.key("stages") == null) {
                throw new ScenarioException(m.self.label, m.self.line(), Yaml.column(m.self.node.getStartMark()),
                        m.self.path + ".stages", "missing required field 'stages' (or 'sides', one path per country)");
            }
            readPath(m.req("stages"), Stage.JOINT, stages, stageIndex, requires);
        }

        List<RollbackRule> rollbacks = new ArrayList<>();
        Yaml.Field rbField = m.opt("rollbacks");
        if (rbField != null) {
            for (Yaml.Field item : rbField.list("a list of rollback rules")) rollbacks.add(rollback(item, stageIndex, stages));
        }
        List<Shock> shocks = new ArrayList<>();
        List<NewsEvent> news = new ArrayList<>();
        Yaml.Field shockField = m.opt("shocks");
        if (shockField != null) {
            for (Yaml.Field item : shockField.list("a list of shocks")) {
                Shock shock = shock(item);
                shocks.add(shock);
                Yaml.Field who = item.mapping("a shock").opt("public");
                if (who != null) {
                    news.add(new NewsEvent(shock.name(), shock.date(), publics(who), -shock.magnitude(), shock.halfLifeMonths()));
                }
            }
        }
        return new ExchangePolicy(stages, rollbacks, shocks, null, news);
    }

    /** Reads one path's stages (all joint, or all of country {@code side}) onto {@code stages}. */
    private void readPath(Yaml.Field stagesField, int side, List<Stage> stages, Map<String, Integer> stageIndex,
                          Map<Integer, Yaml.Field> requires) throws ScenarioException {
        List<Yaml.Field> stageItems = stagesField.list("a list of stages");
        if (stageItems.isEmpty()) {
            throw stagesField.error(side == Stage.JOINT ? "a policy needs at least one stage"
                    : "side " + codes.get(side) + " needs at least one stage");
        }
        // The latest explicit entry date so far on this path, and the stage that set it, for the order check.
        YearMonth latestDate = null;
        String latestStage = null;
        Stage previous = null;
        for (Yaml.Field item : stageItems) {
            Stage stage = stage(item, previous, side);
            Yaml.Mapping sm = item.mapping("a stage");
            if (stageIndex.putIfAbsent(stage.name(), stages.size()) != null) {
                throw sm.req("name").error("stage name '" + stage.name() + "' is used twice; stage names must be unique"
                        + (side == Stage.JOINT ? "" : " across both sides"));
            }
            if (stage.entry() != null && stage.entry().requires() != null) {
                requires.put(stages.size(), sm.req("enter").mapping("").req("requires"));
            }
            YearMonth date = stage.entry() == null ? null : stage.entry().date();
            if (date != null) {
                Yaml.Field dateField = sm.req("enter").mapping("").req("date");
                if (date.isBefore(start)) {
                    throw dateField.error("stage '" + stage.name() + "' is entered from " + date
                            + ", before the scenario starts (" + start + "); the first stage is the one active at the start");
                }
                if (latestDate != null && date.isBefore(latestDate)) {
                    throw dateField.error("impossible stage order: stage '" + stage.name() + "' is entered from " + date
                            + " but the earlier stage '" + latestStage + "' only from " + latestDate
                            + "; stages are entered one after another, so entry dates must not go back in time");
                }
                latestDate = date;
                latestStage = stage.name();
            }
            stages.add(stage);
            previous = stage;
        }
    }

    /** Each {@code requires} must name a stage of the partner's path. */
    private void checkRequires(List<Stage> stages, Map<String, Integer> stageIndex, Map<Integer, Yaml.Field> requires)
            throws ScenarioException {
        for (Map.Entry<Integer, Yaml.Field> e : requires.entrySet()) {
            Stage stage = stages.get(e.getKey());
            int partner = 1 - stage.side();
            String name = stage.entry().requires();
            Integer k = stageIndex.get(name);
            if (k == null || stages.get(k).side() != partner) {
                List<String> names = new ArrayList<>();
                for (Stage s : stages) if (s.side() == partner) names.add(s.name());
                throw e.getValue().error((k == null ? "unknown stage '" + name + "'" : "stage '" + name + "' is on side "
                        + codes.get(stage.side()) + "'s own path; requires names the partner's step")
                        + Suggestions.didYouMeanThen(name, names) + codes.get(partner) + "'s stages: " + String.join(", ", names));
            }
        }
    }

    private Stage stage(Yaml.Field item, Stage previous, int side) throws ScenarioException {
        boolean joint = side == Stage.JOINT;
        List<String> keys = joint ? STAGE_KEYS : SIDE_STAGE_KEYS;
        Yaml.Mapping m = item.mapping("a stage (a mapping with " + String.join(", ", keys) + ")");
        if (joint) {
            for (String gate : GATE_KEYS) {
                if (m.key(gate) != null) {
                    throw m.key(gate).error("'" + gate + "' is a lever of one side's stage: write the policy as "
                            + "sides: {" + codes.get(0) + ": {stages: ...}, " + codes.get(1) + ": {stages: ...}}");
                }
            }
        }
        m.allowOnly(joint ? "a stage" : "a stage of side " + codes.get(side), keys);
        String name = m.req("name").string();

        StageEntry entry = null;
        if (previous == null) {
            if (m.key("enter") != null) {
                throw m.key("enter").error("the first stage is active from the start and has no 'enter'");
            }
        } else {
            if (m.key("enter") == null) {
                throw new ScenarioException(item.label, item.line(), Yaml.column(item.node.getStartMark()),
                        item.path + ".enter", "missing required field 'enter': every stage after the first "
                        + "needs 'enter' with a date and/or a when condition");
            }
            Yaml.Field enter = m.req("enter");
            entry = entry(enter, joint);
        }

        int[][] quota = new int[2][Medium.COUNT];
        if (previous != null) {
            for (int c = 0; c < 2; c++) quota[c] = previous.quota()[c].clone();
        }
        Yaml.Field quotaField = previous == null ? m.req("quota") : m.opt("quota");
        if (quotaField != null && joint) readQuota(quotaField, quota, previous == null);
        if (quotaField != null && !joint) {
            readSideLimits(quotaField, quota[side], previous == null, "quota", "approved");
        }
        ChannelGates gates = previous == null ? ChannelGates.OPEN.copy() : previous.gates().copy();
        if (!joint) readGates(m, side, gates);

        boolean[] coproduction = previous == null ? new boolean[Medium.COUNT] : previous.coproduction().clone();
        if (m.key("coproduction") != null) coproduction = mediaList(m, "coproduction");

        List<Festival> festivals = new ArrayList<>();
        Yaml.Field festField = m.opt("festivals");
        if (festField != null) {
            for (Yaml.Field f : festField.list("a list of festivals")) festivals.add(festival(f));
        }
        return new Stage(name, entry, quota, coproduction, festivals, side, gates);
    }

    /**
     * Limits by medium for a side's own market ({@code {film: 2, drama: unlimited}}, or one value
     * for every medium), into {@code row}; the first stage's quota must give every medium.
     */
    private void readSideLimits(Yaml.Field field, int[] row, boolean first, String what, String verb) throws ScenarioException {
        if (field.isScalar()) {
            Arrays.fill(row, quotaValue(field));
            return;
        }
        Yaml.Mapping media = field.mapping(what + " per medium of the side's own market, e.g. {film: 2, drama: unlimited}, "
                + "or one value for all media");
        boolean[] given = new boolean[Medium.COUNT];
        for (Map.Entry<String, Yaml.Field> me : media.entries()) {
            Yaml.Field key = media.key(me.getKey());
            if (codes.contains(me.getKey())) {
                throw key.error("a side's stage gives its " + what + " by medium only (partner titles " + verb
                        + " in its own market), not by market '" + me.getKey() + "'");
            }
            Medium medium = medium(key);
            row[medium.ordinal()] = quotaValue(me.getValue());
            given[medium.ordinal()] = true;
        }
        if (first && what.equals("quota")) {
            List<String> missing = new ArrayList<>();
            for (Medium md : Medium.values()) if (!given[md.ordinal()]) missing.add(md.key);
            if (!missing.isEmpty()) {
                throw field.error("the first stage of a side must give a quota for every medium; missing: " + String.join(", ", missing));
            }
        }
    }

    /** A side's channel gates, changed where the stage gives them (the rest inherited). */
    private void readGates(Yaml.Mapping m, int side, ChannelGates gates) throws ScenarioException {
        Yaml.Field f = m.opt("platformLicences");
        if (f != null) readSideLimits(f, gates.platformLicences()[side], false, "platformLicences", "licensed to streaming platforms");
        f = m.opt("broadcastSlots");
        if (f != null) readSideLimits(f, gates.broadcastSlots()[side], false, "broadcastSlots", "given broadcast or screen slots");
        f = m.opt("reviewWeeks");
        if (f != null) gates.reviewWeeks()[side] = (int) f.integer(0, MAX_REVIEW_WEEKS);
        f = m.opt("groupTours");
        if (f != null) gates.groupTours()[side] = groupTourPermit(f);
        f = m.opt("coproductionIncentive");
        if (f != null) gates.coproductionIncentive()[side] = f.real(0, MAX_INCENTIVE);
        if (m.key("jointVentures") != null) gates.jointVentures()[side] = mediaList(m, "jointVentures");
    }

    /**
     * A list of media (the whole list, not additions); {@code key:} with nothing after it reads
     * as "none", the natural meaning of an empty list.
     */
    private boolean[] mediaList(Yaml.Mapping m, String key) throws ScenarioException {
        boolean[] out = new boolean[Medium.COUNT];
        Yaml.Field field = m.opt(key);
        if (field == null) return out;
        for (Yaml.Field f : field.list("a list of media (" + String.join(", ", mediumKeys) + ")")) {
            Medium medium = medium(f);
            if (out[medium.ordinal()]) throw f.error("medium '" + medium.key + "' is listed twice");
            out[medium.ordinal()] = true;
        }
        return out;
    }

    /** A group-tour permit: {@code permitted}, {@code banned} or the permitted share of the group channel. */
    private static double groupTourPermit(Yaml.Field f) throws ScenarioException {
        String v = f.string();
        if (v.equals("permitted")) return 1;
        if (v.equals("banned")) return 0;
        try {
            return Values.real(v, 0, 1);
        } catch (IllegalArgumentException e) {
            throw f.error("groupTours must be 'permitted', 'banned' or the permitted share of the group channel (0-1), got '"
                    + v + "'");
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    private StageEntry entry(Yaml.Field field, boolean joint) throws ScenarioException {
        Yaml.Mapping m = field.mapping("a mapping with date, when and/or notBefore" + (joint ? "" : " (and requires)"));
        if (joint && m.key("requires") != null) {
            throw m.key("requires").error("'requires' names the partner's step, which only a side's stage has: write the "
                    + "policy as sides: {" + codes.get(0) + ": {stages: ...}, " + codes.get(1) + ": {stages: ...}}");
        }
        m.allowOnly("enter", joint ? ENTER_KEYS : SIDE_ENTER_KEYS);
        YearMonth date = m.has("date") ? m.req("date").yearMonth() : null;
        Condition when = m.has("when") ? condition(m.req("when")) : null;
        YearMonth notBefore = m.has("notBefore") ? m.req("notBefore").yearMonth() : null;
        String requires = m.has("requires") ? m.req("requires").string() : null;
        if (date == null && when == null && requires == null) {
            throw field.error(joint ? "'enter' needs a date, a when condition, or both"
                    : "'enter' needs a date, a when condition, the partner's step it requires, or several of them");
        }
        return new StageEntry(date, when, notBefore, requires);
    }

    private Condition condition(Yaml.Field field) throws ScenarioException {
        Yaml.Mapping m = field.mapping("a condition such as {metric: tension, above: 0.6, forMonths: 3}")
                .allowOnly("a condition", CONDITION_KEYS);
        Yaml.Field metricField = m.req("metric");
        String metric = metricField.string();
        if (!metrics.contains(metric)) {
            String close = Suggestions.didYouMean(metric, metrics);
            throw metricField.error("unknown metric '" + metric + "'" + (close.isEmpty()
                    ? ". Known metrics: " + String.join(", ", new TreeSet<>(metrics))
                    : close + " (metrics are named tension, attitude.<country>, favourable.<country>, "
                      + "adoption.<origin>.<medium>.in.<market>, soft_power.<country>, ...)"));
        }
        List<String> given = new java.util.ArrayList<>();
        for (String k : List.of("above", "below", "risesBy", "fallsBy")) if (m.has(k)) given.add(k);
        if (given.size() != 1) {
            throw field.error("a condition needs exactly one of 'above', 'below' (a level), 'risesBy' or 'fallsBy' "
                    + "(a change since the start)" + (given.isEmpty() ? "" : "; it has " + String.join(", ", given)));
        }
        String kind = given.get(0);
        int forMonths = m.has("forMonths") ? (int) m.req("forMonths").integer(1, ScenarioLoader.MAX_MONTHS) : 1;
        return switch (kind) {
            case "above", "below" -> new Condition(metric, kind.equals("above"), m.req(kind).real(-1e12, 1e12), forMonths);
            // a change is a positive amount: risen by more than x, fallen by more than x
            case "risesBy" -> new Condition(metric, true, m.req(kind).real(0, 1e12), forMonths, true);
            default -> new Condition(metric, false, -m.req(kind).real(0, 1e12), forMonths, true);
        };
    }

    private void readQuota(Yaml.Field field, int[][] quota, boolean first) throws ScenarioException {
        Yaml.Mapping m = field.mapping("a mapping from importing market (" + String.join(", ", codes)
                + ") to quotas per medium");
        for (Map.Entry<String, Yaml.Field> e : m.entries()) {
            int market = market(m.key(e.getKey()), e.getKey());
            Yaml.Field value = e.getValue();
            if (value.isScalar()) {
                // "KR: unlimited" (or a number) sets every medium of that market at once.
                Arrays.fill(quota[market], quotaValue(value));
                continue;
            }
            Yaml.Mapping media = value.mapping("quotas per medium, e.g. {film: 2, drama: unlimited}, or one value for all media");
            boolean[] given = new boolean[Medium.COUNT];
            for (Map.Entry<String, Yaml.Field> me : media.entries()) {
                Medium medium = medium(media.key(me.getKey()));
                quota[market][medium.ordinal()] = quotaValue(me.getValue());
                given[medium.ordinal()] = true;
            }
            if (first) {
                List<String> missing = new ArrayList<>();
                for (Medium md : Medium.values()) if (!given[md.ordinal()]) missing.add(md.key);
                if (!missing.isEmpty()) {
                    throw value.error("the first stage must give a quota for every medium; missing: "
                            + String.join(", ", missing));
                }
            }
        }
        if (first) {
            List<String> missing = new ArrayList<>();
            for (String code : codes) if (!m.keys().contains(code)) missing.add(code);
            if (!missing.isEmpty()) {
                throw field.error("the first stage must give quotas for every market; missing: " + String.join(", ", missing));
            }
        }
    }

    private static int quotaValue(Yaml.Field field) throws ScenarioException {
        String text = field.isScalar() && !field.isNull() ? field.text().trim() : null;
        if (UNLIMITED.equals(text)) return Stage.UNLIMITED;
        String bad = text != null ? "'" + text + "'" : field.isNull() ? "nothing" : field.isList() ? "a list" : "a mapping";
        if (text == null) {
            throw field.error("quota must be a whole number >= 0 or 'unlimited', got " + bad);
        }
        try {
            return (int) Values.integer(text, 0, MAX_QUOTA);
        } catch (IllegalArgumentException e) {
            throw field.error("quota must be a whole number >= 0 or 'unlimited', got " + bad
                    + (text.matches("[0-9]+") ? " (finite quotas go up to " + MAX_QUOTA + " titles per quarter)" : ""));
        }
    }

    private int market(Yaml.Field field, String code) throws ScenarioException {
        int i = codes.indexOf(code);
        if (i < 0) {
            throw field.error("unknown market code '" + code + "'" + Suggestions.didYouMeanThen(code, codes)
                    + "Markets are the two countries' codes: " + String.join(", ", codes));
        }
        return i;
    }

    private int market(Yaml.Field field) throws ScenarioException {
        return market(field, field.string());
    }

    private Medium medium(Yaml.Field field) throws ScenarioException {
        String key = field.string();
        Medium m = Medium.byKey(key);
        if (m == null) {
            throw field.error("unknown medium '" + key + "'" + Suggestions.didYouMeanThen(key, mediumKeys)
                    + "Media: " + String.join(", ", mediumKeys));
        }
        return m;
    }

    private Festival festival(Yaml.Field item) throws ScenarioException {
        Yaml.Mapping m = item.mapping("a festival (a mapping with " + String.join(", ", FESTIVAL_KEYS) + ")")
                .allowOnly("a festival", FESTIVAL_KEYS);
        String name = m.req("name").string();
        Yaml.Field startField = m.req("start");
        YearMonth first = startField.yearMonth();
        int months = m.has("months") ? (int) m.req("months").integer(1, MAX_FESTIVAL_MONTHS) : 1;
        if (first.plusMonths(months).isBefore(start.plusMonths(1))) {
            throw startField.error("festival '" + name + "' (" + first + ", " + months + " month"
                    + (months == 1 ? "" : "s") + ") is over before the scenario starts (" + start + ")");
        }
        int market = market(m.req("market"));
        Medium medium = medium(m.req("medium"));
        double boost = m.req("boost").real(0, 1);
        return FestivalVenueReader.read(m, new Festival(name, first, months, market, medium, boost), countries.get(market));
    }

    private RollbackRule rollback(Yaml.Field item, Map<String, Integer> stageIndex, List<Stage> stages) throws ScenarioException {
        Yaml.Mapping m = item.mapping("a rollback rule (a mapping with " + String.join(", ", ROLLBACK_KEYS) + ")")
                .allowOnly("a rollback rule", ROLLBACK_KEYS);
        Condition when = condition(m.req("when"));
        int index = stageNamed(m.req("toStage"), stageIndex, stages, null);
        int lag = (int) m.req("reentryLagMonths").integer(0, ScenarioLoader.MAX_MONTHS);
        RollbackRule.Response response = null;
        Yaml.Field rf = m.opt("response");
        if (rf != null) {
            int side = stages.get(index).side();
            if (side == Stage.JOINT) {
                throw m.key("response").error("a response is the partner's own rollback, which only a policy with "
                        + "sides has; with joint stages both sides already roll back together");
            }
            Yaml.Mapping r = rf.mapping("the partner's response (a mapping with " + String.join(", ", RESPONSE_KEYS) + ")")
                    .allowOnly("a response", RESPONSE_KEYS);
            int to = stageNamed(r.req("toStage"), stageIndex, stages, 1 - side);
            response = new RollbackRule.Response(to, (int) r.req("reentryLagMonths").integer(0, ScenarioLoader.MAX_MONTHS));
        }
        return new RollbackRule(when, index, lag, response);
    }

    /** The index of the stage a field names; with {@code side} given, it must be that side's. */
    private int stageNamed(Yaml.Field toField, Map<String, Integer> stageIndex, List<Stage> stages, Integer side)
            throws ScenarioException {
        String to = toField.string();
        Integer index = stageIndex.get(to);
        if (index == null || side != null && stages.get(index).side() != side) {
            List<String> names = new ArrayList<>();
            for (Stage s : stages) if (side == null || s.side() == side) names.add(s.name());
            String problem = index == null ? "unknown stage '" + to + "'"
                    : "stage '" + to + "' is not on the partner's path; a response returns the partner (" + codes.get(side) + ")";
            throw toField.error(problem + Suggestions.didYouMeanThen(to, names)
                    + (side == null ? "Stages: " : codes.get(side) + "'s stages: ") + String.join(", ", names));
        }
        return index;
    }

    /** The publics a {@code public:} value names: a country code of the scenario or {@code both}. */
    private boolean[] publics(Yaml.Field f) throws ScenarioException {
        String who = f.string();
        boolean[] out = new boolean[2];
        for (int c = 0; c < 2; c++) out[c] = who.equals("both") || who.equals(codes.get(c));
        if (!out[0] && !out[1]) {
            throw f.error("public must be " + codes.get(0) + ", " + codes.get(1) + " or both, got '" + who + "'");
        }
        return out;
    }

    private Shock shock(Yaml.Field item) throws ScenarioException {
        Yaml.Mapping m = item.mapping("a shock (a mapping with " + String.join(", ", SHOCK_KEYS) + ")")
                .allowOnly("a shock", SHOCK_KEYS);
        String name = m.req("name").string();
        LocalDate date = m.req("date").date();
        double magnitude = m.req("magnitude").real(0, 1);
        Yaml.Field hlField = m.req("halfLifeMonths");
        double halfLife = hlField.real(0, ScenarioLoader.MAX_MONTHS);
        if (halfLife == 0) throw hlField.error("must be greater than 0 (months for the shock's tension to halve), got 0");
        return new Shock(name, date, magnitude, halfLife);
    }
}
