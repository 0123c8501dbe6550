package culturebridge.experiment.sweep;

import culturebridge.output.CsvTableWriter;
import culturebridge.output.MonthlySeries;
import culturebridge.scenario.SweepResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one task of a sweep and turns what it produced into a {@link RunOutcome}: response
 * values and monthly rows, formatted exactly as the sweep's tables hold them, or the failure.
 * The same code runs on a local thread and on a Spark executor, which is why the two engines
 * give the same bytes. A run that throws (or runs out of memory or stack) is a failed run, not
 * a failed sweep.
 */
public final class RunExecutor implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Longest error text kept in the tables. */
    static final int MAX_ERROR_CHARS = 1000;

    private final RunWork work;
    private final List<SweepResponse> responses;
    private final List<String> monthlyMetrics;

    /**
     * @param work           the run itself
     * @param responses      the responses to compute
     * @param monthlyMetrics the metric columns of {@code monthly.csv} (empty for none)
     */
    public RunExecutor(RunWork work, List<SweepResponse> responses, List<String> monthlyMetrics) {
        this.work = work;
        this.responses = List.copyOf(responses);
        this.monthlyMetrics = List.copyOf(monthlyMetrics);
    }

    /** Runs the task; never throws for a failure of the run itself. */
    public RunOutcome execute(RunTask task) {
        // Wall time is the one clock reading of a sweep: it is reported, never used by a result.
        long t0 = System.nanoTime();
        try {
            MonthlySeries series = work.run(task.setup(), task.key());
            double[] values = Reducers.apply(responses, series);
            List<String> formatted = new ArrayList<>(values.length);
            for (double v : values) formatted.add(CsvTableWriter.formatDouble(v));
            byte[] rows = monthlyMetrics.isEmpty() ? new byte[0] : monthlyRows(task, series, monthlyMetrics);
            return new RunOutcome(task.key(), true, seconds(t0), null, formatted, rows);
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            return failed(task.key(), seconds(t0), e);
        }
    }

    /** The outcome of a run that could not even start (e.g. its set-up could not be built). */
    public static RunOutcome failed(RunKey key, double wallSeconds, Throwable e) {
        return new RunOutcome(key, false, wallSeconds, describe(e), List.of(), new byte[0]);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** One line: the exception's class, message and where it was thrown. */
    static String describe(Throwable e) {
        StringBuilder s = new StringBuilder(e.getClass().getName());
        if (e.getMessage() != null) s.append(": ").append(e.getMessage());
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0) s.append(" at ").append(trace[0]);
        Throwable cause = e.getCause();
        if (cause != null && cause != e) s.append("; caused by ").append(cause.getClass().getName()).append(": ").append(cause.getMessage());
        String one = s.toString().replaceAll("[\\r\\n\\t]+", " ");
        return one.length() > MAX_ERROR_CHARS ? one.substring(0, MAX_ERROR_CHARS) + "..." : one;
    }

    /**
     * The run's rows of {@code monthly.csv}: run, point, replicate, seed, the factor levels,
     * date, stage, then the chosen metrics.
     *
     * <p>Text fields go through the CSV format's quoting; numbers are appended as they are (a
     * number never needs quotes). The same bytes as printing whole records, but a much smaller
     * method for the JIT: printing records here was compiled three times at 55-58 kB and over
     * a second each, in a sweep of small runs a large share of all the CPU spent.
     */
    static byte[] monthlyRows(RunTask task, MonthlySeries s, List<String> metrics) {
        int[] cols = new int[metrics.size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = s.column(metrics.get(i));
            if (cols[i] < 0) throw new IllegalArgumentException("the run has no metric " + metrics.get(i));
        }
        RunKey k = task.key();
        StringBuilder key = new StringBuilder();
        key.append(k.run()).append(',').append(k.point()).append(',').append(k.replicate()).append(',').append(k.seed());
        for (String level : task.factorLevels()) text(key, level);
        StringBuilder out = new StringBuilder(256 * s.months().size());
        for (int m = 0; m < s.months().size(); m++) {
            out.append(key).append(',').append(s.months().get(m).toString());
            String stage = s.stages().get(m);
            text(out, stage == null ? "" : stage);
            double[] v = s.values()[m];
            for (int c : cols) out.append(',').append(CsvTableWriter.formatDouble(v[c]));
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Appends a delimiter and a text field (not the first of its record), quoted as the CSV format quotes it. */
    private static void text(StringBuilder out, String value) {
        try {
            CsvTableWriter.FORMAT.print(value, out, false);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }
}
