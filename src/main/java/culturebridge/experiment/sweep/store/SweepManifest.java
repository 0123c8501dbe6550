package culturebridge.experiment.sweep.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import culturebridge.experiment.sweep.Shard;
import culturebridge.experiment.sweep.SweepPlan;
import culturebridge.output.AtomicFiles;
import culturebridge.output.CsvTableWriter;
import culturebridge.output.ManifestInfo;
import culturebridge.scenario.SweepFactor;
import culturebridge.scenario.SweepResponse;
import culturebridge.scenario.SweepSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A sweep's {@code manifest.json}: what was run (the sweep and scenario files with their
 * SHA-256, the command line's changes, the design, factors, responses, baseline, seeds), with
 * which model (a fingerprint of its classes, the project version, git commit, Java and OS), on
 * which shard, in which sessions (start, wall time, engine, threads), whether it is complete,
 * and a record of every run: design point, replicate, seed, status, wall time and error.
 *
 * <p>It is written when a sweep starts (status {@code running}) and rewritten when it completes
 * ({@code complete}). {@code --resume} reads its identity fields and refuses to go on if the
 * sweep file, a scenario it reads, the command line's changes, the shard or the model changed.
 * The run records are streamed from {@code runs.csv}, so a sweep of millions of runs is written
 * without holding them in memory. JSON is pretty-printed with two-space indents, as the
 * scenario runs' manifests are.
 */
public final class SweepManifest {
    /** Version of this file's layout. */
    public static final int FORMAT_VERSION = 1;
    /** The {@code kind} that marks a sweep's manifest. */
    public static final String KIND = "culturebridge-sweep";
    /** Status of a sweep under way (or killed). */
    public static final String RUNNING = "running";
    /** Status of a sweep whose tables are complete. */
    public static final String COMPLETE = "complete";
    /** Fields that must not change for a sweep to be resumed or shards merged. */
    public static final List<String> IDENTITY = List.of("sweep_sha256", "inputs", "command_line_sets", "model_fingerprint",
            "base_seed", "replicates", "runs_total", "design");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SweepManifest() {
    }

    /** The fields that describe a sweep and the software running it (no status, sessions or runs). */
    public static LinkedHashMap<String, Object> describe(SweepPlan plan, Shard shard, String fingerprint, ManifestInfo info) {
        SweepSpec s = plan.spec();
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("manifest_version", FORMAT_VERSION);
        m.put("kind", KIND);
        m.put("sweep", s.name());
        m.put("description", s.description());
        m.put("sweep_file", s.file().toString());
        m.put("sweep_sha256", s.sha256());
        List<Object> inputs = new ArrayList<>();
        for (SweepSpec.InputFile f : s.inputs()) {
            LinkedHashMap<String, Object> i = new LinkedHashMap<>();
            i.put("role", f.role());
            i.put("path", f.path());
            i.put("sha256", f.sha256());
            inputs.add(i);
        }
        m.put("inputs", inputs);
        m.put("command_line_sets", s.commandLineSets());
        m.put("model_fingerprint", fingerprint);
        m.putAll(info.toMap());
        LinkedHashMap<String, Object> design = new LinkedHashMap<>();
        design.put("type", s.design().type().key);
        design.put("n", s.design().n());
        design.put("r", s.design().r());
        design.put("levels", s.design().levels());
        design.put("seed", s.design().seed());
        design.put("points", plan.points().size());
        m.put("design", design);
        List<Object> factors = new ArrayList<>();
        for (SweepFactor f : s.factors()) factors.add(factor(f));
        m.put("factors", factors);
        List<Object> responses = new ArrayList<>();
        for (SweepResponse r : s.responses()) {
            LinkedHashMap<String, Object> x = new LinkedHashMap<>();
            x.put("name", r.name());
            x.put("metric", r.metric());
            x.put("reducer", r.reducer().key);
            x.put("from", r.from() == null ? null : r.from().toString());
            x.put("to", r.to() == null ? null : r.to().toString());
            x.put("threshold", Double.isNaN(r.threshold()) ? null : r.threshold());
            responses.add(x);
        }
        m.put("responses", responses);
        LinkedHashMap<String, Object> baseline = new LinkedHashMap<>();
        baseline.put("kind", s.baseline().kind().name().toLowerCase(java.util.Locale.ROOT));
        baseline.put("point", plan.baselinePoint() < 0 ? null : plan.baselinePoint());
        baseline.put("arm", plan.baselinePoint() < 0 ? null : plan.points().get(plan.baselinePoint()).arm());
        m.put("baseline", baseline);
        m.put("monthly_metrics", plan.monthlyMetrics());
        m.put("replicates", plan.replicates());
        m.put("base_seed", s.seed());
        m.put("seeds", plan.seeds());
        m.put("runs_total", plan.runCount());
        m.put("shard", shard.toString());
        m.put("shard_runs", shard.runs(plan.runCount()).size());
        return m;
    }

    private static Map<String, Object> factor(SweepFactor f) {
        LinkedHashMap<String, Object> x = new LinkedHashMap<>();
        x.put("name", f.name());
        x.put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT));
        x.put("path", f.path() == null ? null : f.path().toString());
        if (f.range() != null) {
            LinkedHashMap<String, Object> r = new LinkedHashMap<>();
            r.put("type", f.range().type().key);
            r.put("min", f.range().format(f.range().min()));
            r.put("max", f.range().format(f.range().max()));
            x.put("range", r);
        }
        x.put("steps", f.steps());
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < f.levelCount(); i++) labels.add(f.level(i).label());
        x.put("levels", labels);
        return x;
    }

    /**
     * Writes the manifest atomically: the given fields, then (if {@code runsCsv} is given) a
     * {@code runs} array with one object per row of {@code runs.csv}.
     */
    public static void write(Path file, Map<String, Object> fields, Path runsCsv) throws IOException {
        AtomicFiles.write(file, out -> {
            JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            g.setCodec(MAPPER);
            g.writeStartObject();
            for (Map.Entry<String, Object> e : fields.entrySet()) {
                g.writeFieldName(e.getKey());
                g.writeObject(e.getValue());
            }
            if (runsCsv != null) {
                g.writeArrayFieldStart("runs");
                try (Reader r = Files.newBufferedReader(runsCsv, StandardCharsets.UTF_8);
                     CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                    for (CSVRecord rec : p) {
                        g.writeStartObject();
                        g.writeNumberField("run", Integer.parseInt(rec.get("run")));
                        g.writeNumberField("point", Integer.parseInt(rec.get("point")));
                        g.writeNumberField("replicate", Integer.parseInt(rec.get("replicate")));
                        g.writeNumberField("seed", Long.parseLong(rec.get("seed")));
                        g.writeStringField("status", rec.get("status"));
                        g.writeNumberField("wall_seconds", Double.parseDouble(rec.get("wall_seconds")));
                        String err = rec.get("error");
                        if (err.isEmpty()) g.writeNullField("error");
                        else g.writeStringField("error", err);
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.flush();
            out.write('\n');
        });
    }

    /**
     * The manifest's fields without the {@code runs} array (skipped while parsing, so reading
     * the manifest of a huge sweep stays cheap).
     *
     * @throws IOException if the file cannot be read or is not a sweep's manifest
     */
    public static LinkedHashMap<String, Object> readHeader(Path file) throws IOException {
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); JsonParser p = MAPPER.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException(file + " is not a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("runs")) {
                    p.skipChildren();
                } else {
                    out.put(name, MAPPER.readValue(p, Object.class));
                }
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!KIND.equals(out.get("kind"))) throw new IOException(file + " is not the manifest of a CultureBridge sweep");
        return out;
    }

    /**
     * What differs between a recorded manifest and the current sweep in the {@link #IDENTITY}
     * fields (and the shard), one readable line each; empty when they agree.
     */
    public static List<String> differences(Map<String, Object> recorded, Map<String, Object> current, boolean compareShard) {
        List<String> out = new ArrayList<>();
        Map<String, Object> rec = normalise(recorded);
        Map<String, Object> cur = normalise(current);
        for (String key : IDENTITY) {
            Object a = rec.get(key);
            Object b = cur.get(key);
            if (Objects.equals(a, b)) continue;
            out.add(switch (key) {
                case "sweep_sha256" -> "the sweep file changed (SHA-256 " + shortSha(a) + " then, " + shortSha(b) + " now)";
                case "inputs" -> "an input file changed: " + describeInputs(recorded.get("inputs"), current.get("inputs"));
                case "command_line_sets" -> "the --set changes differ (" + a + " then, " + b + " now)";
                case "model_fingerprint" -> "the model changed (its classes' fingerprint " + shortSha(a) + " then, "
                        + shortSha(b) + " now; project " + recorded.get("project_version") + " / "
                        + current.get("project_version") + ")";
                default -> key + " differs (" + a + " then, " + b + " now)";
            });
        }
        if (compareShard && !Objects.equals(recorded.get("shard"), current.get("shard"))) {
            out.add("the shard differs (" + recorded.get("shard") + " then, " + current.get("shard") + " now)");
        }
        return out;
    }

    /** Numbers as longs and input files by role and hash only (paths may be spelled differently). */
    private static Map<String, Object> normalise(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : IDENTITY) out.put(key, plain(m.get(key), key));
        return out;
    }

    private static Object plain(Object v, String key) {
        if (v instanceof Number n) return n instanceof Double || n instanceof Float ? CsvTableWriter.formatDouble(n.doubleValue()) : n.longValue();
        if (v instanceof Map<?, ?> map) {
            LinkedHashMap<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (key.equals("inputs") && e.getKey().equals("path")) continue;
                out.put(String.valueOf(e.getKey()), plain(e.getValue(), key));
            }
            return out;
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object o : list) out.add(plain(o, key));
            return out;
        }
        return v;
    }

    private static String describeInputs(Object then, Object now) {
        Map<String, String> a = byRole(then);
        Map<String, String> b = byRole(now);
        List<String> changed = new ArrayList<>();
        java.util.Set<String> roles = new java.util.LinkedHashSet<>(a.keySet());
        roles.addAll(b.keySet());
        for (String role : roles) {
            if (!Objects.equals(a.get(role), b.get(role))) changed.add(role + (b.containsKey(role) ? "" : " (no longer read)"));
        }
        return String.join(", ", changed);
    }

    private static Map<String, String> byRole(Object inputs) {
        Map<String, String> out = new LinkedHashMap<>();
        if (inputs instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) out.put(m.get("role") + " " + m.get("path"), String.valueOf(m.get("sha256")));
            }
        }
        return out;
    }

    private static String shortSha(Object o) {
        String s = String.valueOf(o);
        return s.length() > 12 ? s.substring(0, 12) + "..." : s;
    }
}
