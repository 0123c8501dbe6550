package culturebridge.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.cli.Main;
import culturebridge.model.Params;
import culturebridge.model.params.ParameterCatalogue;
import culturebridge.model.params.ParameterSpec;
import culturebridge.model.params.Section;
import culturebridge.scenario.ParamsBinder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The ODD model description and its parameter table: the table between the markers in
 * {@code src/site/markdown/odd.md} is exactly the one generated from the parameter declarations,
 * the table has every parameter with its default, unit, range and source, and the document has
 * the seven ODD elements and the eleven design concepts of the 2020 update (Grimm et al. 2020).
 */
class ParameterTableTest {

    private static final Path ODD = Path.of("src", "site", "markdown", "odd.md");

    private static String odd() throws IOException {
        assertTrue(Files.isRegularFile(ODD), "the ODD description is missing: " + ODD.toAbsolutePath());
        return Files.readString(ODD, StandardCharsets.UTF_8);
    }

    private static Map<String, ParameterTable.Row> rowsByName() {
        Map<String, ParameterTable.Row> out = new java.util.LinkedHashMap<>();
        for (ParameterTable.Row r : ParameterTable.rows(new Params())) out.put(r.name(), r);
        return out;
    }

    @Test
    void tableInTheOddIsTheGeneratedOne() throws IOException {
        String between = ParameterTable.between(odd());
        assertNotNull(between, ODD + " must hold the lines " + ParameterTable.BEGIN + " and " + ParameterTable.END
                + ", in that order");
        String expected = ParameterTable.markdown(new Params()).strip();
        String actual = between.strip();
        if (!expected.equals(actual)) {
            String[] e = expected.split("\n", -1);
            String[] a = actual.split("\n", -1);
            int line = 0;
            while (line < Math.min(e.length, a.length) && e[line].equals(a[line])) line++;
            String first = "first difference at table line " + (line + 1) + ":\n  in odd.md:  "
                    + (line < a.length ? a[line] : "(end of table)") + "\n  generated:  "
                    + (line < e.length ? e[line] : "(end of table)");
            assertEquals(expected, actual, "The parameter table in " + ODD + " is out of date with the parameter declarations (culturebridge.model.params.ParameterCatalogue). "
                    + "Run `mvn -q package -DskipTests && " + ParameterTable.COMMAND + "` and paste its output between "
                    + ParameterTable.BEGIN + " and " + ParameterTable.END + ".\n" + first);
        }
    }

    @Test
    void everyParameterIsInTheTableOnceWithItsDefault() {
        List<ParameterTable.Row> rows = ParameterTable.rows(new Params());
        List<String> names = new ArrayList<>();
        for (ParameterTable.Row r : rows) names.add(r.name());
        assertEquals(names.size(), new LinkedHashSet<>(names).size(), "a parameter is listed twice: " + names);
        assertEquals(new TreeSet<>(ParamsBinder.propertyNames()), new TreeSet<>(names),
                "the table must list exactly the parameters the scenario binder knows");

        Params fresh = new Params();
        String markdown = ParameterTable.markdown(fresh);
        for (ParameterTable.Row r : rows) {
            Object value = ParamsBinder.get(fresh, r.name());
            assertEquals(value, r.value(), "default of " + r.name());
            assertEquals(ParameterTable.format(value), r.valueText(), "default text of " + r.name());
            assertTrue(markdown.contains("| `" + r.name() + "` | " + r.valueText() + " | " + r.unit() + " | "
                    + r.range() + " | "), "no markdown row for " + r.name() + " with default, unit and range");
            assertFalse(r.description().isBlank(), "no description for " + r.name());
            assertFalse(r.source().isBlank(), "no source cell for " + r.name());
        }
    }

    @Test
    void valuesOfTheGivenParamsAreUsed() {
        Params p = new Params();
        p.setAgents(1234);
        p.setBaselineTension(0.3);
        Map<String, ParameterTable.Row> rows = new java.util.LinkedHashMap<>();
        for (ParameterTable.Row r : ParameterTable.rows(p)) rows.put(r.name(), r);
        assertEquals("1234", rows.get("agents").valueText());
        assertEquals("0.3", rows.get("baselineTension").valueText());
    }

    @Test
    void unitsRangesAndSourcesComeFromTheDeclarations() {
        Map<String, ParameterTable.Row> rows = rowsByName();
        assertEquals("agents", rows.get("agents").unit());
        assertEquals("[2, 20000000]", rows.get("agents").range());
        assertTrue(rows.get("agents").description().contains("Inspector slider [100, 2000000]: the GUI"),
                "a narrower slider is stated with its reason: " + rows.get("agents").description());
        assertEquals("per year", rows.get("filmInnovationPerYear").unit());
        assertEquals("[0, 5]", rows.get("filmInnovationPerYear").range());
        assertFalse(rows.get("filmInnovationPerYear").description().contains("slider"));
        assertEquals("multiplier", rows.get("visaRequiredFactor").unit());
        assertEquals("small-world, scale-free, complete", rows.get("networkType").range());
        assertEquals("-", rows.get("networkType").unit());
        assertEquals("small-world", rows.get("networkType").valueText());

        assertEquals("Neumayer 2010", rows.get("visaRequiredFactor").source());
        assertEquals("calibrated", rows.get("tripRateScale").source());
        assertEquals("Dela Cruz & Lacap 2023; calibrated", rows.get("attitudeTravelEffect").source());
        assertEquals("assumption", rows.get("meanDegree").source());
        assertEquals("Melitz 2003; assumption", rows.get("exportFixedCost").source());
        assertEquals("Riley, Baker & Van Doren 1998; Beeton 2006; assumption", rows.get("filmingLocationEffect").source());
        assertEquals("simulation setting", rows.get("agents").source());
    }

    @Test
    void rowsFollowDeclarationOrderAndSections() {
        List<ParameterTable.Row> rows = ParameterTable.rows(new Params());
        List<String> names = new ArrayList<>();
        for (ParameterTable.Row r : rows) names.add(r.name());
        assertEquals(ParameterCatalogue.all().stream().map(ParameterSpec::name).toList(), names);
        assertEquals("agents", names.get(0));
        assertEquals("softPowerVisitorReference", names.get(names.size() - 1));
        // a section's rows stand together, sections in the order of their declaration
        List<String> seen = new ArrayList<>();
        for (ParameterTable.Row r : rows) {
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(r.section())) {
                assertFalse(seen.contains(r.section()), r.section() + " is split at " + r.name());
                seen.add(r.section());
            }
        }
        assertEquals(Arrays.stream(Section.values()).map(Section::title).toList(), seen);
        assertEquals("Travel", rowsByName().get("wordOfMouthWeight").section());
    }

    @Test
    void paramsCommandPrintsTheTables() {
        String markdown = runCli("params", "--markdown");
        assertEquals(ParameterTable.markdown(new Params()).strip(), markdown.strip());
        String plain = runCli("params");
        for (String name : ParamsBinder.propertyNames()) {
            assertTrue(Pattern.compile("(?m)^  " + Pattern.quote(name) + " ").matcher(plain).find(), "plain listing lacks " + name);
        }
    }

    private static String runCli(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            assertEquals(0, Main.execute(args), "exit code of " + Arrays.toString(args));
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ the ODD's structure

    /** The seven elements of ODD (Grimm et al. 2020), in order. */
    static final List<String> ELEMENTS = List.of("Purpose and patterns", "Entities, state variables,? and scales",
            "Process overview and scheduling", "Design concepts", "Initialization", "Input data", "Submodels");

    /** The eleven design concepts (Grimm et al. 2020). */
    static final List<String> CONCEPTS = List.of("Basic principles", "Emergence", "Adaptation", "Objectives", "Learning",
            "Prediction", "Sensing", "Interaction", "Stochasticity", "Collectives", "Observation");

    private static int headingAt(String doc, String level, String title) {
        Matcher m = Pattern.compile("(?mi)^" + level + "\\s+(?:\\d+(?:\\.\\d+)*\\.?\\s+)?" + title + "\\s*$").matcher(doc);
        return m.find() ? m.start() : -1;
    }

    @Test
    void oddHasTheSevenElementsInOrder() throws IOException {
        String doc = odd();
        int last = -1;
        for (String element : ELEMENTS) {
            int at = headingAt(doc, "##", element);
            assertTrue(at >= 0, "odd.md has no '## " + element.replace(",?", ",") + "' heading");
            assertTrue(at > last, "'" + element + "' is out of ODD order");
            last = at;
        }
    }

    @Test
    void oddHasTheElevenDesignConceptsInsideDesignConcepts() throws IOException {
        String doc = odd();
        int section = headingAt(doc, "##", "Design concepts");
        int next = headingAt(doc, "##", "Initialization");
        int last = section;
        for (String concept : CONCEPTS) {
            int at = headingAt(doc, "###", concept);
            assertTrue(at >= 0, "odd.md has no '### " + concept + "' heading");
            assertTrue(at > last && at < next, "'" + concept + "' is not in order inside '4. Design concepts'");
            last = at;
        }
    }

    @Test
    void tableMarkersAreEachOnTheirOwnLine() throws IOException {
        String doc = odd();
        assertTrue(Pattern.compile("(?m)^" + Pattern.quote(ParameterTable.BEGIN) + "$").matcher(doc).find());
        assertTrue(Pattern.compile("(?m)^" + Pattern.quote(ParameterTable.END) + "$").matcher(doc).find());
        assertEquals(doc.indexOf(ParameterTable.BEGIN), doc.lastIndexOf(ParameterTable.BEGIN), "one begin marker");
        assertEquals(doc.indexOf(ParameterTable.END), doc.lastIndexOf(ParameterTable.END), "one end marker");
    }
}
