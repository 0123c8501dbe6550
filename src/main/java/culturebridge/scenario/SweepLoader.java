package culturebridge.scenario;

import culturebridge.model.Country;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a sweep file into a checked {@link SweepSpec}. Like scenario files, sweep files are
 * refused before anything runs, with file, line, column and field path (exit code 2): an
 * unknown key, a missing field, a wrong type, a bad field path, a factor level the scenario
 * loader refuses (reported at the level's own line), an unknown metric, a window outside the
 * scenario's period, a baseline that names no design point. The format is documented at the
 * top of every file in {@code scenarios/sweeps/}.
 *
 * <p>The checks here are those of the file itself and of each fixed change; that every design
 * point makes a valid scenario is checked when the design is built
 * ({@code culturebridge.experiment.sweep.SweepPlan}), also before anything runs.
 */
public final class SweepLoader {
    /** Keys of a sweep file's top level. */
    public static final List<String> TOP_KEYS = List.of("name", "description", "scenario", "set", "seed",
            "replicates", "design", "factors", "baseline", "responses", "monthly");
    static final List<String> DESIGN_KEYS = List.of("type", "n", "r", "levels", "seed");
    static final List<String> FACTOR_KEYS = List.of("name", "path", "range", "type", "steps", "levels", "variants");
    static final List<String> RANGE_KEYS = List.of("min", "max");
    static final List<String> VARIANT_KEYS = List.of("name", "scenario", "set");
    static final List<String> RESPONSE_KEYS = List.of("name", "metric", "reducer", "from", "to", "threshold");
    /** Column names of the sweep's tables that factors and responses may not take. */
    public static final Set<String> RESERVED_NAMES = Set.of("run", "point", "arm", "replicate", "seed", "status",
            "date", "stage", "block", "group", "changed", "wall_seconds", "error", "scenario");
    /** Largest number of runs (design points times replicates) a sweep may have. */
    public static final long MAX_RUNS = 1_000_000L;
    /** The {@code baseline:} value that asks for the unchanged base scenario as an extra arm. */
    public static final String BASE_ARM = "base";

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final int MAX_REPLICATES = 100_000;
    private static final int MAX_DESIGN_SIZE = 1_000_000;

    private final Path file;
    private final String label;
    private final Function<List<Country>, Set<String>> metricNames;

    private SweepLoader(Path file, Function<List<Country>, Set<String>> metricNames) {
        this.file = file;
        this.label = file.toString();
        this.metricNames = metricNames;
    }

    /**
     * Reads and checks a sweep file.
     *
     * @param file        the sweep YAML
     * @param sets        the command line's {@code --set} entries in order: a parameter name,
     *                    {@code months}, {@code start}, {@code seed}, or a field path of the base
     *                    scenario; applied to the base scenario (and to every variant's own
     *                    scenario) after the file's {@code set:}
     * @param metricNames the metric names of a pair of countries (responses and conditions use them)
     * @throws ScenarioException the first problem found, with its location
     */
    public static SweepSpec load(Path file, Map<String, String> sets, Function<List<Country>, Set<String>> metricNames)
            throws ScenarioException {
        return load(file, sets, metricNames, null);
    }

    /**
     * Reads and checks a sweep file, with its replicates per design point set from the command
     * line ({@code sweep --replicates N}) instead of by the file's {@code replicates:}.
     *
     * @param replicates replicates per design point, or null for the file's
     * @throws ScenarioException the first problem found, with its location
     */
    public static SweepSpec load(Path file, Map<String, String> sets, Function<List<Country>, Set<String>> metricNames,
                                 Integer replicates) throws ScenarioException {
        Objects.requireNonNull(metricNames, "metricNames");
        return new SweepLoader(file, metricNames).read(sets, replicates);
    }

    private SweepSpec read(Map<String, String> sets, Integer replicatesOverride) throws ScenarioException {
        byte[] bytes;
        try {
            bytes = InputFiles.read(file, label, "sweep file");
        } catch (IOException e) {
            throw new ScenarioException(label, 0, 0, "", "cannot read the sweep file: " + e);
        }
        Yaml.Field root = Yaml.parse(label, Yaml.decode(label, bytes));
        if (root == null) {
            throw new ScenarioException(label, 0, 0, "", "the file is empty; a sweep needs at least scenario, design, "
                    + "factors and responses");
        }
        Yaml.Mapping top = root.mapping("a mapping of keys (" + String.join(", ", TOP_KEYS) + ") at the top level")
                .allowOnly("a sweep", TOP_KEYS);
        String name = top.has("name") ? checkedName(top.req("name"), "sweep") : defaultName(file);
        String description = top.has("description") ? top.req("description").text().trim() : "";

        List<SweepSpec.InputFile> inputs = new ArrayList<>();
        String sha = ScenarioDocument.sha256(bytes);
        inputs.add(new SweepSpec.InputFile("sweep", label, sha));

        Yaml.Field scenarioField = top.req("scenario");
        ScenarioDocument baseDoc = ScenarioDocument.read(resolveScenario(scenarioField));
        inputs.add(new SweepSpec.InputFile("scenario", baseDoc.label(), baseDoc.sha256()));

        List<DocumentOverride> fixed = new ArrayList<>();
        Yaml.Field setField = top.opt("set");
        if (setField != null) fixed.addAll(changes(setField));
        List<String> commandLine = new ArrayList<>();
        for (Map.Entry<String, String> e : sets.entrySet()) {
            commandLine.add(e.getKey() + "=" + e.getValue());
            fixed.add(commandLineChange(e.getKey(), e.getValue()));
        }
        ScenarioDocument base = baseDoc.with(fixed);
        Scenario baseScenario = ScenarioLoader.load(base, Map.of(), metricNames);

        long seed = top.has("seed") ? top.req("seed").integer(Long.MIN_VALUE, Long.MAX_VALUE)
                : baseScenario.seed() != null ? baseScenario.seed() : 1L;
        if (replicatesOverride != null && (replicatesOverride < 1 || replicatesOverride > MAX_REPLICATES)) {
            throw new ScenarioException(label, 0, 0, "", "--replicates must be between 1 and " + MAX_REPLICATES + ", got "
                    + replicatesOverride);
        }
        int replicates = replicatesOverride != null ? replicatesOverride
                : top.has("replicates") ? (int) top.req("replicates").integer(1, MAX_REPLICATES) : 1;
        if (replicatesOverride != null && seed > Long.MAX_VALUE - (replicates - 1)) {
            throw new ScenarioException(label, 0, 0, "", "seed " + seed + " + " + (replicates - 1)
                    + " (the last replicate's seed) is larger than " + Long.MAX_VALUE + "; choose fewer --replicates or a smaller seed");
        }
        if (seed > Long.MAX_VALUE - (replicates - 1)) {
            // replicate k's seed is seed + k; past the largest long it would wrap to a negative seed
            throw (top.has("seed") ? top.req("seed") : top.req("replicates")).error("seed " + seed + " + " + (replicates - 1)
                    + " (the last replicate's seed) is larger than " + Long.MAX_VALUE + "; choose a smaller seed");
        }

        Yaml.Field designField = top.req("design");
        SweepDesign design = design(designField);

        Yaml.Field factorsField = top.req("factors");
        List<Yaml.Field> factorItems = factorsField.list("a list of factors");
        if (factorItems.isEmpty()) throw factorsField.error("a sweep needs at least one factor");
        List<SweepFactor> factors = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> metricSet = Set.copyOf(metricNames.apply(baseScenario.setup().countries()));
        for (Yaml.Field item : factorItems) {
            SweepFactor f = factor(item, design, fixed, inputs, base);
            if (metricSet.contains(f.name())) {
                // Factor levels and metrics share the header of monthly.csv.
                throw item.mapping("a factor").req("name").error("'" + f.name() + "' is a metric's name; choose another factor name");
            }
            if (!names.add(f.name())) {
                throw item.mapping("a factor").req("name").error("factor name '" + f.name() + "' is used twice");
            }
            for (SweepFactor g : factors) checkOverlap(item, f, g);
            factors.add(f);
        }

        List<SweepResponse> responses = responses(top.req("responses"), baseScenario, names);
        SweepBaseline baseline = baseline(top.opt("baseline"), design, factors);
        SweepSpec.MonthlyColumns monthly = SweepSpec.MonthlyColumns.RESPONSES;
        if (top.has("monthly")) {
            Yaml.Field f = top.req("monthly");
            monthly = SweepSpec.MonthlyColumns.byKey(f.string());
            if (monthly == null) throw f.error("monthly must be responses, all or none, got '" + f.string() + "'");
        }

        long points = designSize(design, factors, designField) + (baseline.kind() == SweepBaseline.Kind.BASE ? 1 : 0);
        if (points * replicates > MAX_RUNS) {
            throw designField.error("the sweep would make " + points + " design points x " + replicates + " replicates = "
                    + points * replicates + " runs; at most " + MAX_RUNS + " are allowed");
        }
        return new SweepSpec(name, description, file, sha, base, baseScenario, inputs, commandLine, seed, replicates,
                design, factors, responses, baseline, monthly);
    }

    // ------------------------------------------------------------------ scenario files

    private Path resolveScenario(Yaml.Field field) throws ScenarioException {
        String ref = field.string();
        Path dir = file.toAbsolutePath().getParent();
        List<Path> tried = new ArrayList<>();
        tried.add(dir == null ? Path.of(ref) : dir.resolve(ref));
        boolean bare = !ref.contains("/") && !ref.contains("\\") && !ref.endsWith(".yaml") && !ref.endsWith(".yml");
        if (bare) {
            // A bare name is a scenario of the project: beside the sweep file, one folder up
            // (scenarios/sweeps/ -> scenarios/), or in scenarios/ of the working directory.
            if (dir != null) {
                tried.add(dir.resolve(ref + ".yaml"));
                if (dir.getParent() != null) tried.add(dir.getParent().resolve(ref + ".yaml"));
            }
            tried.add(Path.of("scenarios", ref + ".yaml"));
        }
        for (Path p : tried) {
            if (Files.isRegularFile(p)) return p.normalize();
        }
        List<String> shown = tried.stream().map(Path::toString).toList();
        throw field.error("scenario '" + ref + "' not found; looked for " + String.join(", ", shown));
    }

    // ------------------------------------------------------------------ changes

    /** A {@code set:} mapping of field paths to values (any YAML, grafted as is). */
    private List<DocumentOverride> changes(Yaml.Field field) throws ScenarioException {
        Yaml.Mapping m = field.mapping("a mapping of field paths to values, e.g. {params.agents: 2000, "
                + "policy.stages[1].quota.CN.film: 2}");
        List<DocumentOverride> out = new ArrayList<>();
        for (Map.Entry<String, Yaml.Field> e : m.entries()) {
            DocumentPath path = path(m.key(e.getKey()), e.getKey());
            Yaml.Field value = e.getValue();
            if (value.isNull()) throw value.error("'" + e.getKey() + "' needs a value");
            for (DocumentOverride o : out) {
                if (o.path().overlaps(path)) {
                    throw m.key(e.getKey()).error("'" + path + "' and '" + o.path() + "' change the same field");
                }
            }
            out.add(DocumentOverride.node(path, value.node, origin(value)));
        }
        return out;
    }

    private static DocumentPath path(Yaml.Field field, String text) throws ScenarioException {
        try {
            return DocumentPath.parse(text);
        } catch (IllegalArgumentException e) {
            throw field.error(e.getMessage());
        }
    }

    /** {@code agents=1000} is {@code params.agents}; months, start, seed and field paths are themselves. */
    private static DocumentOverride commandLineChange(String key, String value) throws ScenarioException {
        String k = key == null ? "" : key.trim();
        String v = value == null ? "" : value.trim();
        String pathText;
        if (ScenarioLoader.isFieldPath(k) || ScenarioLoader.SET_KEYS.contains(k)) {
            pathText = k;
        } else if (ParamsBinder.isProperty(k)) {
            pathText = "params." + k;
        } else {
            List<String> valid = new ArrayList<>(ScenarioLoader.SET_KEYS);
            valid.addAll(ParamsBinder.propertyNames());
            throw new ScenarioException(ScenarioLoader.SET_SOURCE, 0, 0, k, "unknown key '" + k + "'"
                    + Suggestions.didYouMeanThen(k, valid) + "--set takes months, start, seed or a parameter: "
                    + String.join(", ", ParamsBinder.propertyNames())
                    + "; or a field path of the scenario, e.g. policy.stages[1].quota.CN.film");
        }
        DocumentPath path;
        try {
            path = DocumentPath.parse(pathText);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(ScenarioLoader.SET_SOURCE, 0, 0, k, e.getMessage());
        }
        return DocumentOverride.scalar(path, v, DocumentOverride.Origin.commandLine(k));
    }

    private DocumentOverride.Origin origin(Yaml.Field f) {
        return new DocumentOverride.Origin(label, f.line(), Yaml.column(f.node.getStartMark()), f.path);
    }

    // ------------------------------------------------------------------ design

    private SweepDesign design(Yaml.Field field) throws ScenarioException {
        Yaml.Mapping m = field.mapping("a design such as {type: sobol, n: 64}").allowOnly("design", DESIGN_KEYS);
        Yaml.Field typeField = m.req("type");
        String typeText = typeField.string();
        SweepDesign.Type type = SweepDesign.Type.byKey(typeText);
        if (type == null) {
            throw typeField.error("unknown design '" + typeText + "'" + Suggestions.didYouMeanThen(typeText, SweepDesign.Type.keys())
                    + "Designs: " + String.join(", ", SweepDesign.Type.keys()));
        }
        List<String> allowed = switch (type) {
            case FULL_FACTORIAL -> List.of("type");
            case LATIN_HYPERCUBE -> List.of("type", "n", "seed");
            case SOBOL -> List.of("type", "n");
            case MORRIS -> List.of("type", "r", "levels", "seed");
        };
        for (String k : m.keys()) {
            if (!allowed.contains(k)) {
                throw m.key(k).error("'" + k + "' does not apply to a " + type.key + " design; it takes "
                        + String.join(", ", allowed));
            }
        }
        int n = 0;
        int r = 0;
        int levels = 0;
        if (type == SweepDesign.Type.LATIN_HYPERCUBE || type == SweepDesign.Type.SOBOL) {
            n = (int) m.req("n").integer(2, MAX_DESIGN_SIZE);
        }
        if (type == SweepDesign.Type.MORRIS) {
            r = (int) m.req("r").integer(2, MAX_DESIGN_SIZE);
            if (m.has("levels")) {
                Yaml.Field lf = m.req("levels");
                levels = (int) lf.integer(2, 1000);
                // An even p makes every grid level equally likely (Morris 1991, section 3).
                if (levels % 2 != 0) throw lf.error("Morris levels must be even (Morris 1991), got " + levels);
            } else {
                levels = 4;
            }
        }
        long seed = m.has("seed") ? m.req("seed").integer(Long.MIN_VALUE, Long.MAX_VALUE) : 1L;
        return new SweepDesign(type, n, r, levels, seed);
    }

    private static long designSize(SweepDesign d, List<SweepFactor> factors, Yaml.Field at) throws ScenarioException {
        int k = factors.size();
        return switch (d.type()) {
            case FULL_FACTORIAL -> {
                long p = 1;
                for (SweepFactor f : factors) {
                    p *= f.levelCount();
                    if (p > MAX_RUNS) {
                        throw at.error("the full-factorial design has more than " + MAX_RUNS + " points; use fewer levels "
                                + "or a latin-hypercube or sobol design");
                    }
                }
                yield p;
            }
            case LATIN_HYPERCUBE -> d.n();
            case SOBOL -> (long) d.n() * (k + 2);
            case MORRIS -> (long) d.r() * (k + 1);
        };
    }

    // ------------------------------------------------------------------ factors

    private SweepFactor factor(Yaml.Field item, SweepDesign design, List<DocumentOverride> fixed,
                               List<SweepSpec.InputFile> inputs, ScenarioDocument base) throws ScenarioException {
        Yaml.Mapping m = item.mapping("a factor (a mapping with name and path plus range or levels, or name and variants)")
                .allowOnly("a factor", FACTOR_KEYS);
        String name = checkedName(m.req("name"), "factor");
        boolean hasRange = m.key("range") != null;
        boolean hasLevels = m.key("levels") != null;
        boolean hasVariants = m.key("variants") != null;
        int given = (hasRange ? 1 : 0) + (hasLevels ? 1 : 0) + (hasVariants ? 1 : 0);
        if (given != 1) {
            throw item.error("factor '" + name + "' needs exactly one of range, levels or variants");
        }
        if (hasVariants) {
            for (String k : List.of("path", "type", "steps")) {
                if (m.key(k) != null) throw m.key(k).error("'" + k + "' does not apply to variants; each variant has its own set");
            }
            return variants(name, m.req("variants"), fixed, inputs);
        }
        Yaml.Field pathField = m.req("path");
        DocumentPath path = path(pathField, pathField.string());
        for (DocumentOverride o : fixed) {
            if (o.path().overlaps(path)) {
                throw pathField.error("factor '" + name + "' varies " + path + ", which the sweep's set"
                        + (o.origin().isCommandLine() ? " (--set " + o.origin().fieldPath() + ")" : "")
                        + " already fixes (" + o.path() + "); remove one of them");
            }
        }
        if (hasLevels) {
            for (String k : List.of("type", "steps")) {
                if (m.key(k) != null) throw m.key(k).error("'" + k + "' applies to a range, not to a list of levels");
            }
            Yaml.Field levelsField = m.req("levels");
            List<Yaml.Field> items = levelsField.list("a list of values");
            if (items.size() < 2) throw levelsField.error("a factor needs at least two levels, got " + items.size());
            List<SweepLevel> levels = new ArrayList<>();
            Set<String> labels = new LinkedHashSet<>();
            for (Yaml.Field li : items) {
                if (li.isNull()) throw li.error("a level needs a value");
                DocumentOverride o = DocumentOverride.node(path, li.node, origin(li));
                if (!labels.add(o.shown())) throw li.error("level '" + o.shown() + "' is listed twice");
                levels.add(new SweepLevel(o.shown(), List.of(o), null));
            }
            return new SweepFactor(name, SweepFactor.Kind.LEVELS, path, null, 0, levels, origin(levelsField));
        }
        Yaml.Field rangeField = m.req("range");
        SweepFactor.Range range = range(rangeField, m.opt("type"), path);
        int steps = 0;
        if (m.has("steps")) {
            Yaml.Field sf = m.req("steps");
            if (design.type() != SweepDesign.Type.FULL_FACTORIAL) {
                throw sf.error("steps is only used by full-factorial designs; a " + design.type().key
                        + " design samples the range itself");
            }
            steps = (int) sf.integer(2, SweepFactor.MAX_LEVELS);
            if (range.type() != SweepFactor.ValueType.REAL && steps > range.count()) {
                throw sf.error("the range holds only " + range.count() + " distinct values, fewer than " + steps + " steps");
            }
        }
        SweepFactor f = new SweepFactor(name, SweepFactor.Kind.RANGE, path, range, steps, List.of(), origin(rangeField));
        if (design.type() == SweepDesign.Type.FULL_FACTORIAL && !f.isDiscrete()) {
            throw rangeField.error(range.type() == SweepFactor.ValueType.REAL
                    ? "a full-factorial design needs levels: give the range 'steps' (evenly spaced levels) or list 'levels'"
                    : "the range holds " + range.count() + " values, more than " + SweepFactor.MAX_LEVELS
                      + " for a full-factorial design; give it 'steps'");
        }
        // The ends of the range are values the model will see: check them now, at the range's line.
        for (String end : List.of(range.format(range.min()), range.format(range.max()))) {
            try {
                ScenarioLoader.load(base.with(List.of(DocumentOverride.scalar(path, end, origin(rangeField)))),
                        Map.of(), metricNames);
            } catch (ScenarioException e) {
                throw withHint(e, range);
            }
        }
        return f;
    }

    /** Adds a hint when a real range feeds a whole-number field. */
    private static ScenarioException withHint(ScenarioException e, SweepFactor.Range range) {
        if (range.type() == SweepFactor.ValueType.REAL && e.problem().contains("whole number")) {
            return new ScenarioException(e.file(), e.line(), e.column(), e.fieldPath(),
                    e.problem() + " (give the factor 'type: integer')");
        }
        return e;
    }

    private SweepFactor.Range range(Yaml.Field field, Yaml.Field typeField, DocumentPath path) throws ScenarioException {
        Yaml.Mapping m = field.mapping("a range {min: A, max: B}").allowOnly("a range", RANGE_KEYS);
        Yaml.Field minField = m.req("min");
        Yaml.Field maxField = m.req("max");
        String lo = minField.text().trim();
        String hi = maxField.text().trim();
        SweepFactor.ValueType type;
        if (typeField != null) {
            String t = typeField.string();
            type = SweepFactor.ValueType.byKey(t);
            if (type == null) throw typeField.error("type must be real, integer, month or date, got '" + t + "'");
        } else if (MONTH.matcher(lo).matches() && MONTH.matcher(hi).matches()) {
            type = SweepFactor.ValueType.MONTH;
        } else if (DAY.matcher(lo).matches() && DAY.matcher(hi).matches()) {
            type = SweepFactor.ValueType.DATE;
        } else if (path.length() == 2 && path.segments().get(0).equals(new DocumentPath.Key("params"))
                && ParamsBinder.propertyType(path.segments().get(1).toString()) == int.class) {
            // A whole-number parameter: its range can only be whole numbers.
            type = SweepFactor.ValueType.INTEGER;
        } else {
            type = SweepFactor.ValueType.REAL;
        }
        double min = bound(minField, type);
        double max = bound(maxField, type);
        if (!(min < max)) throw maxField.error("max must be above min (" + lo + "), got " + hi);
        return new SweepFactor.Range(type, min, max);
    }

    private static double bound(Yaml.Field f, SweepFactor.ValueType type) throws ScenarioException {
        return switch (type) {
            case REAL -> f.real(-1e15, 1e15);
            case INTEGER -> f.integer(-1_000_000_000_000L, 1_000_000_000_000L);
            case MONTH -> SweepFactor.Range.monthNumber(f.yearMonth());
            case DATE -> {
                String t = f.text().trim();
                if (!DAY.matcher(t).matches()) throw f.error("a date range needs days written YYYY-MM-DD, got '" + t + "'");
                LocalDate d = f.date();
                yield d.toEpochDay();
            }
        };
    }

    private SweepFactor variants(String name, Yaml.Field field, List<DocumentOverride> fixed,
                                 List<SweepSpec.InputFile> inputs) throws ScenarioException {
        List<Yaml.Field> items = field.list("a list of variants, each {name, set} or {name, scenario}");
        if (items.size() < 2) throw field.error("a factor needs at least two variants, got " + items.size());
        List<SweepLevel> levels = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Yaml.Field vi : items) {
            Yaml.Mapping vm = vi.mapping("a variant (a mapping with name and set and/or scenario)")
                    .allowOnly("a variant", VARIANT_KEYS);
            Yaml.Field nameField = vm.req("name");
            String vname = checkedName(nameField, "variant");
            if (!names.add(vname)) throw nameField.error("variant name '" + vname + "' is used twice");
            ScenarioDocument doc = null;
            if (vm.has("scenario")) {
                ScenarioDocument read = ScenarioDocument.read(resolveScenario(vm.req("scenario")));
                inputs.add(new SweepSpec.InputFile("variant " + vname, read.label(), read.sha256()));
                doc = read.with(fixed);
            }
            List<DocumentOverride> changes = vm.key("set") == null || vm.opt("set") == null ? List.of() : changes(vm.req("set"));
            for (DocumentOverride c : changes) {
                for (DocumentOverride o : fixed) {
                    if (o.path().overlaps(c.path())) {
                        throw vm.req("set").error("variant '" + vname + "' changes " + c.path()
                                + ", which the sweep's set already fixes (" + o.path() + ")");
                    }
                }
            }
            levels.add(new SweepLevel(vname, changes, doc));
        }
        // Any design can take variants: sampling designs treat them as a discrete factor on [0, 1].
        return new SweepFactor(name, SweepFactor.Kind.VARIANTS, null, null, 0, levels, origin(field));
    }

    /** Two factors may not change the same field: the later would silently undo the earlier. */
    private static void checkOverlap(Yaml.Field item, SweepFactor f, SweepFactor g) throws ScenarioException {
        for (DocumentPath a : paths(f)) {
            for (DocumentPath b : paths(g)) {
                if (a.overlaps(b)) {
                    throw item.error("factors '" + g.name() + "' and '" + f.name() + "' both change " + (a.length() <= b.length() ? b : a)
                            + "; each field may be varied by one factor only");
                }
            }
        }
    }

    private static Set<DocumentPath> paths(SweepFactor f) {
        Set<DocumentPath> out = new LinkedHashSet<>();
        if (f.path() != null) out.add(f.path());
        for (SweepLevel l : f.levels()) for (DocumentOverride o : l.changes()) out.add(o.path());
        return out;
    }

    // ------------------------------------------------------------------ responses

    private List<SweepResponse> responses(Yaml.Field field, Scenario base, Set<String> factorNames) throws ScenarioException {
        List<Yaml.Field> items = field.list("a list of responses, each {metric, reducer}");
        if (items.isEmpty()) throw field.error("a sweep needs at least one response");
        Set<String> metrics = Set.copyOf(metricNames.apply(base.setup().countries()));
        YearMonth first = base.setup().start();
        YearMonth last = first.plusMonths(base.setup().months() - 1L);
        List<SweepResponse> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Yaml.Field item : items) {
            Yaml.Mapping m = item.mapping("a response (a mapping with metric and reducer, optionally name, from, to, threshold)")
                    .allowOnly("a response", RESPONSE_KEYS);
            Yaml.Field metricField = m.req("metric");
            String metric = metricField.string();
            if (!metrics.contains(metric)) {
                String close = Suggestions.didYouMean(metric, metrics);
                throw metricField.error("unknown metric '" + metric + "'" + (close.isEmpty()
                        ? ". Known metrics: " + String.join(", ", new TreeSet<>(metrics)) : close));
            }
            Yaml.Field reducerField = m.req("reducer");
            String rtext = reducerField.string();
            SweepResponse.Reducer reducer = SweepResponse.Reducer.byKey(rtext);
            if (reducer == null) {
                throw reducerField.error("unknown reducer '" + rtext + "'" + Suggestions.didYouMeanThen(rtext, SweepResponse.Reducer.keys())
                        + "Reducers: " + String.join(", ", SweepResponse.Reducer.keys()));
            }
            double threshold = Double.NaN;
            if (reducer.needsThreshold()) {
                threshold = m.req("threshold").real(-1e15, 1e15);
            } else if (m.key("threshold") != null) {
                throw m.key("threshold").error("threshold applies to first-above and first-below only");
            }
            YearMonth from = window(m.opt("from"), first, last);
            YearMonth to = window(m.opt("to"), first, last);
            if (from != null && to != null && to.isBefore(from)) {
                throw m.req("to").error("the window ends (" + to + ") before it starts (" + from + ")");
            }
            String name;
            Yaml.Field nameField = m.opt("name");
            if (nameField != null) {
                name = checkedName(nameField, "response");
            } else {
                name = metric + "." + reducer.key;
            }
            if (factorNames.contains(name)) {
                throw (nameField != null ? nameField : item).error("response name '" + name + "' is also a factor's name");
            }
            if (!names.add(name)) {
                throw (nameField != null ? nameField : item).error("response name '" + name + "' is used twice"
                        + (nameField == null ? "; give each response of the same metric and reducer its own 'name'" : ""));
            }
            out.add(new SweepResponse(name, metric, reducer, from, to, threshold));
        }
        return out;
    }

    private static YearMonth window(Yaml.Field f, YearMonth first, YearMonth last) throws ScenarioException {
        if (f == null) return null;
        YearMonth ym = f.yearMonth();
        if (ym.isBefore(first) || ym.isAfter(last)) {
            throw f.error("month " + ym + " is outside the scenario's period " + first + " to " + last);
        }
        return ym;
    }

    // ------------------------------------------------------------------ baseline

    private static SweepBaseline baseline(Yaml.Field field, SweepDesign design, List<SweepFactor> factors)
            throws ScenarioException {
        if (field == null) return SweepBaseline.NONE_GIVEN;
        if (field.isScalar()) {
            String t = field.string();
            if (!t.equals(BASE_ARM)) {
                throw field.error("baseline must be '" + BASE_ARM + "' (the base scenario, run as an extra arm) or a mapping "
                        + "from every factor to one of its levels, got '" + t + "'");
            }
            return new SweepBaseline(SweepBaseline.Kind.BASE, Map.of());
        }
        Yaml.Mapping m = field.mapping("'base' or a mapping from factor names to levels");
        if (design.type() != SweepDesign.Type.FULL_FACTORIAL) {
            throw field.error("a baseline named by factor levels needs a full-factorial design (other designs do not "
                    + "contain chosen points); use 'baseline: base' to add the base scenario as an arm");
        }
        List<String> factorNames = factors.stream().map(SweepFactor::name).toList();
        m.allowOnly("baseline", factorNames);
        Map<String, String> levels = new LinkedHashMap<>();
        for (SweepFactor f : factors) {
            Yaml.Field v = m.opt(f.name());
            if (v == null) {
                throw field.error("the baseline must give a level of every factor; missing: " + f.name());
            }
            String label = DocumentOverride.render(v.node).trim();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < f.levelCount(); i++) labels.add(f.level(i).label());
            if (!labels.contains(label)) {
                throw v.error("'" + label + "' is not a level of factor '" + f.name() + "'; its levels: " + String.join(", ", labels));
            }
            levels.put(f.name(), label);
        }
        return new SweepBaseline(SweepBaseline.Kind.POINT, levels);
    }

    // ------------------------------------------------------------------ names

    private static String checkedName(Yaml.Field f, String what) throws ScenarioException {
        String n = f.string();
        if (!NAME.matcher(n).matches()) {
            throw f.error("a " + what + " name starts with a letter and holds letters, digits, '_', '-' or '.', got '" + n + "'");
        }
        if (!what.equals("sweep") && !what.equals("variant") && RESERVED_NAMES.contains(n)) {
            throw f.error("'" + n + "' is a column of the sweep's tables; choose another " + what + " name");
        }
        return n;
    }

    /**
     * The file name without .yaml. It names the default results folder
     * ({@code results/sweeps/<name>}), so a name that is no folder of its own there (empty,
     * {@code .} or {@code ..} from files named {@code .yaml}, {@code ..yaml}, {@code ...yaml};
     * or hidden) is refused rather than letting {@code --force} clear {@code results/sweeps} or
     * {@code results}.
     */
    private String defaultName(Path file) throws ScenarioException {
        String n = file.getFileName().toString();
        if (n.endsWith(".yaml")) n = n.substring(0, n.length() - 5);
        else if (n.endsWith(".yml")) n = n.substring(0, n.length() - 4);
        boolean usable = !n.isBlank() && !n.startsWith(".") && n.chars().noneMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c));
        if (!usable) {
            throw new ScenarioException(label, 0, 0, "name", "the sweep has no name, and its file name '" + file.getFileName()
                    + "' gives none that can name its results folder ('" + n + "'); add a name (a letter, then letters, digits, "
                    + "'_', '-' or '.')");
        }
        return n;
    }
}
