package culturebridge.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Bad input, property-based: malformed scenario files made by mutating the shipped scenarios'
 * YAML text (unknown keys, wrong types, missing fields, out-of-range values, bad dates, stages
 * out of order, broken YAML, huge numbers, empty files, binary junk) are each refused by
 * {@code run} with exit code 2, a message naming the file with a line number or a field path,
 * no stack trace, and no results folder.
 *
 * <p>Every mutation is one that no valid scenario can survive (a value outside its range, a key
 * that does not exist), so a file that runs is a loader bug, not an unlucky draw.
 */
class MalformedScenarioPropertyTest {

    /** Shipped scenarios without relative includes, so a mutated copy can live in a temporary folder. */
    private static final List<String> BASES = List.of("status-quo-2026", "gradual-opening-2026", "rapid-opening-2026",
            "opening-with-shock-2026", "japan-korea-1998-2004");

    /** What a mutation breaks. */
    enum Mutation {
        UNKNOWN_TOP_KEY, UNKNOWN_PARAMETER, MISSPELT_KEY, WRONG_TYPE_MONTHS, WRONG_TYPE_NUMBER, WRONG_TYPE_SECTION,
        MISSING_FIELD, OUT_OF_RANGE_MONTHS, NEGATIVE_QUOTA, OUT_OF_RANGE_PARAMETER, HUGE_NUMBER, BAD_START_DATE,
        BAD_STAGE_DATE, STAGES_OUT_OF_ORDER, BROKEN_YAML, DUPLICATE_KEY, EMPTY, NOT_A_MAPPING, BINARY_JUNK, CONTROL_CHARACTERS
    }

    private static Path dir;
    private static final Map<String, String> TEXTS = new TreeMap<>();
    private static final AtomicInteger CASES = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static final Map<Mutation, AtomicInteger> BY_KIND = new TreeMap<>();

    @BeforeContainer
    static void readBases() throws IOException {
        dir = Files.createTempDirectory("culturebridge-malformed");
        for (String b : BASES) TEXTS.put(b, Files.readString(Path.of("scenarios", b + ".yaml")));
        for (Mutation m : Mutation.values()) BY_KIND.put(m, new AtomicInteger());
    }

    @AfterContainer
    static void report() throws IOException {
        System.out.println("malformed scenario files: " + CASES.get() + " generated, " + REFUSED.get() + " refused correctly; by kind: " + BY_KIND);
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Provide
    Arbitrary<Object[]> malformed() {
        return Combinators.combine(Arbitraries.of(BASES), Arbitraries.of(Mutation.class), Arbitraries.longs())
                .as((b, m, s) -> new Object[] {b, m, s})
                // a few mutations need a part that some scenarios lack (a dated stage, a quota)
                .filter(c -> applicable((String) c[0], (Mutation) c[1]));
    }

    @Property(tries = 10_000, shrinking = ShrinkingMode.OFF, generation = GenerationMode.RANDOMIZED, seed = "20260105")
    void everyMalformedScenarioIsRefusedWithItsLocation(@ForAll("malformed") Object[] c) throws IOException {
        String base = (String) c[0];
        Mutation m = (Mutation) c[1];
        long seed = (Long) c[2];
        int n = CASES.incrementAndGet();
        BY_KIND.get(m).incrementAndGet();
        String name = "case-" + n + ".yaml";
        Path file = dir.resolve(name);
        Files.write(file, mutate(TEXTS.get(base), m, new Random(seed)));
        Path out = dir.resolve("out-" + n);
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            code = Main.execute("run", file.toString(), "--out", out.toString(), "--quiet");
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
        String msg = err.toString(StandardCharsets.UTF_8);
        String what = base + " " + m + " seed " + seed + ": ";
        if (code != 2) throw new AssertionError(what + "exit code " + code + ", stderr: " + msg);
        if (Files.exists(out)) throw new AssertionError(what + "results folder written: " + out);
        if (msg.contains("\tat ") || msg.contains("Exception")) throw new AssertionError(what + "stack trace: " + msg);
        // file:line[:column]: ... or file: field.path: ...
        boolean line = Pattern.compile(Pattern.quote(name) + ":\\d+").matcher(msg).find();
        boolean path = Pattern.compile(Pattern.quote(name) + ": [A-Za-z][\\w.\\[\\]-]*: ").matcher(msg).find();
        // an empty document has no line to point at: the whole file is the location
        boolean empty = msg.contains(name + ": the file is empty");
        if (!line && !path && !empty) throw new AssertionError(what + "no file with line or field path: " + msg);
        REFUSED.incrementAndGet();
        Files.delete(file);
    }

    // ------------------------------------------------------------------ mutations of the YAML text

    private static boolean applicable(String base, Mutation m) {
        try {
            mutate(TEXTS.get(base), m, new Random(0));
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    static byte[] mutate(String text, Mutation m, Random r) {
        return switch (m) {
            case UNKNOWN_TOP_KEY -> bytes(text + "\n" + pick(r, "colour", "monthz", "parameters", "stagez", "x") + r.nextInt(1000) + ": 1\n");
            case UNKNOWN_PARAMETER -> bytes(text.replaceFirst("(?m)^params:\\s*$", "params:\n  notAParameter" + r.nextInt(1000) + ": 1"));
            case MISSPELT_KEY -> bytes(replaceOne(text, r, "(?m)^(\\s*-?\\s*)(name|quota|enter|coproduction|months|start|countries|festivals):",
                    mt -> mt.group(1) + mt.group(2) + pick(r, "s", "x", "_") + ":"));
            case WRONG_TYPE_MONTHS -> bytes(text.replaceFirst("(?m)^months: .*$",
                    "months: " + pick(r, "sixty", "[1, 2]", "{a: 1}", "true", "12.5", "2026-01", "null", "~", "''")));
            case WRONG_TYPE_NUMBER -> bytes(replaceOne(text, r, "(?m)^(\\s+[A-Za-z]+: )(-?[0-9][0-9.]*)\\s*(#.*)?$",
                    mt -> mt.group(1) + pick(r, "lots", "[1]", "{x: 1}", "yes please", "0x1Q")));
            case WRONG_TYPE_SECTION -> bytes(replaceOne(text, r, "(?m)^(params|policy):.*$",
                    mt -> mt.group(1) + ": " + pick(r, "42", "just text", "[1, 2, 3]", "true") + "\nignored" + r.nextInt(100) + ":"));
            case MISSING_FIELD -> bytes(removeRequired(text, r));
            case OUT_OF_RANGE_MONTHS -> bytes(text.replaceFirst("(?m)^months: .*$", "months: " + pick(r, "0", "-1", "-60", "1201", "5000")));
            case NEGATIVE_QUOTA -> bytes(replaceOne(text, r, "(?m)^([^#\\n]*?)(film|drama|music|digital): ([0-9]+)",
                    mt -> mt.group(1) + mt.group(2) + ": -" + (1 + r.nextInt(50))));
            case OUT_OF_RANGE_PARAMETER -> bytes(text.replaceFirst("(?m)^params:\\s*$", "params:\n  " + pick(r,
                    "agents: 0", "agents: -5", "baselineTension: 7", "baselineTension: -0.5", "meanDegree: -3",
                    "firstCountryAgentShare: 1.5", "rewiringProbability: 2", "studiosPerCountry: -1")));
            case HUGE_NUMBER -> bytes(r.nextBoolean()
                    ? text.replaceFirst("(?m)^months: .*$", "months: " + pick(r, "99999999999999999999999", "1e400", "2147483648", ".inf"))
                    : text.replaceFirst("(?m)^params:\\s*$", "params:\n  agents: " + pick(r, "99999999999999999999999", "1e400", "1e308", ".inf", ".nan")));
            case BAD_START_DATE -> bytes(text.replaceFirst("(?m)^start: .*$", "start: " + pick(r, "2026-13", "2026-00", "26-01",
                    "2026/01", "January 2026", "2026-01-32", "'tomorrow'", "-1", "[2026, 1]")));
            case BAD_STAGE_DATE -> bytes(replaceOne(text, r, "(date|start|notBefore): ([0-9]{4}-[0-9]{2}(-[0-9]{2})?)",
                    mt -> mt.group(1) + ": " + pick(r, "2026-13", "2026-00", "2027-02-30", "20x6-01", "2026/07", "soon", "2026-7-1")));
            case STAGES_OUT_OF_ORDER -> bytes(outOfOrder(text, r));
            case BROKEN_YAML -> bytes(r.nextInt(10) == 0 ? "%YAML 9.9\n" + text : insertBeforeTopLevelKey(text, r, pick(r, "{",
                    "key: \"unterminated", "bad: [unclosed", "- dangling: [1, 2", "a: b: c", "*undefinedAlias", "]", "}: x",
                    "'single", "&anchor &twice x: 1")));
            case DUPLICATE_KEY -> bytes(replaceOne(text, r, "(?m)^(months|start|seed|countries): .*$", mt -> mt.group() + "\n" + mt.group()));
            case EMPTY -> bytes(pick(r, "", " ", "\n\n", "# only a comment\n", "---\n", "...\n"));
            case NOT_A_MAPPING -> bytes(pick(r, "42\n", "- a\n- b\n", "just a sentence\n", "[1, 2, 3]\n", "'quoted'\n", "null\n"));
            case BINARY_JUNK -> {
                byte[] b = new byte[1 + r.nextInt(2000)];
                r.nextBytes(b);
                b[r.nextInt(b.length)] = 0; // a NUL somewhere: never a YAML document
                yield b;
            }
            case CONTROL_CHARACTERS -> {
                StringBuilder s = new StringBuilder(text);
                int k = 1 + r.nextInt(3);
                for (int i = 0; i < k; i++) s.insert(r.nextInt(s.length()), pick(r, "\u0000", "\u0001", "\u0007", "\u001b", "\uFFFE"));
                yield bytes(s.toString());
            }
        };
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }

    /** Replaces one randomly chosen match of the pattern (the text must have one). */
    private static String replaceOne(String text, Random r, String regex, java.util.function.Function<Matcher, String> with) {
        Matcher mt = Pattern.compile(regex).matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String> repl = new ArrayList<>();
        while (mt.find()) {
            spans.add(new int[] {mt.start(), mt.end()});
            repl.add(with.apply(mt));
        }
        if (spans.isEmpty()) throw new IllegalStateException("nothing matches " + regex);
        int i = r.nextInt(spans.size());
        return text.substring(0, spans.get(i)[0]) + repl.get(i) + text.substring(spans.get(i)[1]);
    }

    /**
     * Inserts a line before a randomly chosen top-level key: at column 0 there, it cannot fall
     * into a block scalar (a description) or a comment, where any text is valid.
     */
    private static String insertBeforeTopLevelKey(String text, Random r, String line) {
        String[] lines = text.split("\n", -1);
        List<Integer> keys = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) if (lines[i].matches("[A-Za-z]+:.*")) keys.add(i);
        int at = keys.get(r.nextInt(keys.size()));
        List<String> out = new ArrayList<>(List.of(lines));
        out.add(at, line);
        return String.join("\n", out);
    }

    /** Removes a field every scenario must have: the policy's stages, or a stage's name. */
    private static String removeRequired(String text, Random r) {
        if (r.nextBoolean()) return text.replaceFirst("(?m)^  stages:\\s*$", "  stagez:");
        return replaceOne(text, r, "(?m)^(\\s*)- name: [^\\n]*\\n(\\s*)(enter|quota):", mt -> mt.group(1) + "- " + mt.group(3) + ":");
    }

    /** Gives a dated stage a date before the stage it follows (or before the run's start). */
    private static String outOfOrder(String text, Random r) {
        return replaceOne(text, r, "(?m)^(\\s+date: )([0-9]{4})-([0-9]{2})\\s*$", mt -> mt.group(1) + (Integer.parseInt(mt.group(2)) - 5 - r.nextInt(10)) + "-" + mt.group(3));
    }

}
