package culturebridge.experiment.sweep;

import culturebridge.cli.Main;
import culturebridge.output.Metrics;
import culturebridge.scenario.ScenarioException;
import culturebridge.scenario.SweepLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small sweeps and helpers shared by the sweep tests. */
final class SweepFixtures {
    private SweepFixtures() {
    }

    /** Small runs: a thousand agents for six months. */
    static final Map<String, String> SMALL = small();

    private static Map<String, String> small() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("agents", "1000");
        m.put("months", "6");
        return m;
    }

    /** The base scenario, by absolute path (sweep files in temporary folders point to it). */
    static String scenario(String name) {
        return Path.of("scenarios", name + ".yaml").toAbsolutePath().toString();
    }

    /** A 2 x 2 full factorial with 3 replicates (12 runs) and a baseline point. */
    static String factorial() {
        return "name: small-factorial\n"
                + "scenario: " + scenario("gradual-opening-2026") + "\n"
                + "replicates: 3\n"
                + "design: {type: full-factorial}\n"
                + "factors:\n"
                + "  - {name: filmQuota, path: 'policy.sides.CN.stages[1].quota.film', levels: [0, 3]}\n"
                + "  - {name: baseTension, path: params.baselineTension, levels: [0.15, 0.35]}\n"
                + "baseline: {filmQuota: 0, baseTension: 0.15}\n"
                + "responses:\n"
                + "  - {metric: favourable.CN, reducer: final}\n"
                + "  - {name: filmAdoption, metric: adoption.KR.film.in.CN, reducer: mean, from: 2026-03}\n"
                + "  - {name: peakTension, metric: tension, reducer: max}\n";
    }

    /** A Sobol design of two factors (N = 4: 16 points + the base arm) with 2 replicates: 34 runs. */
    static String sobol() {
        return "name: small-sobol\n"
                + "scenario: " + scenario("gradual-opening-2026") + "\n"
                + "replicates: 2\n"
                + "design: {type: sobol, n: 4}\n"
                + "factors:\n"
                + "  - {name: filmQuota, path: 'policy.sides.CN.stages[1].quota.film', range: {min: 0, max: 4}, type: integer}\n"
                + "  - {name: baseTension, path: params.baselineTension, range: {min: 0.1, max: 0.4}}\n"
                + "baseline: base\n"
                + "responses:\n"
                + "  - {metric: favourable.CN, reducer: final}\n"
                + "  - {name: peakTension, metric: tension, reducer: max}\n";
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    static SweepPlan plan(Path file) throws ScenarioException {
        SweepPlan p = SweepPlan.of(SweepLoader.load(file, SMALL, Metrics::names));
        p.validate(2);
        return p;
    }

    /** Runs the command line; returns {exit code, stdout, stderr}. */
    static Object[] cli(String... args) {
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Object[] {code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
    }

    /** The tables that must be byte-identical however a sweep was run. */
    static final List<String> DETERMINISTIC = List.of("design.csv", "responses.csv", "monthly.csv");

    /** runs.csv without its wall-time column (the one thing that differs between runs). */
    static List<String> runsWithoutWallTime(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("runs.csv")).stream().map(l -> {
            String[] f = l.split(",", -1);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < f.length; i++) if (i != 5) s.append(f[i]).append(',');
            return s.toString();
        }).toList();
    }
}
