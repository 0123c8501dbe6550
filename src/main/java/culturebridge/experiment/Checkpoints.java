package culturebridge.experiment;

import culturebridge.experiment.sweep.store.ModelFingerprint;
import culturebridge.model.World;
import culturebridge.output.AtomicFiles;
import culturebridge.output.MonthlyCollector;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectStreamException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.zip.ZipException;
import sim.engine.SimState;

/**
 * MASON checkpoints of one replicate's {@link World}, so that a long run can go on after a
 * crash from its last checkpoint and end with the same bytes as an uninterrupted run.
 *
 * <p>A checkpoint file is a small header followed by MASON's own stream
 * ({@link SimState#writeToCheckpoint}, gzipped Java serialization). The header carries a magic
 * string, a format version, the {@link ModelFingerprint} of the model classes that wrote it,
 * and the replicate, seed and step. Java serialization of a world made by other classes would
 * either fail obscurely or, worse, load and continue with a different model, so a checkpoint
 * whose fingerprint differs from this model's is refused before its body is read.
 */
public final class Checkpoints {
    /** First bytes of every checkpoint file. */
    static final String MAGIC = "CultureBridge checkpoint";
    /** Version of the header layout. */
    static final int FORMAT = 1;
    /** Folder of a run's checkpoints, inside its results folder. */
    public static final String DIR = "checkpoints";

    private Checkpoints() {
    }

    /**
     * What a checkpoint's header says.
     *
     * @param fingerprint model fingerprint of the classes that wrote it
     * @param scenario    scenario name
     * @param replicate   replicate number
     * @param seed        the replicate's seed
     * @param step        steps done when it was written
     */
    public record Header(String fingerprint, String scenario, int replicate, long seed, long step) {}

    /** A checkpoint that cannot be used: not a checkpoint, damaged, or from another model version. */
    public static final class CheckpointException extends Exception {
        private static final long serialVersionUID = 1L;

        /** @param message what is wrong and what to do */
        public CheckpointException(String message) {
            super(message);
        }
    }

    /** The checkpoint file of replicate k in a results folder. */
    public static Path file(Path resultsDir, int replicate) {
        return resultsDir.resolve(DIR).resolve("replicate-" + replicate + ".ckpt");
    }

    /** Writes a checkpoint of the world atomically (complete or absent, replacing the previous one). */
    public static void write(Path file, World w, int replicate, long seed) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, os -> {
            DataOutputStream d = new DataOutputStream(os);
            d.writeUTF(MAGIC);
            d.writeInt(FORMAT);
            d.writeUTF(ModelFingerprint.current());
            d.writeUTF(w.setup().name());
            d.writeInt(replicate);
            d.writeLong(seed);
            d.writeLong(w.schedule.getSteps());
            d.flush();
            w.writeToCheckpoint(os);
        });
    }

    /** A world read back from a checkpoint, with its header. */
    public record Restored(Header header, World world) {}

    /** Reads a checkpoint, refusing one that is not a checkpoint, is damaged, or comes from another model version. */
    public static Restored read(Path file) throws CheckpointException {
        if (!Files.isRegularFile(file)) throw new CheckpointException("checkpoint " + file + " does not exist");
        try (InputStream in = Files.newInputStream(file)) {
            // DataInputStream reads exactly the header's bytes, so MASON's reader starts where the body does
            DataInputStream d = new DataInputStream(in);
            Header h;
            try {
                if (!MAGIC.equals(d.readUTF())) throw notACheckpoint(file);
                int format = d.readInt();
                if (format != FORMAT) {
                    throw new CheckpointException("checkpoint " + file + " has format " + format + ", this version reads format "
                            + FORMAT + "; run the scenario again from the start");
                }
                h = new Header(d.readUTF(), d.readUTF(), d.readInt(), d.readLong(), d.readLong());
            } catch (EOFException | java.io.UTFDataFormatException e) {
                throw notACheckpoint(file);
            }
            String current = ModelFingerprint.current();
            if (!current.equals(h.fingerprint())) {
                throw new CheckpointException("checkpoint " + file + " was written by another model version (model fingerprint "
                        + shortly(h.fingerprint()) + ", this model " + shortly(current)
                        + "); a checkpoint can only be resumed by the model that wrote it: run the scenario again from the start");
            }
            SimState s = SimState.readFromCheckpoint(in);
            if (!(s instanceof World w) || !(w.observations() instanceof MonthlyCollector)) {
                throw new CheckpointException("checkpoint " + file + " does not hold a CultureBridge run");
            }
            return new Restored(h, w);
        } catch (ZipException | ObjectStreamException | ClassNotFoundException | ClassCastException e) {
            throw new CheckpointException("checkpoint " + file + " is damaged (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new CheckpointException("cannot read checkpoint " + file + ": " + e.getMessage());
        }
    }

    /**
     * Why a restored world cannot continue the given scenario (its name or parameters differ, so
     * the outputs would describe another run), or null when it can.
     */
    public static String mismatch(Restored r, culturebridge.model.Setup setup) {
        culturebridge.model.Setup saved = r.world().setup();
        if (!saved.name().equals(setup.name())) {
            return "holds a run of scenario '" + saved.name() + "', not '" + setup.name() + "'";
        }
        var a = culturebridge.scenario.ParamsBinder.values(saved.params());
        var b = culturebridge.scenario.ParamsBinder.values(setup.params());
        for (var e : a.entrySet()) {
            if (!java.util.Objects.equals(e.getValue(), b.get(e.getKey()))) {
                return "was written with " + e.getKey() + "=" + e.getValue() + ", this run has " + e.getKey() + "="
                        + b.get(e.getKey()) + "; give the same scenario and --set as the run that wrote it";
            }
        }
        if (saved.months() != setup.months() || !saved.start().equals(setup.start())) {
            return "covers " + saved.start() + " + " + saved.months() + " months, this run " + setup.start() + " + "
                    + setup.months() + " months; give the same scenario and --set as the run that wrote it";
        }
        return null;
    }

    private static CheckpointException notACheckpoint(Path file) {
        return new CheckpointException(file + " is not a CultureBridge checkpoint");
    }

    private static String shortly(String fingerprint) {
        return fingerprint.length() > 12 ? fingerprint.substring(0, 12) : fingerprint;
    }

    /**
     * Runs one replicate like {@link Replicates#run}, writing a checkpoint every
     * {@code every} steps (never after the last one).
     */
    public static ReplicateResult runWithCheckpoints(Warmups warmups, culturebridge.model.Setup setup, int replicate, long seed,
                                                     int threads, int every, Path file, LongConsumer onStep,
                                                     java.util.function.Consumer<String> log) throws IOException {
        Warmups.Prepared p = warmups.prepare(setup, seed, threads, log);
        World w = p.world();
        try {
            while (!p.done()) {
                w.schedule.step(w);
                long done = p.stepsDone();
                if (onStep != null) onStep.accept(done);
                if (done % every == 0 && !p.done()) write(file, w, replicate, seed);
            }
            return new ReplicateResult(replicate, seed, p.collector().series(seed), MonthlyCollector.timeline(w));
        } finally {
            w.finish();
        }
    }

    /** Steps a restored world to the end of its calendar and returns the whole replicate's result. */
    public static ReplicateResult finish(Restored r, int threads, LongConsumer onStep) {
        World w = r.world();
        w.setThreads(threads);
        MonthlyCollector collector = (MonthlyCollector) w.observations();
        try {
            int steps = w.calendar().steps();
            while (w.schedule.getSteps() < steps) {
                w.schedule.step(w);
                if (onStep != null) onStep.accept(w.schedule.getSteps() - w.calendar().firstStep());
            }
            long seed = r.header().seed();
            return new ReplicateResult(r.header().replicate(), seed, collector.series(seed), MonthlyCollector.timeline(w));
        } finally {
            w.finish();
        }
    }
}
