package culturebridge.scenario;

import culturebridge.model.Country;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A sweep file, read and checked by {@link SweepLoader}: an experiment on the model as data.
 * It names a base scenario, the factors to vary and how (the design), how many replicates of
 * each design point to run, the responses to record and the baseline arm to compare with.
 *
 * @param name        sweep name (default: the file name without extension)
 * @param description free text
 * @param file        the sweep file
 * @param sha256      SHA-256 of the sweep file's bytes
 * @param base        the base scenario document with the sweep's fixed changes ({@code set:} and
 *                    {@code --set}) applied
 * @param baseScenario the base scenario as loaded (period, countries), for checks and names
 * @param inputs      every file the sweep reads, with its SHA-256 (the sweep file, the base
 *                    scenario, variant scenarios), for provenance and for refusing a resume
 *                    after any of them changed
 * @param commandLineSets the command line's {@code --set} entries as given, {@code key=value}
 * @param seed        base seed: replicate k runs with seed {@code seed + k} in every design point
 * @param replicates  replicates per design point (at least 1)
 * @param design      the design
 * @param factors     the factors, in file order
 * @param responses   the responses, in file order
 * @param baseline    the arm paired differences are taken against
 * @param monthly     which metric columns {@code monthly.csv} gets
 */
public record SweepSpec(String name, String description, Path file, String sha256, ScenarioDocument base,
                        Scenario baseScenario, List<InputFile> inputs, List<String> commandLineSets,
                        long seed, int replicates, SweepDesign design, List<SweepFactor> factors,
                        List<SweepResponse> responses, SweepBaseline baseline, MonthlyColumns monthly) {

    /**
     * A file a sweep depends on.
     *
     * @param role   what it is ({@code sweep}, {@code scenario}, {@code variant <name>})
     * @param path   as given or resolved
     * @param sha256 SHA-256 of its bytes when the sweep was read
     */
    public record InputFile(String role, String path, String sha256) { }

    /** Which metrics {@code monthly.csv} holds. */
    public enum MonthlyColumns {
        /** The metrics that responses use (the default: enough for time-resolved indices). */
        RESPONSES("responses"),
        /** Every metric. */
        ALL("all"),
        /** No monthly table. */
        NONE("none");

        /** The name in sweep files. */
        public final String key;

        MonthlyColumns(String key) {
            this.key = key;
        }

        /** The value of this name, or null. */
        public static MonthlyColumns byKey(String key) {
            for (MonthlyColumns m : values()) if (m.key.equals(key)) return m;
            return null;
        }
    }

    public SweepSpec {
        inputs = List.copyOf(inputs);
        commandLineSets = List.copyOf(commandLineSets);
        factors = List.copyOf(factors);
        responses = List.copyOf(responses);
    }

    /** Factor names in order. */
    public List<String> factorNames() {
        return factors.stream().map(SweepFactor::name).toList();
    }

    /** Response names in order. */
    public List<String> responseNames() {
        return responses.stream().map(SweepResponse::name).toList();
    }

    /**
     * The scenario of one design point: the base (or a variant's scenario) with every level's
     * changes, checked by {@link ScenarioLoader} exactly as a file would be.
     *
     * @param levels one level per factor, in factor order (an empty list gives the base)
     * @throws ScenarioException if the changed scenario is not valid; a problem with a changed
     *         value is reported at the sweep file's line for that factor
     */
    public Scenario scenario(List<SweepLevel> levels, Function<List<Country>, Set<String>> metricNames)
            throws ScenarioException {
        ScenarioDocument doc = base;
        List<DocumentOverride> changes = new ArrayList<>();
        for (SweepLevel l : levels) {
            if (l.scenario() != null) doc = l.scenario();
            changes.addAll(l.changes());
        }
        return ScenarioLoader.load(doc.with(changes), Map.of(), metricNames);
    }
}
