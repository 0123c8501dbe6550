package culturebridge.scenario;

import culturebridge.model.Country;
import culturebridge.model.policy.Epidemic;
import culturebridge.model.policy.OutboundSeries;
import culturebridge.model.policy.OutsideOption;
import culturebridge.model.policy.PartnerTrend;
import culturebridge.model.policy.TravelPolicy;
import culturebridge.model.policy.TravelRegime;
import culturebridge.model.policy.Visa;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a scenario's {@code travel:} section: dated travel regimes per direction, epidemics,
 * the documented outbound travel that drives each origin's trips with the dated changes of its
 * outside options (ODD 7.11), and the observed arrivals file the run is compared with.
 *
 * <pre>
 * travel:
 *   regimes:      # applied in date order; fields left out keep their value (start: visa required, group tours allowed)
 *     - {name: Group-tour ban, date: 2017-03-15, from: CN, groupTours: banned}   # allowed | banned | open share 0-1
 *     - {name: Visa-free entry, date: 2024-11-08, from: KR, visa: free, groupVisa: free}
 *   epidemics:
 *     - {name: MERS, start: 2015-06-01, end: 2015-07-31, from: CN, suppression: 0.5}   # from: optional, default both
 *   observed: ../data/arrivals_2010_2016.csv   # relative to the scenario file; year,month,direction,visitors
 *   outbound:     # optional: documented outbound trips per origin and year drive the trip rates
 *     file: ../data/outbound_totals.csv          # year,origin,destination (all | JP),trips,source
 *     skipYears: [2020, 2021, 2022]              # optional: years left to the epidemics (interpolated across)
 *   outside:      # optional: dated changes of the outside options' attractiveness
 *     - {name: Advisory against Japan, date: 2025-11-14, from: CN, destination: japan, factor: 0.5}   # end: optional date
 *   partnerTrends:  # optional: drifts of the partner's attractiveness the model does not explain
 *     - {name: Korea's rise as a destination, from: CN, start: 2010-01-01, end: 2019-12-31, perYear: 0.08}
 * </pre>
 * {@code observed} may also be a list of such files.
 */
final class TravelReader {
    static final List<String> KEYS = List.of("regimes", "epidemics", "observed", "outbound", "outside", "partnerTrends");
    static final List<String> TREND_KEYS = List.of("name", "from", "start", "end", "perYear");
    /** Largest drift of a partner trend, log weight per year (a factor of e every two years). */
    private static final double MAX_TREND_PER_YEAR = 0.5;
    static final List<String> OUTBOUND_KEYS = List.of("file", "skipYears");
    static final List<String> OUTSIDE_KEYS = List.of("name", "date", "end", "from", "destination", "factor");
    static final List<String> DESTINATIONS = List.of("japan", "other");
    /** Largest factor of an outside option's change (a hundredfold change is beyond any documented shift). */
    private static final double MAX_OUTSIDE_FACTOR = 100;
    static final List<String> REGIME_KEYS = List.of("name", "date", "from", "visa", "groupVisa", "groupTours");
    static final List<String> EPIDEMIC_KEYS = List.of("name", "start", "end", "from", "suppression");
    static final List<String> VISAS = List.of("required", "eased", "free");

    private TravelReader() {}

    static TravelPolicy read(Yaml.Field field, List<Country> countries, Path scenarioFile) throws ScenarioException {
        Yaml.Mapping m = field.mapping("a travel section (a mapping with " + String.join(", ", KEYS) + ")")
                .allowOnly("the travel section", KEYS);
        List<TravelRegime> regimes = items(m, "regimes", "a list of travel regimes", countries, TravelReader::regime);
        List<Epidemic> epidemics = items(m, "epidemics", "a list of epidemics", countries, TravelReader::epidemic);
        Map<String, SortedMap<YearMonth, Double>> observed = Map.of();
        if (m.has("observed")) {
            Yaml.Field f = m.req("observed");
            observed = new LinkedHashMap<>();
            for (Yaml.Field file : f.isList() ? f.list("a list of observed-data files") : List.of(f)) {
                for (var e : observed(file, countries, scenarioFile).entrySet()) {
                    observed.computeIfAbsent(e.getKey(), k -> new TreeMap<>()).putAll(e.getValue());
                }
            }
        }
        OutboundSeries outbound = m.has("outbound") ? OutboundReader.read(m.req("outbound"), countries, scenarioFile)
                : OutboundSeries.NONE;
        List<OutsideOption> outside = items(m, "outside", "a list of outside-option changes", countries, TravelReader::outside);
        List<PartnerTrend> trends = items(m, "partnerTrends", "a list of partner trends", countries, TravelReader::trend);
        return new TravelPolicy(regimes, epidemics, observed, outbound, outside, trends);
    }

    /** Reads one item of a travel list. */
    private interface ItemReader<T> {
        T read(Yaml.Field item, List<Country> countries) throws ScenarioException;
    }

    /** The items of the optional list under {@code key}, each read by {@code reader} (empty without the key). */
    private static <T> List<T> items(Yaml.Mapping m, String key, String expected, List<Country> countries, ItemReader<T> reader)
            throws ScenarioException {
        List<T> out = new ArrayList<>();
        if (!m.has(key)) return out;
        for (Yaml.Field item : m.req(key).list(expected)) out.add(reader.read(item, countries));
        return out;
    }

    private static PartnerTrend trend(Yaml.Field item, List<Country> countries) throws ScenarioException {
        Yaml.Mapping t = item.mapping("a partner trend (a mapping with " + String.join(", ", TREND_KEYS) + ")")
                .allowOnly("a partner trend", TREND_KEYS);
        String name = t.req("name").string();
        int from = country(t.req("from"), countries);
        LocalDate start = t.req("start").date();
        Yaml.Field endField = t.req("end");
        LocalDate end = endField.date();
        if (end.isBefore(start)) throw endField.error("end " + end + " is before start " + start);
        double perYear = t.req("perYear").real(-MAX_TREND_PER_YEAR, MAX_TREND_PER_YEAR);
        return new PartnerTrend(name, from, start, end, perYear);
    }

    private static TravelRegime regime(Yaml.Field item, List<Country> countries) throws ScenarioException {
        Yaml.Mapping r = item.mapping("a travel regime (a mapping with " + String.join(", ", REGIME_KEYS) + ")")
                .allowOnly("a travel regime", REGIME_KEYS);
        String name = r.req("name").string();
        LocalDate date = r.req("date").date();
        int from = country(r.req("from"), countries);
        Visa visa = r.has("visa") ? visa(r.req("visa")) : null;
        Visa groupVisa = r.has("groupVisa") ? visa(r.req("groupVisa")) : null;
        Double groups = null;
        if (r.has("groupTours")) {
            Yaml.Field g = r.req("groupTours");
            String v = g.string();
            if (v.equals("allowed")) groups = 1.0;
            else if (v.equals("banned")) groups = 0.0;
            else {
                try {
                    groups = Values.real(v, 0, 1);
                } catch (IllegalArgumentException e) {
                    throw g.error("groupTours must be 'allowed', 'banned' or the open share of the group channel (0-1), got '" + v + "'");
                }
            }
        }
        if (visa == null && groupVisa == null && groups == null) {
            throw item.error("a travel regime must change at least one of visa, groupVisa, groupTours");
        }
        return new TravelRegime(name, date, from, visa, groupVisa, groups);
    }

    private static Epidemic epidemic(Yaml.Field item, List<Country> countries) throws ScenarioException {
        Yaml.Mapping e = item.mapping("an epidemic (a mapping with " + String.join(", ", EPIDEMIC_KEYS) + ")")
                .allowOnly("an epidemic", EPIDEMIC_KEYS);
        String name = e.req("name").string();
        LocalDate start = e.req("start").date();
        Yaml.Field endField = e.req("end");
        LocalDate end = endField.date();
        if (end.isBefore(start)) throw endField.error("end " + end + " is before start " + start);
        int from = e.has("from") ? country(e.req("from"), countries) : -1;
        double suppression = e.req("suppression").real(0, 1);
        return new Epidemic(name, start, end, from, suppression);
    }

    private static OutsideOption outside(Yaml.Field item, List<Country> countries) throws ScenarioException {
        Yaml.Mapping o = item.mapping("an outside-option change (a mapping with " + String.join(", ", OUTSIDE_KEYS) + ")")
                .allowOnly("an outside-option change", OUTSIDE_KEYS);
        String name = o.req("name").string();
        LocalDate date = o.req("date").date();
        LocalDate end = null;
        if (o.has("end")) {
            Yaml.Field endField = o.req("end");
            end = endField.date();
            if (end.isBefore(date)) throw endField.error("end " + end + " is before date " + date);
        }
        int from = country(o.req("from"), countries);
        Yaml.Field destField = o.req("destination");
        String dest = destField.string();
        if (!DESTINATIONS.contains(dest)) {
            throw destField.error("destination must be one of " + String.join(", ", DESTINATIONS) + ", got '" + dest + "'");
        }
        double factor = o.req("factor").real(1 / MAX_OUTSIDE_FACTOR, MAX_OUTSIDE_FACTOR);
        return new OutsideOption(name, date, end, from,
                dest.equals("japan") ? OutsideOption.Destination.JAPAN : OutsideOption.Destination.OTHER, factor);
    }

    private static Visa visa(Yaml.Field f) throws ScenarioException {
        String v = f.string();
        Visa visa = Visa.byKey(v);
        if (visa == null) throw f.error("visa must be one of " + String.join(", ", VISAS) + ", got '" + v + "'");
        return visa;
    }

    private static int country(Yaml.Field f, List<Country> countries) throws ScenarioException {
        String code = f.string();
        for (int i = 0; i < countries.size(); i++) if (countries.get(i).code().equals(code)) return i;
        throw f.error("unknown country '" + code + "'; the scenario's countries are "
                + countries.get(0).code() + " and " + countries.get(1).code());
    }

    /** Monthly rows of a {@code year,month,direction,visitors} file; annual rows (empty month) are skipped. */
    private static Map<String, SortedMap<YearMonth, Double>> observed(Yaml.Field f, List<Country> countries, Path scenarioFile)
            throws ScenarioException {
        String rel = f.string();
        Path base = scenarioFile.toAbsolutePath().getParent();
        Path file = base.resolve(rel).normalize();
        if (!Files.isRegularFile(file)) throw f.error("observed-data file not found: " + file);
        Map<String, SortedMap<YearMonth, Double>> out = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String month = rec.get("month").trim();
                if (month.isEmpty()) continue;
                String[] dir = rec.get("direction").trim().split("->");
                if (dir.length != 2) throw f.error(file + " line " + rec.getRecordNumber() + ": direction must be like CN->KR");
                String column = "arrivals_observed." + dir[0] + "." + dir[1];
                YearMonth ym = YearMonth.of(Integer.parseInt(rec.get("year").trim()), Integer.parseInt(month));
                out.computeIfAbsent(column, k -> new TreeMap<>()).put(ym, Double.parseDouble(rec.get("visitors").trim()));
            }
        } catch (IOException | RuntimeException e) {
            throw f.error("cannot read observed-data file " + file + ": " + e.getMessage());
        }
        for (String column : out.keySet()) {
            String[] parts = column.split("\\.");
            boolean known = countries.stream().anyMatch(c -> c.code().equals(parts[1]))
                    && countries.stream().anyMatch(c -> c.code().equals(parts[2]));
            if (!known) throw f.error("observed direction " + parts[1] + "->" + parts[2] + " is not between the scenario's countries");
        }
        return out;
    }
}
