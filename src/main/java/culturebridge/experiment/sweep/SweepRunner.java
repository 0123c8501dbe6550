package culturebridge.experiment.sweep;

import culturebridge.experiment.sweep.engine.SweepEngine;
import culturebridge.experiment.sweep.store.ModelFingerprint;
import culturebridge.experiment.sweep.store.RunParts;
import culturebridge.experiment.sweep.store.SweepLayout;
import culturebridge.experiment.sweep.store.SweepManifest;
import culturebridge.experiment.sweep.store.SweepTables;
import culturebridge.output.AtomicFiles;
import culturebridge.output.ManifestInfo;
import culturebridge.output.ResultsFolder;
import culturebridge.scenario.SweepSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a sweep (or one shard of it) into its results folder ({@link SweepLayout}), so that it
 * survives being killed: the folder and the manifest are written first, every run's outcome is
 * stored the moment it finishes, and the tables are assembled from those files only when all
 * runs of the shard are done. {@code --resume} goes on where a sweep stopped: it skips the
 * runs that completed, runs again those that failed or never finished, and refuses if the
 * sweep file, a scenario it reads, the command line's changes, the shard or the model are not
 * those the sweep started with.
 */
public final class SweepRunner {

    /**
     * How to run.
     *
     * @param out         the sweep's results folder
     * @param force       clear an existing folder and start over
     * @param resume      go on with the sweep in {@code out} (or start it, if the folder is new or empty)
     * @param shard       the slice of runs to do
     * @param progressBar draw a progress bar (on a terminal)
     * @param commandLine the arguments, for the manifest
     */
    public record Options(Path out, boolean force, boolean resume, Shard shard, boolean progressBar, List<String> commandLine) {
        public Options {
            if (force && resume) throw new IllegalArgumentException("--force starts over and --resume goes on: give one of them");
            commandLine = List.copyOf(commandLine);
        }
    }

    /**
     * What a sweep did.
     *
     * @param dir             the results folder
     * @param shardRuns       runs of this shard
     * @param ranNow          runs run by this invocation
     * @param skipped         runs that had completed before (resume)
     * @param counts          completed and failed runs in the tables
     * @param wallSeconds     wall time of this invocation
     * @param alreadyComplete whether there was nothing left to do
     */
    public record Result(Path dir, int shardRuns, int ranNow, int skipped, SweepTables.Counts counts, double wallSeconds,
                         boolean alreadyComplete) {
        /** Runs per minute of this invocation. */
        public double runsPerMinute() {
            return wallSeconds > 0 ? ranNow / wallSeconds * 60 : 0;
        }
    }

    /** A folder that cannot take this sweep: another sweep's, or made by a different sweep file or model. */
    public static final class ResumeRefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        /** @param message why, and what to do instead */
        public ResumeRefusedException(String message) {
            super(message);
        }
    }

    private SweepRunner() {
    }

    /**
     * Runs the sweep.
     *
     * @param plan   the sweep, validated
     * @param engine where runs execute
     * @param work   what a run does (the model: {@link ModelRun})
     * @param o      options
     * @param log    where to print progress and the summary, or null for silence
     * @throws AtomicFiles.OutputExistsException if the folder holds results and neither
     *         {@code --resume} nor {@code --force} was given
     * @throws ResumeRefusedException if the folder cannot be resumed with this sweep
     */
    public static Result run(SweepPlan plan, SweepEngine engine, RunWork work, Options o, PrintStream log)
            throws IOException, InterruptedException {
        // one writer per folder, from reading its manifest (resume) to writing the last table
        try (ResultsFolder held = ResultsFolder.lock(o.out(), o.commandLine())) {
            return runLocked(held, plan, engine, work, o, log);
        }
    }

    private static Result runLocked(ResultsFolder held, SweepPlan plan, SweepEngine engine, RunWork work, Options o, PrintStream log)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        SweepLayout layout = new SweepLayout(o.out());
        LinkedHashMap<String, Object> fields = SweepManifest.describe(plan, o.shard(), ModelFingerprint.current(),
                ManifestInfo.current("dev"));
        List<Object> sessions = new ArrayList<>();
        if (o.resume() && Files.isRegularFile(layout.manifest())) {
            LinkedHashMap<String, Object> recorded;
            try {
                recorded = SweepManifest.readHeader(layout.manifest());
            } catch (IOException e) {
                throw new ResumeRefusedException("cannot resume in " + layout.dir() + ": " + e.getMessage());
            }
            List<String> diffs = SweepManifest.differences(recorded, fields, true);
            if (!diffs.isEmpty()) {
                throw new ResumeRefusedException("cannot resume the sweep in " + layout.dir() + ": " + String.join("; ", diffs)
                        + ". Runs of different sweeps or models must not be mixed: use --force to start over, or --out for a new folder");
            }
            if (recorded.get("sessions") instanceof List<?> before) sessions.addAll(before);
            if (SweepManifest.COMPLETE.equals(recorded.get("status"))) {
                Map<?, ?> counts = recorded.get("counts") instanceof Map<?, ?> m ? m : Map.of();
                int ok = counts.get("ok") instanceof Number x ? x.intValue() : 0;
                int failed = counts.get("failed") instanceof Number x ? x.intValue() : 0;
                if (log != null) log.println("sweep " + plan.spec().name() + " in " + layout.dir() + " is already complete");
                return new Result(layout.dir(), ok + failed, 0, ok + failed, new SweepTables.Counts(ok, failed), 0, true);
            }
        } else if (o.resume() && Files.isDirectory(layout.dir()) && !AtomicFiles.isEmptyResultsFolder(layout.dir())) {
            throw new ResumeRefusedException(layout.dir() + " holds files but no sweep manifest (" + SweepLayout.MANIFEST_JSON
                    + "), so there is no sweep to resume there; use --out for a new folder");
        } else {
            held.prepare(o.force(), List.of(), System.err::println);
            copyInputs(plan.spec(), layout);
            SweepTables.writeDesign(layout.file(SweepLayout.DESIGN_CSV), plan);
        }

        LinkedHashMap<String, Object> session = new LinkedHashMap<>();
        session.put("start_time", started.toString());
        session.put("engine", engine.describe());
        session.put("command_line", o.commandLine());
        sessions.add(session);
        fields.put("status", SweepManifest.RUNNING);
        fields.put("sessions", sessions);
        SweepManifest.write(layout.manifest(), fields, null);

        RunParts parts = new RunParts(layout.parts());
        TreeMap<Integer, Boolean> finished = parts.finished();
        List<RunKey> todo = new ArrayList<>();
        int skipped = 0;
        List<Integer> shardRuns = o.shard().runs(plan.runCount());
        for (int run : shardRuns) {
            if (Boolean.TRUE.equals(finished.get(run))) skipped++;
            else todo.add(plan.run(run));
        }
        if (log != null) {
            log.printf(Locale.ROOT, "sweep %s: %d design points x %d replicates = %d runs%s; %s%n", plan.spec().name(),
                    plan.points().size(), plan.replicates(), plan.runCount(),
                    o.shard().isAll() ? "" : ", shard " + o.shard() + " has " + shardRuns.size(),
                    skipped > 0 ? skipped + " done before, " + todo.size() + " to run on " + engine.describe()
                            : todo.size() + " to run on " + engine.describe());
        }

        RunExecutor executor = new RunExecutor(work, plan.spec().responses(), plan.monthlyMetrics());
        try (SweepProgress progress = new SweepProgress("sweep " + plan.spec().name(), todo.size(), o.progressBar(), log)) {
            engine.run(plan, todo, executor, outcome -> {
                parts.write(outcome);
                progress.step(outcome.ok());
            });
        }

        SweepTables.Counts counts = SweepTables.assemble(plan, o.shard(), parts, layout);
        double wall = (System.nanoTime() - t0) / 1e9;
        session.put("wall_time_seconds", Math.round(wall * 1000.0) / 1000.0);
        session.put("runs", todo.size());
        fields.put("status", SweepManifest.COMPLETE);
        LinkedHashMap<String, Object> c = new LinkedHashMap<>();
        c.put("ok", counts.ok());
        c.put("failed", counts.failed());
        fields.put("counts", c);
        List<String> files = new ArrayList<>(List.of(SweepLayout.DESIGN_CSV, SweepLayout.RESPONSES_CSV));
        if (!plan.monthlyMetrics().isEmpty()) files.add(SweepLayout.MONTHLY_CSV);
        files.add(SweepLayout.RUNS_CSV);
        files.add(SweepLayout.MANIFEST_JSON);
        fields.put("output_files", files);
        SweepManifest.write(layout.manifest(), fields, layout.file(SweepLayout.RUNS_CSV));
        parts.deleteAll();
        Result result = new Result(layout.dir(), shardRuns.size(), todo.size(), skipped, counts, wall, false);
        if (log != null) {
            log.printf(Locale.ROOT, "sweep %s: %d runs in %s (%.1f runs/min)%s%n", plan.spec().name(), todo.size(),
                    SweepProgress.duration(wall), result.runsPerMinute(),
                    counts.failed() > 0 ? "; " + counts.failed() + " failed (see " + SweepLayout.RUNS_CSV + ")" : "");
        }
        return result;
    }

    /** Copies the sweep file and the scenario files it read into {@code inputs/}, for provenance. */
    private static void copyInputs(SweepSpec spec, SweepLayout layout) throws IOException {
        for (SweepSpec.InputFile f : spec.inputs()) {
            Path src = Path.of(f.path());
            String name = f.role().replaceAll("[^A-Za-z0-9_.-]+", "-") + "--" + src.getFileName();
            Path dst = layout.file(SweepLayout.INPUTS_DIR + "/" + name);
            AtomicFiles.writeBytes(dst, Files.readAllBytes(src));
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }
}
