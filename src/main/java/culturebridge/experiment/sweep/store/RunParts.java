package culturebridge.experiment.sweep.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import culturebridge.experiment.sweep.RunKey;
import culturebridge.experiment.sweep.RunOutcome;
import culturebridge.output.AtomicFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-run files of a sweep under way, one per finished run, written the moment the run
 * ends, so memory stays flat however many runs there are and a killed sweep loses only the
 * runs in flight. A file is written atomically ({@link AtomicFiles}): it exists complete or
 * not at all, which is what makes {@code --resume} safe after {@code kill -9}.
 *
 * <p>A part file is one JSON line (run, point, replicate, seed, status, wall time, error and
 * the formatted responses) followed by the run's rows of {@code monthly.csv}. Files sit in
 * folders of a thousand ({@code parts/0004/000004217.part}) so no folder grows huge.
 */
public final class RunParts {
    private static final Pattern NAME = Pattern.compile("([0-9]{9})\\.part");
    private static final int PER_FOLDER = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    /** @param dir the {@code parts/} folder */
    public RunParts(Path dir) {
        this.dir = dir;
    }

    /**
     * A part file read back.
     *
     * @param header  run, point, replicate, seed, status, wall_seconds, error, responses
     * @param monthly the run's monthly rows
     */
    public record Part(Map<String, Object> header, byte[] monthly) {
        /** Whether the run completed. */
        public boolean ok() {
            return "ok".equals(header.get("status"));
        }

        /** The formatted responses (empty for a failed run). */
        @SuppressWarnings("unchecked")
        public List<String> responses() {
            Object r = header.get("responses");
            return r == null ? List.of() : (List<String>) r;
        }
    }

    /** Where run {@code run}'s file goes. */
    public Path path(int run) {
        return dir.resolve(String.format("%04d", run / PER_FOLDER)).resolve(String.format("%09d.part", run));
    }

    /** Writes a finished run's file (atomically; replaces an older file of the same run). */
    public void write(RunOutcome o) throws IOException {
        RunKey k = o.key();
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("run", k.run());
        h.put("point", k.point());
        h.put("replicate", k.replicate());
        h.put("seed", k.seed());
        h.put("status", o.status());
        h.put("wall_seconds", Math.round(o.wallSeconds() * 1000.0) / 1000.0);
        h.put("error", o.error());
        h.put("responses", o.responses());
        byte[] line = (JSON.writeValueAsString(h) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(path(k.run()), out -> {
            out.write(line);
            out.write(o.monthlyRows());
        });
    }

    /** Run {@code run}'s file, or null if the run has not finished. */
    public Part read(int run) throws IOException {
        Path p = path(run);
        if (!Files.isRegularFile(p)) return null;
        byte[] all = Files.readAllBytes(p);
        int nl = 0;
        while (nl < all.length && all[nl] != '\n') nl++;
        if (nl == all.length) throw new IOException("run file " + p + " has no header line");
        @SuppressWarnings("unchecked")
        Map<String, Object> header = JSON.readValue(new String(all, 0, nl, StandardCharsets.UTF_8), LinkedHashMap.class);
        byte[] monthly = java.util.Arrays.copyOfRange(all, nl + 1, all.length);
        return new Part(header, monthly);
    }

    /**
     * The runs that have a file, with whether each completed, in run order. Temporary files
     * left by a killed writer are deleted on the way.
     */
    public TreeMap<Integer, Boolean> finished() throws IOException {
        TreeMap<Integer, Boolean> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) return out;
        for (Path sub : list(dir)) {
            if (!Files.isDirectory(sub)) continue;
            for (Path f : list(sub)) {
                String name = f.getFileName().toString();
                if (AtomicFiles.isTemporaryName(name)) {
                    Files.deleteIfExists(f);
                    continue;
                }
                Matcher m = NAME.matcher(name);
                if (!m.matches()) continue;
                out.put(Integer.parseInt(m.group(1)), "ok".equals(status(f)));
            }
        }
        return out;
    }

    private static String status(Path f) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(f), StandardCharsets.UTF_8))) {
            String line = r.readLine();
            if (line == null) return "";
            Object s = JSON.readValue(line, LinkedHashMap.class).get("status");
            return s == null ? "" : s.toString();
        }
    }

    /** Deletes the folder and everything in it (after the sweep's tables are complete). */
    public void deleteAll() throws IOException {
        if (!Files.isDirectory(dir)) return;
        for (Path sub : list(dir)) {
            if (Files.isDirectory(sub)) {
                for (Path f : list(sub)) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(sub);
        }
        Files.deleteIfExists(dir);
    }

    private static List<Path> list(Path d) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(d)) {
            for (Path p : s) out.add(p);
        }
        out.sort(null);
        return out;
    }
}
