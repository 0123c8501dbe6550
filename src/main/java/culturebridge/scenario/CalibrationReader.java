package culturebridge.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads a calibration file, refusing anything it cannot use with file, line and field path,
 * as scenario files are. The format, with defaults:
 *
 * <pre>
 * scenario: ../history-2010-2025.yaml   # relative to this file
 * set: {months: 84, agents: 20000}          # fixed overrides for every candidate (optional)
 * parameters:                               # searched: a Params name or a scenario field path
 *   tripRateScale: {min: 0.2, max: 3, initial: 1}
 *   travel.epidemics[0].suppression: {min: 0, max: 0.9}
 * target: {metric: arrivals.CN.KR, observed: arrivals_observed.CN.KR, from: 2010-01, to: 2016-12}
 * softTargets:                              # optional
 *   - {metric: arrivals.KR.CN, weight: 0.2, annual: {2010: 2840000, 2016: 5190000}}
 * replicates: 3
 * seed: 1
 * search: {population: 8, maxIterations: 30, sigma: 0.3}
 * </pre>
 */
public final class CalibrationReader {
    static final List<String> KEYS = List.of("scenario", "set", "parameters", "target", "softTargets", "replicates", "seed", "search");
    static final List<String> PARAMETER_KEYS = List.of("min", "max", "initial");
    static final List<String> TARGET_KEYS = List.of("metric", "observed", "from", "to");
    static final List<String> SOFT_KEYS = List.of("metric", "weight", "annual");
    static final List<String> SEARCH_KEYS = List.of("population", "maxIterations", "sigma");

    private CalibrationReader() {}

    /** Reads and checks a calibration file. */
    public static CalibrationSpec read(Path file) throws ScenarioException {
        String label = file.toString();
        byte[] bytes;
        try {
            bytes = InputFiles.read(file, label, "calibration file");
        } catch (java.io.IOException e) {
            throw new ScenarioException(label, 0, 0, "", "cannot read the calibration file: " + e);
        }
        Yaml.Field root = Yaml.parse(label, Yaml.decode(label, bytes));
        if (root == null) throw new ScenarioException(label, 0, 0, "", "the calibration file is empty");
        Yaml.Mapping top = root.mapping("a calibration (a mapping with " + String.join(", ", KEYS) + ")")
                .allowOnly("a calibration", KEYS);

        Yaml.Field scenarioField = top.req("scenario");
        Path scenario = file.toAbsolutePath().getParent().resolve(scenarioField.string()).normalize();
        if (!Files.isRegularFile(scenario)) throw scenarioField.error("scenario file not found: " + scenario);

        Map<String, String> fixed = new LinkedHashMap<>();
        if (top.has("set")) {
            Yaml.Mapping set = top.req("set").mapping("a mapping of overrides (parameter or field path to value)");
            for (Map.Entry<String, Yaml.Field> e : set.entries()) fixed.put(e.getKey(), e.getValue().text());
        }

        List<CalibrationSpec.Parameter> parameters = new ArrayList<>();
        Yaml.Mapping ps = top.req("parameters").mapping("a mapping of parameters to {min, max, initial}");
        for (Map.Entry<String, Yaml.Field> e : ps.entries()) {
            String name = e.getKey();
            Yaml.Field f = e.getValue();
            if (!ScenarioLoader.isFieldPath(name) && !ParamsBinder.isProperty(name)) {
                throw ps.key(name).error(ParamsBinder.unknownMessage(name));
            }
            Yaml.Mapping b = f.mapping("{min, max, initial}").allowOnly("a calibrated parameter", PARAMETER_KEYS);
            double min = b.req("min").real(-1e9, 1e9);
            Yaml.Field maxField = b.req("max");
            double max = maxField.real(-1e9, 1e9);
            if (!(max > min)) throw maxField.error("max must be greater than min (" + min + "), got " + max);
            double initial = b.has("initial") ? b.req("initial").real(min, max) : (min + max) / 2;
            parameters.add(new CalibrationSpec.Parameter(name, min, max, initial));
        }
        if (parameters.isEmpty()) throw top.req("parameters").error("at least one parameter must be calibrated");

        Yaml.Mapping t = top.req("target").mapping("a target {metric, observed, from, to}").allowOnly("the target", TARGET_KEYS);
        YearMonth from = t.req("from").yearMonth();
        Yaml.Field toField = t.req("to");
        YearMonth to = toField.yearMonth();
        if (to.isBefore(from)) throw toField.error("to " + to + " is before from " + from);
        var target = new CalibrationSpec.Target(t.req("metric").string(), t.req("observed").string(), from, to);

        List<CalibrationSpec.SoftTarget> soft = new ArrayList<>();
        if (top.has("softTargets")) {
            for (Yaml.Field item : top.req("softTargets").list("a list of soft targets")) {
                Yaml.Mapping s = item.mapping("a soft target {metric, weight, annual}").allowOnly("a soft target", SOFT_KEYS);
                Yaml.Mapping annual = s.req("annual").mapping("a mapping of year to observed annual total");
                SortedMap<Integer, Double> values = new TreeMap<>();
                for (Map.Entry<String, Yaml.Field> a : annual.entries()) {
                    int year;
                    try {
                        year = (int) Values.integer(a.getKey(), Values.MIN_YEAR, Values.MAX_YEAR);
                    } catch (IllegalArgumentException ex) {
                        throw annual.key(a.getKey()).error("a year is expected, got '" + a.getKey() + "'");
                    }
                    values.put(year, a.getValue().real(0, 1e12));
                }
                soft.add(new CalibrationSpec.SoftTarget(s.req("metric").string(), values, s.req("weight").real(0, 100)));
            }
        }
        int replicates = top.has("replicates") ? (int) top.req("replicates").integer(1, 1000) : 3;
        long seed = top.has("seed") ? top.req("seed").integer(Long.MIN_VALUE, Long.MAX_VALUE) : 1;
        int population = 8;
        int maxIterations = 30;
        double sigma = 0.3;
        if (top.has("search")) {
            Yaml.Mapping s = top.req("search").mapping("{population, maxIterations, sigma}").allowOnly("the search", SEARCH_KEYS);
            if (s.has("population")) population = (int) s.req("population").integer(4, 1000);
            if (s.has("maxIterations")) maxIterations = (int) s.req("maxIterations").integer(1, 100_000);
            if (s.has("sigma")) sigma = s.req("sigma").real(0.001, 1);
        }
        return new CalibrationSpec(file, scenario, fixed, parameters, target, soft, replicates, seed, population,
                maxIterations, sigma);
    }
}
