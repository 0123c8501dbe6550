package culturebridge.scenario;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a calibration file, refusing anything it cannot use with file, line and field path,
 * as scenario files are. The format (see scenarios/calibration/history-2010-2019.yaml):
 *
 * <pre>
 * scenario: ../history-2010-2025.yaml        # relative to this file
 * window: {from: 2010-01, to: 2019-12}       # observations that may be fitted; runs stop at its end
 * set: {agents: 10000}                       # fixed overrides for every run (optional)
 * parameters:                                # a Params name or a scenario field path, with its prior
 *   tripRateScale: {prior: uniform, min: 0.2, max: 2}
 *   attitudeTravelEffect: {prior: normal, mean: 2, sd: 1.5, min: 0, max: 6}
 *   politicalRiskEffect: {prior: lognormal, median: 2, sdlog: 0.7, min: 0, max: 6}
 * targets:
 *   - name: Pew, Korean views of China
 *     metric: unfavourable.KR
 *     compare: mean-of-months                # monthly | annual-sum | mean-of-months
 *     months: [3, 6]                         # mean-of-months only
 *     scale: linear                          # linear | log
 *     observed: {2015: 0.37, 2017: 0.61}     # or {csv: [files], direction: CN->KR}
 *     outOfWindow: {2020: 0.75}              # never fitted: the coverage check
 *     error: 0.016                           # observation error sd on the scale
 *     discrepancy: 0.05                      # model discrepancy sd on the scale
 *     floor: 0.001                           # log scale only, optional: values below it count as it
 *     source: Pew Global Attitudes
 * replicates: 1
 * seed: 20100101
 * smc: {particles: 200, generations: 4, quantile: 0.5, minAcceptance: 0.02, predictive: 40}
 *                                            # moves: N (optional) replenishes with N MCMC moves (AbcSmc)
 * quick: {particles: 12, generations: 2, agents: 2000, predictive: 6}
 * </pre>
 */
public final class CalibrationReader {
    static final List<String> KEYS = List.of("scenario", "window", "set", "parameters", "targets", "replicates", "seed",
            "smc", "quick");
    static final List<String> PARAMETER_KEYS = List.of("prior", "min", "max", "mean", "sd", "median", "sdlog");
    static final List<String> TARGET_KEYS = List.of("name", "metric", "compare", "months", "scale", "observed",
            "outOfWindow", "error", "discrepancy", "floor", "source");
    static final List<String> SIZE_KEYS = List.of("particles", "generations", "quantile", "minAcceptance", "agents",
            "predictive", "moves");

    private CalibrationReader() {}

    /** Reads and checks a calibration file. */
    public static CalibrationSpec read(Path file) throws ScenarioException {
        String label = file.toString();
        byte[] bytes;
        try {
            bytes = InputFiles.read(file, label, "calibration file");
        } catch (IOException e) {
            throw new ScenarioException(label, 0, 0, "", "cannot read the calibration file: " + e);
        }
        Yaml.Field root = Yaml.parse(label, Yaml.decode(label, bytes));
        if (root == null) throw new ScenarioException(label, 0, 0, "", "the calibration file is empty");
        Yaml.Mapping top = root.mapping("a calibration (a mapping with " + String.join(", ", KEYS) + ")")
                .allowOnly("a calibration", KEYS);
        Path dir = file.toAbsolutePath().getParent();

        Yaml.Field scenarioField = top.req("scenario");
        Path scenario = dir.resolve(scenarioField.string()).normalize();
        if (!Files.isRegularFile(scenario)) throw scenarioField.error("scenario file not found: " + scenario);

        Yaml.Mapping w = top.req("window").mapping("{from, to}").allowOnly("the window", List.of("from", "to"));
        YearMonth from = w.req("from").yearMonth();
        Yaml.Field toField = w.req("to");
        YearMonth to = toField.yearMonth();
        if (to.isBefore(from)) throw toField.error("to " + to + " is before from " + from);
        var window = new CalibrationSpec.Window(from, to);

        Map<String, String> fixed = new LinkedHashMap<>();
        if (top.has("set")) {
            Yaml.Mapping set = top.req("set").mapping("a mapping of overrides (parameter or field path to value)");
            for (Map.Entry<String, Yaml.Field> e : set.entries()) {
                if (e.getKey().equals("months")) throw set.key("months").error("months follow from the window; leave them out");
                fixed.put(e.getKey(), e.getValue().text());
            }
        }

        List<CalibrationSpec.Parameter> parameters = new ArrayList<>();
        Yaml.Mapping ps = top.req("parameters").mapping("a mapping of parameters to their priors");
        for (Map.Entry<String, Yaml.Field> e : ps.entries()) parameters.add(parameter(ps, e.getKey(), e.getValue()));
        if (parameters.isEmpty()) throw top.req("parameters").error("at least one parameter must be calibrated");

        List<CalibrationSpec.Target> targets = new ArrayList<>();
        for (Yaml.Field item : top.req("targets").list("a list of targets")) targets.add(target(dir, window, item));
        if (targets.stream().allMatch(t -> t.observed().isEmpty())) {
            throw top.req("targets").error("no target has an observation inside the window " + from + " to " + to);
        }

        int replicates = top.has("replicates") ? (int) top.req("replicates").integer(1, 1000) : 1;
        long seed = top.has("seed") ? top.req("seed").integer(Long.MIN_VALUE, Long.MAX_VALUE) : 1;
        var smc = size(top, "smc", new CalibrationSpec.Size(200, 4, 0.5, 0.02, null, 40, 0));
        var quick = size(top, "quick", new CalibrationSpec.Size(12, 2, 0.5, 0.0, 2000, 6, 0));
        return new CalibrationSpec(file, scenario, fixed, window, parameters, targets, replicates, seed, smc, quick);
    }

    private static CalibrationSpec.Parameter parameter(Yaml.Mapping ps, String name, Yaml.Field f) throws ScenarioException {
        if (!ScenarioLoader.isFieldPath(name) && !ParamsBinder.isProperty(name)) {
            throw ps.key(name).error(ParamsBinder.unknownMessage(name));
        }
        Yaml.Mapping b = f.mapping("{prior, min, max, ...}").allowOnly("a calibrated parameter", PARAMETER_KEYS);
        double min = b.req("min").real(-1e9, 1e9);
        Yaml.Field maxField = b.req("max");
        double max = maxField.real(-1e9, 1e9);
        if (!(max > min)) throw maxField.error("max must be greater than min (" + min + "), got " + max);
        String prior = b.has("prior") ? b.req("prior").string() : "uniform";
        return switch (prior) {
            case "uniform" -> new CalibrationSpec.Parameter(name, CalibrationSpec.Family.UNIFORM, min, max, Double.NaN, Double.NaN);
            case "normal" -> new CalibrationSpec.Parameter(name, CalibrationSpec.Family.NORMAL, min, max,
                    b.req("mean").real(min, max), b.req("sd").real(1e-12, 1e9));
            case "lognormal" -> {
                if (min < 0) throw b.req("min").error("a lognormal prior needs min >= 0");
                yield new CalibrationSpec.Parameter(name, CalibrationSpec.Family.LOGNORMAL, min, max,
                        b.req("median").real(Math.max(min, 1e-12), max), b.req("sdlog").real(1e-6, 10));
            }
            default -> throw b.req("prior").error("prior must be uniform, normal or lognormal, got '" + prior + "'");
        };
    }

    private static CalibrationSpec.Target target(Path dir, CalibrationSpec.Window window, Yaml.Field item)
            throws ScenarioException {
        Yaml.Mapping t = item.mapping("a target {name, metric, compare, ...}").allowOnly("a target", TARGET_KEYS);
        String name = t.req("name").string();
        String metric = t.req("metric").string();
        String c = t.has("compare") ? t.req("compare").string() : "monthly";
        CalibrationSpec.Compare compare = switch (c) {
            case "monthly" -> CalibrationSpec.Compare.MONTHLY;
            case "annual-sum" -> CalibrationSpec.Compare.ANNUAL_SUM;
            case "mean-of-months" -> CalibrationSpec.Compare.MEAN_OF_MONTHS;
            default -> throw t.req("compare").error("compare must be monthly, annual-sum or mean-of-months, got '" + c + "'");
        };
        int first = 1;
        int last = 12;
        if (compare == CalibrationSpec.Compare.MEAN_OF_MONTHS) {
            List<Yaml.Field> months = t.req("months").list("[first month, last month]");
            if (months.size() != 2) throw t.req("months").error("months is [first, last], e.g. [3, 6]");
            first = (int) months.get(0).integer(1, 12);
            last = (int) months.get(1).integer(first, 12);
        } else if (t.has("months")) {
            throw t.key("months").error("months applies to compare: mean-of-months only");
        }
        String scale = t.has("scale") ? t.req("scale").string() : "log";
        if (!scale.equals("log") && !scale.equals("linear")) throw t.req("scale").error("scale must be log or linear");
        SortedMap<YearMonth, Double> all = new TreeMap<>();
        if (t.has("observed")) observations(dir, t.req("observed"), compare, last, all);
        SortedMap<YearMonth, Double> inWindow = new TreeMap<>();
        SortedMap<YearMonth, Double> later = new TreeMap<>();
        for (var e : all.entrySet()) {
            if (window.contains(e.getKey())) inWindow.put(e.getKey(), e.getValue());
            else if (e.getKey().isAfter(window.to())) later.put(e.getKey(), e.getValue());
        }
        if (t.has("outOfWindow")) {
            SortedMap<YearMonth, Double> extra = new TreeMap<>();
            observations(dir, t.req("outOfWindow"), compare, last, extra);
            for (var e : extra.entrySet()) {
                if (!e.getKey().isAfter(window.to())) {
                    throw t.req("outOfWindow").error("an out-of-window observation must come after " + window.to() + ", got "
                            + e.getKey());
                }
                later.put(e.getKey(), e.getValue());
            }
        }
        if (scale.equals("log")) {
            for (var m : List.of(inWindow, later)) {
                for (var e : m.entrySet()) {
                    if (!(e.getValue() > 0)) throw t.req("name").error("a log-scale target needs positive observations, got "
                            + e.getValue() + " for " + e.getKey());
                }
            }
        }
        double error = t.req("error").real(0, 1e12);
        double discrepancy = t.req("discrepancy").real(0, 1e12);
        if (!(error + discrepancy > 0)) throw t.req("error").error("error and discrepancy cannot both be 0");
        String source = t.has("source") ? t.req("source").string() : "";
        double floor = CalibrationSpec.Target.DEFAULT_FLOOR;
        if (t.has("floor")) {
            Yaml.Field f = t.req("floor");
            if (!scale.equals("log")) throw f.error("floor applies to a log-scale target only");
            floor = f.real(1e-12, 1e12);
            for (var m : List.of(inWindow, later)) {
                for (var e : m.entrySet()) {
                    if (e.getValue() < floor) throw f.error("floor " + floor + " is above the observation " + e.getValue()
                            + " of " + e.getKey());
                }
            }
        }
        return new CalibrationSpec.Target(name, metric, compare, first, last, scale.equals("log"), inWindow, later, error,
                discrepancy, source, floor);
    }

    /** Inline {year|YYYY-MM: value} or {csv: [files], direction: A->B} (the project's arrivals files). */
    private static void observations(Path dir, Yaml.Field f, CalibrationSpec.Compare compare, int lastMonth,
                                     SortedMap<YearMonth, Double> into) throws ScenarioException {
        Yaml.Mapping m = f.mapping("observations {period: value} or {csv: [files], direction: A->B}");
        if (m.has("csv")) {
            m.allowOnly("CSV observations", List.of("csv", "direction"));
            String direction = m.req("direction").string();
            for (Yaml.Field csv : m.req("csv").list("a list of CSV files")) {
                Path p = dir.resolve(csv.string()).normalize();
                if (!Files.isRegularFile(p)) throw csv.error("CSV file not found: " + p);
                try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                        if (!rec.get("direction").equals(direction)) continue;
                        boolean monthly = !rec.get("month").isBlank();
                        if (monthly != (compare == CalibrationSpec.Compare.MONTHLY)) continue;
                        int year = Integer.parseInt(rec.get("year").trim());
                        YearMonth ym = monthly ? YearMonth.of(year, Integer.parseInt(rec.get("month").trim())) : YearMonth.of(year, 12);
                        into.put(ym, Double.parseDouble(rec.get("visitors").trim()));
                    }
                } catch (IOException | RuntimeException e) {
                    throw csv.error("cannot read " + p + " as year,month,direction,visitors: " + e.getMessage());
                }
            }
            return;
        }
        for (Map.Entry<String, Yaml.Field> e : m.entries()) {
            String key = e.getKey().trim();
            YearMonth period;
            try {
                if (key.matches("\\d{4}")) {
                    period = YearMonth.of(Integer.parseInt(key), compare == CalibrationSpec.Compare.ANNUAL_SUM ? 12 : lastMonth);
                } else if (compare == CalibrationSpec.Compare.MONTHLY) {
                    period = YearMonth.parse(key);
                } else {
                    throw new IllegalArgumentException();
                }
            } catch (RuntimeException ex) {
                throw m.key(e.getKey()).error(String.format(Locale.ROOT, "a %s is expected, got '%s'",
                        compare == CalibrationSpec.Compare.MONTHLY ? "month YYYY-MM" : "year", key));
            }
            into.put(period, e.getValue().real(-1e15, 1e15));
        }
    }

    private static CalibrationSpec.Size size(Yaml.Mapping top, String key, CalibrationSpec.Size d) throws ScenarioException {
        if (!top.has(key)) return d;
        Yaml.Mapping s = top.req(key).mapping("{" + String.join(", ", SIZE_KEYS) + "}").allowOnly("the " + key + " size", SIZE_KEYS);
        int particles = s.has("particles") ? (int) s.req("particles").integer(4, 100_000) : d.particles();
        int generations = s.has("generations") ? (int) s.req("generations").integer(1, 100) : d.generations();
        double quantile = s.has("quantile") ? s.req("quantile").real(0.05, 0.95) : d.quantile();
        double minAcceptance = s.has("minAcceptance") ? s.req("minAcceptance").real(0, 1) : d.minAcceptance();
        Integer agents = s.has("agents") ? Integer.valueOf((int) s.req("agents").integer(2, 20_000_000)) : d.agents();
        int predictive = s.has("predictive") ? (int) s.req("predictive").integer(1, 10_000) : d.predictive();
        int moves = s.has("moves") ? (int) s.req("moves").integer(0, 1000) : d.moves();
        return new CalibrationSpec.Size(particles, generations, quantile, minAcceptance, agents, predictive, moves);
    }
}
