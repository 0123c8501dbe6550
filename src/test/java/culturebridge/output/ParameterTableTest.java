package culturebridge.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.cli.Main;
import culturebridge.model.Params;
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
 * {@code src/site/markdown/odd.md} is exactly the one generated from {@link Params}, the table
 * has every property with its default, and the document has the seven ODD elements and the
 * eleven design concepts of the 2020 update (Grimm et al. 2020).
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
            assertEquals(expected, actual, "The parameter table in " + ODD + " is out of date with culturebridge.model.Params. "
                    + "Run `mvn -q package -DskipTests && " + ParameterTable.COMMAND + "` and paste its output between "
                    + ParameterTable.BEGIN + " and " + ParameterTable.END + ".\n" + first);
        }
    }

    @Test
    void everyPropertyIsInTheTableOnceWithItsDefault() {
        List<ParameterTable.Row> rows = ParameterTable.rows(new Params());
        List<String> names = new ArrayList<>();
        for (ParameterTable.Row r : rows) names.add(r.name());
        assertEquals(names.size(), new LinkedHashSet<>(names).size(), "a property is listed twice: " + names);
        assertEquals(new TreeSet<>(ParamsBinder.propertyNames()), new TreeSet<>(names),
                "the table must list exactly the properties the scenario binder knows");

        Params fresh = new Params();
        String markdown = ParameterTable.markdown(fresh);
        for (ParameterTable.Row r : rows) {
            Object value = ParamsBinder.get(fresh, r.name());
            assertEquals(value, r.value(), "default of " + r.name());
            assertEquals(ParameterTable.format(value), r.valueText(), "default text of " + r.name());
            assertTrue(markdown.contains("| `" + r.name() + "` | " + r.valueText() + " | "),
                    "no markdown row for " + r.name() + " with default " + r.valueText());
            assertFalse(r.description().isBlank(), "no description for " + r.name());
            assertFalse(r.source().isBlank(), "no source cell for " + r.name());
            if (r.type() == int.class || r.type() == double.class) {
                assertFalse(r.unit().isBlank(), "no unit for " + r.name());
                assertTrue(r.range().startsWith("[") && r.range().endsWith("]"), "range of " + r.name() + ": " + r.range());
                assertTrue(r.accepted().startsWith("["), "accepted range of " + r.name() + ": " + r.accepted());
            }
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
    void unitsRangesAndSourcesAreReadFromTheBean() {
        Map<String, ParameterTable.Row> rows = rowsByName();
        assertEquals("agents", rows.get("agents").unit());
        assertEquals("[100, 2000000]", rows.get("agents").range());
        assertEquals("[2, 20000000]", rows.get("agents").accepted());
        assertEquals("per year", rows.get("filmInnovationPerYear").unit());
        assertEquals("[0, 1]", rows.get("filmInnovationPerYear").range());
        assertEquals("multiplier", rows.get("visaRequiredFactor").unit());
        assertEquals(String.join(", ", Params.NETWORK_TYPES), rows.get("networkType").range());
        assertEquals("small-world", rows.get("networkType").valueText());

        assertEquals("Neumayer 2010", rows.get("visaRequiredFactor").source());
        assertEquals("calibrated", rows.get("tripRateScale").source());
        assertEquals("assumption, to be calibrated", rows.get("meanDegree").source());
        assertEquals("assumption", rows.get("studiosPerCountry").source());
        assertEquals("Melitz 2003; assumption, to be calibrated", rows.get("exportFixedCost").source());
        assertEquals("Riley, Baker & Van Doren 1998; Beeton 2006; assumption, to be calibrated",
                rows.get("filmingLocationEffect").source());
        assertEquals("-", rows.get("agents").source());
    }

    @Test
    void sourceParsingKeepsCitationsAndDropsOrdinaryYears() {
        assertEquals("Sultan et al. 1990; assumption, to be calibrated",
                ParameterTable.source("Rate p (per year); Sultan et al. 1990 mean 0.03. Assumption to be calibrated."));
        assertEquals("events.md; assumption",
                ParameterTable.source("Blocked share (tension). The 2016 restrictions (China denies a ban; events.md). Assumption."));
        assertEquals("chinadaily 2017-02-10; people.cn 2012-02-21",
                ParameterTable.source("Share (share). Since 2012 (chinadaily 2017-02-10; people.cn 2012-02-21)."));
        assertEquals("-", ParameterTable.source("Number of agents (agents)."));
    }

    @Test
    void rowsFollowDeclarationOrderAndSections() {
        List<ParameterTable.Row> rows = ParameterTable.rows(new Params());
        assertEquals("agents", rows.get(0).name());
        List<String> names = new ArrayList<>();
        for (ParameterTable.Row r : rows) names.add(r.name());
        // Params declares population first, soft power last, and the Bass pairs film..digital in order
        assertTrue(names.indexOf("filmInnovationPerYear") < names.indexOf("filmImitationPerYear"));
        assertTrue(names.indexOf("filmImitationPerYear") < names.indexOf("digitalInnovationPerYear"));
        assertTrue(names.indexOf("tripRateScale") < names.indexOf("softPowerPullWeight"));
        assertEquals("softPowerPullWeight", names.get(names.size() - 1));

        List<String> starts = new ArrayList<>(ParameterTable.SECTIONS.keySet());
        int last = -1;
        for (String start : starts) {
            assertTrue(names.contains(start), "section start '" + start + "' is not a property of Params; update "
                    + "ParameterTable.SECTIONS");
            assertTrue(names.indexOf(start) > last, "section starts out of declaration order at " + start);
            last = names.indexOf(start);
        }
        for (ParameterTable.Row r : rows) {
            assertFalse(r.section().equals(ParameterTable.OTHER), r.name() + " falls in no section");
        }
        assertEquals("Travel", rowsByName().get("wordOfMouthWeight").section());
    }

    @Test
    void declaredFieldOrderIsReadFromTheClassFile() {
        List<String> fields = ParameterTable.declaredFieldOrder(Params.class);
        assertFalse(fields.isEmpty(), "Params.class could not be read");
        assertEquals(List.of("agents", "firstCountryAgentShare", "networkType"), fields.subList(0, 3));
        for (java.lang.reflect.Field f : Params.class.getDeclaredFields()) {
            boolean isStatic = java.lang.reflect.Modifier.isStatic(f.getModifiers());
            assertEquals(!isStatic, fields.contains(f.getName()), "field " + f.getName());
        }
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
