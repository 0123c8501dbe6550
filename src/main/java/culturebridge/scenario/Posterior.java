package culturebridge.scenario;

import culturebridge.model.Params;
import culturebridge.model.params.ParameterCatalogue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * A weighted sample from the posterior distribution of calibrated parameters, as a calibration
 * writes it: a CSV file with the header {@code draw,weight,<parameter>...}, one row per draw,
 * the weights summing to 1; lines starting with {@code #} are comments. A column is a model
 * parameter (named as {@code culturebridge params} lists them) or a field of the scenario the
 * posterior was fitted on, by path ({@code travel.epidemics[0].suppression}, the calibrated size
 * of a dated shock). A run on a draw takes both ({@link Scenario#withDraw}): the parameters in
 * place of the scenario's included point values, the fields in the root of its warm-up chain,
 * the history ({@link RootScenario}).
 *
 * <p>A run on the posterior takes {@code N} draws as the first {@code N} of a weighted
 * resample with replacement (multinomial resampling, the resampling step of ABC-SMC: Toni et
 * al. 2009, J. R. Soc. Interface 6:187-202) driven by a Mersenne Twister seeded with the run's
 * base seed: the same seed gives the same draws, and a larger {@code N} keeps the draws of a
 * smaller one and adds more (their warm-ups stay cached). A heavy draw may be taken more than
 * once; each time it runs with seeds of its own.
 *
 * @param file       the file as read
 * @param sha256     SHA-256 of the file's bytes, lower-case hex (provenance)
 * @param parameters the parameter columns, in file order
 * @param draws      the rows, in file order
 */
public record Posterior(Path file, String sha256, List<String> parameters, List<Draw> draws) {
    /** The first two columns. */
    public static final List<String> KEY_COLUMNS = List.of("draw", "weight");
    /** How far the weights may sum from 1 (rounding of values written with a few digits). */
    static final double WEIGHT_TOLERANCE = 1e-6;

    /**
     * One draw: its name in the file, its weight and the text of each parameter's value.
     *
     * @param id     the {@code draw} field, as written (written on every output row of runs with this draw)
     * @param weight its weight
     * @param values parameter name to value text, in file order
     */
    public record Draw(String id, double weight, Map<String, String> values) {}

    /**
     * Reads and checks a posterior file: header, parameter names (each a parameter of the model,
     * none of those that shape the population, which is built once in a warm-up, or a well-formed
     * field path), draw names (unique), weights (non-negative, summing to 1) and every value (the
     * parameter's type and range, as in a scenario's {@code params:}; a number for a field, which
     * the scenario checks when a run sets it).
     *
     * @throws ScenarioException the first problem, with the file and line
     */
    public static Posterior read(Path file) throws ScenarioException {
        String label = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(label, 0, 0, "", "posterior file not found: " + file.toAbsolutePath().normalize()
                    + "; a calibration writes it (see calibration.md), or give another with --posterior FILE");
        }
        byte[] bytes;
        try {
            bytes = InputFiles.read(file, label, "posterior file");
        } catch (IOException e) {
            throw new ScenarioException(label, 0, 0, "", "cannot read the posterior file: " + e.getMessage());
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreSurroundingSpaces(true).get();
        List<CSVRecord> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String content = new String(bytes, StandardCharsets.UTF_8);
        // a spreadsheet's UTF-8 byte-order mark is not part of the first column's name
        if (content.startsWith("\uFEFF")) content = content.substring(1);
        try (CSVParser p = CSVParser.parse(new StringReader(content), format)) {
            for (CSVRecord rec : p) {
                records.add(rec);
                lines.add((int) p.getCurrentLineNumber());
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ScenarioException(label, 0, 0, "", "not a CSV file: " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw new ScenarioException(label, 0, 0, "", "the posterior file is empty; it needs the header "
                    + "draw,weight,<parameter>... and one row per draw");
        }
        CSVRecord head = records.get(0);
        int headLine = lines.get(0);
        List<String> header = head.toList();
        if (header.size() < 3 || !header.subList(0, 2).equals(KEY_COLUMNS)) {
            throw new ScenarioException(label, headLine, 1, "", "the header must start with draw,weight and name at least "
                    + "one parameter, got " + String.join(",", header));
        }
        List<String> parameters = header.subList(2, header.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parameters.size(); i++) {
            String name = parameters.get(i);
            if (ScenarioLoader.isFieldPath(name)) {
                try {
                    DocumentPath.parse(name);
                } catch (IllegalArgumentException e) {
                    throw new ScenarioException(label, headLine, i + 3, name, "column '" + name + "': " + e.getMessage());
                }
                if (!seen.add(name)) throw new ScenarioException(label, headLine, i + 3, name, "column '" + name + "' appears twice");
                continue;
            }
            if (!ParamsBinder.isProperty(name)) {
                throw new ScenarioException(label, headLine, i + 3, name, ParamsBinder.unknownMessage(name)
                        .replace("unknown parameter", "unknown parameter column"));
            }
            if (ParameterCatalogue.populationShaping().contains(name)) {
                throw new ScenarioException(label, headLine, i + 3, name, "'" + name + "' shapes the population, which is "
                        + "built once in a warm-up and shared by every arm; a posterior may not vary it");
            }
            if (!seen.add(name)) throw new ScenarioException(label, headLine, i + 3, name, "column '" + name + "' appears twice");
        }
        List<Draw> draws = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        double sum = 0;
        for (int r = 1; r < records.size(); r++) {
            CSVRecord rec = records.get(r);
            int line = lines.get(r);
            if (rec.size() != header.size()) {
                throw new ScenarioException(label, line, 1, "", rec.size() + " fields where the header has " + header.size());
            }
            String id = rec.get(0);
            if (id.isEmpty()) throw new ScenarioException(label, line, 1, "draw", "a draw needs a name (e.g. its number)");
            if (!ids.add(id)) throw new ScenarioException(label, line, 1, "draw", "draw '" + id + "' appears twice");
            double w;
            try {
                w = Double.parseDouble(rec.get(1));
            } catch (NumberFormatException e) {
                throw new ScenarioException(label, line, 2, "weight", "weight '" + rec.get(1) + "' is not a number");
            }
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new ScenarioException(label, line, 2, "weight", "a weight is a finite number >= 0, got " + rec.get(1));
            }
            sum += w;
            LinkedHashMap<String, String> values = new LinkedHashMap<>();
            Params check = new Params();
            for (int i = 0; i < parameters.size(); i++) {
                String name = parameters.get(i);
                String text = rec.get(i + 2);
                try {
                    if (ScenarioLoader.isFieldPath(name)) {
                        Double.parseDouble(text);
                    } else {
                        ParamsBinder.set(check, name, text);
                    }
                } catch (IllegalArgumentException e) {
                    throw new ScenarioException(label, line, i + 3, name, "draw '" + id + "': " + e.getMessage());
                }
                values.put(name, text);
            }
            draws.add(new Draw(id, w, java.util.Collections.unmodifiableMap(values)));
        }
        if (draws.isEmpty()) throw new ScenarioException(label, headLine, 1, "", "the posterior file has a header but no draws");
        if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
            throw new ScenarioException(label, 0, 0, "weight", "the weights sum to " + sum + ", not 1 (within "
                    + WEIGHT_TOLERANCE + "); a posterior's weights are normalised");
        }
        return new Posterior(file, sha256(bytes), List.copyOf(parameters), List.copyOf(draws));
    }

    /**
     * The first {@code n} draws of a weighted resample with replacement, driven by {@code seed}
     * (see the class comment).
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public List<Draw> select(int n, long seed) {
        if (n < 1) throw new IllegalArgumentException("the number of draws must be at least 1, got " + n);
        double[] cumulative = new double[draws.size()];
        double total = 0;
        for (int i = 0; i < cumulative.length; i++) {
            total += draws.get(i).weight();
            cumulative[i] = total;
        }
        MersenneTwister rng = new MersenneTwister(seed);
        List<Draw> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            double u = rng.nextDouble() * total;
            // the first row whose cumulative weight exceeds u: a zero-weight row is never taken
            int i = 0;
            while (i < cumulative.length - 1 && cumulative[i] <= u) i++;
            out.add(draws.get(i));
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
