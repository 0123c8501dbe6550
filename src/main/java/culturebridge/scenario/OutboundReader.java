package culturebridge.scenario;

import culturebridge.model.Country;
import culturebridge.model.policy.OutboundSeries;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the {@code outbound:} entry of a scenario's travel section: a file of documented
 * outbound trips per origin and year ({@code year,origin,destination,trips,source}, destination
 * {@code all} for every trip abroad or {@code JP} for the trips to Japan; every row names its
 * source) and the years the scenario leaves out (border closures the epidemics describe).
 * Rows of origins that are not in the scenario are ignored.
 */
final class OutboundReader {
    private OutboundReader() {}

    static OutboundSeries read(Yaml.Field field, List<Country> countries, Path scenarioFile) throws ScenarioException {
        Yaml.Mapping m = field.mapping("an outbound entry (a mapping with " + String.join(", ", TravelReader.OUTBOUND_KEYS) + ")")
                .allowOnly("the outbound entry", TravelReader.OUTBOUND_KEYS);
        Yaml.Field fileField = m.req("file");
        Path file = scenarioFile.toAbsolutePath().getParent().resolve(fileField.string()).normalize();
        if (!Files.isRegularFile(file)) throw fileField.error("outbound-data file not found: " + file);
        Set<Integer> skip = new HashSet<>();
        if (m.has("skipYears")) {
            for (Yaml.Field y : m.req("skipYears").list("a list of years")) skip.add((int) y.integer(1900, 2200));
        }
        List<SortedMap<Integer, Double>> totals = List.of(new TreeMap<>(), new TreeMap<>());
        List<SortedMap<Integer, Double>> japan = List.of(new TreeMap<>(), new TreeMap<>());
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String where = file.getFileName() + " line " + rec.getRecordNumber();
                if (rec.get("source").isBlank()) throw fileField.error(where + ": every row needs a source");
                int year = Integer.parseInt(rec.get("year").trim());
                int c = index(rec.get("origin").trim(), countries);
                if (c < 0 || skip.contains(year)) continue;
                double trips = Double.parseDouble(rec.get("trips").trim());
                if (!(trips > 0)) throw fileField.error(where + ": trips must be > 0, got " + trips);
                String dest = rec.get("destination").trim();
                if (dest.equals("all")) totals.get(c).put(year, trips);
                else if (dest.equals("JP")) japan.get(c).put(year, trips);
                else throw fileField.error(where + ": destination must be 'all' or 'JP', got '" + dest + "'");
            }
        } catch (IOException | RuntimeException e) {
            throw fileField.error("cannot read outbound-data file " + file + ": " + e.getMessage());
        }
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < 2; c++) if (totals.get(c).isEmpty()) missing.add(countries.get(c).code());
        if (missing.size() == 2) throw fileField.error(file.getFileName() + " has no outbound totals for "
                + countries.get(0).code() + " or " + countries.get(1).code());
        return new OutboundSeries(totals, japan);
    }

    private static int index(String code, List<Country> countries) {
        for (int i = 0; i < countries.size(); i++) if (countries.get(i).code().equals(code)) return i;
        return -1;
    }
}
