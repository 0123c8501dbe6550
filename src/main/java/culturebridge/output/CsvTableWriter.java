package culturebridge.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The tidy monthly table of a scenario run, as CSV: one row per replicate and calendar month,
 * self-describing (scenario, replicate, seed and every parameter on every row), so that runs
 * from different scenarios, sweeps and machines can simply be concatenated and analysed.
 *
 * <p>Columns, in order: {@code scenario, replicate, seed, draw} (the posterior draw whose
 * parameter values the replicate ran with; empty for a run on the scenario's own values),
 * {@code date} (the month, {@code YYYY-MM}),
 * {@code stage} (the policy stage active at the month's end), then every metric column of the
 * {@link MonthlySeries} in its order, then {@code param.<name>} for each parameter in the
 * order of the given map. Metric columns named {@code date} or {@code stage} are not repeated:
 * those two come from the series' months and stages.
 *
 * <p><b>Number format.</b> Numbers must give byte-identical files for identical runs
 * (design.md, "Determinism") and must read back as exactly the same double. A double is
 * written with the decimal digits of {@link Double#toString(double)} (the digits that
 * round-trip to the same double), in plain notation without trailing zeros when
 * {@code 1e-6 <= |x| < 1e15} ({@code 3}, {@code 0.25}, {@code 1234567.5}) and in
 * {@code Double.toString}'s scientific form otherwise ({@code 1.0E-7}); zero (also
 * {@code -0.0}) is {@code 0}; NaN is an empty field; infinities are {@code Infinity} and
 * {@code -Infinity}. Nothing depends on the default locale. Lines end with {@code \n};
 * the encoding is UTF-8; fields are quoted only when they must be.
 *
 * <p>Files are written through {@link AtomicFiles}: a table on disk is always complete.
 */
public final class CsvTableWriter {

    /** The leading identification columns, in order. */
    public static final List<String> KEY_COLUMNS = List.of("scenario", "replicate", "seed", "draw", "date", "stage");
    /** Prefix of parameter columns. */
    public static final String PARAM_PREFIX = "param.";
    /** Columns of the events table written by {@link #writeEvents}. */
    public static final List<String> EVENT_COLUMNS = List.of("scenario", "replicate", "seed", "draw", "date", "kind", "label");

    /** The CSV dialect: RFC 4180 quoting with a {@code \n} record separator. */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private static final double PLAIN_MIN = 1e-6;
    private static final double PLAIN_MAX = 1e15;

    private CsvTableWriter() {
    }

    /**
     * Writes all replicates of one scenario to {@code file} atomically. Replicates are
     * numbered by their position in the list, from 0.
     *
     * @param file       the CSV file to (re)place
     * @param scenario   scenario name written on every row
     * @param replicates the runs; all must have the same metric columns
     * @param params     parameter values written as {@code param.<name>} columns, in map order
     * @throws IllegalArgumentException if there are no replicates or their columns differ
     */
    public static void write(Path file, String scenario, List<MonthlySeries> replicates,
                             LinkedHashMap<String, Object> params) throws IOException {
        if (replicates.isEmpty()) throw new IllegalArgumentException("no replicates to write to " + file);
        try (Appender out = open(file, scenario, replicates.get(0).columns(), params)) {
            for (int r = 0; r < replicates.size(); r++) out.append(r, replicates.get(r));
            out.commit();
        }
    }

    /**
     * Opens a table for appending replicates one at a time, e.g. as the runs of a sweep
     * finish. Nothing appears at {@code file} until {@link Appender#commit()}; closing without
     * a commit discards what was written.
     *
     * @param metricColumns the metric columns every appended series must have (in this order);
     *                      {@code date} and {@code stage}, if present, are skipped
     * @param params        default parameter values; also fixes the parameter columns
     */
    public static Appender open(Path file, String scenario, List<String> metricColumns,
                                LinkedHashMap<String, Object> params) throws IOException {
        return new Appender(file, scenario, metricColumns, params);
    }

    /** The header row for the given metric columns and parameters. */
    public static List<String> header(List<String> metricColumns, Map<String, ?> params) {
        List<String> h = new ArrayList<>(KEY_COLUMNS);
        h.addAll(metricsOnly(metricColumns));
        for (String name : params.keySet()) h.add(PARAM_PREFIX + name);
        return h;
    }

    /** A double in this table's number format (see the class comment). */
    public static String formatDouble(double x) {
        if (Double.isNaN(x)) return "";
        if (Double.isInfinite(x)) return x > 0 ? "Infinity" : "-Infinity";
        if (x == 0.0) return "0";
        String shortest = Double.toString(x);
        double a = Math.abs(x);
        if (a < PLAIN_MIN || a >= PLAIN_MAX) return shortest;
        // BigDecimal keeps exactly the digits Double.toString chose, only the notation changes.
        return new BigDecimal(shortest).stripTrailingZeros().toPlainString();
    }

    /**
     * A parameter value as a field: doubles and floats in the number format, other numbers,
     * booleans, strings, dates and enums by {@code toString}, null as empty.
     */
    public static String formatValue(Object v) {
        if (v == null) return "";
        if (v instanceof Double d) return formatDouble(d);
        if (v instanceof Float f) return formatDouble(f.doubleValue());
        return v.toString();
    }

    /**
     * Writes the timeline events of each replicate (stages entered, rollbacks, shocks,
     * festivals) as a tidy table with columns {@link #EVENT_COLUMNS}; dates are
     * {@code YYYY-MM-DD}. Notebooks use it to shade stages like the PNG charts do.
     *
     * @param seeds           seed of each replicate
     * @param eventsPerReplicate events of each replicate, in the same order as {@code seeds}
     */
    public static void writeEvents(Path file, String scenario, List<Long> seeds,
                                   List<List<TimelineEvent>> eventsPerReplicate) throws IOException {
        writeEvents(file, scenario, seeds, java.util.Collections.nCopies(seeds.size(), ""), eventsPerReplicate);
    }

    /**
     * Writes the timeline events of each replicate, with the posterior draw each ran with.
     *
     * @param draws the draw of each replicate, in the same order as {@code seeds} (empty: none)
     */
    public static void writeEvents(Path file, String scenario, List<Long> seeds, List<String> draws,
                                   List<List<TimelineEvent>> eventsPerReplicate) throws IOException {
        if (seeds.size() != eventsPerReplicate.size() || seeds.size() != draws.size()) {
            throw new IllegalArgumentException(seeds.size() + " seeds but " + eventsPerReplicate.size() + " event lists");
        }
        AtomicFiles.write(file, stream -> {
            CSVPrinter p = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), FORMAT);
            p.printRecord(EVENT_COLUMNS);
            for (int r = 0; r < seeds.size(); r++) {
                for (TimelineEvent e : eventsPerReplicate.get(r)) {
                    p.printRecord(scenario, r, seeds.get(r), draws.get(r), e.date(), e.kind(), e.label());
                }
            }
            p.flush();
        });
    }

    private static List<String> metricsOnly(List<String> columns) {
        List<String> out = new ArrayList<>(columns.size());
        for (String c : columns) {
            if (!c.equals("date") && !c.equals("stage")) out.add(c);
        }
        return out;
    }

    /**
     * A monthly table being written, replicate by replicate. Not thread-safe: a sweep that
     * finishes runs on several threads appends them from one thread (in a fixed order, so the
     * file does not depend on thread timing).
     */
    public static final class Appender implements Closeable {
        private final AtomicFiles.PendingFile pending;
        private final CSVPrinter printer;
        private final String scenario;
        private final List<String> columns;
        private final List<String> metrics;
        private final int[] metricIndex;
        private final List<String> paramNames;
        private final LinkedHashMap<String, Object> defaults;
        private final Path file;
        private long rows;

        private Appender(Path file, String scenario, List<String> metricColumns,
                         LinkedHashMap<String, Object> params) throws IOException {
            this.file = file;
            this.scenario = Objects.requireNonNull(scenario, "scenario");
            this.columns = List.copyOf(metricColumns);
            this.metrics = metricsOnly(metricColumns);
            this.metricIndex = new int[metrics.size()];
            for (int i = 0; i < metrics.size(); i++) metricIndex[i] = columns.indexOf(metrics.get(i));
            this.defaults = new LinkedHashMap<>(params);
            this.paramNames = List.copyOf(params.keySet());
            for (String name : paramNames) {
                if (name == null || name.isBlank()) throw new IllegalArgumentException("blank parameter name");
            }
            this.pending = AtomicFiles.open(file);
            CSVPrinter p = null;
            try {
                p = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(pending.stream(), StandardCharsets.UTF_8)), FORMAT);
                p.printRecord(header(metricColumns, params));
            } catch (IOException | RuntimeException e) {
                pending.close();
                throw e;
            }
            this.printer = p;
        }

        /** Appends one replicate with the default parameter values. */
        public void append(int replicate, MonthlySeries series) throws IOException {
            appendRows(replicate, "", series, defaults);
        }

        /**
         * Appends one replicate run with a posterior draw's parameter values. The map must have
         * exactly the parameter names the table was opened with, in any order.
         *
         * @param draw the draw's name (empty: none)
         */
        public void append(int replicate, String draw, MonthlySeries series, Map<String, ?> params) throws IOException {
            if (!params.keySet().equals(defaults.keySet())) {
                throw new IllegalArgumentException("parameters " + params.keySet() + " do not match the table's columns " + paramNames);
            }
            appendRows(replicate, Objects.requireNonNull(draw, "draw"), series, params);
        }

        /**
         * Appends one replicate with its own parameter values (a sweep's design point). The
         * map must have exactly the parameter names the table was opened with, in any order.
         */
        public void append(int replicate, MonthlySeries series, Map<String, ?> params) throws IOException {
            if (!params.keySet().equals(defaults.keySet())) {
                throw new IllegalArgumentException("parameters " + params.keySet() + " do not match the table's columns " + paramNames);
            }
            appendRows(replicate, "", series, params);
        }

        /** Rows written so far, excluding the header. */
        public long rows() {
            return rows;
        }

        /** Completes the file: flushes it and moves it into place. */
        public void commit() throws IOException {
            printer.flush();
            pending.commit();
        }

        /** Discards the file unless committed. */
        @Override
        public void close() throws IOException {
            pending.close();
        }

        private void appendRows(int replicate, String draw, MonthlySeries s, Map<String, ?> params) throws IOException {
            if (!s.columns().equals(columns)) {
                throw new IllegalArgumentException("replicate " + replicate + " (seed " + s.seed() + ") has columns "
                        + s.columns() + " but " + file + " has " + columns);
            }
            int n = s.months().size();
            if (s.stages().size() != n || s.values().length != n) {
                throw new IllegalArgumentException("replicate " + replicate + ": " + n + " months, "
                        + s.stages().size() + " stages, " + s.values().length + " value rows");
            }
            String[] paramFields = new String[paramNames.size()];
            for (int i = 0; i < paramFields.length; i++) paramFields[i] = formatValue(params.get(paramNames.get(i)));
            List<String> row = new ArrayList<>(KEY_COLUMNS.size() + metrics.size() + paramFields.length);
            for (int m = 0; m < n; m++) {
                double[] v = s.values()[m];
                if (v.length != columns.size()) {
                    throw new IllegalArgumentException("replicate " + replicate + ", month " + s.months().get(m)
                            + ": " + v.length + " values for " + columns.size() + " columns");
                }
                row.clear();
                row.add(scenario);
                row.add(Integer.toString(replicate));
                row.add(Long.toString(s.seed()));
                row.add(draw);
                row.add(month(s.months().get(m)));
                row.add(Objects.toString(s.stages().get(m), ""));
                for (int c : metricIndex) row.add(formatDouble(v[c]));
                Collections.addAll(row, paramFields);
                printer.printRecord(row);
                rows++;
            }
        }

        private static String month(YearMonth ym) {
            // YearMonth.toString is ISO (yyyy-MM) for years 0..9999, independent of locale.
            return ym.toString();
        }
    }
}
