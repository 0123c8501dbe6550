package culturebridge.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The results folder of one scenario run and what has been written into it.
 *
 * <p>Layout (names are API; notebooks and the README rely on them):
 * <pre>
 *   &lt;out&gt;/monthly.csv     tidy monthly table, one row per replicate and month ({@link CsvTableWriter})
 *   &lt;out&gt;/events.csv      stages entered, rollbacks, shocks, festivals of each replicate
 *   &lt;out&gt;/charts/*.png    the standard charts
 *   &lt;out&gt;/manifest.json   provenance, written last ({@link ManifestWriter})
 * </pre>
 *
 * <p>{@link #prepare} checks the folder before anything runs (refusing to overwrite results
 * without {@code --force}); every file is written atomically and remembered, so the manifest
 * lists exactly the files of this run. Charts are drawn by the {@code chart} package, which
 * depends on this one and not the other way round: the caller writes them into
 * {@link #chartsDir()} and {@link #record records} them here.
 */
public final class RunOutputs {

    /** The monthly table. */
    public static final String MONTHLY_CSV = "monthly.csv";
    /** The timeline events table. */
    public static final String EVENTS_CSV = "events.csv";
    /** The folder of chart images. */
    public static final String CHARTS_DIR = "charts";
    /** The provenance record. */
    public static final String MANIFEST_JSON = ManifestWriter.FILE_NAME;

    private final Path dir;
    private final List<String> files = new ArrayList<>();

    private RunOutputs(Path dir) {
        this.dir = dir;
    }

    /**
     * Prepares {@code dir} as a results folder (see {@link AtomicFiles#prepareOutputDir}).
     *
     * @throws AtomicFiles.OutputExistsException if it holds files and {@code force} is false
     */
    public static RunOutputs prepare(Path dir, boolean force) throws IOException {
        return new RunOutputs(AtomicFiles.prepareOutputDir(dir, force));
    }

    /** An existing results folder whose contents are kept (a calibration resuming from its journal). */
    public static RunOutputs existing(Path dir) {
        return new RunOutputs(dir.toAbsolutePath().normalize());
    }

    /** The absolute results folder. */
    public Path dir() {
        return dir;
    }

    /** A path inside the results folder; refuses names that would climb out of it. */
    public Path resolve(String relative) {
        return AtomicFiles.resolveInside(dir, relative);
    }

    /** The charts folder, created if missing. */
    public Path chartsDir() throws IOException {
        return Files.createDirectories(resolve(CHARTS_DIR));
    }

    /**
     * Notes a file written into the results folder, for the manifest's file list.
     *
     * @throws IllegalArgumentException if the file is not inside the folder
     */
    public synchronized void record(Path written) {
        Path abs = written.toAbsolutePath().normalize();
        if (!abs.startsWith(dir) || abs.equals(dir)) {
            throw new IllegalArgumentException(written + " is not inside the results folder " + dir);
        }
        // Forward slashes whatever the platform, so manifests compare across machines.
        String rel = dir.relativize(abs).toString().replace('\\', '/');
        if (!files.contains(rel)) files.add(rel);
    }

    /** Notes several written files. */
    public void recordAll(List<Path> written) {
        for (Path p : written) record(p);
    }

    /** Files recorded so far, relative to the folder, in the order written. */
    public synchronized List<String> files() {
        return List.copyOf(files);
    }

    /** Writes {@code monthly.csv} and records it. */
    public Path writeMonthly(String scenario, List<MonthlySeries> replicates,
                             LinkedHashMap<String, Object> params) throws IOException {
        Path file = resolve(MONTHLY_CSV);
        CsvTableWriter.write(file, scenario, replicates, params);
        record(file);
        return file;
    }

    /** Writes {@code events.csv} (events of each replicate) and records it. */
    public Path writeEvents(String scenario, List<Long> seeds, List<List<TimelineEvent>> eventsPerReplicate) throws IOException {
        Path file = resolve(EVENTS_CSV);
        CsvTableWriter.writeEvents(file, scenario, seeds, eventsPerReplicate);
        record(file);
        return file;
    }

    /**
     * Writes {@code manifest.json} last, listing the files recorded so far (the
     * {@code outputFiles} of {@code run} are replaced by them).
     */
    public Path writeManifest(ManifestWriter.Run run, ManifestInfo info) throws IOException {
        return writeManifest(run, info, java.util.Map.of());
    }

    /** Writes the manifest with extra keys after the standard ones (e.g. the warm-up a run continued). */
    public Path writeManifest(ManifestWriter.Run run, ManifestInfo info, java.util.Map<String, ?> extra) throws IOException {
        Path file = resolve(MANIFEST_JSON);
        ManifestWriter.Run withFiles = new ManifestWriter.Run(run.scenario(), run.scenarioFile(), run.parameters(),
                run.seeds(), run.startTime(), run.wallTimeSeconds(), run.commandLine(), files());
        ManifestWriter.write(file, withFiles, info, extra);
        record(file);
        return file;
    }
}
