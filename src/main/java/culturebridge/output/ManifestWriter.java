package culturebridge.output;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The provenance record of a run, {@code manifest.json}: which scenario (with the file's
 * SHA-256, so an edited file is noticed), every resolved parameter, the seeds, the software
 * and machine, when it ran and for how long, the command line, and the files it wrote. With
 * it a researcher can tell exactly how a results folder was made and make it again.
 *
 * <p>Keys come in a fixed order (those of {@link #KEYS}, then any extra keys in the caller's
 * order); parameter maps keep their insertion order if they have one and are sorted by name
 * otherwise, so two manifests of the same run differ only in the time fields. The JSON is
 * pretty-printed with two-space indents and {@code \n} line ends, and written atomically.
 */
public final class ManifestWriter {

    /** File name of the manifest inside a results folder. */
    public static final String FILE_NAME = "manifest.json";
    /** Version of this file's layout, bumped when keys change meaning. */
    public static final int FORMAT_VERSION = 1;
    /** The standard keys, in the order they are written. */
    public static final List<String> KEYS = java.util.stream.Stream.of(
            List.of("manifest_version", "scenario", "scenario_file", "scenario_sha256", "parameters", "seeds", "replicates"),
            ManifestInfo.KEYS,
            List.of("start_time", "wall_time_seconds", "command_line", "output_files"))
            .flatMap(List::stream).toList();

    private static final ObjectWriter JSON = new ObjectMapper().writer(
            new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ManifestWriter() {
    }

    /**
     * What a run reports about itself.
     *
     * @param scenario        scenario name
     * @param scenarioFile    the scenario file read, or null for a run from defaults
     * @param parameters      every resolved parameter (name to value)
     * @param seeds           the seed of each replicate, in replicate order
     * @param startTime       when the run started
     * @param wallTimeSeconds elapsed wall-clock time
     * @param commandLine     the arguments the program was started with
     * @param outputFiles     files written, relative to the results folder
     */
    public record Run(String scenario, Path scenarioFile, Map<String, ?> parameters, List<Long> seeds,
                      Instant startTime, double wallTimeSeconds, List<String> commandLine,
                      List<String> outputFiles) {
    }

    /** Writes the manifest of {@code run} to {@code file}. */
    public static void write(Path file, Run run, ManifestInfo info) throws IOException {
        write(file, run, info, Map.of());
    }

    /**
     * Writes the manifest with extra keys after the standard ones (e.g. a sweep's design).
     *
     * @throws IllegalArgumentException if an extra key repeats a standard one
     */
    public static void write(Path file, Run run, ManifestInfo info, Map<String, ?> extra) throws IOException {
        AtomicFiles.writeString(file, toJson(toMap(run, info, extra)));
    }

    /** The manifest as an ordered map of JSON-ready values. */
    public static LinkedHashMap<String, Object> toMap(Run run, ManifestInfo info, Map<String, ?> extra) throws IOException {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("manifest_version", FORMAT_VERSION);
        m.put("scenario", run.scenario());
        m.put("scenario_file", run.scenarioFile() == null ? null : run.scenarioFile().toString());
        m.put("scenario_sha256", run.scenarioFile() == null ? null : sha256(run.scenarioFile()));
        m.put("parameters", jsonValue(run.parameters()));
        m.put("seeds", jsonValue(run.seeds()));
        m.put("replicates", run.seeds() == null ? 0 : run.seeds().size());
        m.putAll(info.toMap());
        m.put("start_time", run.startTime() == null ? null : run.startTime().truncatedTo(ChronoUnit.MILLIS).toString());
        // Milliseconds are plenty for a wall time and keep the number short.
        m.put("wall_time_seconds", Math.round(run.wallTimeSeconds() * 1000.0) / 1000.0);
        m.put("command_line", jsonValue(run.commandLine()));
        m.put("output_files", jsonValue(run.outputFiles()));
        for (Map.Entry<String, ?> e : extra.entrySet()) {
            if (m.containsKey(e.getKey())) throw new IllegalArgumentException("extra manifest key '" + e.getKey() + "' is a standard key");
            m.put(e.getKey(), jsonValue(e.getValue()));
        }
        return m;
    }

    /** Pretty-printed JSON with a final newline. */
    public static String toJson(Map<String, ?> manifest) {
        try {
            return JSON.writeValueAsString(manifest) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest values are converted to plain JSON types first", e);
        }
    }

    /** The lower-case hex SHA-256 of a file's bytes. */
    public static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * Converts a value into plain JSON types, so the manifest never depends on Jackson
     * modules (e.g. for {@code java.time}) or on bean introspection: maps keep their order
     * when they have one and are sorted otherwise, collections and arrays become lists,
     * non-finite doubles become the strings {@code "NaN"} / {@code "Infinity"} (JSON has no
     * such numbers), enums their name, anything else its {@code toString}.
     */
    static Object jsonValue(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer
                || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return v;
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? v : Double.toString(d);
        }
        if (v instanceof Number || v instanceof Character || v instanceof Path) return v.toString();
        if (v instanceof Enum<?> e) return e.name();
        if (v instanceof Map<?, ?> map) {
            Map<Object, Object> ordered = map instanceof LinkedHashMap || map instanceof SortedMap
                    ? new LinkedHashMap<>(map) : new TreeMap<>(stringKeys(map));
            LinkedHashMap<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<Object, Object> e : ordered.entrySet()) out.put(String.valueOf(e.getKey()), jsonValue(e.getValue()));
            return out;
        }
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            for (Object o : c) out.add(jsonValue(o));
            return out;
        }
        if (v.getClass().isArray()) {
            int n = Array.getLength(v);
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(jsonValue(Array.get(v, i)));
            return out;
        }
        return v.toString();
    }

    private static Map<Object, Object> stringKeys(Map<?, ?> map) {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) out.put(String.valueOf(e.getKey()), e.getValue());
        return out;
    }
}
