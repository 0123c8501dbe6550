package culturebridge.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import picocli.CommandLine;

/**
 * What the malformed-input property tests share: mutations of a YAML text that no input file
 * can survive (broken YAML, duplicate keys, empty files, binary junk, ...), helpers to make
 * targeted mutations, and the check that a command refused a file properly.
 */
final class MalformedFiles {
    private MalformedFiles() {
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @SafeVarargs
    static <T> T pick(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }

    /** Replaces one randomly chosen match of the pattern (the text must have one). */
    static String replaceOne(String text, Random r, String regex, Function<Matcher, String> with) {
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
    static String insertBeforeTopLevelKey(String text, Random r, String line) {
        String[] lines = text.split("\n", -1);
        List<Integer> keys = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) if (lines[i].matches("[A-Za-z]+:.*")) keys.add(i);
        int at = keys.get(r.nextInt(keys.size()));
        List<String> out = new ArrayList<>(List.of(lines));
        out.add(at, line);
        return String.join("\n", out);
    }

    // ------------------------------------------------------------------ mutations any YAML input file refuses

    /** A line of broken YAML before a top-level key, or a directive of an unknown YAML version. */
    static byte[] brokenYaml(String text, Random r) {
        return bytes(r.nextInt(10) == 0 ? "%YAML 9.9\n" + text : insertBeforeTopLevelKey(text, r, pick(r, "{",
                "key: \"unterminated", "bad: [unclosed", "- dangling: [1, 2", "a: b: c", "*undefinedAlias", "]", "}: x",
                "'single", "&anchor &twice x: 1")));
    }

    /** A top-level line (one of {@code keys}, a regex alternation) given twice. */
    static byte[] duplicateKey(String text, Random r, String keys) {
        return bytes(replaceOne(text, r, "(?m)^(" + keys + "): .*$", mt -> mt.group() + "\n" + mt.group()));
    }

    /** Nothing, blanks, a comment or an empty document. */
    static byte[] empty(Random r) {
        return bytes(pick(r, "", " ", "\n\n", "# only a comment\n", "---\n", "...\n"));
    }

    /** A YAML document that is not a mapping. */
    static byte[] notAMapping(Random r) {
        return bytes(pick(r, "42\n", "- a\n- b\n", "just a sentence\n", "[1, 2, 3]\n", "'quoted'\n", "null\n"));
    }

    /** Random bytes with a NUL somewhere: never a YAML document. */
    static byte[] binaryJunk(Random r) {
        byte[] b = new byte[1 + r.nextInt(2000)];
        r.nextBytes(b);
        b[r.nextInt(b.length)] = 0;
        return b;
    }

    /** The text with one to three characters YAML does not allow. */
    static byte[] controlCharacters(String text, Random r) {
        StringBuilder s = new StringBuilder(text);
        int k = 1 + r.nextInt(3);
        for (int i = 0; i < k; i++) s.insert(r.nextInt(s.length()), pick(r, "\u0000", "\u0001", "\u0007", "\u001b", "\uFFFE"));
        return bytes(s.toString());
    }

    // ------------------------------------------------------------------ the check

    /** Built once for all cases: building the command costs more than refusing most bad files. */
    private static final CommandLine CLI = Main.commandLine();

    /**
     * Runs the command line and checks that it refused {@code file}: exit code 2, nothing at
     * {@code out}, no stack trace, and a message that names the file with a line number (or,
     * unless {@code strict}, a field path), except for an empty file.
     *
     * @param what   the case, for failure messages
     * @param strict require {@code file:line} always, and {@code file:line[:column]: field.path: }
     *               when {@code fieldPath} is set
     * @return the error message
     */
    static String assertRefused(String what, Path file, Path out, boolean strict, boolean fieldPath, String... args) {
        Object[] r = CliCapture.run(CLI, args);
        int code = (int) r[0];
        String msg = (String) r[1];
        if (code != 2) throw new AssertionError(what + "exit code " + code + ", stderr: " + msg);
        if (Files.exists(out)) throw new AssertionError(what + "results folder written: " + out);
        if (msg.contains("\tat ") || msg.contains("Exception")) throw new AssertionError(what + "stack trace: " + msg);
        String name = Pattern.quote(file.getFileName().toString());
        // file:line[:column]: ... or file: field.path: ...
        boolean line = Pattern.compile(name + ":\\d+").matcher(msg).find();
        boolean path = Pattern.compile(name + ": [A-Za-z][\\w.\\[\\]-]*: ").matcher(msg).find();
        // an empty document has no line to point at: the whole file is the location
        boolean empty = msg.contains(file.getFileName() + ": the file is empty");
        if (empty) return msg;
        if (strict ? !line : !line && !path) throw new AssertionError(what + "no file with line" + (strict ? "" : " or field path") + ": " + msg);
        if (strict && fieldPath && !Pattern.compile(name + ":\\d+(:\\d+)?: [A-Za-z][\\w.\\[\\]-]*: ").matcher(msg).find()) {
            throw new AssertionError(what + "no field path after the file's line: " + msg);
        }
        return msg;
    }

    // ------------------------------------------------------------------ the cases of a property

    /** Makes a malformed copy of a shipped file's text; throws IllegalStateException if the text lacks the part to break. */
    @FunctionalInterface
    interface Mutator<M> {
        byte[] mutate(String text, M kind, Random r);
    }

    /** One malformed file: what it is (for failure messages), where it is, and the results folder it must not make. */
    record Case<M>(String what, M kind, Path file, Path out) {
    }

    /** The project's folders that input files refer to (warm-ups, includes, observed data), relative to each other. */
    private static final List<String> INPUT_FOLDERS = List.of("scenarios", "data");

    /**
     * The cases of one property: mutations of the shipped files of a folder, written one by one
     * to the same folder of a temporary copy of the project's input folders, so that what a
     * case refers to by a relative path (a warm-up, an included parameter file, observed data)
     * is there, and a case is refused for its mutation, not for a missing neighbour.
     */
    static final class Cases<M extends Enum<M>> {
        private final Map<String, String> texts = new TreeMap<>();
        private final Class<M> kinds;
        private final Mutator<M> mutator;
        private final Path root;
        private final Path dir;
        private final AtomicInteger generated = new AtomicInteger();
        private final AtomicInteger refused = new AtomicInteger();
        private final Map<M, AtomicInteger> byKind = new TreeMap<>();

        /** Reads {@code folder/<base>.yaml} for each base (folder: a project folder, e.g. scenarios/sweeps). */
        Cases(Path folder, List<String> bases, Class<M> kinds, Mutator<M> mutator) throws IOException {
            this.kinds = kinds;
            this.mutator = mutator;
            this.root = Files.createTempDirectory("culturebridge-malformed");
            for (String f : INPUT_FOLDERS) copyTree(Path.of(f), root.resolve(f));
            this.dir = Files.createDirectories(root.resolve(folder));
            for (String b : bases) texts.put(b, Files.readString(folder.resolve(b + ".yaml")));
            for (M m : kinds.getEnumConstants()) byKind.put(m, new AtomicInteger());
        }

        private static void copyTree(Path from, Path to) throws IOException {
            if (!Files.isDirectory(from)) return;
            try (var walk = Files.walk(from)) {
                for (Path p : walk.toList()) {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(target);
                    else Files.copy(p, target);
                }
            }
        }

        /** Base, kind and seed of a case; kinds that need a part a base lacks (a dated stage, a baseline) are left out for it. */
        Arbitrary<Object[]> arbitrary() {
            return Combinators.combine(Arbitraries.of(List.copyOf(texts.keySet())), Arbitraries.of(kinds), Arbitraries.longs())
                    .as((b, m, s) -> new Object[] {b, m, s})
                    .filter(c -> applicable((String) c[0], kinds.cast(c[1])));
        }

        private boolean applicable(String base, M kind) {
            try {
                mutator.mutate(texts.get(base), kind, new Random(0));
                return true;
            } catch (IllegalStateException e) {
                return false;
            }
        }

        /** Writes the malformed file of a case drawn by {@link #arbitrary()}. */
        Case<M> write(Object[] c) throws IOException {
            String base = (String) c[0];
            M kind = kinds.cast(c[1]);
            long seed = (Long) c[2];
            int n = generated.incrementAndGet();
            byKind.get(kind).incrementAndGet();
            Path file = dir.resolve("case-" + n + ".yaml");
            Files.write(file, mutator.mutate(texts.get(base), kind, new Random(seed)));
            return new Case<>(base + " " + kind + " seed " + seed + ": ", kind, file, dir.resolve("out-" + n));
        }

        /** Counts a case refused as it should be, and deletes its file. */
        void refused(Case<M> c) throws IOException {
            refused.incrementAndGet();
            Files.delete(c.file());
        }

        /** Prints the counts and deletes the temporary folder. */
        void report(String what) throws IOException {
            System.out.println(what + ": " + generated.get() + " generated, " + refused.get() + " refused correctly; by kind: " + byKind);
            deleteTree(root);
        }
    }

    /** Deletes a folder and everything in it. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
