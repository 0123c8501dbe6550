package culturebridge.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import culturebridge.experiment.sweep.store.ModelFingerprint;
import culturebridge.output.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** The JSON file of a {@code bench} measurement: its figures and what they need beside them. */
public final class BenchRecord {
    private BenchRecord() {}

    /** Adds what a figure needs beside it to be compared across commits and machines. */
    public static void putContext(Map<String, Object> m) {
        m.put("model_fingerprint", ModelFingerprint.current());
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        m.put("measured_at", Instant.now().toString());
    }

    /** Writes the record as indented JSON, atomically. */
    public static void write(Path file, Map<String, Object> m) throws IOException {
        AtomicFiles.writeString(file, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n");
    }
}
