package culturebridge.experiment.compare;

import culturebridge.output.CsvTableWriter;
import culturebridge.output.MonthlySeries;
import culturebridge.output.RunOutputs;
import culturebridge.output.TimelineEvent;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A scenario run's tables read back from its results folder: the monthly series of each
 * replicate from {@code monthly.csv} and the policy timeline of the first replicate from
 * {@code events.csv}, as the run had them when it drew its charts.
 *
 * @param scenario   the scenario's name
 * @param replicates each replicate's series, in replicate order
 * @param events     the first replicate's timeline events
 */
public record ResultsTables(String scenario, List<MonthlySeries> replicates, List<TimelineEvent> events) {

    /**
     * Reads a results folder.
     *
     * @throws ArmComparison.CompareException if it is no results folder or its tables are malformed
     */
    public static ResultsTables read(Path dir) throws ArmComparison.CompareException, IOException {
        Path monthly = dir.resolve(RunOutputs.MONTHLY_CSV);
        Path eventsFile = dir.resolve(RunOutputs.EVENTS_CSV);
        if (!Files.isRegularFile(dir.resolve(RunOutputs.MANIFEST_JSON)) || !Files.isRegularFile(monthly)
                || !Files.isRegularFile(eventsFile)) {
            throw new ArmComparison.CompareException(dir + " is not a finished results folder of a run (it needs "
                    + RunOutputs.MANIFEST_JSON + ", " + RunOutputs.MONTHLY_CSV + " and " + RunOutputs.EVENTS_CSV + ")");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        String scenario = null;
        List<String> metrics = new ArrayList<>();
        Map<String, List<CSVRecord>> byReplicate = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(monthly); CSVParser p = CSVParser.parse(r, format)) {
            List<String> header = p.getHeaderNames();
            // tables written before runs carried a posterior draw have the key columns without it
            List<String> keys = header.contains(ArmComparison.DRAW) ? CsvTableWriter.KEY_COLUMNS
                    : CsvTableWriter.KEY_COLUMNS.stream().filter(c -> !c.equals(ArmComparison.DRAW)).toList();
            if (!header.subList(0, Math.min(header.size(), keys.size())).equals(keys)) {
                throw new ArmComparison.CompareException(monthly + " does not start with the columns " + keys);
            }
            for (String c : header.subList(keys.size(), header.size())) {
                if (!c.startsWith(CsvTableWriter.PARAM_PREFIX)) metrics.add(c);
            }
            for (CSVRecord rec : p) {
                scenario = rec.get("scenario");
                byReplicate.computeIfAbsent(rec.get("replicate"), k -> new ArrayList<>()).add(rec);
            }
        }
        if (byReplicate.isEmpty()) throw new ArmComparison.CompareException(monthly + " has no rows");
        List<MonthlySeries> reps = new ArrayList<>();
        String first = byReplicate.keySet().iterator().next();
        for (List<CSVRecord> rows : byReplicate.values()) {
            List<YearMonth> months = new ArrayList<>();
            List<String> stages = new ArrayList<>();
            double[][] values = new double[rows.size()][metrics.size()];
            for (int i = 0; i < rows.size(); i++) {
                CSVRecord rec = rows.get(i);
                try {
                    months.add(YearMonth.parse(rec.get("date")));
                } catch (DateTimeParseException e) {
                    throw new ArmComparison.CompareException(monthly + " line " + rec.getRecordNumber() + ": date '" + rec.get("date") + "'");
                }
                stages.add(rec.get("stage"));
                for (int c = 0; c < metrics.size(); c++) {
                    String v = rec.get(metrics.get(c));
                    try {
                        values[i][c] = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        throw new ArmComparison.CompareException(monthly + " line " + rec.getRecordNumber() + ": " + metrics.get(c)
                                + " is '" + v + "', not a number");
                    }
                }
            }
            reps.add(new MonthlySeries(Long.parseLong(rows.get(0).get("seed")), List.copyOf(metrics), months, stages, values));
        }
        List<TimelineEvent> events = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(eventsFile); CSVParser p = CSVParser.parse(r, format)) {
            for (CSVRecord rec : p) {
                if (!rec.get("replicate").equals(first)) continue;
                try {
                    events.add(new TimelineEvent(LocalDate.parse(rec.get("date")), TimelineEvent.Kind.valueOf(rec.get("kind")),
                            rec.get("label")));
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw new ArmComparison.CompareException(eventsFile + " line " + rec.getRecordNumber() + ": " + e.getMessage());
                }
            }
        }
        return new ResultsTables(scenario, reps, events);
    }
}
