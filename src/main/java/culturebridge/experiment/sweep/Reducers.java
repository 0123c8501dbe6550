package culturebridge.experiment.sweep;

import culturebridge.output.MonthlySeries;
import culturebridge.scenario.SweepResponse;
import java.time.YearMonth;
import java.util.List;

/**
 * Computes a sweep's responses from a run's monthly trajectory: each response reduces one
 * metric's months in a window to one number ({@link SweepResponse.Reducer}). Sums run in month
 * order, so the same run always gives the same bits.
 */
public final class Reducers {
    private Reducers() {
    }

    /** Every response of a run, in order. */
    public static double[] apply(List<SweepResponse> responses, MonthlySeries series) {
        double[] out = new double[responses.size()];
        for (int i = 0; i < out.length; i++) out[i] = reduce(responses.get(i), series);
        return out;
    }

    /**
     * One response. A window that holds none of the run's months gives NaN (an empty field).
     *
     * @throws IllegalArgumentException if the run has no such metric
     */
    public static double reduce(SweepResponse r, MonthlySeries series) {
        double[] v = series.series(r.metric());
        List<YearMonth> months = series.months();
        int lo = 0;
        int hi = months.size() - 1;
        if (r.from() != null) while (lo < months.size() && months.get(lo).isBefore(r.from())) lo++;
        if (r.to() != null) while (hi >= 0 && months.get(hi).isAfter(r.to())) hi--;
        if (lo > hi) return Double.NaN;
        return reduce(r.reducer(), r.threshold(), v, lo, hi);
    }

    /** The reducer over {@code v[lo..hi]} (inclusive). */
    static double reduce(SweepResponse.Reducer reducer, double threshold, double[] v, int lo, int hi) {
        switch (reducer) {
            case FINAL:
                return v[hi];
            case MEAN:
                return sum(v, lo, hi) / (hi - lo + 1);
            case SUM:
                return sum(v, lo, hi);
            case MAX: {
                double m = v[lo];
                for (int i = lo + 1; i <= hi; i++) m = Math.max(m, v[i]);
                return m;
            }
            case MIN: {
                double m = v[lo];
                for (int i = lo + 1; i <= hi; i++) m = Math.min(m, v[i]);
                return m;
            }
            case FIRST_ABOVE:
                for (int i = lo; i <= hi; i++) if (v[i] > threshold) return i - lo;
                return hi - lo + 1;
            case FIRST_BELOW:
                for (int i = lo; i <= hi; i++) if (v[i] < threshold) return i - lo;
                return hi - lo + 1;
            default:
                throw new IllegalArgumentException("unknown reducer " + reducer);
        }
    }

    private static double sum(double[] v, int lo, int hi) {
        double s = 0;
        for (int i = lo; i <= hi; i++) s += v[i];
        return s;
    }
}
