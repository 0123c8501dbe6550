package culturebridge.scenario;

import culturebridge.model.Country;
import culturebridge.model.Fork;
import culturebridge.model.Params;
import culturebridge.model.Setup;
import culturebridge.model.policy.ExchangePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a scenario file into a validated {@link Scenario}: the period, the two countries, the
 * parameters and the staged exchange policy. Everything is checked before anything runs: an
 * unknown key anywhere (with a "did you mean" and the list of valid keys), a missing field, a
 * wrong type, a value out of range, a bad date, an impossible stage order, an unknown stage,
 * market, medium or metric. Each problem is a {@link ScenarioException} naming file, line,
 * column and field path; the command line prints it and exits with code 2.
 *
 * <p>The file format is documented at the top of every file in {@code scenarios/}.
 */
public final class ScenarioLoader {
    /** What a {@code --set} error names as its file. */
    public static final String SET_SOURCE = "--set";
    /** Keys of a scenario file's top level. */
    public static final List<String> TOP_KEYS =
            List.of("name", "description", "start", "months", "seed", "warmup", "countries", "include", "params", "policy",
                    "travel", "news", "levers", "posterior");
    /** Keys of a scenario's {@code levers:} mapping. */
    static final List<String> LEVER_KEYS = List.of("baseline", "changes");
    /** Set while a baseline arm is loaded, whose own {@code levers:} are then only checked, not followed. */
    private static final ThreadLocal<Boolean> LOADING_BASELINE = ThreadLocal.withInitial(() -> false);
    /** Keys that {@code --set} accepts besides the {@link Params} properties. */
    public static final List<String> SET_KEYS = List.of("months", "start", "seed");
    /** Longest scenario: a century of months. */
    public static final int MAX_MONTHS = 1200;

    private ScenarioLoader() {
    }

    /** Loads a scenario without overrides. */
    public static Scenario load(Path file, Function<List<Country>, Set<String>> metricNames) throws ScenarioException {
        return load(file, Map.of(), metricNames);
    }

    /**
     * Loads and validates a scenario file.
     *
     * @param file        the scenario YAML
     * @param sets        {@code --set key=value} overrides, applied after the file's {@code params:},
     *                    in the map's iteration order; keys are {@link Params} properties or
     *                    {@code months}, {@code start}, {@code seed}, or field paths of the
     *                    document such as {@code policy.stages[1].enter.date} ({@link DocumentPath}),
     *                    which change the file's text before it is read
     * @param metricNames the metric names that conditions may refer to, given the two countries
     * @throws ScenarioException the first problem found, with its location
     */
    public static Scenario load(Path file, Map<String, String> sets,
                                Function<List<Country>, Set<String>> metricNames) throws ScenarioException {
        Objects.requireNonNull(metricNames, "metricNames");
        ScenarioDocument document = ScenarioDocument.read(file);
        Map<String, String> plain = new LinkedHashMap<>();
        List<DocumentOverride> changes = new ArrayList<>();
        for (Map.Entry<String, String> set : sets.entrySet()) {
            String key = set.getKey() == null ? "" : set.getKey().trim();
            if (!isFieldPath(key)) {
                plain.put(key, set.getValue());
                continue;
            }
            DocumentPath path;
            try {
                path = DocumentPath.parse(key);
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(SET_SOURCE, 0, 0, key, e.getMessage());
            }
            String value = set.getValue() == null ? "" : set.getValue().trim();
            changes.add(DocumentOverride.scalar(path, value, DocumentOverride.Origin.commandLine(key)));
        }
        return load(document.with(changes), plain, metricNames);
    }

    /**
     * Whether a {@code --set} key is a field path of the document ({@code policy.shocks[0].date})
     * rather than a parameter name or {@code months}, {@code start}, {@code seed}: parameter
     * names hold neither dots nor brackets.
     */
    public static boolean isFieldPath(String key) {
        return key.indexOf('.') >= 0 || key.indexOf('[') >= 0;
    }

    /**
     * Loads and validates a scenario document, possibly changed by field path (see
     * {@link ScenarioDocument#with}). A problem with a changed value is reported where the
     * change was asked for (a sweep file's line, or {@code --set}).
     *
     * @param document the scenario as read, with any changes
     * @param sets     {@code --set} overrides of parameters, {@code months}, {@code start} and
     *                 {@code seed}, applied after the file's {@code params:} (no field paths:
     *                 those are changes of the document)
     * @param metricNames the metric names that conditions may refer to, given the two countries
     * @throws ScenarioException the first problem found, with its location
     */
    public static Scenario load(ScenarioDocument document, Map<String, String> sets,
                                Function<List<Country>, Set<String>> metricNames) throws ScenarioException {
        return load(document, sets, List.of(), metricNames);
    }

    /**
     * As {@link #load(ScenarioDocument, Map, Function)}, with a posterior draw's field values for
     * a document that names no warm-up, the root of its chain ({@link RootScenario}). They
     * replace the file's and its included files' values and give way to the document's own
     * changes ({@code --set}, sweep factors).
     */
    private static Scenario load(ScenarioDocument document, Map<String, String> sets, List<DocumentOverride> drawn,
                                 Function<List<Country>, Set<String>> metricNames) throws ScenarioException {
        Objects.requireNonNull(metricNames, "metricNames");
        ParameterFiles.Included included = ParameterFiles.read(document);
        // included values first, then a draw's, then the document's own changes again so that they win
        ScenarioDocument withIncluded = document.with(included.overrides());
        ScenarioDocument doc = included.overrides().isEmpty() && drawn.isEmpty() ? document
                : withIncluded.with(drawn).with(document.overrides());
        RootScenario root = null;
        if (document.textAt(WARMUP) == null) {
            Set<String> fixed = new java.util.HashSet<>();
            for (DocumentOverride o : document.overrides()) fixed.add(o.path().toString());
            root = new RootScenario(withIncluded, fixed, changes -> load(document, sets, changes, metricNames));
        }
        try {
            return build(doc, sets, metricNames, included, root);
        } catch (ScenarioException e) {
            throw doc.attribute(e);
        }
    }

    private static final DocumentPath WARMUP = DocumentPath.parse("warmup");

    private static Scenario build(ScenarioDocument document, Map<String, String> sets,
                                  Function<List<Country>, Set<String>> metricNames,
                                  ParameterFiles.Included included, RootScenario chainRoot) throws ScenarioException {
        Map<String, Yaml.Field> includedParams = included.params();
        Path file = document.file();
        String label = document.label();
        Yaml.Field root = document.rootField();
        if (root == null) {
            throw new ScenarioException(label, 0, 0, "", "the file is empty; a scenario needs at least "
                    + "start, months, countries and policy");
        }
        Yaml.Mapping top = root.mapping("a mapping of keys (" + String.join(", ", TOP_KEYS) + ") at the top level")
                .allowOnly("a scenario", TOP_KEYS);

        String name = top.has("name") ? checkedName(top.req("name")) : defaultName(file, label);
        String description = top.has("description") ? top.req("description").text().trim() : "";
        YearMonth start = top.req("start").yearMonth();
        int months = (int) top.req("months").integer(1, MAX_MONTHS);
        Long seed = top.has("seed") ? top.req("seed").integer(Long.MIN_VALUE, Long.MAX_VALUE) : null;

        Params params = new Params();
        // included parameter files first, so that the scenario's own params win
        for (Map.Entry<String, Yaml.Field> e : includedParams.entrySet()) bindParam(e.getKey(), e.getValue(), params);
        if (top.has("include")) top.req("include").list("a list of parameter files");
        Yaml.Field paramsField = top.opt("params");
        if (paramsField != null) bindParams(paramsField, params);
        // a posterior draw replaces the point values the scenario includes, never those it sets itself
        Set<String> drawn = new java.util.TreeSet<>(includedParams.keySet());
        if (paramsField != null) {
            for (Map.Entry<String, Yaml.Field> e : paramsField.mapping("a mapping of parameter names to values").entries()) {
                drawn.remove(e.getKey());
            }
        }

        for (Map.Entry<String, String> set : sets.entrySet()) {
            String key = set.getKey() == null ? "" : set.getKey().trim();
            String value = set.getValue() == null ? "" : set.getValue();
            try {
                switch (key) {
                    case "months" -> months = (int) Values.integer(value, 1, MAX_MONTHS);
                    case "start" -> start = Values.yearMonth(value);
                    case "seed" -> seed = Values.integer(value, Long.MIN_VALUE, Long.MAX_VALUE);
                    default -> {
                        if (!ParamsBinder.isProperty(key)) {
                            throw new IllegalArgumentException(unknownSetMessage(key));
                        }
                        ParamsBinder.set(params, key, value);
                        drawn.remove(key);
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(SET_SOURCE, 0, 0, key, e.getMessage());
            }
        }

        List<Country> countries = countries(top.req("countries"), file);
        Set<String> metrics = Set.copyOf(metricNames.apply(countries));
        ExchangePolicy policy = new PolicyReader(countries, start, metrics).read(top.req("policy"));
        if (top.has("travel")) policy = policy.withTravel(TravelReader.read(top.req("travel"), countries, file));
        if (top.has("news")) {
            List<culturebridge.model.opinion.NewsEvent> news = new ArrayList<>(policy.news());
            news.addAll(NewsReader.read(top.req("news"), countries, file));
            policy = policy.withNews(news);
        }
        Setup setup = new Setup(name, start, months, countries, policy, params);
        Scenario warm = null;
        if (top.has("warmup")) {
            warm = warmup(setup, top.req("warmup"), file, metricNames);
            setup = new Setup(name, start, months, countries, policy, params, warm.setup());
            chainRoot = warm.root();
        }
        Levers levers = top.has("levers") ? levers(top.req("levers"), setup, seed, file, sets, metricNames) : null;
        if (levers != null) {
            for (String lever : levers.declared()) {
                if (lever.startsWith("params.")) drawn.remove(lever.substring("params.".length()));
            }
        }
        Path posterior = included.posterior();
        if (top.has("posterior")) posterior = posteriorFile(top.req("posterior"), file);
        if (posterior == null && warm != null) posterior = warm.posterior();
        return new Scenario(setup, seed, file, document.sha256(), description, levers, posterior, drawn,
                warm == null ? Set.of() : warm.drawn(), chainRoot);
    }

    /**
     * The posterior file a {@code posterior:} field names, relative to the scenario file. It is
     * read only by a run on its draws ({@link Posterior#read}, which refuses a missing file), so
     * that a scenario copied without it still runs on its own values.
     */
    private static Path posteriorFile(Yaml.Field field, Path file) throws ScenarioException {
        String ref = field.string();
        if (ref.isBlank()) throw field.error("posterior: needs a file, e.g. calibration/posterior-2010-2019.csv");
        Path dir = file.toAbsolutePath().getParent();
        return dir == null ? Path.of(ref) : dir.resolve(ref).normalize();
    }

    /**
     * The warm-up scenario named by {@code field} (a path relative to the scenario file), which
     * the arm's set-up continues. The warm-up is loaded with this scenario's population parameters
     * ({@link Fork#POPULATION_PARAMETERS}: the population is built once, in the warm-up) and
     * must end the month before this scenario starts, with the same countries and cities.
     */
    private static Scenario warmup(Setup arm, Yaml.Field field, Path file,
                                    Function<List<Country>, Set<String>> metricNames) throws ScenarioException {
        String ref = field.string();
        Path dir = file.toAbsolutePath().getParent();
        Path warmFile = dir == null ? Path.of(ref) : dir.resolve(ref).normalize();
        if (!Files.isRegularFile(warmFile)) throw field.error("warm-up scenario not found: " + warmFile);
        Map<String, String> population = new LinkedHashMap<>();
        LinkedHashMap<String, Object> values = ParamsBinder.values(arm.params());
        for (String key : Fork.POPULATION_PARAMETERS) population.put(key, String.valueOf(values.get(key)));
        Scenario warm;
        try (WarmupChain.Entered entered = WarmupChain.enter(file, warmFile, field)) {
            warm = load(warmFile, population, metricNames);
        }
        if (warm.setup().warmup() != null) {
            throw field.error("the warm-up " + warmFile.getFileName() + " has a warm-up itself; a warm-up must start from "
                    + "initial conditions");
        }
        String conflict = Fork.conflict(warm.setup(), arm);
        if (conflict != null) throw field.error(conflict);
        return warm;
    }

    /**
     * The arm's {@code levers:}: its baseline arm (a scenario file relative to this one, loaded
     * with the same {@code --set} values) and the resolved fields ({@link ArmFields#names()}) it
     * declares it changes, with the fields in which it actually differs from the baseline. A
     * baseline may not name a baseline of its own.
     */
    private static Levers levers(Yaml.Field field, Setup setup, Long seed, Path file, Map<String, String> sets,
                                 Function<List<Country>, Set<String>> metricNames) throws ScenarioException {
        Yaml.Mapping m = field.mapping("levers: {baseline: FILE, changes: [FIELDS]}").allowOnly("levers", LEVER_KEYS);
        Set<String> known = ArmFields.names();
        List<String> declared = new ArrayList<>();
        for (Yaml.Field item : m.req("changes").list("a list of the fields this arm changes")) {
            String name = item.string();
            if (!known.contains(name)) {
                throw item.error("unknown lever '" + name + "'; a lever is one of: start, months, seed, countries, warmup, "
                        + String.join(", ", ArmFields.POLICY_FIELDS) + " or params.NAME");
            }
            if (declared.contains(name)) throw item.error("lever '" + name + "' is listed twice");
            declared.add(name);
        }
        Yaml.Field baseField = m.req("baseline");
        String ref = baseField.string();
        Path dir = file.toAbsolutePath().getParent();
        Path baseFile = dir == null ? Path.of(ref) : dir.resolve(ref).normalize();
        if (!Files.isRegularFile(baseFile)) throw baseField.error("baseline arm not found: " + baseFile);
        if (LOADING_BASELINE.get()) throw baseField.error("a baseline arm may not name a baseline of its own");
        Scenario base;
        LOADING_BASELINE.set(true);
        try {
            base = load(baseFile, sets, metricNames);
        } finally {
            LOADING_BASELINE.set(false);
        }
        return new Levers(base.setup().name(), baseFile, declared,
                ArmFields.differences(base.setup(), base.seed(), setup, seed));
    }

    /** Binds one parameter of an included parameter file, reporting errors at that file's line. */
    private static void bindParam(String key, Yaml.Field value, Params params) throws ScenarioException {
        if (!ParamsBinder.isProperty(key)) throw value.error(ParamsBinder.unknownMessage(key));
        if (value.isNull()) throw value.error("'" + key + "' needs a value");
        try {
            ParamsBinder.set(params, key, value.text());
        } catch (IllegalArgumentException ex) {
            throw value.error(ex.getMessage());
        }
    }

    private static void bindParams(Yaml.Field field, Params params) throws ScenarioException {
        Yaml.Mapping m = field.mapping("a mapping of parameter names to values");
        for (Map.Entry<String, Yaml.Field> e : m.entries()) {
            String key = e.getKey();
            if (!ParamsBinder.isProperty(key)) {
                throw m.key(key).error(ParamsBinder.unknownMessage(key));
            }
            Yaml.Field value = e.getValue();
            if (value.isNull()) throw value.error("'" + key + "' needs a value");
            String text = value.text();
            try {
                ParamsBinder.set(params, key, text);
            } catch (IllegalArgumentException ex) {
                throw value.error(ex.getMessage());
            }
        }
    }

    private static String unknownSetMessage(String key) {
        List<String> valid = new ArrayList<>(SET_KEYS);
        valid.addAll(ParamsBinder.propertyNames());
        return "unknown key '" + key + "'" + Suggestions.didYouMeanThen(key, valid)
                + "--set takes months, start, seed or a parameter: " + String.join(", ", ParamsBinder.propertyNames())
                + "; or a field path of the scenario, e.g. policy.stages[1].quota.CN.film";
    }

    /** A built-in table name, a table file relative to the scenario, or an inline list. */
    private static List<Country> countries(Yaml.Field field, Path scenarioFile) throws ScenarioException {
        if (field.isList()) return CountryTable.read(field);
        String ref = field.string();
        boolean looksLikePath = ref.contains("/") || ref.contains("\\") || ref.endsWith(".yaml") || ref.endsWith(".yml");
        if (!looksLikePath) {
            if (!CountryTable.isBuiltIn(ref)) {
                throw field.error("unknown country table '" + ref + "'" + Suggestions.didYouMeanThen(ref, CountryTable.BUILT_IN)
                        + "Built-in tables: " + String.join(", ", CountryTable.BUILT_IN)
                        + "; or give a .yaml file relative to the scenario, or list the two countries inline");
            }
            return CountryTable.builtIn(ref);
        }
        Path dir = scenarioFile.toAbsolutePath().getParent();
        Path table = dir == null ? Path.of(ref) : dir.resolve(ref).normalize();
        if (!Files.isRegularFile(table)) {
            throw field.error("country table file not found: " + table);
        }
        return CountryTable.load(table);
    }

    /** A scenario name: it names results folders, so it is one plain folder name. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    private static String checkedName(Yaml.Field f) throws ScenarioException {
        String n = f.string();
        if (!NAME.matcher(n).matches() || n.contains("..")) {
            throw f.error("a scenario name starts with a letter and holds letters, digits, '_', '-' or '.' (it names the "
                    + "results folder), got '" + n + "'");
        }
        return n;
    }

    /**
     * The file name without .yaml; refused when it could not name a results folder of its own
     * (empty, hidden, {@code .} or {@code ..}), so that {@code --force} never clears {@code results/}.
     */
    private static String defaultName(Path file, String label) throws ScenarioException {
        String n = file.getFileName().toString();
        if (n.endsWith(".yaml")) n = n.substring(0, n.length() - 5);
        else if (n.endsWith(".yml")) n = n.substring(0, n.length() - 4);
        if (n.isBlank() || n.startsWith(".") || n.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
            throw new ScenarioException(label, 0, 0, "name", "the file name '" + file.getFileName()
                    + "' cannot name a results folder; give the scenario a name: (letters, digits, '_', '-', '.')");
        }
        return n;
    }
}
