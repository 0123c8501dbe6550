package culturebridge.scenario;

import culturebridge.model.Country;
import culturebridge.model.opinion.NewsEvent;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the {@code news:} key of a scenario: the path (relative to the scenario file) of an
 * events file such as {@code data/events.csv}. Its rows with a {@code public} (a country code
 * of the scenario, or {@code both}) become {@link NewsEvent}s on {@code effective_date} with the
 * row's {@code size} and {@code half_life_months}, and the optional {@code short_label} as their
 * label on charts; rows without a public are events of the
 * record that no public's news is modelled to react to (policy rows the scenario reads
 * elsewhere). Every row keeps its {@code source} in the file.
 *
 * <pre>
 * news: ../data/events.csv
 * </pre>
 */
final class NewsReader {
    private NewsReader() {}

    /** Columns the events file must have. */
    static final List<String> COLUMNS = List.of("date", "event", "source", "effective_date", "public", "size", "half_life_months",
            "size_basis");

    static List<NewsEvent> read(Yaml.Field f, List<Country> countries, Path scenarioFile) throws ScenarioException {
        String rel = f.string();
        Path base = scenarioFile.toAbsolutePath().getParent();
        Path file = base == null ? Path.of(rel) : base.resolve(rel).normalize();
        if (!Files.isRegularFile(file)) throw f.error("news events file not found: " + file);
        List<NewsEvent> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file)) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
            for (String c : COLUMNS) {
                if (!parser.getHeaderMap().containsKey(c)) throw f.error(file + ": column '" + c + "' is missing; columns must be " + COLUMNS);
            }
            for (CSVRecord rec : parser) {
                String who = rec.get("public").trim();
                if (who.isEmpty()) continue;
                String where = file.getFileName() + " line " + (rec.getRecordNumber() + 1);
                if (rec.get("source").isBlank()) throw f.error(where + ": every event needs a source");
                boolean[] publics = new boolean[2];
                for (int c = 0; c < 2; c++) publics[c] = who.equals("both") || who.equals(countries.get(c).code());
                if (!publics[0] && !publics[1]) {
                    throw f.error(where + ": public must be " + countries.get(0).code() + ", " + countries.get(1).code()
                            + " or both, got '" + who + "'");
                }
                try {
                    LocalDate date = LocalDate.parse(rec.get("effective_date").trim());
                    double size = Double.parseDouble(rec.get("size").trim());
                    double half = Double.parseDouble(rec.get("half_life_months").trim());
                    String label = rec.isMapped("short_label") ? rec.get("short_label").trim() : "";
                    out.add(new NewsEvent(rec.get("event"), date, publics, size, half, label));
                } catch (RuntimeException e) {
                    throw f.error(where + ": " + e.getMessage());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw f.error("cannot read news events file " + file + ": " + e.getMessage());
        }
        return out;
    }
}
