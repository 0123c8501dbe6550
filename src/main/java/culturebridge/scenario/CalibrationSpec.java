package culturebridge.scenario;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A Bayesian calibration as asked for in a calibration file: which scenario, which parameters
 * with which priors, which observations (each with its observation error and the model's
 * discrepancy) inside which window, and how large the ABC-SMC run is.
 *
 * @param file        the calibration file
 * @param scenario    the scenario run for every particle
 * @param fixed       overrides applied to every run ({@code --set} style: parameters, field paths)
 * @param window      the months that may be fitted; the runs of the calibration stop at its end
 * @param parameters  the calibrated parameters, each a {@code Params} name or a scenario field path
 * @param targets     the observations the distance compares with
 * @param replicates  replicates per particle (the same seeds for every particle)
 * @param seed        base seed of the replicates and of the sampler
 * @param smc         size of the full run
 * @param quick       size of the quick run ({@code --quick})
 */
public record CalibrationSpec(Path file, Path scenario, Map<String, String> fixed, Window window,
                              List<Parameter> parameters, List<Target> targets, int replicates, long seed,
                              Size smc, Size quick) {

    /** The calibration window: first and last month that observations may come from. */
    public record Window(YearMonth from, YearMonth to) {
        /** Months from the scenario's start to the window's end. */
        public int monthsFrom(YearMonth start) {
            return (to.getYear() - start.getYear()) * 12 + to.getMonthValue() - start.getMonthValue() + 1;
        }

        public boolean contains(YearMonth m) {
            return !m.isBefore(from) && !m.isAfter(to);
        }
    }

    /**
     * Size of an ABC-SMC run.
     *
     * @param particles     particles per generation
     * @param generations   generations at most (the first samples the prior)
     * @param quantile      each generation's tolerance is this quantile of the previous generation's distances
     * @param minAcceptance a generation whose acceptance rate falls below this ends the run (the previous one is the posterior)
     * @param agents        agents per run (null: the scenario's or the {@code set:} value)
     * @param predictive    posterior draws run over the whole scenario for the predictive bands
     * @param moves         0: population Monte Carlo with importance weights; at least 1: replenishment, with
     *                      this many Metropolis-Hastings moves per refilled particle and generation (where
     *                      replenishment stops on it, minAcceptance is the moves' acceptance rate)
     */
    public record Size(int particles, int generations, double quantile, double minAcceptance, Integer agents,
                       int predictive, int moves) {}

    /** Prior families. */
    public enum Family { UNIFORM, NORMAL, LOGNORMAL }

    /**
     * A calibrated parameter and its prior, truncated to [min, max].
     *
     * @param name   a {@code Params} property or a scenario field path
     * @param family the prior's family
     * @param min    lower bound
     * @param max    upper bound
     * @param centre the normal's mean or the lognormal's median (NaN for uniform)
     * @param spread the normal's sd or the lognormal's sd of the log (NaN for uniform)
     */
    public record Parameter(String name, Family family, double min, double max, double centre, double spread) {}

    /** How a target reduces a simulated monthly series to what was observed. */
    public enum Compare {
        /** month by month */
        MONTHLY,
        /** the sum over the calendar year */
        ANNUAL_SUM,
        /** the mean over a range of months of the year (a survey's fieldwork) */
        MEAN_OF_MONTHS
    }

    /**
     * Observations of one kind (a target group): the distance adds the mean of their squared
     * standardised errors, {@code (sim - obs)^2 / (error^2 + discrepancy^2)} on the stated scale.
     *
     * @param name        a label for tables and charts
     * @param metric      the simulated monthly metric
     * @param compare     how the monthly series is reduced
     * @param firstMonth  first month of the year averaged (MEAN_OF_MONTHS)
     * @param lastMonth   last month of the year averaged (MEAN_OF_MONTHS)
     * @param log         whether errors are taken on the natural log
     * @param observed    in-window observations, by period (a YearMonth for MONTHLY, else the year)
     * @param outOfWindow observations after the window, never fitted: the coverage check
     * @param error       observation error sd on the scale
     * @param discrepancy model discrepancy sd on the scale
     * @param source      where the observations come from
     */
    public record Target(String name, String metric, Compare compare, int firstMonth, int lastMonth, boolean log,
                         SortedMap<YearMonth, Double> observed, SortedMap<YearMonth, Double> outOfWindow,
                         double error, double discrepancy, String source, double floor) {
        /** Smallest value a log-scale target tells apart from zero when none is given: a zero is far, not infinite. */
        public static final double DEFAULT_FLOOR = 1e-9;

        /** The sd that standardises this target's errors. */
        public double sd() {
            return Math.sqrt(error * error + discrepancy * discrepancy);
        }
    }

    /** The size asked for. */
    public Size size(boolean quickRun) {
        return quickRun ? quick : smc;
    }

    /** Parameter names in order. */
    public List<String> names() {
        return parameters.stream().map(Parameter::name).toList();
    }
}
