package culturebridge.cli;

import static culturebridge.cli.MalformedFiles.bytes;
import static culturebridge.cli.MalformedFiles.pick;
import static culturebridge.cli.MalformedFiles.replaceOne;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Bad input, property-based: malformed sweep files made by mutating the shipped sweeps' YAML
 * text (unknown keys, wrong types, missing fields, out-of-range values, bad levels and bounds,
 * unknown parameters, metrics, reducers and design names, broken YAML, huge numbers, empty
 * files, binary junk, type tags, aliases that contain themselves or multiply without end,
 * absurdly deep nesting) are each refused by {@code sweep} with exit code 2, a message
 * naming the file with a line number and, where the problem is a field's, the field's path; no
 * stack trace, and no results folder.
 *
 * <p>Every mutation is one that no valid sweep can survive, so a file that is accepted is a
 * loader bug. Such a file must not start hundreds of model runs: every sweep here is asked for
 * its shard {@code 2147483647/2147483647}, which holds no run of any sweep (at most ten million
 * runs are allowed), so an accepted file finishes at once with exit code 0 and a results
 * folder, and fails the property instead of running for hours.
 */
class MalformedSweepPropertyTest {

    /** The shipped sweeps (they name their scenarios, which are found in scenarios/ of the working directory). */
    private static final List<String> BASES = List.of("attitude-parameters-lhs", "gradual-levers-morris",
            "gradual-levers-sobol", "opening-paths-factorial");

    /** No run of any sweep is in this shard (see the class comment). */
    private static final String EMPTY_SHARD = Integer.MAX_VALUE + "/" + Integer.MAX_VALUE;

    /** What a mutation breaks, and whether the error must name a field path. */
    enum Mutation {
        UNKNOWN_TOP_KEY(true), UNKNOWN_NESTED_KEY(true), MISSPELT_KEY(true), WRONG_TYPE(true), WRONG_TYPE_SECTION(true),
        MISSING_FIELD(true), OUT_OF_RANGE(true), OUT_OF_RANGE_BOUND(true), HUGE_NUMBER(true), BAD_DESIGN_NAME(true),
        KEY_OF_ANOTHER_DESIGN(true), BAD_FACTOR_TYPE(true), BAD_BOUNDS(true), BAD_LEVELS(true), BAD_VARIANTS(true),
        BAD_PATH(true), UNKNOWN_METRIC(true), UNKNOWN_REDUCER(true), BAD_WINDOW(true), BAD_BASELINE(true), BAD_NAME(true),
        BAD_MONTHLY(true), SCENARIO_NOT_FOUND(true), BAD_SET(true), TAGGED_VALUE(true), RECURSIVE_ALIAS(true),
        ALIAS_BOMB(false), DEEP_NESTING(false), BROKEN_YAML(false), DUPLICATE_KEY(true), EMPTY(false), NOT_A_MAPPING(false), BINARY_JUNK(false),
        CONTROL_CHARACTERS(false);

        final boolean fieldPath;

        Mutation(boolean fieldPath) {
            this.fieldPath = fieldPath;
        }
    }

    private static MalformedFiles.Cases<Mutation> cases;

    @BeforeContainer
    static void readBases() throws IOException {
        cases = new MalformedFiles.Cases<>(Path.of("scenarios", "sweeps"), BASES, Mutation.class, MalformedSweepPropertyTest::mutate);
    }

    @AfterContainer
    static void report() throws IOException {
        cases.report("malformed sweep files");
    }

    @Provide
    Arbitrary<Object[]> malformed() {
        return cases.arbitrary();
    }

    @Property(tries = 10_000, shrinking = ShrinkingMode.OFF, generation = GenerationMode.RANDOMIZED, seed = "20260105")
    void everyMalformedSweepIsRefusedWithItsLocation(@ForAll("malformed") Object[] c) throws IOException {
        MalformedFiles.Case<Mutation> k = cases.write(c);
        MalformedFiles.assertRefused(k.what(), k.file(), k.out(), true, k.kind().fieldPath,
                "sweep", k.file().toString(), "--out", k.out().toString(), "--quiet", "--shard", EMPTY_SHARD);
        cases.refused(k);
    }

    // ------------------------------------------------------------------ mutations of the YAML text

    /** Keys whose values are single scalars on their own line or in a flow mapping. */
    private static final String INTEGER_KEYS = "replicates|n|r|levels|seed";
    private static final String TEXT_KEYS = "name|scenario|metric|reducer|type|path|monthly|baseline|from|threshold";
    /** A factor's range (the shipped files write one per line); replacements start with {@link #AT}. */
    private static final String RANGE = "(?m)^    range: \\{min: ([^,}\\n]+), max: ([^,}\\n]+)\\}";
    private static final String AT = "    ";
    /** A factor's, a response's and a variant's name: group 1 the text before it, group 2 the name. */
    private static final String FACTOR_NAME = "(?m)^(  - name: )([\\w-]+)$";
    private static final String RESPONSE_NAME = "(?m)^(  - \\{name: )(\\w+)";
    private static final String VARIANT_NAME = "(?m)^(      - name: )([\\w-]+)$";

    static byte[] mutate(String text, Mutation m, Random r) {
        return switch (m) {
            case UNKNOWN_TOP_KEY -> bytes(text + "\n" + pick(r, "replicate", "factor", "designs", "response", "scenarios", "colour",
                    "sets", "x") + r.nextInt(1000) + ": 1\n");
            case UNKNOWN_NESTED_KEY -> bytes(anyOf(r, text,
                    t -> t.replaceFirst("(?m)^design:\\s*$", "design:\n  " + pick(r, "steps", "points", "samples", "kind") + ": 4"),
                    t -> replaceOne(t, r, "(?m)^(  - name: [\\w-]+)$", mt -> mt.group(1) + "\n    " + pick(r, "colour", "step", "label", "values") + ": 1"),
                    t -> replaceOne(t, r, "(?m)^(  - \\{)(name: )", mt -> mt.group(1) + pick(r, "window", "unit", "at", "weight") + ": 1, " + mt.group(2)),
                    t -> replaceOne(t, r, "(?m)^    range: \\{min: ", mt -> AT + "range: {" + pick(r, "step", "mean", "by") + ": 1, min: "),
                    t -> replaceOne(t, r, "(?m)^(      - name: [\\w-]+)$", mt -> mt.group(1) + "\n        " + pick(r, "path", "levels", "sets") + ": {}")));
            case MISSPELT_KEY -> bytes(anyOf(r, text,
                    t -> replaceOne(t, r, "(?m)^(\\s*-?\\s*)(name|scenario|replicates|design|factors|responses|type|path|range|variants|baseline|monthly|seed|levels|n|r|set):",
                            mt -> mt.group(1) + mt.group(2) + pick(r, "s", "x", "_") + ":"),
                    t -> replaceOne(t, r, "(?m)^([ \\t]*[^#\\s][^#\\n]*?[{,][ \\t]*)(name|metric|reducer|min|max|from|threshold): ",
                            mt -> mt.group(1) + mt.group(2) + pick(r, "s", "x", "_") + ": ")));
            case WRONG_TYPE -> bytes(anyOf(r, text,
                    t -> value(t, r, INTEGER_KEYS, "many", "[1, 2]", "{a: 1}", "2.5", "true", "0x1Q", "12abc", "''"),
                    t -> value(t, r, TEXT_KEYS, "[a, b]", "{a: b}", "[]", "{}"),
                    t -> replaceOne(t, r, RANGE, mt -> AT + "range: " + pick(r, "[" + mt.group(1) + ", " + mt.group(2) + "]", mt.group(1),
                            "{min: [" + mt.group(1) + "], max: " + mt.group(2) + "}", "{min: " + mt.group(1) + ", max: {a: 1}}",
                            "{min: low, max: " + mt.group(2) + "}", "{min: " + mt.group(1) + ", max: true}")),
                    t -> value(t, r, "from", "soon", "2027", "[2027-01]", "27-01"),
                    t -> value(t, r, "threshold", "high", "[0.2]", "20%"),
                    t -> replaceOne(t, r, "set: \\{\\}", mt -> "set: " + pick(r, "[1, 2]", "5", "text"))));
            case WRONG_TYPE_SECTION -> bytes(anyOf(r, text,
                    t -> section(t, r, "design", pick(r, "sobol", "42", "[sobol, 32]")),
                    t -> section(t, r, "factors", pick(r, "5", "{a: 1}", "just text")),
                    t -> section(t, r, "responses", pick(r, "final", "{metric: tension}", "7")),
                    t -> section(t, r, "set", pick(r, "48", "[months, 48]", "text")),
                    t -> section(t, r, "variants", pick(r, "two", "{a: 1}", "3"))));
            case MISSING_FIELD -> bytes(anyOf(r, text,
                    t -> section(t, r, pick(r, "scenario", "design", "factors", "responses"), null),
                    t -> removeLine(t, r, "(?m)^  (type|n|r): .*\\n"),
                    t -> removeLine(t, r, "(?m)^    (path|range): .*\\n"),
                    t -> replaceOne(t, r, "(?m)^([^#\\n]*?)" + pick(r, "metric: [^,}\\n]+, ", ", reducer: [^,}\\n]+", ", threshold: [^,}\\n]+"),
                            mt -> mt.group(1)),
                    t -> replaceOne(t, r, "(?m)^(      - )name: [\\w-]+\\n\\s+", mt -> mt.group(1))));
            case OUT_OF_RANGE -> bytes(anyOf(r, text,
                    t -> value(t, r, "replicates", "0", "-1", "-100", "100001"),
                    t -> value(t, r, "n", "1", "0", "-5", "10000001"),
                    t -> value(t, r, "r", "1", "0", "-3", "10000001"),
                    t -> value(t, r, "levels", "3", "5", "1", "0", "1001", "1002"),
                    t -> value(t, r, "months", "0", "-1", "1201"),
                    t -> value(t, r, "threshold", "1e16", "-2e15")));
            case OUT_OF_RANGE_BOUND -> bytes(replaceOne(text, r,
                    "(?m)^(    path: (?:params\\.\\w+|policy\\.stages\\[\\d\\]\\.quota\\.\\w+\\.\\w+)\\n    range: \\{min: )([^,]+)(, max: [^}]+\\})",
                    mt -> mt.group(1) + pick(r, "-5", "-0.5", "-1000") + mt.group(3)));
            case HUGE_NUMBER -> bytes(anyOf(r, text,
                    t -> value(t, r, INTEGER_KEYS, "99999999999999999999999", "1e400", "9223372036854775808", "-9223372036854775809", ".inf"),
                    t -> value(t, r, "replicates|n|r|levels", "2147483648", "4294967297"),
                    t -> value(t, r, "n|r", "10000000"),
                    t -> replaceOne(t, r, RANGE, mt -> AT + "range: {min: " + mt.group(1) + ", max: " + pick(r, "1e400", ".inf", "1e16",
                            "99999999999999999999999") + "}"),
                    t -> replaceOne(t, r, RANGE, mt -> AT + "range: {min: " + pick(r, "-.inf", ".nan", "-1e400") + ", max: " + mt.group(2) + "}"),
                    t -> value(t, r, "threshold", ".inf", ".nan", "1e400")));
            case BAD_DESIGN_NAME -> bytes(replaceOne(text, r, "(?m)^(  type: )(full-factorial|latin-hypercube|sobol|morris)\\b",
                    mt -> mt.group(1) + pick(r, "sobel", "latin-hypercub", "factorial", "random", "SOBOL", "lhs", "grid",
                            "monte-carlo", "'full factorial'", "Morris")));
            case KEY_OF_ANOTHER_DESIGN -> bytes(anyOf(r, text,
                    t -> replaceOne(t, r, "(?m)^(  type: (?:sobol|latin-hypercube))$", mt -> mt.group(1) + "\n  " + pick(r, "r: 5", "levels: 4")),
                    t -> replaceOne(t, r, "(?m)^(  type: sobol)$", mt -> mt.group(1) + "\n  seed: 3"),
                    t -> replaceOne(t, r, "(?m)^(  type: morris)$", mt -> mt.group(1) + "\n  n: 16"),
                    t -> replaceOne(t, r, "(?m)^(  type: full-factorial)\\b", mt -> mt.group(1) + "\n  " + pick(r, "n: 16", "r: 4", "seed: 2")),
                    t -> replaceOne(t, r, "(?m)^(    range: .*)$", mt -> mt.group(1) + "\n    steps: " + pick(r, "1", "3", "5"))));
            case BAD_FACTOR_TYPE -> bytes(anyOf(r, text,
                    t -> value(t, r, "type", "float", "int", "double", "text", "Integer", "months"),
                    t -> replaceOne(t, r, "(?m)^(    range: \\{min: [0-9]+\\.[0-9]+, .*)$", mt -> mt.group(1) + "\n    type: " + pick(r, "integer", "month", "date")),
                    t -> replaceOne(t, r, "(?m)^(    range: \\{min: [0-9]{4}-[0-9]{2}, .*)$", mt -> mt.group(1) + "\n    type: date")));
            case BAD_BOUNDS -> bytes(replaceOne(text, r, RANGE, mt -> {
                String lo = mt.group(1);
                String hi = mt.group(2);
                return AT + "range: " + pick(r, "{min: " + hi + ", max: " + lo + "}", "{min: " + lo + ", max: " + lo + "}", "{min: " + lo + "}",
                        "{max: " + hi + "}", "{min: " + lo + ", max: " + hi + ", min: " + lo + "}", "{}",
                        "{min: " + lo + ", max: ~}", "{min: 2026-13, max: " + hi + "}", "{min: " + lo + ", max: 2027-02-30}",
                        "{min: 1850-01, max: " + hi + "}");
            }));
            case BAD_LEVELS -> bytes(replaceOne(text, r, RANGE, mt -> {
                String lo = mt.group(1);
                return AT + pick(r, "levels: [" + lo + "]", "levels: []", "levels: [" + lo + ", " + lo + "]", "levels: [" + lo + ", ~]",
                        "levels: " + lo, "levels: {a: " + lo + "}", "levels: [" + lo + ", " + mt.group(2) + "]\n" + AT + "range: {min: "
                                + lo + ", max: " + mt.group(2) + "}");
            }));
            case BAD_VARIANTS -> bytes(anyOf(r, text,
                    t -> replaceOne(t, r, "(?m)^(      - name: )gradual$", mt -> mt.group(1) + pick(r, "status-quo", "rapid")),
                    t -> replaceOne(t, r, "(?m)^(        scenario: )[\\w-]+$", mt -> mt.group(1) + pick(r, "no-such-scenario",
                            "'../no/such.yaml'", "status-quo-2099")),
                    t -> replaceOne(t, r, "(?m)^(        set: )\\{\\}$", mt -> mt.group(1) + pick(r, "{params.notAParameter: 1}",
                            "{params.agents: -5}", "{'params..agents': 3}", "{'policy.stages[99].quota.CN.film': 1}", "{months: 0}",
                            "{params.agents: ~}", "{params.agents: 5, params: {agents: 6}}")),
                    t -> replaceOne(t, r, "(?m)^(  - name: \\w+\\n)(    variants:)", mt -> mt.group(1) + "    " + pick(r, "path: params.agents",
                            "type: integer", "steps: 3") + "\n" + mt.group(2)),
                    // a factor of one variant: cut the list after its first item
                    t -> replaceOne(t, r, "(?m)^(    variants:\\n      - name: none\\n        set: \\{\\}\\n)      - name: incident-2027\\n(        .*\\n){2}",
                            mt -> mt.group(1))));
            case BAD_PATH -> bytes(replaceOne(text, r, "(?m)^(    path: )(\\S+)$", mt -> mt.group(1) + pick(r, "params.notAParameter" + r.nextInt(100),
                    "params.agnets", "'policy.stages[99].enter.date'", "'travel.regimes[9].date'", "'policy.stagez[1].quota'", "'params..agents'",
                    "'policy.stages[x].enter'", "'policy.stages[-1].enter'", "'[0]'", "'a b'", "colour", "params")));
            case UNKNOWN_METRIC -> bytes(value(text, r, "metric", "favourable.XX", "favorable.CN", "nothing", "adoption.KR.drama.in.JP",
                    "tension.CN", "FAVOURABLE.CN", "favourable"));
            case UNKNOWN_REDUCER -> bytes(value(text, r, "reducer", "average", "median", "summ", "FINAL", "first_above", "last", "mean()"));
            case BAD_WINDOW -> bytes(anyOf(r, text,
                    t -> value(t, r, "from", "2035-01", "1999-12", "2026-13", "2200-01"),
                    t -> replaceOne(t, r, "(?m)^([^#\\n]*?, reducer: [^,}\\n]+)\\}", mt -> mt.group(1) + ", " + pick(r, "from: 2040-01", "to: 2019-06",
                            "from: 2029-01, to: 2027-01", "to: 2026-00") + "}")));
            case BAD_BASELINE -> bytes(anyOf(r, text,
                    t -> value(t, r, "baseline", "none", "basis", "Base", "gradual", "'base base'"),
                    t -> replaceOne(t, r, "(?m)^baseline: base$", mt -> "baseline: {" + pick(r, "filmsFrom: 2026-04", "baseTension: 0.15") + "}"),
                    t -> replaceOne(t, r, "(?m)^baseline: \\{path: gradual, incident: none\\}$", mt -> "baseline: " + pick(r,
                            "{path: nowhere, incident: none}", "{path: gradual}", "{path: gradual, incident: none, extra: 1}",
                            "{paths: gradual, incident: none}", "{path: gradual, incident: [none]}", "{}")),
                    t -> replaceOne(t, r, "(?m)^(monthly: all|replicates: 1)$", mt -> mt.group() + "\nbaseline: " + pick(r, "none", "{x: 1}"))));
            case BAD_NAME -> bytes(anyOf(r, text,
                    t -> value(t, r, "^name", "1abc", "'a b'", "'../escape'", "/tmp/abs", "'a/b'", "-dash", "''", "'.hidden'", "'..'"),
                    t -> replaceOne(t, r, FACTOR_NAME, mt -> mt.group(1) + pick(r, "run", "seed", "point", "status", "scenario",
                            "tension", "favourable.CN", "2x", "'a b'")),
                    t -> replaceOne(t, r, RESPONSE_NAME, mt -> mt.group(1) + pick(r, "run", "1abc", "'a b'", "replicate",
                            firstMatch(t, FACTOR_NAME))),
                    t -> replaceOne(t, r, VARIANT_NAME, mt -> mt.group(1) + pick(r, "1abc", "'a b'", "''")),
                    // (variants of different factors may share a name: BAD_VARIANTS repeats one within a factor)
                    t -> duplicateName(t, pick(r, FACTOR_NAME, RESPONSE_NAME))));
            case BAD_MONTHLY -> bytes(anyOf(r, text,
                    t -> value(t, r, "monthly", "some", "everything", "ALL", "true", "[all]"),
                    t -> t + "\nmonthly: " + pick(r, "some", "metrics", "None", "yes") + "\n"));
            case SCENARIO_NOT_FOUND -> bytes(value(text, r, "^scenario", "no-such-scenario", "'../nowhere.yaml'", "/nonexistent/x.yaml",
                    "gradual-opening-2027", "scenarios/sweeps", "'.'"));
            case BAD_SET -> bytes(anyOf(r, text,
                    t -> t.replaceFirst("(?m)^replicates: ", Matcher.quoteReplacement("set: " + pick(r, "{months: 0}", "{params.agents: 0}",
                            "{params.notAParameter: 1}", "{'policy.stages[99].quota.CN.film': 1}", "{start: 2026-13}", "{params.agents: ~}",
                            "{'params..x': 1}", "{params.agents: 10, params: {agents: 5}}", "[months, 12]", "{params.baselineTension: 7}",
                            "{travel.regimes: 5}") + "\nreplicates: ")),
                    t -> replaceOne(t, r, "(?m)^(  months: 48)(.*)$", mt -> "  " + pick(r, "months: 0", "months: -1", "months: 1201",
                            "monthz: 48", "params.mediatedContactPerYear: 0.5", "params: {agents: -1}", "policy.stages: 3"))));
            case TAGGED_VALUE -> bytes(value(text, r, INTEGER_KEYS + "|" + TEXT_KEYS, "!!java.io.File /etc/passwd",
                    "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]",
                    "!!int 5", "!thing x", "!!binary aGk=", "!<tag:example.com,2000:x> y"));
            case RECURSIVE_ALIAS -> bytes(value(text, r, INTEGER_KEYS + "|" + TEXT_KEYS, "&r [*r]", "&r {a: *r}", "&r [1, [2, *r]]"));
            case ALIAS_BOMB -> bytes(text + "\n" + aliasBomb(r) + "\n");
            case DEEP_NESTING -> {
                int depth = 101 + r.nextInt(20_000);
                boolean list = r.nextBoolean();
                yield bytes(value(text, r, INTEGER_KEYS + "|" + TEXT_KEYS,
                        (list ? "[" : "{a: ").repeat(depth) + "1" + (list ? "]" : "}").repeat(depth)));
            }
            case BROKEN_YAML -> MalformedFiles.brokenYaml(text, r);
            case DUPLICATE_KEY -> MalformedFiles.duplicateKey(text, r, "name|scenario|replicates|monthly|baseline");
            case EMPTY -> MalformedFiles.empty(r);
            case NOT_A_MAPPING -> MalformedFiles.notAMapping(r);
            case BINARY_JUNK -> MalformedFiles.binaryJunk(r);
            case CONTROL_CHARACTERS -> MalformedFiles.controlCharacters(text, r);
        };
    }

    /** Nested lists of aliases ("billion laughs") under an extra top-level key, too many to expand. */
    static String aliasBomb(Random r) {
        int width = 6 + r.nextInt(6);
        StringBuilder s = new StringBuilder("bomb").append(r.nextInt(100)).append(":\n  l0: &l0 [x, x]\n");
        for (int level = 1; level <= 12; level++) {
            s.append("  l").append(level).append(": &l").append(level).append(" [");
            for (int i = 0; i < width; i++) s.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
            s.append("]\n");
        }
        return s.toString();
    }

    /** The first option (in an order drawn from r) that applies to the text. */
    @SafeVarargs
    private static String anyOf(Random r, String text, UnaryOperator<String>... options) {
        List<UnaryOperator<String>> order = new ArrayList<>(List.of(options));
        Collections.shuffle(order, r);
        for (UnaryOperator<String> o : order) {
            try {
                return o.apply(text);
            } catch (IllegalStateException e) {
                // this option needs a part the text lacks: try the next
            }
        }
        throw new IllegalStateException("no option applies");
    }

    /**
     * Replaces the scalar value of one of {@code keys} (a regex alternation; {@code ^key} for a
     * top-level key) on a line or in a flow mapping, outside comments and outside the lists of
     * mappings that a variant's set grafts into the scenario.
     */
    private static String value(String text, Random r, String keys, String... values) {
        String k = keys.startsWith("^") ? "^(?:" + keys.substring(1) + ")" : "(?:^|[\\s{,])(?:" + keys + ")";
        return replaceOne(text, r, "(?m)^(?![^\\n]*\\[\\{)([^#\\n]*?" + k + ": )([^\\s,{}\\[\\]#](?:[^,}\\n#]*[^,}\\n# ])?)",
                mt -> mt.group(1) + pick(r, values));
    }

    /** Replaces a section (a key with everything indented below it) with {@code key: value}, or removes it (null). */
    private static String section(String text, Random r, String key, String value) {
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        boolean found = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            boolean start = l.matches("\\s*" + Pattern.quote(key) + ":.*") && !l.trim().startsWith("#");
            if (!start || found) {
                out.add(l);
                continue;
            }
            found = true;
            int indent = l.indexOf(key);
            if (value != null) out.add(l.substring(0, indent) + key + ": " + value);
            // skip what belongs to the section: deeper lines (or list items of a top-level key), blank lines
            while (i + 1 < lines.length && (lines[i + 1].isBlank() || lead(lines[i + 1]) > indent
                    || (indent == 0 && lines[i + 1].startsWith("-")))) {
                i++;
            }
        }
        if (!found) throw new IllegalStateException("no section " + key);
        return String.join("\n", out);
    }

    private static int lead(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') i++;
        return i;
    }

    private static String removeLine(String text, Random r, String regex) {
        return replaceOne(text, r, regex, mt -> "");
    }

    /** Gives the last of the names that {@code regex} finds (its group 2) the first one's name. */
    private static String duplicateName(String text, String regex) {
        Matcher mt = Pattern.compile(regex).matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (mt.find()) spans.add(new int[] {mt.start(2), mt.end(2)});
        if (spans.size() < 2) throw new IllegalStateException("fewer than two names match " + regex);
        int[] first = spans.get(0);
        int[] last = spans.get(spans.size() - 1);
        return text.substring(0, last[0]) + text.substring(first[0], first[1]) + text.substring(last[1]);
    }

    private static String firstMatch(String text, String regex) {
        Matcher mt = Pattern.compile(regex).matcher(text);
        if (!mt.find()) throw new IllegalStateException("nothing matches " + regex);
        return mt.group(2);
    }
}
