package culturebridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import picocli.CommandLine;

/**
 * Inputs that are too large, too long or go round in circles are refused before any work,
 * with exit code 2, the file named, and a message of one short line: oversized included files,
 * over-long lines, numbers of many digits, non-YAML files given as parameter files, and
 * warm-up chains that lead back to where they started. None of them may take seconds, print a
 * file back, or end in a stack overflow.
 */
class OversizedInputPropertyTest {
    private static Path dir;
    private static CommandLine cli;

    @BeforeContainer
    static void folder() throws IOException {
        dir = Files.createTempDirectory("oversized");
        cli = Main.commandLine();
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static final String POLICY = "policy: {stages: [{name: open, quota: {JP: unlimited, KR: unlimited}}]}\n";

    private static String scenario(String name, String extra) {
        return "name: " + name + "\nstart: 1998-07\nmonths: 3\ncountries: jp-kr-1998\n" + extra + POLICY;
    }

    /** Runs the scenario; asserts exit 2 and a short message naming {@code named}; returns it. */
    private static String refused(Path file, String named) {
        Object[] r = CliCapture.run(cli, "run", file.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        String err = String.valueOf(r[1]).strip();
        assertEquals(2, r[0], err.length() > 2000 ? err.substring(0, 2000) : err);
        assertTrue(err.contains(named), "the message names " + named + ": " + err);
        assertTrue(err.length() < 600 && err.lines().count() == 1, "one short line, never the file: " + err.length() + " characters");
        return err;
    }

    @Property(tries = 12, shrinking = ShrinkingMode.OFF, generation = GenerationMode.RANDOMIZED, seed = "24")
    void anOversizedIncludedFileIsRefusedByItsSize(@ForAll @IntRange(min = 1_100_000, max = 20_000_000) int bytes,
                                                  @ForAll boolean oneLine) throws IOException {
        Path big = dir.resolve("big-" + bytes + ".yaml");
        String line = oneLine ? "x".repeat(bytes) : "# " + "x".repeat(60) + "\n";
        StringBuilder text = new StringBuilder("params: {agents: 400}\n");
        while (text.length() < bytes) text.append(line);
        Files.writeString(big, text);
        Path sc = Files.writeString(dir.resolve("inc.yaml"), scenario("inc", "include: [" + big.getFileName() + "]\n"));
        String err = refused(sc, big.getFileName().toString());
        assertTrue(err.contains("limit"), err);
        Files.delete(big);
    }

    @Property(tries = 30, shrinking = ShrinkingMode.OFF, generation = GenerationMode.RANDOMIZED, seed = "24")
    void aNumberOfManyDigitsIsRefusedWithoutBeingPrinted(@ForAll @IntRange(min = 41, max = 1_000_000) int digits) throws IOException {
        String number = "9".repeat(digits);
        Path sc = Files.writeString(dir.resolve("digits.yaml"), scenario("digits", "").replace("months: 3", "months: " + number));
        String err = refused(sc, "digits.yaml:3:");
        assertTrue(err.length() < 400, err);
    }

    @Property(tries = 20, shrinking = ShrinkingMode.OFF, generation = GenerationMode.RANDOMIZED, seed = "24")
    void aTextFileGivenAsAParameterFileIsNotPrintedBack(@ForAll @IntRange(min = 2, max = 5000) int lines) throws IOException {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < lines; i++) csv.append("2026-").append(i % 12 + 1).append(",KR,CN,").append(i).append(".5 visitors\n");
        Path data = Files.writeString(dir.resolve("data.csv"), csv);
        for (String key : List.of("include: [data.csv]\n", "countries: data.csv\n")) {
            String text = key.startsWith("countries") ? scenario("t", "").replace("countries: jp-kr-1998\n", key) : scenario("t", key);
            Path sc = Files.writeString(dir.resolve("t.yaml"), text);
            refused(sc, data.getFileName().toString());
        }
    }

    @Property(tries = 8, shrinking = ShrinkingMode.OFF, generation = GenerationMode.RANDOMIZED, seed = "24")
    void aWarmupChainThatGoesRoundIsRefusedWithTheChain(@ForAll @IntRange(min = 1, max = 6) int length) throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < length; i++) names.add("w" + length + "-" + i + ".yaml");
        for (int i = 0; i < length; i++) {
            Files.writeString(dir.resolve(names.get(i)), scenario("w" + i, "warmup: " + names.get((i + 1) % length) + "\n"));
        }
        List<String> chain = new ArrayList<>(names);
        chain.add(names.get(0));
        String err = refused(dir.resolve(names.get(0)), String.join(" -> ", chain));
        assertTrue(err.contains("warmup") || err.contains("warm-up"), err);
    }
}
