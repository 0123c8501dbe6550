package culturebridge.experiment.sweep;

import culturebridge.experiment.sweep.store.SweepLayout;
import culturebridge.experiment.sweep.store.SweepManifest;
import culturebridge.experiment.sweep.store.SweepTables;
import culturebridge.output.AtomicFiles;
import culturebridge.output.CsvTableWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Joins the folders of a sharded sweep ({@code --shard i/N}, e.g. the tasks of a Slurm job
 * array) into one folder with the same tables, byte for byte, as the sweep run unsharded.
 * Shard i holds the runs whose number leaves remainder i - 1 modulo N, each table in run
 * order, so the merge deals rows back round-robin, streaming, without sorting or holding a
 * table in memory.
 *
 * <p>It refuses, before writing anything, shards of different sweeps (sweep file, scenarios,
 * command-line changes, model), a missing, repeated or incomplete shard, or shards whose
 * designs differ.
 */
public final class SweepMerger {

    /** Shards that cannot be merged: what is wrong and what to do. */
    public static final class MergeRefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        /** @param message the problem */
        public MergeRefusedException(String message) {
            super(message);
        }
    }

    private SweepMerger() {
    }

    /**
     * Merges shard folders into {@code out}.
     *
     * @param shardDirs the shards' folders, in any order
     * @param out       the merged folder
     * @param force     replace an existing folder
     * @param commandLine the arguments, for the manifest
     * @param log       where to print a summary, or null
     * @return the counts of completed and failed runs
     */
    public static SweepTables.Counts merge(List<Path> shardDirs, Path out, boolean force, List<String> commandLine,
                                           PrintStream log) throws IOException {
        if (shardDirs.isEmpty()) throw new MergeRefusedException("no shard folders given");
        List<SweepLayout> shards = new ArrayList<>();
        List<LinkedHashMap<String, Object>> headers = new ArrayList<>();
        for (Path d : shardDirs) {
            SweepLayout l = new SweepLayout(d);
            if (!Files.isRegularFile(l.manifest())) {
                throw new MergeRefusedException(l.dir() + " has no " + SweepLayout.MANIFEST_JSON + "; is it a sweep's folder?");
            }
            LinkedHashMap<String, Object> h = SweepManifest.readHeader(l.manifest());
            if (!SweepManifest.COMPLETE.equals(h.get("status"))) {
                throw new MergeRefusedException(l.dir() + " is not complete (status " + h.get("status")
                        + "); finish it with sweep --resume first");
            }
            shards.add(l);
            headers.add(h);
        }
        LinkedHashMap<String, Object> first = headers.get(0);
        for (int i = 1; i < headers.size(); i++) {
            List<String> diffs = SweepManifest.differences(first, headers.get(i), false);
            if (!diffs.isEmpty()) {
                throw new MergeRefusedException(shards.get(i).dir() + " is not a shard of the same sweep as " + shards.get(0).dir()
                        + ": " + String.join("; ", diffs));
            }
        }
        int n = -1;
        TreeMap<Integer, Integer> byIndex = new TreeMap<>();
        for (int i = 0; i < headers.size(); i++) {
            Shard s = Shard.parse(String.valueOf(headers.get(i).get("shard")));
            if (n < 0) n = s.count();
            if (s.count() != n) {
                throw new MergeRefusedException("shards of different splits: " + shards.get(0).dir() + " is one of " + n + ", "
                        + shards.get(i).dir() + " one of " + s.count());
            }
            Integer dup = byIndex.put(s.index(), i);
            if (dup != null) {
                throw new MergeRefusedException("shard " + s + " is given twice: " + shards.get(dup).dir() + " and " + shards.get(i).dir());
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 1; i <= n; i++) if (!byIndex.containsKey(i)) missing.add(i);
        if (!missing.isEmpty()) {
            throw new MergeRefusedException("missing shard(s) " + missing + " of " + n + "; give every shard's folder");
        }
        // ordered[i] is shard i + 1.
        List<SweepLayout> ordered = new ArrayList<>();
        for (int i = 1; i <= n; i++) ordered.add(shards.get(byIndex.get(i)));
        byte[] design = Files.readAllBytes(ordered.get(0).file(SweepLayout.DESIGN_CSV));
        for (SweepLayout l : ordered) {
            if (!Arrays.equals(design, Files.readAllBytes(l.file(SweepLayout.DESIGN_CSV)))) {
                throw new MergeRefusedException(l.dir() + "'s " + SweepLayout.DESIGN_CSV + " differs from shard 1's");
            }
        }
        int total = ((Number) first.get("runs_total")).intValue();

        SweepLayout target = new SweepLayout(out);
        for (SweepLayout l : ordered) {
            if (l.dir().equals(target.dir())) throw new MergeRefusedException("the merged folder cannot be one of the shards: " + l.dir());
        }
        AtomicFiles.prepareOutputDir(target.dir(), force);
        AtomicFiles.writeBytes(target.file(SweepLayout.DESIGN_CSV), design);
        copyInputs(ordered.get(0), target);
        boolean monthly = Files.isRegularFile(ordered.get(0).file(SweepLayout.MONTHLY_CSV));
        mergeTable(ordered, target, SweepLayout.RESPONSES_CSV, total);
        mergeTable(ordered, target, SweepLayout.RUNS_CSV, total);
        if (monthly) mergeTable(ordered, target, SweepLayout.MONTHLY_CSV, total);

        int ok = 0;
        int failed = 0;
        List<Object> sessions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> h = headers.get(byIndex.get(i + 1));
            if (h.get("counts") instanceof Map<?, ?> c) {
                ok += ((Number) c.get("ok")).intValue();
                failed += ((Number) c.get("failed")).intValue();
            }
            if (h.get("sessions") instanceof List<?> ss) {
                for (Object s : ss) {
                    LinkedHashMap<String, Object> tagged = new LinkedHashMap<>();
                    tagged.put("shard", h.get("shard"));
                    if (s instanceof Map<?, ?> m) for (Map.Entry<?, ?> e : m.entrySet()) tagged.put(String.valueOf(e.getKey()), e.getValue());
                    sessions.add(tagged);
                }
            }
        }
        LinkedHashMap<String, Object> fields = new LinkedHashMap<>(first);
        fields.put("shard", Shard.ALL.toString());
        fields.put("shard_runs", total);
        fields.put("status", SweepManifest.COMPLETE);
        LinkedHashMap<String, Object> counts = new LinkedHashMap<>();
        counts.put("ok", ok);
        counts.put("failed", failed);
        fields.put("counts", counts);
        fields.put("sessions", sessions);
        List<String> from = new ArrayList<>();
        for (SweepLayout l : ordered) from.add(l.dir().toString());
        fields.put("merged_from", from);
        fields.put("merge_command_line", commandLine);
        List<String> files = new ArrayList<>(List.of(SweepLayout.DESIGN_CSV, SweepLayout.RESPONSES_CSV));
        if (monthly) files.add(SweepLayout.MONTHLY_CSV);
        files.add(SweepLayout.RUNS_CSV);
        files.add(SweepLayout.MANIFEST_JSON);
        fields.put("output_files", files);
        SweepManifest.write(target.manifest(), fields, target.file(SweepLayout.RUNS_CSV));
        if (log != null) {
            log.printf(Locale.ROOT, "merged %d shards of sweep %s into %s: %d runs (%d ok, %d failed)%n", n, first.get("sweep"),
                    target.dir(), ok + failed, ok, failed);
        }
        return new SweepTables.Counts(ok, failed);
    }

    /**
     * Deals the rows of one table back into run order: run r comes from shard (r mod N) + 1,
     * and a shard's rows of one run are consecutive (one row, or one per month).
     */
    private static void mergeTable(List<SweepLayout> shards, SweepLayout target, String name, int total) throws IOException {
        int n = shards.size();
        List<CSVParser> parsers = new ArrayList<>();
        List<Iterator<CSVRecord>> its = new ArrayList<>();
        List<CSVRecord> heads = new ArrayList<>();
        try {
            List<String> header = null;
            for (SweepLayout l : shards) {
                Path f = l.file(name);
                if (!Files.isRegularFile(f)) throw new MergeRefusedException(l.dir() + " has no " + name);
                Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
                CSVParser p = CsvTableWriter.FORMAT.parse(r);
                parsers.add(p);
                Iterator<CSVRecord> it = p.iterator();
                List<String> h = it.hasNext() ? it.next().toList() : List.of();
                if (header == null) header = h;
                else if (!header.equals(h)) throw new MergeRefusedException(l.dir() + "'s " + name + " has other columns than shard 1's");
                its.add(it);
                heads.add(it.hasNext() ? it.next() : null);
            }
            final List<String> columns = header;
            AtomicFiles.write(target.file(name), stream -> {
                CSVPrinter out = SweepTables.printer(stream);
                out.printRecord(columns);
                for (int run = 0; run < total; run++) {
                    int s = run % n;
                    String key = Integer.toString(run);
                    while (heads.get(s) != null && heads.get(s).get(0).equals(key)) {
                        out.printRecord(heads.get(s).toList());
                        heads.set(s, its.get(s).hasNext() ? its.get(s).next() : null);
                    }
                }
                for (int s = 0; s < n; s++) {
                    if (heads.get(s) != null) {
                        throw new MergeRefusedException(shards.get(s).dir() + "'s " + name + " has a row of run " + heads.get(s).get(0)
                                + " that does not belong to shard " + (s + 1) + "/" + n + " or is out of order");
                    }
                }
                out.flush();
            });
        } finally {
            for (CSVParser p : parsers) p.close();
        }
    }

    private static void copyInputs(SweepLayout from, SweepLayout to) throws IOException {
        Path src = from.file(SweepLayout.INPUTS_DIR);
        if (!Files.isDirectory(src)) return;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(src)) {
            List<Path> files = new ArrayList<>();
            for (Path p : s) if (Files.isRegularFile(p)) files.add(p);
            files.sort(null);
            for (Path p : files) {
                AtomicFiles.writeBytes(to.file(SweepLayout.INPUTS_DIR + "/" + p.getFileName()), Files.readAllBytes(p));
            }
        }
    }
}
