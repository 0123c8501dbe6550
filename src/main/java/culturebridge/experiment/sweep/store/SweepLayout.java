package culturebridge.experiment.sweep.store;

import culturebridge.output.AtomicFiles;
import java.nio.file.Path;

/**
 * The files of a sweep's results folder (names are API: the {@code analyze} and {@code merge}
 * commands and notebooks rely on them).
 *
 * <pre>
 *   design.csv      one row per design point: arm, structure, level and coordinate of each factor
 *   responses.csv   one row per run: run, point, replicate, seed, status, factor levels, responses
 *   monthly.csv     one row per run and month: run, point, replicate, seed, factor levels, date,
 *                   stage, the chosen metrics (absent with monthly: none)
 *   runs.csv        one row per run: status, wall time, error (the run table of the manifest)
 *   manifest.json   the sweep's provenance and the record of every run; "status" says whether
 *                   the sweep is complete
 *   inputs/         copies of the sweep file and the scenario files it read
 *   parts/          one file per finished run while the sweep is under way; removed when complete
 *   analysis/       written by {@code analyze}
 * </pre>
 *
 * <p>{@code design.csv}, {@code responses.csv} and {@code monthly.csv} are byte-identical for
 * the same sweep file whatever the engine, thread count or sharding; {@code runs.csv} and
 * {@code manifest.json} hold wall times and differ.
 */
public final class SweepLayout {
    /** The design points. */
    public static final String DESIGN_CSV = "design.csv";
    /** One row per run with its responses. */
    public static final String RESPONSES_CSV = "responses.csv";
    /** Monthly rows of every run. */
    public static final String MONTHLY_CSV = "monthly.csv";
    /** Status, wall time and error of every run. */
    public static final String RUNS_CSV = "runs.csv";
    /** The sweep's manifest. */
    public static final String MANIFEST_JSON = "manifest.json";
    /** Copies of the input files. */
    public static final String INPUTS_DIR = "inputs";
    /** Per-run files of a sweep under way. */
    public static final String PARTS_DIR = "parts";
    /** The default folder of {@code analyze}. */
    public static final String ANALYSIS_DIR = "analysis";

    private final Path dir;

    /** @param dir the sweep's results folder */
    public SweepLayout(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The results folder. */
    public Path dir() {
        return dir;
    }

    /** A file inside the folder (refuses names that would climb out of it). */
    public Path file(String relative) {
        return AtomicFiles.resolveInside(dir, relative);
    }

    /** {@code manifest.json}. */
    public Path manifest() {
        return file(MANIFEST_JSON);
    }

    /** The per-run files' folder. */
    public Path parts() {
        return file(PARTS_DIR);
    }
}
