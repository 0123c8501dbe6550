package culturebridge.experiment.sweep;

/**
 * What one run of a sweep left: its status, wall time and error, its response values, and its
 * monthly rows already formatted as CSV (so the driver of a Spark sweep only copies bytes, and
 * the same bytes result from any engine).
 *
 * @param key         run, point, replicate, seed
 * @param ok          whether the run completed
 * @param wallSeconds wall-clock time of the run (the one non-reproducible field)
 * @param error       the failure, one line ({@code ExceptionClass: message at ...}), or null
 * @param responses   response values formatted as in the CSV tables (empty when failed)
 * @param monthlyRows the run's rows of {@code monthly.csv}, UTF-8 (empty when failed)
 */
public record RunOutcome(RunKey key, boolean ok, double wallSeconds, String error, java.util.List<String> responses,
                         byte[] monthlyRows) implements java.io.Serializable {
    public RunOutcome {
        responses = java.util.List.copyOf(responses);
    }

    /** {@code ok} or {@code failed}, as written in the tables. */
    public String status() {
        return ok ? "ok" : "failed";
    }
}
