package culturebridge.experiment.sweep.store;

import culturebridge.experiment.sweep.RunKey;
import culturebridge.experiment.sweep.Shard;
import culturebridge.experiment.sweep.SweepPlan;
import culturebridge.experiment.sweep.design.DesignPoint;
import culturebridge.output.AtomicFiles;
import culturebridge.output.CsvTableWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a sweep's tables: {@code design.csv} before the runs, and {@code responses.csv},
 * {@code monthly.csv} and {@code runs.csv} at the end, assembled from the per-run files in run
 * order (never in order of completion), streaming, so that the tables are the same bytes for
 * any engine, thread count or sharding and memory does not grow with the number of runs.
 * Everything is written with the house CSV dialect and number format ({@link CsvTableWriter}).
 */
public final class SweepTables {

    /** Leading columns of {@code responses.csv}. */
    public static final List<String> RESPONSE_KEYS = List.of("run", "point", "replicate", "seed", "status");
    /** Leading columns of {@code monthly.csv}, before the factor columns. */
    public static final List<String> MONTHLY_KEYS = List.of("run", "point", "replicate", "seed");
    /** Columns of {@code runs.csv}. */
    public static final List<String> RUN_COLUMNS = List.of("run", "point", "replicate", "seed", "status", "wall_seconds", "error");
    /** Leading columns of {@code design.csv}, before the factor columns. */
    public static final List<String> DESIGN_KEYS = List.of("point", "arm", "block", "group", "changed");
    /** Prefix of the design's unit-coordinate columns. */
    public static final String COORDINATE_PREFIX = "u.";

    private SweepTables() {
    }

    /** How many runs of the assembled tables completed and failed. */
    public record Counts(int ok, int failed) {
        /** Runs in the tables. */
        public int total() {
            return ok + failed;
        }
    }

    /** Header of {@code design.csv}. */
    public static List<String> designHeader(List<String> factors) {
        List<String> h = new ArrayList<>(DESIGN_KEYS);
        h.addAll(factors);
        for (String f : factors) h.add(COORDINATE_PREFIX + f);
        return h;
    }

    /** Header of {@code responses.csv}. */
    public static List<String> responsesHeader(List<String> factors, List<String> responses) {
        List<String> h = new ArrayList<>(RESPONSE_KEYS);
        h.addAll(factors);
        h.addAll(responses);
        return h;
    }

    /** Header of {@code monthly.csv}. */
    public static List<String> monthlyHeader(List<String> factors, List<String> metrics) {
        List<String> h = new ArrayList<>(MONTHLY_KEYS);
        h.addAll(factors);
        h.add("date");
        h.add("stage");
        h.addAll(metrics);
        return h;
    }

    /** Writes {@code design.csv}: every design point, whichever shard this is. */
    public static void writeDesign(Path file, SweepPlan plan) throws IOException {
        List<String> factors = plan.spec().factorNames();
        AtomicFiles.write(file, out -> {
            CSVPrinter p = printer(out);
            p.printRecord(designHeader(factors));
            List<String> row = new ArrayList<>();
            for (DesignPoint d : plan.points()) {
                row.clear();
                row.add(Integer.toString(d.index()));
                row.add(d.arm());
                row.add(d.block());
                row.add(d.group() < 0 ? "" : Integer.toString(d.group()));
                row.add(d.changed());
                row.addAll(plan.levelLabels(d.index()));
                for (double u : d.u()) row.add(CsvTableWriter.formatDouble(u));
                p.printRecord(row);
            }
            p.flush();
        });
    }

    /**
     * Assembles the run tables of a shard (or the whole sweep) from its per-run files.
     *
     * @throws IOException if a run of the shard has no file (the sweep is not finished)
     */
    public static Counts assemble(SweepPlan plan, Shard shard, RunParts parts, SweepLayout layout) throws IOException {
        List<String> factors = plan.spec().factorNames();
        boolean monthly = !plan.monthlyMetrics().isEmpty();
        int ok = 0;
        int failed = 0;
        try (AtomicFiles.PendingFile responses = AtomicFiles.open(layout.file(SweepLayout.RESPONSES_CSV));
             AtomicFiles.PendingFile runs = AtomicFiles.open(layout.file(SweepLayout.RUNS_CSV));
             AtomicFiles.PendingFile months = monthly ? AtomicFiles.open(layout.file(SweepLayout.MONTHLY_CSV)) : null) {
            CSVPrinter rp = printer(responses.stream());
            CSVPrinter up = printer(runs.stream());
            rp.printRecord(responsesHeader(factors, plan.spec().responseNames()));
            up.printRecord(RUN_COLUMNS);
            CSVPrinter mp = null;
            if (months != null) {
                mp = printer(months.stream());
                mp.printRecord(monthlyHeader(factors, plan.monthlyMetrics()));
                mp.flush();
            }
            List<String> row = new ArrayList<>();
            for (int run : shard.runs(plan.runCount())) {
                RunParts.Part part = parts.read(run);
                if (part == null) throw new IOException("run " + run + " has not finished; the sweep is incomplete");
                RunKey k = plan.run(run);
                String status = Objects.toString(part.header().get("status"), "");
                if (part.ok()) ok++;
                else failed++;
                row.clear();
                row.add(Integer.toString(k.run()));
                row.add(Integer.toString(k.point()));
                row.add(Integer.toString(k.replicate()));
                row.add(Long.toString(k.seed()));
                row.add(status);
                row.addAll(plan.levelLabels(k.point()));
                List<String> values = part.responses();
                for (int i = 0; i < plan.spec().responses().size(); i++) row.add(part.ok() ? values.get(i) : "");
                rp.printRecord(row);
                up.printRecord(k.run(), k.point(), k.replicate(), k.seed(), status,
                        CsvTableWriter.formatDouble(((Number) part.header().get("wall_seconds")).doubleValue()),
                        Objects.toString(part.header().get("error"), ""));
                if (mp != null && part.ok()) {
                    // The rows were formatted by the run itself; copying them keeps their bytes.
                    months.stream().write(part.monthly());
                }
            }
            rp.flush();
            up.flush();
            responses.commit();
            runs.commit();
            if (months != null) months.commit();
        }
        return new Counts(ok, failed);
    }

    /** A printer in the house dialect over a stream (flushed by the caller, never closed early). */
    public static CSVPrinter printer(OutputStream out) throws IOException {
        return new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
                CsvTableWriter.FORMAT);
    }
}
