package culturebridge.scenario;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A calibration as asked for in a calibration file: which scenario, which parameters within
 * which bounds, which observed series to fit over which months, and how to search.
 *
 * @param file          the calibration file
 * @param scenario      the scenario run for every candidate
 * @param fixed         overrides applied to every candidate ({@code --set} style: parameters, months, field paths)
 * @param parameters    the parameters searched, each a {@code Params} name or a scenario field path
 * @param target        the main target series
 * @param softTargets   annual soft targets with their weights
 * @param replicates    replicates per candidate (common random numbers: the same seeds for every candidate)
 * @param seed          base seed of the replicates and of the search
 * @param population    CMA-ES population size (lambda)
 * @param maxIterations CMA-ES generations at most
 * @param sigma         initial step size, as a share of each parameter's range
 */
public record CalibrationSpec(Path file, Path scenario, Map<String, String> fixed, List<Parameter> parameters,
                              Target target, List<SoftTarget> softTargets, int replicates, long seed,
                              int population, int maxIterations, double sigma) {

    /**
     * A searched parameter.
     *
     * @param name    a {@code Params} property or a scenario field path (e.g. {@code travel.epidemics[0].suppression})
     * @param min     lower bound
     * @param max     upper bound
     * @param initial starting value
     */
    public record Parameter(String name, double min, double max, double initial) {}

    /**
     * The main target: a simulated monthly metric against observed monthly values.
     *
     * @param metric   simulated metric, e.g. {@code arrivals.CN.KR}
     * @param observed observed monthly values (from the scenario's observed data)
     * @param observedMetric the observed column name, e.g. {@code arrivals_observed.CN.KR}
     * @param from     first month fitted
     * @param to       last month fitted
     */
    public record Target(String metric, String observedMetric, YearMonth from, YearMonth to) {}

    /**
     * A soft target: annual totals of a simulated metric against a few observed annual figures,
     * in the objective with its own weight (e.g. the KR-&gt;CN figures, which mix definitions).
     *
     * @param metric   simulated monthly metric summed over each year
     * @param annual   observed annual totals by year
     * @param weight   weight relative to the main target (1 = as much as the main target)
     */
    public record SoftTarget(String metric, SortedMap<Integer, Double> annual, double weight) {}
}
