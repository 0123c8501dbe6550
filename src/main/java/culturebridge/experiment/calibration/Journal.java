package culturebridge.experiment.calibration;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The calibration's journal: one line per evaluated particle ({@code generation, attempt,
 * distance, parameter values..., ok}), appended and flushed as each evaluation ends, so that a
 * calibration killed at any moment (even {@code kill -9}) loses at most the runs in flight. A
 * resumed calibration proposes the same particles again (its proposals depend on the seed, the
 * generation and the attempt only) and takes their distances from here instead of running them.
 * A line cut short by the kill lacks its closing {@code ok} field and is ignored. The first line
 * names the calibration's fingerprint: a journal of another calibration is refused.
 */
final class Journal implements AutoCloseable {
    static final String FILE = "journal.csv";
    private static final String END = "ok";

    /** A journalled evaluation. */
    record Entry(double[] theta, double distance) {}

    private final Map<Long, Entry> entries = new HashMap<>();
    private final BufferedWriter out;

    private Journal(BufferedWriter out) {
        this.out = out;
    }

    private static long key(int generation, int attempt) {
        return ((long) generation << 32) | (attempt & 0xffffffffL);
    }

    /**
     * Opens the journal in {@code dir}: read back if {@code resume} and it exists, else started
     * afresh.
     *
     * @param fingerprint what the evaluations depend on (calibration file, size, seed)
     */
    static Journal open(Path dir, String fingerprint, List<String> names, boolean resume) throws IOException {
        Path file = dir.resolve(FILE);
        Map<Long, Entry> read = new HashMap<>();
        boolean keep = resume && Files.isRegularFile(file);
        if (keep) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals("# " + fingerprint)) {
                throw new IOException(file + " belongs to another calibration (its first line is not '# " + fingerprint
                        + "'); start afresh with --force");
            }
            int fields = 3 + names.size() + 1;
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                if (f.length != fields || !f[fields - 1].equals(END) || f[0].equals("generation")) continue;
                try {
                    double[] theta = new double[names.size()];
                    for (int i = 0; i < theta.length; i++) theta[i] = Double.parseDouble(f[3 + i]);
                    read.put(key(Integer.parseInt(f[0]), Integer.parseInt(f[1])), new Entry(theta, Double.parseDouble(f[2])));
                } catch (NumberFormatException e) {
                    // a damaged line is run again
                }
            }
        }
        if (!keep) {
            StringBuilder header = new StringBuilder("# ").append(fingerprint).append('\n')
                    .append("generation,attempt,distance");
            for (String n : names) header.append(',').append(n);
            header.append(",end\n");
            Files.writeString(file, header.toString(), StandardCharsets.UTF_8);
        } else if (Files.size(file) > 0 && !endsWithNewline(file)) {
            // the line cut short by the kill is closed, so the next one starts on a line of its own
            Files.writeString(file, "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        Journal j = new Journal(new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(file, StandardOpenOption.APPEND), StandardCharsets.UTF_8)));
        j.entries.putAll(read);
        return j;
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        return b.length == 0 || b[b.length - 1] == '\n';
    }

    /** The journalled evaluation of an attempt, or null. */
    synchronized Entry get(int generation, int attempt) {
        return entries.get(key(generation, attempt));
    }

    /** Number of journalled evaluations. */
    synchronized int size() {
        return entries.size();
    }

    /** Appends an evaluation and flushes it to the operating system. */
    synchronized void record(int generation, int attempt, double[] theta, double distance) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append(generation).append(',').append(attempt).append(',').append(distance);
        for (double v : theta) s.append(',').append(v);
        s.append(',').append(END).append('\n');
        out.write(s.toString());
        out.flush();
        entries.put(key(generation, attempt), new Entry(theta.clone(), distance));
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
