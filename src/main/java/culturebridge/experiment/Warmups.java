package culturebridge.experiment;

import culturebridge.experiment.sweep.store.ModelFingerprint;
import culturebridge.model.Setup;
import culturebridge.model.World;
import culturebridge.output.CsvTableWriter;
import culturebridge.output.MonthlyCollector;
import culturebridge.scenario.ParamsBinder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Warm-ups and the policy arms forked from them. A scenario with a {@code warmup:} (a history
 * such as 2010-2025) starts from the state the calibrated history reached, not from arbitrary
 * initial conditions: the history is run once per replicate seed to its last step, saved as a
 * MASON checkpoint ({@link Checkpoints}), and every arm with that seed starts from a fresh read
 * of that checkpoint ({@link World#continueAs}). Arms of a comparison therefore share the
 * warmed-up world of each replicate exactly (common random numbers reach back into the
 * history), and a warm-up is computed once for all arms, runs and later commands.
 *
 * <p>Checkpoints are kept in {@code <cache>/<warm-up name>-<key>/seed<S>.ckpt}, next to the
 * warm-up's monthly table {@code seed<S>-monthly.csv}. The key is a hash of the model
 * fingerprint and the warm-up's complete set-up (countries, policy, parameters, including the
 * population parameters the arm imposes and a posterior draw's parameter and field values,
 * which a draw sets in the warm-up's parameters and travel section), so a changed model,
 * history or draw never reuses a stale state. Using a checkpoint or computing the warm-up gives the same bytes; the cache only saves
 * time. Several threads asking for the same warm-up wait for one computation.
 */
public final class Warmups {
    /**
     * Where warm-up checkpoints are kept unless a command names another folder or the system
     * property {@code culturebridge.warmupCache} says otherwise (the tests keep theirs in the
     * build folder).
     */
    public static final Path DEFAULT_CACHE = Path.of("results", "warmups");

    private static final Warmups STANDARD =
            new Warmups(Path.of(System.getProperty("culturebridge.warmupCache", DEFAULT_CACHE.toString())));
    private static final ConcurrentHashMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path cache;

    /** Warm-ups kept in the folder {@code cache} (e.g. {@code --warmup-cache}, or a test's temporary folder). */
    public Warmups(Path cache) {
        this.cache = java.util.Objects.requireNonNull(cache, "cache");
    }

    /** Warm-ups kept in {@link #DEFAULT_CACHE}, or the folder the system property {@code culturebridge.warmupCache} names. */
    public static Warmups standard() { return STANDARD; }

    /** Warm-ups kept in {@code cache}, or {@link #standard()}'s folder if it is null. */
    public static Warmups in(Path cache) { return cache == null ? STANDARD : new Warmups(cache); }

    /** The folder of warm-up checkpoints. */
    public Path cache() { return cache; }

    /** A world ready for its first step with the collector of its months. */
    public record Prepared(World world, MonthlyCollector collector) {
        /** Steps of this run's own calendar done so far (after a fork, the arm's steps only). */
        public long stepsDone() { return world.schedule.getSteps() - world.calendar().firstStep(); }

        /** Steps this run's own calendar has. */
        public int steps() { return world.calendar().steps() - world.calendar().firstStep(); }

        /** True when the world has reached the end of its calendar. */
        public boolean done() { return world.schedule.getSteps() >= world.calendar().steps(); }
    }

    /**
     * Builds and starts the world of one replicate: from its initial conditions, or, when the
     * set-up has a warm-up, from the warm-up's end state for this seed continued as the arm.
     *
     * @param log told when a warm-up has to be computed (may be null)
     */
    public Prepared prepare(Setup setup, long seed, int threads, Consumer<String> log) {
        World w = new World(setup, seed);
        w.setThreads(threads);
        arrange(w, log);
        var holder = MonthlyCollector.attachOnStart(w);
        w.start();
        return new Prepared(w, holder.get());
    }

    /**
     * Lets a world whose set-up has a warm-up start from it: its {@code start()} (in a headless
     * run or when the GUI's Console starts it) takes the warm-up's end state for the world's
     * seed from the cache, continued as the world's set-up. Does nothing for other worlds.
     *
     * @param log told when a warm-up has to be computed (may be null)
     */
    public void arrange(World w, Consumer<String> log) {
        if (w.setup().warmup() == null) return;
        w.setWarmStart(world -> {
            Checkpoints.Restored warm = endState(world.setup().warmup(), world.seed(), world.threads(), log);
            World f = warm.world();
            f.setThreads(world.threads());
            f.continueAs(world.setup());
            return f;
        });
    }

    /** The checkpoint file of a warm-up's end state for a seed. */
    public Path checkpointFile(Setup warmup, long seed) {
        return folder(warmup).resolve("seed" + seed + ".ckpt");
    }

    /** The folder of a warm-up's checkpoints. */
    public Path folder(Setup warmup) {
        return culturebridge.output.AtomicFiles.resolveInside(cache, warmup.name() + "-" + key(warmup));
    }

    /**
     * The warm-up's world at its last step for a seed: read from its checkpoint, or run, saved
     * and then read back (so both paths continue from the same deserialized state).
     */
    Checkpoints.Restored endState(Setup warmup, long seed, int threads, Consumer<String> log) {
        Path file = checkpointFile(warmup, seed);
        // A saved checkpoint is read without the lock: it is written atomically (AtomicFiles),
        // so no reader sees half a file, and the runs of one seed in a sweep, which all continue
        // the same checkpoint, read it side by side instead of one after another. The lock only
        // makes sure a missing or unusable warm-up is run once.
        if (Files.isRegularFile(file)) {
            try {
                return readVerified(file, warmup, seed);
            } catch (Checkpoints.CheckpointException e) {
                // unusable: the locked path below says so and runs the warm-up again
            }
        }
        synchronized (lockFor(file)) {
            if (Files.isRegularFile(file)) {
                try {
                    return readVerified(file, warmup, seed);
                } catch (Checkpoints.CheckpointException e) {
                    if (log != null) log.accept("warm-up checkpoint unusable (" + e.getMessage() + "); running the warm-up again");
                }
            }
            if (log != null) {
                log.accept("warm-up " + warmup.name() + " (" + warmup.start() + " to " + warmup.start().plusMonths(warmup.months() - 1)
                        + "), seed " + seed + ": running it once; kept in " + file);
            }
            try {
                run(warmup, seed, threads, file);
                return readVerified(file, warmup, seed);
            } catch (IOException e) {
                throw new UncheckedIOException("could not save the warm-up checkpoint " + file + ": " + e.getMessage(), e);
            } catch (Checkpoints.CheckpointException e) {
                throw new IllegalStateException("the warm-up checkpoint just written cannot be read: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Reads a warm-up checkpoint and refuses it unless its header and world say it is this
     * warm-up's end state for this seed: a file copied over another seed's name, or left by a
     * changed history under the same key, would otherwise start every arm from the wrong world.
     */
    static Checkpoints.Restored readVerified(Path file, Setup warmup, long seed) throws Checkpoints.CheckpointException {
        Checkpoints.Restored r = Checkpoints.read(file);
        if (r.header().seed() != seed) {
            throw new Checkpoints.CheckpointException("checkpoint " + file + " holds seed " + r.header().seed() + ", not " + seed);
        }
        if (!r.header().setupHash().equals(Checkpoints.setupHash(warmup))) {
            throw new Checkpoints.CheckpointException("checkpoint " + file + " holds another set-up of " + r.header().scenario());
        }
        if (r.world().schedule.getSteps() < r.world().calendar().steps()) {
            throw new Checkpoints.CheckpointException("checkpoint " + file + " stops before the warm-up's end");
        }
        return r;
    }

    /** The lock under which a checkpoint file is checked and, if needed, computed. */
    static Object lockFor(Path checkpoint) {
        return LOCKS.computeIfAbsent(checkpoint.toAbsolutePath().normalize(), f -> new Object());
    }

    /** Runs the warm-up to its end and writes its checkpoint and monthly table. */
    private void run(Setup warmup, long seed, int threads, Path file) throws IOException {
        Prepared p = prepare(warmup, seed, threads, null);
        World w = p.world();
        try {
            while (!p.done()) w.schedule.step(w);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path table = file.resolveSibling("seed" + seed + "-monthly.csv");
            try (var t = CsvTableWriter.open(table, warmup.name(), p.collector().series(seed).columns(),
                    ParamsBinder.values(warmup.params()))) {
                t.append(0, p.collector().series(seed));
                t.commit();
            }
            Checkpoints.write(file, w, 0, seed);
        } finally {
            w.finish();
        }
    }

    /** Hex key of a warm-up: the model fingerprint and the set-up's serialized form, hashed. */
    static String key(Setup warmup) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ModelFingerprint.current().getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(warmup);
            }
            sha.update(bytes.toByteArray());
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot hash the warm-up set-up: " + e.getMessage(), e);
        }
    }
}
