package culturebridge.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ManifestWriterTest {

    @TempDir
    Path tmp;

    private static final ManifestInfo INFO = new ManifestInfo("0.1.0", "0123456789abcdef0123456789abcdef01234567", false,
            "17.0.15", "Debian", "Linux 6.1 (amd64)");

    private ManifestWriter.Run run(Path scenario, Map<String, ?> params) {
        return new ManifestWriter.Run("baseline", scenario, params, List.of(42L, 43L),
                Instant.parse("2026-01-05T10:15:30.123456Z"), 12.34567,
                List.of("run", "scenarios/baseline.yaml", "--out", "results/baseline"),
                List.of("monthly.csv", "charts/tension.png"));
    }

    private static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void manifestParsesAndHasEveryFieldInOrder() throws IOException {
        Path scenario = tmp.resolve("baseline.yaml");
        Files.writeString(scenario, "abc");
        LinkedHashMap<String, Object> params = new LinkedHashMap<>();
        params.put("zeta", 1.5);
        params.put("alpha", 3);
        params.put("start", YearMonth.of(2026, 1));
        params.put("broken", Double.NaN);
        params.put("shares", new double[]{0.25, 0.75});
        Path file = tmp.resolve("manifest.json");
        ManifestWriter.write(file, run(scenario, params), INFO);

        String text = Files.readString(file);
        assertTrue(text.endsWith("}\n"), "ends with a newline");
        assertTrue(!text.contains("\r"), "\\n line ends");
        JsonNode m = new ObjectMapper().readTree(text);
        assertEquals(ManifestWriter.KEYS, keys(m));
        assertEquals(1, m.get("manifest_version").asInt());
        assertEquals("baseline", m.get("scenario").asText());
        assertEquals(scenario.toString(), m.get("scenario_file").asText());
        // SHA-256 of "abc" (FIPS 180-2 test vector).
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", m.get("scenario_sha256").asText());
        assertEquals(List.of("zeta", "alpha", "start", "broken", "shares"), keys(m.get("parameters")), "insertion order kept");
        assertEquals(1.5, m.get("parameters").get("zeta").asDouble());
        assertEquals(3, m.get("parameters").get("alpha").asInt());
        assertEquals("2026-01", m.get("parameters").get("start").asText());
        assertEquals("NaN", m.get("parameters").get("broken").asText());
        assertEquals(0.75, m.get("parameters").get("shares").get(1).asDouble());
        assertEquals(42L, m.get("seeds").get(0).asLong());
        assertEquals(2, m.get("replicates").asInt());
        assertEquals("0.1.0", m.get("project_version").asText());
        assertEquals("0123456789abcdef0123456789abcdef01234567", m.get("git_commit").asText());
        assertEquals(false, m.get("git_dirty").asBoolean());
        assertEquals("17.0.15", m.get("java_version").asText());
        assertEquals("Debian", m.get("java_vendor").asText());
        assertEquals("Linux 6.1 (amd64)", m.get("os").asText());
        assertEquals("2026-01-05T10:15:30.123Z", m.get("start_time").asText());
        assertEquals(12.346, m.get("wall_time_seconds").asDouble());
        assertEquals("--out", m.get("command_line").get(2).asText());
        assertEquals("charts/tension.png", m.get("output_files").get(1).asText());
    }

    @Test
    void unorderedParametersAreSortedAndNullScenarioFileIsAllowed() throws IOException {
        Map<String, Object> params = new HashMap<>();
        for (String k : List.of("pMusic", "audiences", "tensionHalfLifeMonths", "b")) params.put(k, 1);
        LinkedHashMap<String, Object> m = ManifestWriter.toMap(run(null, params), INFO, Map.of("design", "lhs"));
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) m.get("parameters");
        assertEquals(List.of("audiences", "b", "pMusic", "tensionHalfLifeMonths"), new ArrayList<>(p.keySet()));
        assertNull(m.get("scenario_file"));
        assertNull(m.get("scenario_sha256"));
        assertEquals("design", new ArrayList<>(m.keySet()).get(m.size() - 1), "extra keys come after the standard ones");
        assertThrows(IllegalArgumentException.class, () -> ManifestWriter.toMap(run(null, params), INFO, Map.of("seeds", 1)));
    }

    @Test
    void provenanceComesFromTheBuildNotFromTheCurrentFolder() throws Exception {
        ManifestInfo info = ManifestInfo.current("fallback");
        // The build wrote the commit of the tree it was made from; the tests run in that tree.
        String head = gitHead();
        if (head != null) assertEquals(head, info.gitCommit(), "the build's commit");
        assertTrue(info.gitCommit() == null || info.gitCommit().matches("[0-9a-f]{40}"), String.valueOf(info.gitCommit()));
        assertNotEquals("fallback", info.projectVersion(), "the build records its version");
        assertEquals(System.getProperty("java.version"), info.javaVersion());
        assertEquals(ManifestInfo.KEYS, new ArrayList<>(info.toMap().keySet()));
        assertTrue(ManifestWriter.KEYS.containsAll(ManifestInfo.KEYS));
        assertTrue(info.versionLine().startsWith("CultureBridge " + info.projectVersion() + " (commit "), info.versionLine());
    }

    /** {@code git rev-parse HEAD} in the project folder, or null without git or a repository. */
    private static String gitHead() throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(false).start();
        } catch (IOException e) {
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        return p.waitFor() == 0 && out.matches("[0-9a-f]{40}") ? out : null;
    }

    @Test
    void runOutputsListsWhatWasWrittenInTheManifest() throws IOException {
        RunOutputs out = RunOutputs.prepare(tmp.resolve("results/base"), false);
        MonthlySeries s = new MonthlySeries(7, List.of("tension"), List.of(YearMonth.of(2026, 1)), List.of("s1"),
                new double[][]{{0.5}});
        out.writeMonthly("base", List.of(s), new LinkedHashMap<>());
        Path chart = out.chartsDir().resolve("tension.png");
        Files.writeString(chart, "png");
        out.record(chart);
        assertThrows(IllegalArgumentException.class, () -> out.record(tmp.resolve("elsewhere.txt")));
        assertThrows(IllegalArgumentException.class, () -> out.resolve("../escape.csv"));
        Path manifest = out.writeManifest(run(null, Map.of()), INFO);

        JsonNode m = new ObjectMapper().readTree(manifest.toFile());
        List<String> files = new ArrayList<>();
        m.get("output_files").forEach(n -> files.add(n.asText()));
        assertEquals(List.of("monthly.csv", "charts/tension.png"), files);
        assertEquals(List.of("monthly.csv", "charts/tension.png", "manifest.json"), out.files());
        assertThrows(AtomicFiles.OutputExistsException.class, () -> RunOutputs.prepare(tmp.resolve("results/base"), false));
    }
}
