package culturebridge.cli;

import static culturebridge.cli.MalformedFiles.bytes;
import static culturebridge.cli.MalformedFiles.pick;
import static culturebridge.cli.MalformedFiles.replaceOne;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
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

    /** Shipped scenarios (a mutated copy lives beside a copy of the files they refer to). */
    private static final List<String> BASES = List.of("status-quo-2026", "gradual-opening-2026", "rapid-opening-2026",
            "opening-with-shock-2026", "japan-korea-1998-2004");

    /** What a mutation breaks. */
    enum Mutation {
        UNKNOWN_TOP_KEY, UNKNOWN_PARAMETER, MISSPELT_KEY, WRONG_TYPE_MONTHS, WRONG_TYPE_NUMBER, WRONG_TYPE_SECTION,
        MISSING_FIELD, OUT_OF_RANGE_MONTHS, NEGATIVE_QUOTA, OUT_OF_RANGE_PARAMETER, HUGE_NUMBER, BAD_START_DATE,
        BAD_STAGE_DATE, STAGES_OUT_OF_ORDER, BROKEN_YAML, DUPLICATE_KEY, EMPTY, NOT_A_MAPPING, BINARY_JUNK, CONTROL_CHARACTERS
    }

    private static MalformedFiles.Cases<Mutation> cases;

    @BeforeContainer
    static void readBases() throws IOException {
        cases = new MalformedFiles.Cases<>(Path.of("scenarios"), BASES, Mutation.class, MalformedScenarioPropertyTest::mutate);
    }

    @AfterContainer
    static void report() throws IOException {
        cases.report("malformed scenario files");
    }

    @Provide
    Arbitrary<Object[]> malformed() {
        return cases.arbitrary();
    }

    @Property(tries = 10_000, shrinking = ShrinkingMode.OFF, generation = GenerationMode.RANDOMIZED, seed = "20260105")
    void everyMalformedScenarioIsRefusedWithItsLocation(@ForAll("malformed") Object[] c) throws IOException {
        MalformedFiles.Case<Mutation> k = cases.write(c);
        // --replicates 0 is refused only after the scenario is read: a file accepted by mistake
        // fails at once (that message names no line) instead of running a whole scenario
        MalformedFiles.assertRefused(k.what(), k.file(), k.out(), false, false,
                "run", k.file().toString(), "--out", k.out().toString(), "--quiet", "--replicates", "0");
        cases.refused(k);
    }

    // ------------------------------------------------------------------ mutations of the YAML text

    static byte[] mutate(String text, Mutation m, Random r) {
        return switch (m) {
            case UNKNOWN_TOP_KEY -> bytes(text + "\n" + pick(r, "colour", "monthz", "parameters", "stagez", "x") + r.nextInt(1000) + ": 1\n");
            case UNKNOWN_PARAMETER -> bytes(withParam(text, "notAParameter" + r.nextInt(1000) + ": 1"));
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
            case OUT_OF_RANGE_PARAMETER -> bytes(withParam(text, pick(r,
                    "agents: 0", "agents: -5", "baselineTension: 7", "baselineTension: -0.5", "meanDegree: -3",
                    "firstCountryAgentShare: 1.5", "rewiringProbability: 2", "studiosPerCountry: -1")));
            case HUGE_NUMBER -> bytes(r.nextBoolean()
                    ? text.replaceFirst("(?m)^months: .*$", "months: " + pick(r, "99999999999999999999999", "1e400", "2147483648", ".inf"))
                    : withParam(text, "agents: " + pick(r, "99999999999999999999999", "1e400", "1e308", ".inf", ".nan")));
            case BAD_START_DATE -> bytes(text.replaceFirst("(?m)^start: .*$", "start: " + pick(r, "2026-13", "2026-00", "26-01",
                    "2026/01", "January 2026", "2026-01-32", "'tomorrow'", "-1", "[2026, 1]")));
            case BAD_STAGE_DATE -> bytes(replaceOne(text, r, "(date|start|notBefore): ([0-9]{4}-[0-9]{2}(-[0-9]{2})?)",
                    mt -> mt.group(1) + ": " + pick(r, "2026-13", "2026-00", "2027-02-30", "20x6-01", "2026/07", "soon", "2026-7-1")));
            case STAGES_OUT_OF_ORDER -> bytes(outOfOrder(text, r));
            case BROKEN_YAML -> MalformedFiles.brokenYaml(text, r);
            case DUPLICATE_KEY -> MalformedFiles.duplicateKey(text, r, "months|start|seed|countries");
            case EMPTY -> MalformedFiles.empty(r);
            case NOT_A_MAPPING -> MalformedFiles.notAMapping(r);
            case BINARY_JUNK -> MalformedFiles.binaryJunk(r);
            case CONTROL_CHARACTERS -> MalformedFiles.controlCharacters(text, r);
        };
    }

    /** Removes a field every scenario must have: the policy's stages, or a stage's name. */
    private static String removeRequired(String text, Random r) {
        if (r.nextBoolean()) return text.replaceFirst("(?m)^(\\s*)stages:\\s*$", "$1stagez:");
        return replaceOne(text, r, "(?m)^(\\s*)- name: [^\\n]*\\n(\\s*)(enter|quota):", mt -> mt.group(1) + "- " + mt.group(3) + ":");
    }

    /** Gives a dated stage a date before the stage it follows (or before the run's start). */
    private static String outOfOrder(String text, Random r) {
        return replaceOne(text, r, "(?m)^(\\s+date: )([0-9]{4})-([0-9]{2})\\s*$", mt -> mt.group(1) + (Integer.parseInt(mt.group(2)) - 5 - r.nextInt(10)) + "-" + mt.group(3));
    }


    /** The text with {@code line} as a parameter (in a {@code params:} block added before {@code policy:} if it has none). */
    private static String withParam(String text, String line) {
        if (text.matches("(?s).*(?m:^params:\\s*$).*")) return text.replaceFirst("(?m)^params:\\s*$", "params:\n  " + line);
        return text.replaceFirst("(?m)^policy:", "params:\n  " + line + "\npolicy:");
    }
}
