package culturebridge.experiment;

import culturebridge.chart.ScenarioCharts;
import culturebridge.output.ManifestInfo;
import culturebridge.output.ManifestWriter;
import culturebridge.output.MonthlySeries;
import culturebridge.output.RunOutputs;
import culturebridge.output.TimelineEvent;
import culturebridge.scenario.ParamsBinder;
import culturebridge.scenario.Posterior;
import culturebridge.scenario.Scenario;
import culturebridge.scenario.ScenarioException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A headless scenario run: replicates of one scenario, then the tidy monthly CSV, the events
 * table, the standard charts and the manifest in one results folder. The folder is checked
 * before anything runs, and every file is written to a temporary name and renamed when
 * complete; the manifest is written last, so a folder with a manifest is a complete run.
 */
public final class ScenarioRunner {

    /**
     * How to run.
     *
     * @param seed        base seed (replicate k uses seed + k)
     * @param replicates  number of replicates (at least 1)
     * @param threads     threads for each run's audience phase
     * @param out         results folder
     * @param force       overwrite an existing results folder
     * @param progress    show a progress bar
     * @param commandLine the arguments, for the manifest
     * @param checkpointEvery write a checkpoint of each replicate every this many weeks to
     *                    {@code <out>/checkpoints/replicate-<k>.ckpt} (0: none)
     * @param resume      a checkpoint read back: run only its replicate, from its step to the end
     *                    (null: a run from the start)
     * @param warmups     where warm-up checkpoints are kept (null: {@link Warmups#standard()})
     * @param chartBand   share of the replicates' values inside the charts' bands (0-1)
     * @param draws       posterior draws to run, each with all the replicates (null: the
     *                    scenario's own parameter values)
     */
    public record Options(long seed, int replicates, int threads, Path out, boolean force, boolean progress,
                          List<String> commandLine, int checkpointEvery, Checkpoints.Restored resume, Warmups warmups,
                          double chartBand, Draws draws) {
        public Options {
            if (draws != null && resume != null) throw new IllegalArgumentException("a resumed replicate runs without draws");
            if (warmups == null) warmups = Warmups.standard();
            culturebridge.chart.TimeSeriesChartFactory.checkBand(chartBand);
            if (replicates < 1) throw new IllegalArgumentException("replicates must be at least 1, got " + replicates);
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            if (checkpointEvery < 0) throw new IllegalArgumentException("checkpointEvery must be >= 0, got " + checkpointEvery);
        }

        /** A run from the start without checkpoints. */
        public Options(long seed, int replicates, int threads, Path out, boolean force, boolean progress,
                       List<String> commandLine) {
            this(seed, replicates, threads, out, force, progress, commandLine, 0, null, null,
                    culturebridge.chart.TimeSeriesChartFactory.DEFAULT_BAND, null);
        }

        /** Options with the charts' default band. */
        public Options(long seed, int replicates, int threads, Path out, boolean force, boolean progress,
                       List<String> commandLine, int checkpointEvery, Checkpoints.Restored resume, Warmups warmups) {
            this(seed, replicates, threads, out, force, progress, commandLine, checkpointEvery, resume, warmups,
                    culturebridge.chart.TimeSeriesChartFactory.DEFAULT_BAND, null);
        }

        /** The number of runs: replicates times draws. */
        public int runs() {
            return replicates * (draws == null ? 1 : draws.selected().size());
        }
    }

    /**
     * The posterior draws of a run: draw {@code j} of the selection runs replicates
     * {@code j * R .. j * R + R - 1} (R the replicates per draw), so that every run of the
     * experiment has a seed of its own ({@link Replicates#seed}) and the arms of a comparison
     * pair by draw and seed.
     *
     * @param posterior the posterior file read
     * @param selected  the draws, in the order they run ({@link Posterior#select})
     */
    public record Draws(Posterior posterior, List<Posterior.Draw> selected) {
        public Draws {
            if (selected.isEmpty()) throw new IllegalArgumentException("no draws selected");
            selected = List.copyOf(selected);
        }

        /** The first {@code n} draws of the posterior's weighted resample seeded by {@code seed}. */
        public static Draws of(Posterior posterior, int n, long seed) {
            return new Draws(posterior, posterior.select(n, seed));
        }

        /**
         * The scenario with each selected draw's values ({@link Scenario#withDraw}), in the
         * order the draws run; a draw taken twice is loaded once.
         *
         * @throws ScenarioException a draw the scenario cannot take (e.g. a field its history lacks)
         */
        public List<Scenario> scenarios(Scenario scenario) throws ScenarioException {
            Map<String, Scenario> loaded = new LinkedHashMap<>();
            List<Scenario> out = new ArrayList<>();
            for (Posterior.Draw d : selected) {
                Scenario s = loaded.get(d.id());
                if (s == null) {
                    s = scenario.withDraw(d);
                    loaded.put(d.id(), s);
                }
                out.add(s);
            }
            return out;
        }
    }

    /** What a run wrote. */
    public record Result(Path dir, List<ReplicateResult> replicates, List<String> files, double wallSeconds) {}

    private ScenarioRunner() {}

    /** The default results folder of a scenario run: {@code results/<scenario>/seed<S>-x<N>[-<sets hash>]}. */
    public static Path defaultOut(Path resultsRoot, String scenario, long seed, int replicates, List<String> sets) {
        String id = "seed" + seed + "-x" + replicates;
        if (sets != null && !sets.isEmpty()) {
            id += "-set" + Integer.toHexString(String.join("\n", sets).hashCode());
        }
        // a scenario name is checked on loading; this refuses any name that would leave the root
        culturebridge.output.AtomicFiles.resolveInside(resultsRoot, scenario + "/" + id);
        return resultsRoot.resolve(scenario).resolve(id);
    }

    /** Runs the scenario and writes its outputs. */
    public static Result run(Scenario scenario, Options o, PrintStream log) throws IOException {
        RunOutputs outputs = RunOutputs.prepare(o.out(), o.force());
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        int steps = scenario.setup().calendar().steps();
        List<ReplicateResult> results = new ArrayList<>();
        // the scenario each run uses: replicate k of draw j is run j * R + k
        List<Scenario> perRun = new ArrayList<>();
        if (o.draws() == null) {
            for (int k = 0; k < o.replicates(); k++) perRun.add(scenario);
        } else {
            List<Scenario> drawn;
            try {
                drawn = o.draws().scenarios(scenario);
            } catch (ScenarioException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            for (Scenario d : drawn) {
                for (int k = 0; k < o.replicates(); k++) perRun.add(d);
            }
        }
        try (ProgressBar bar = o.progress() ? progressBar(scenario.setup().name(), (long) steps * o.runs()) : null) {
            if (o.resume() != null) {
                results.add(Checkpoints.finish(o.resume(), o.threads(), bar == null ? null : bar::stepTo));
            }
            for (int r = 0; o.resume() == null && r < perRun.size(); r++) {
                final long done = (long) r * steps;
                java.util.function.LongConsumer onStep = bar == null ? null : s -> bar.stepTo(done + s);
                long seed = Replicates.seed(o.seed(), r);
                java.util.function.Consumer<String> note = warmupNote(log);
                culturebridge.model.Setup setup = perRun.get(r).setup();
                ReplicateResult result = o.checkpointEvery() > 0
                        ? Checkpoints.runWithCheckpoints(o.warmups(), setup, r, seed, o.threads(), o.checkpointEvery(),
                                Checkpoints.file(outputs.dir(), r), onStep, note)
                        : Replicates.run(o.warmups(), setup, r, seed, o.threads(), onStep, note);
                results.add(o.draws() == null ? result : result.withDraw(o.draws().selected().get(r / o.replicates()).id()));
            }
        }
        List<MonthlySeries> series = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        List<List<TimelineEvent>> events = new ArrayList<>();
        for (ReplicateResult r : results) {
            series.add(r.series());
            seeds.add(r.seed());
            events.add(r.events());
        }
        LinkedHashMap<String, Object> params = ParamsBinder.values(scenario.setup().params());
        String name = scenario.setup().name();
        if (o.resume() != null) {
            writeResumed(outputs, name, results.get(0), params);
        } else if (o.draws() != null) {
            writeDrawn(outputs, name, results, perRun);
        } else {
            outputs.writeMonthly(name, series, params);
            outputs.writeEvents(name, seeds, events);
        }
        Map<String, String> countryNames = new LinkedHashMap<>();
        for (var c : scenario.setup().countries()) countryNames.put(c.code(), c.name());
        String runs = o.draws() == null ? null : runsDescription(o.draws().selected().size(), o.replicates());
        outputs.recordAll(ScenarioCharts.writeAll(outputs.chartsDir(), series, results.get(0).events(), countryNames,
                culturebridge.chart.ChartExport.DEFAULT.withBand(o.chartBand()), runs));
        writeOdd(outputs);
        double wall = (System.nanoTime() - t0) / 1e9;
        outputs.writeManifest(new ManifestWriter.Run(name, scenario.file(), params, seeds, started, wall,
                o.commandLine(), List.of()), ManifestInfo.current("dev"), manifestExtra(o, scenario, perRun, seeds));
        if (log != null) {
            String what = o.draws() == null ? o.replicates() + " replicate(s)"
                    : o.draws().selected().size() + " posterior draw(s) x " + o.replicates() + " replicate(s)";
            log.printf("%s: %s x %d weeks (%d months) in %s%n", name, what, steps, scenario.setup().months(), formatDuration(wall));
        }
        return new Result(outputs.dir(), results, outputs.files(), wall);
    }

    /** What the runs of a run on posterior draws are, for charts and summaries: "8 runs (4 posterior draws x 2 replicates)". */
    public static String runsDescription(int draws, int replicates) {
        return draws * replicates + " runs (" + draws + " posterior draw" + (draws == 1 ? "" : "s") + " x " + replicates
                + " replicate" + (replicates == 1 ? "" : "s") + ")";
    }

    /** The manifest's keys beyond the standard ones: the warm-up continued, the posterior draws and the arm's levers. */
    static Map<String, Object> manifestExtra(Options o, Scenario scenario, List<Scenario> perRun, List<Long> seeds) {
        LinkedHashMap<String, Object> extra = new LinkedHashMap<>(warmupRecord(o.warmups(), scenario.setup(), seeds));
        if (o.draws() != null) {
            List<String> checkpoints = new ArrayList<>();
            for (int r = 0; r < seeds.size() && scenario.setup().warmup() != null; r++) {
                checkpoints.add(o.warmups().checkpointFile(perRun.get(r).setup().warmup(), seeds.get(r)).toString());
            }
            if (!checkpoints.isEmpty()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> w = (Map<String, Object>) extra.get("warmup");
                w.put("checkpoints", checkpoints);
            }
        }
        Map<String, Object> posterior = posteriorRecord(o, scenario);
        if (posterior != null) extra.put("posterior", posterior);
        
        culturebridge.scenario.Levers levers = scenario.levers();
        if (levers != null) {
            LinkedHashMap<String, Object> l = new LinkedHashMap<>();
            l.put("baseline", levers.baseline());
            l.put("baseline_file", levers.baselineFile().toString());
            l.put("declared", levers.declared());
            l.put("differs_from_baseline", levers.differs());
            l.put("undeclared", levers.undeclared());
            extra.put("levers", l);
        }
        return extra;
    }

    /**
     * The manifest's record of the warm-up a run continued: its name, period, parameters and
     * the checkpoint of each replicate's seed (empty for a run from initial conditions).
     */
    static Map<String, Object> warmupRecord(Warmups warmups, culturebridge.model.Setup setup, List<Long> seeds) {
        culturebridge.model.Setup warm = setup.warmup();
        if (warm == null) return Map.of();
        LinkedHashMap<String, Object> w = new LinkedHashMap<>();
        w.put("scenario", warm.name());
        w.put("start", warm.start().toString());
        w.put("months", warm.months());
        List<String> checkpoints = new ArrayList<>();
        for (long s : seeds) checkpoints.add(warmups.checkpointFile(warm, s).toString());
        w.put("checkpoints", checkpoints);
        w.put("parameters", ParamsBinder.values(warm.params()));
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        out.put("warmup", w);
        return out;
    }

    /**
     * The manifest's record of the posterior: the file, its SHA-256, the draws run (in order,
     * each {@code replicates} runs), how they were chosen, and which of its parameters the
     * scenario takes from a draw and which it keeps. A scenario that names a posterior but ran
     * on its own values says so (null: no posterior anywhere).
     */
    static Map<String, Object> posteriorRecord(Options o, Scenario scenario) {
        LinkedHashMap<String, Object> p = new LinkedHashMap<>();
        if (o.draws() == null) {
            if (scenario.posterior() == null) return null;
            p.put("file", scenario.posterior().toString());
            p.put("draws", List.of());
            p.put("note", "run on the scenario's own (point) parameter values; --draws N runs posterior draws");
            return p;
        }
        Posterior post = o.draws().posterior();
        p.put("file", post.file().toAbsolutePath().normalize().toString());
        p.put("sha256", post.sha256());
        p.put("rows", post.draws().size());
        p.put("selection", "the first " + o.draws().selected().size() + " of a weighted resample with replacement, seeded with "
                + o.seed() + "; draw j runs replicates j*" + o.replicates() + " .. j*" + o.replicates() + "+" + (o.replicates() - 1));
        p.put("draws", o.draws().selected().stream().map(Posterior.Draw::id).toList());
        java.util.Set<String> taken = scenario.takenFrom(post);
        p.put("parameters_taken", List.copyOf(taken));
        p.put("parameters_kept", post.parameters().stream().filter(n -> !taken.contains(n)).sorted().toList());
        if (scenario.root() != null && taken.stream().anyMatch(culturebridge.scenario.ScenarioLoader::isFieldPath)) {
            p.put("fields_set_in", scenario.root().file().toString());
        }
        // each draw's values as this scenario ran them, so that a run can be repeated draw by draw
        LinkedHashMap<String, Object> values = new LinkedHashMap<>();
        for (Posterior.Draw d : o.draws().selected()) {
            if (values.containsKey(d.id())) continue;
            LinkedHashMap<String, Object> v = new LinkedHashMap<>();
            scenario.takenFrom(d).forEach((name, text) -> v.put(name, jsonNumber(text)));
            values.put(d.id(), v);
        }
        p.put("draw_values", values);
        return p;
    }

    /** A draw's value as a JSON number where it is one (the manifest then shows it as the file wrote it). */
    private static Object jsonNumber(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** The monthly and events tables of a run on posterior draws: each row with its draw and that draw's parameter values. */
    private static void writeDrawn(RunOutputs outputs, String name, List<ReplicateResult> results, List<Scenario> perRun)
            throws IOException {
        Path monthly = outputs.resolve(RunOutputs.MONTHLY_CSV);
        List<Long> seeds = new ArrayList<>();
        List<String> draws = new ArrayList<>();
        List<List<TimelineEvent>> events = new ArrayList<>();
        try (var table = culturebridge.output.CsvTableWriter.open(monthly, name, results.get(0).series().columns(),
                ParamsBinder.values(perRun.get(0).setup().params()))) {
            for (int r = 0; r < results.size(); r++) {
                ReplicateResult res = results.get(r);
                table.append(res.replicate(), res.draw(), res.series(), ParamsBinder.values(perRun.get(r).setup().params()));
                seeds.add(res.seed());
                draws.add(res.draw());
                events.add(res.events());
            }
            table.commit();
        }
        outputs.record(monthly);
        Path eventsFile = outputs.resolve(RunOutputs.EVENTS_CSV);
        culturebridge.output.CsvTableWriter.writeEvents(eventsFile, name, seeds, draws, events);
        outputs.record(eventsFile);
    }

    /** Where a note on a warm-up being computed goes (null: nowhere). */
    private static java.util.function.Consumer<String> warmupNote(PrintStream log) {
        if (log == null) return null;
        return log::println;
    }

    /**
     * The tables of a resumed replicate, with the replicate number it had in the run that wrote
     * the checkpoint (the ordinary writers number replicates from 0), so that its rows are the
     * same bytes as that replicate's rows of an uninterrupted run.
     */
    private static void writeResumed(RunOutputs outputs, String name, ReplicateResult r,
                                     LinkedHashMap<String, Object> params) throws IOException {
        Path monthly = outputs.resolve(RunOutputs.MONTHLY_CSV);
        try (var table = culturebridge.output.CsvTableWriter.open(monthly, name, r.series().columns(), params)) {
            table.append(r.replicate(), r.series());
            table.commit();
        }
        outputs.record(monthly);
        Path events = outputs.resolve(RunOutputs.EVENTS_CSV);
        culturebridge.output.AtomicFiles.write(events, stream -> {
            var p = new org.apache.commons.csv.CSVPrinter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream,
                    java.nio.charset.StandardCharsets.UTF_8)), culturebridge.output.CsvTableWriter.FORMAT);
            p.printRecord(culturebridge.output.CsvTableWriter.EVENT_COLUMNS);
            for (TimelineEvent e : r.events()) p.printRecord(name, r.replicate(), r.seed(), "", e.date(), e.kind(), e.label());
            p.flush();
        });
        outputs.record(events);
    }

    /** Class-path location of the ODD model description (copied from src/site/markdown/odd.md by the build). */
    public static final String ODD_RESOURCE = "culturebridge/doc/odd.md";

    /**
     * Copies the ODD model description into the results folder, so that every result carries
     * the description of the model that made it (skipped when the build did not package it).
     */
    static void writeOdd(RunOutputs outputs) throws IOException {
        try (var in = ScenarioRunner.class.getClassLoader().getResourceAsStream(ODD_RESOURCE)) {
            if (in == null) return;
            java.nio.file.Path file = outputs.resolve("odd.md");
            culturebridge.output.AtomicFiles.writeBytes(file, in.readAllBytes());
            outputs.record(file);
        }
    }

    private static ProgressBar progressBar(String task, long total) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" weeks", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed().build();
    }

    static String formatDuration(double seconds) {
        Duration d = Duration.ofMillis(Math.round(seconds * 1000));
        if (d.toMinutes() > 0) return d.toMinutes() + " min " + d.toSecondsPart() + " s";
        return String.format(java.util.Locale.ROOT, "%.1f s", seconds);
    }
}
