package culturebridge.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import culturebridge.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Executes every notebook in {@code notebooks/} from top to bottom, as a researcher would, on
 * small results that the command line makes in-process: the four 2026 scenarios, a tiny sweep
 * with its analysis and a tiny calibration, all under {@code target/notebook-results/}. Each
 * notebook runs with {@code python3 -m nbconvert --execute} into
 * {@code target/executed-notebooks/} (figures as PNG in its {@code figures/}), pointed at those
 * results by the environment variables its parameters cell reads; the test fails with the
 * notebook's error if any cell fails.
 *
 * <p>Python 3 with pandas, matplotlib, nbconvert and ipykernel (Debian: python3-pandas
 * python3-matplotlib python3-nbconvert python3-ipykernel) is required on CI ({@code CI=true});
 * elsewhere the test is skipped without them. Notebooks start as soon as their results exist,
 * so Python and the model share the machine's cores.
 */
class NotebooksTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path NOTEBOOKS = ROOT.resolve("notebooks");
    private static final Path RESULTS = ROOT.resolve("target").resolve("notebook-results");
    private static final Path EXECUTED = ROOT.resolve("target").resolve("executed-notebooks");
    private static final List<String> SCENARIOS =
            List.of("status-quo-2026", "gradual-opening-2026", "rapid-opening-2026", "opening-with-shock-2026");
    private static final List<String> EXPECTED =
            List.of("01-scenario-comparison.ipynb", "02-sweep-sensitivity.ipynb", "03-calibration-fit.ipynb");
    private static final String MODULES = "import nbconvert, nbclient, ipykernel, pandas, matplotlib";
    private static final long NOTEBOOK_TIMEOUT_MINUTES = 10;

    /** A tiny full-factorial sweep over two levers of gradual-opening-2026 (4 arms + the base, 2 replicates). */
    private static final String SWEEP = """
            # Written by NotebooksTest: a tiny sweep for notebooks/02-sweep-sensitivity.ipynb.
            name: notebook-levers
            scenario: gradual-opening-2026
            set:
              months: 12
              params.agents: 2000
            replicates: 2
            design:
              type: full-factorial
            factors:
              - name: filmQuota
                path: policy.sides.CN.stages[1].quota.film
                levels: [0, 4]
              - name: baseTension
                path: params.baselineTension
                range: {min: 0.15, max: 0.35}
                steps: 2
            baseline: base
            responses:
              - {name: favourableCN, metric: favourable.CN, reducer: final}
              - {name: filmAdoptionCN, metric: adoption.KR.film.in.CN, reducer: final}
              - {name: arrivalsCNtoKR, metric: arrivals.CN.KR, reducer: sum}
            monthly: responses
            """;

    /** A tiny ABC-SMC calibration on the historical scenario: two parameters, two generations of four particles. */
    private static final String CALIBRATION = """
            # Written by NotebooksTest: a tiny calibration for notebooks/03-calibration-fit.ipynb.
            scenario: %s
            window: {from: 2010-01, to: 2019-12}
            set:
              agents: 1000
            parameters:
              tripRateScale: {prior: uniform, min: 0.3, max: 1.6}
              travel.epidemics[0].suppression: {prior: uniform, min: 0.0, max: 0.9}
            targets:
              - name: CN to KR arrivals, annual
                metric: arrivals.CN.KR
                compare: annual-sum
                observed: {2010: 1875157, 2015: 5984170}
                outOfWindow: {2024: 4600000}
                error: 0.01
                discrepancy: 0.05
              - name: Pew, Koreans unfavourable toward China
                metric: unfavourable.KR
                compare: mean-of-months
                months: [3, 6]
                scale: linear
                observed: {2015: 0.37, 2017: 0.61}
                outOfWindow: {2020: 0.75}
                error: 0.02
                discrepancy: 0.04
            replicates: 1
            seed: 20100101
            smc: {particles: 4, generations: 2, quantile: 0.5, minAcceptance: 0.0, predictive: 3}
            """;

    @Test
    void notebooksAreCommittedWithoutOutputsAndStartWithTheirDescription() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> notebooks = notebooks();
        for (String name : EXPECTED) {
            assertTrue(notebooks.contains(NOTEBOOKS.resolve(name)), "missing notebook " + name);
        }
        for (Path nb : notebooks) {
            JsonNode cells = json.readTree(nb.toFile()).path("cells");
            assertTrue(cells.size() > 1, nb + " has no cells");
            assertEquals("markdown", cells.get(0).path("cell_type").asText(), nb + ": the first cell must say what it shows");
            for (JsonNode cell : cells) {
                if (!cell.path("cell_type").asText().equals("code")) continue;
                assertTrue(cell.path("outputs").isArray() && cell.path("outputs").isEmpty(),
                        nb + ": outputs must be stripped before committing");
                assertTrue(cell.path("execution_count").isNull(), nb + ": execution counts must be stripped (null)");
            }
        }
    }

    @Test
    void everyNotebookRunsTopToBottomOnSmallResults() throws Exception {
        String python = pythonWithModules();
        deleteTree(RESULTS);
        deleteTree(EXECUTED);
        Files.createDirectories(RESULTS);
        Files.createDirectories(EXECUTED);
        List<Path> pending = new ArrayList<>(notebooks());
        Map<Path, Process> running = new LinkedHashMap<>();
        Path sweepDir = RESULTS.resolve("sweeps").resolve("notebook-levers");
        Path calDir = RESULTS.resolve("calibration").resolve("notebook-calibration");
        Map<String, String> env = Map.of(
                "CULTUREBRIDGE_ROOT", ROOT.toString(),
                "CULTUREBRIDGE_RESULTS", RESULTS.toString(),
                "CULTUREBRIDGE_SWEEP", sweepDir.toString(),
                "CULTUREBRIDGE_CALIBRATION", calDir.toString(),
                "CULTUREBRIDGE_RUN_MISSING", "0",
                "CULTUREBRIDGE_RUN_ANALYZE", "0",
                "CULTUREBRIDGE_FIGURES", EXECUTED.resolve("figures").toString(),
                "PYDEVD_DISABLE_FILE_VALIDATION", "1");
        try {
            // 1. The four scenarios, tiny, same seeds; then notebook 01 runs while the rest is made.
            for (String s : SCENARIOS) {
                cli("run", s, "--set", "agents=2000", "--set", "months=12", "--replicates", "2",
                        "--out", RESULTS.resolve(s).resolve("tiny").toString(), "--force", "--quiet");
            }
            start(python, "01-", pending, running, env);
            // 2. A tiny sweep and its analysis; then notebook 02.
            Path sweepFile = RESULTS.resolve("notebook-levers.yaml");
            Files.writeString(sweepFile, SWEEP, StandardCharsets.UTF_8);
            cli("sweep", sweepFile.toString(), "--out", sweepDir.toString(), "--force", "--quiet");
            cli("analyze", sweepDir.toString(), "--bootstrap", "200", "--force", "--quiet");
            start(python, "02-", pending, running, env);
            // 3. A tiny calibration; then every other notebook.
            Path calFile = RESULTS.resolve("notebook-calibration.yaml");
            String scenario = ROOT.resolve("scenarios").resolve("history-2010-2025.yaml").toString();
            Files.writeString(calFile, CALIBRATION.formatted("'" + scenario.replace("'", "''") + "'"), StandardCharsets.UTF_8);
            cli("calibrate", calFile.toString(), "--out", calDir.toString(), "--force");
            start(python, "", pending, running, env);

            List<String> failures = new ArrayList<>();
            for (Map.Entry<Path, Process> e : running.entrySet()) {
                String name = e.getKey().getFileName().toString();
                Process p = e.getValue();
                if (!p.waitFor(NOTEBOOK_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    failures.add(name + ": did not finish in " + NOTEBOOK_TIMEOUT_MINUTES + " minutes\n" + tail(log(name)));
                } else if (p.exitValue() != 0) {
                    failures.add(name + ": nbconvert exited with " + p.exitValue() + "\n" + tail(log(name)));
                } else if (!Files.isRegularFile(EXECUTED.resolve(name))) {
                    failures.add(name + ": no executed notebook in " + EXECUTED + "\n" + tail(log(name)));
                }
            }
            if (!failures.isEmpty()) fail("notebooks failed:\n\n" + String.join("\n\n", failures));
        } finally {
            for (Process p : running.values()) {
                if (p.isAlive()) p.destroyForcibly();
            }
        }
    }

    /** The notebooks in notebooks/, by name. */
    private static List<Path> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    /**
     * A Python 3 that has nbconvert, ipykernel, pandas and matplotlib: Debian's /usr/bin/python3
     * if it exists, else python3 on the PATH. Without one the test fails on CI and is skipped elsewhere.
     */
    private static String pythonWithModules() throws InterruptedException {
        List<String> candidates = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/python3"))) candidates.add("/usr/bin/python3");
        candidates.add("python3");
        StringBuilder why = new StringBuilder();
        for (String python : candidates) {
            try {
                Process p = new ProcessBuilder(python, "-c", MODULES).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0) return python;
                why.append(python).append(": ").append(out.lines().reduce((a, b) -> b).orElse("exit " + p.exitValue())).append("; ");
            } catch (IOException e) {
                why.append(python).append(": ").append(e.getMessage()).append("; ");
            }
        }
        String reason = "the notebooks need Python 3 with pandas, matplotlib, nbconvert and ipykernel (Debian: apt-get install "
                + "python3-pandas python3-matplotlib python3-nbconvert python3-ipykernel); " + why.toString().strip();
        if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(reason);
        Assumptions.abort(reason);
        return null;
    }

    /** Starts nbconvert on every pending notebook whose name starts with prefix ("" for all). */
    private static void start(String python, String prefix, List<Path> pending, Map<Path, Process> running,
                              Map<String, String> env) throws IOException {
        for (Path nb : new ArrayList<>(pending)) {
            String name = nb.getFileName().toString();
            if (!name.startsWith(prefix)) continue;
            ProcessBuilder pb = new ProcessBuilder(python, "-m", "nbconvert", "--to", "notebook", "--execute",
                    "--ExecutePreprocessor.timeout=" + NOTEBOOK_TIMEOUT_MINUTES * 60, "--output-dir", EXECUTED.toString(),
                    nb.toString())
                    .directory(NOTEBOOKS.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log(name).toFile());
            pb.environment().putAll(env);
            running.put(nb, pb.start());
            pending.remove(nb);
        }
    }

    private static Path log(String notebook) {
        return EXECUTED.resolve(notebook.replaceFirst("\\.ipynb$", "") + ".log");
    }

    /**
     * What a notebook's log says about its failure: nbconvert prints the failing cell and its
     * traceback; that part (colour codes removed), else the log's last lines.
     */
    private static String tail(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(l -> l.replaceAll("\\x1B\\[[;\\d]*[A-Za-z]", ""))
                    .filter(l -> !l.contains("Debugger warning") && !l.contains("frozen modules")
                            && !l.contains("PYDEVD_DISABLE_FILE_VALIDATION") && !l.contains("-Xfrozen_modules"))
                    .toList();
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
        int from = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("An error occurred while executing the following cell")) from = i;
        }
        List<String> part = lines.subList(from, lines.size());
        if (part.size() <= 70) return String.join("\n", part);
        return String.join("\n", part.subList(0, 40)) + "\n    [...]\n" + String.join("\n", part.subList(part.size() - 25, part.size()));
    }

    /** Runs the command line in-process, its output captured; fails with that output on a non-zero exit. */
    private static void cli(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int code;
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            code = Main.execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        if (code != 0) {
            fail("culturebridge " + String.join(" ", args) + " exited with " + code + ":\n" + buffer.toString(StandardCharsets.UTF_8));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
