package culturebridge.experiment;

import culturebridge.experiment.sweep.store.ModelFingerprint;
import culturebridge.model.World;
import culturebridge.output.AtomicFiles;
import culturebridge.output.MonthlyCollector;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import sim.engine.SimState;

/**
 * MASON checkpoints of one replicate's {@link World}, so that a long run can go on after a
 * crash from its last checkpoint and end with the same bytes as an uninterrupted run.
 *
 * <p>A checkpoint file is a small header, MASON's own stream ({@link SimState#writeToCheckpoint},
 * gzipped Java serialization) and a trailer. The header carries a magic string, a format
 * version, the {@link ModelFingerprint} of the model classes that wrote it, the scenario's name
 * and the hash of its complete set-up ({@link #setupHash}), and the replicate, seed and step; the
 * trailer is the SHA-256 of everything before it. Java serialization of a world made by other
 * classes would either fail obscurely or, worse, load and continue with a different model, so a
 * checkpoint whose fingerprint differs from this model's is refused before its body is read;
 * one whose checksum does not match (damaged, cut short, edited) is refused likewise. The body
 * is read through {@link CheckpointFilter}, so a forged stream cannot build foreign classes or
 * exhaust memory or stack; any refusal is a {@link CheckpointException} with the reason.
 */
public final class Checkpoints {
    /** First bytes of every checkpoint file. */
    static final String MAGIC = "CultureBridge checkpoint";
    /** Version of the header layout. */
    static final int FORMAT = 2;
    /** Bytes of the trailer: the SHA-256 of the header and body. */
    static final int TRAILER = 32;
    /** Folder of a run's checkpoints, inside its results folder. */
    public static final String DIR = "checkpoints";

    private Checkpoints() {
    }

    /**
     * What a checkpoint's header says.
     *
     * @param fingerprint model fingerprint of the classes that wrote it
     * @param scenario    scenario name
     * @param setupHash   {@link #setupHash} of the world's set-up
     * @param replicate   replicate number
     * @param seed        the replicate's seed
     * @param step        steps done when it was written
     */
    public record Header(String fingerprint, String scenario, String setupHash, int replicate, long seed, long step) {}

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
        String hash = setupHash(w.setup());
        AtomicFiles.write(file, os -> {
            MessageDigest sha = sha256();
            DigestOutputStream digested = new DigestOutputStream(os, sha);
            DataOutputStream d = new DataOutputStream(digested);
            d.writeUTF(MAGIC);
            d.writeInt(FORMAT);
            d.writeUTF(ModelFingerprint.current());
            d.writeUTF(w.setup().name());
            d.writeUTF(hash);
            d.writeInt(replicate);
            d.writeLong(seed);
            d.writeLong(w.schedule.getSteps());
            d.flush();
            w.writeToCheckpoint(digested);
            digested.flush();
            os.write(sha.digest());
        });
    }

    /** A world read back from a checkpoint, with its header. */
    public record Restored(Header header, World world) {}

    /**
     * Reads a checkpoint, refusing one that is not a checkpoint, is damaged, comes from another
     * model version, or holds anything but a CultureBridge world (see {@link CheckpointFilter}).
     */
    public static Restored read(Path file) throws CheckpointException {
        if (!Files.isRegularFile(file)) throw new CheckpointException("checkpoint " + file + " does not exist");
        long size;
        try {
            size = Files.size(file);
            if (size <= TRAILER) throw notACheckpoint(file);
        } catch (IOException e) {
            throw new CheckpointException("cannot read checkpoint " + file + ": " + e.getMessage());
        }
        try (InputStream in = new BoundedInputStream(Files.newInputStream(file), size - TRAILER)) {
            // DataInputStream reads exactly the header's bytes, so the body's reader starts where the body does
            DataInputStream d = new DataInputStream(in);
            Header h;
            try {
                if (!MAGIC.equals(d.readUTF())) throw notACheckpoint(file);
                int format = d.readInt();
                if (format != FORMAT) {
                    throw new CheckpointException("checkpoint " + file + " has format " + format + ", this version reads format "
                            + FORMAT + "; run the scenario again from the start");
                }
                h = new Header(d.readUTF(), d.readUTF(), d.readUTF(), d.readInt(), d.readLong(), d.readLong());
            } catch (EOFException | java.io.UTFDataFormatException e) {
                throw notACheckpoint(file);
            }
            String current = ModelFingerprint.current();
            if (!current.equals(h.fingerprint())) {
                throw new CheckpointException("checkpoint " + file + " was written by another model version (model fingerprint "
                        + shortly(h.fingerprint()) + ", this model " + shortly(current)
                        + "); a checkpoint can only be resumed by the model that wrote it: run the scenario again from the start");
            }
            if (h.replicate() < 0 || h.step() < 0) throw notACheckpoint(file);
            // the header first, so that a whole checkpoint of another version says so
            verifyChecksum(file, size);
            World w = readWorld(file, in, size);
            if (!(w.observations() instanceof MonthlyCollector)) {
                throw new CheckpointException("checkpoint " + file + " does not hold a CultureBridge run");
            }
            if (w.seed() != h.seed() || !w.setup().name().equals(h.scenario())) {
                throw new CheckpointException("checkpoint " + file + " is damaged (its header says seed " + h.seed()
                        + " of scenario '" + h.scenario() + "', its world seed " + w.seed() + " of '" + w.setup().name() + "')");
            }
            return new Restored(h, w);
        } catch (ZipException | ObjectStreamException | ClassNotFoundException | ClassCastException e) {
            throw new CheckpointException("checkpoint " + file + " is damaged (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new CheckpointException("cannot read checkpoint " + file + ": " + e.getMessage());
        }
    }

    /**
     * MASON's {@link SimState#readFromCheckpoint}, with the stream read through a
     * {@link CheckpointFilter}: the same gzipped stream, the same {@code awakeFromCheckpoint}.
     */
    private static World readWorld(Path file, InputStream in, long size) throws IOException, ClassNotFoundException,
            CheckpointException {
        CheckpointFilter filter = CheckpointFilter.forStream(World.class, size);
        ObjectInputStream s = new ObjectInputStream(new GZIPInputStream(new BufferedInputStream(in)));
        s.setObjectInputFilter(filter);
        Object o;
        try {
            o = s.readObject();
        } catch (java.io.InvalidClassException e) {
            if (filter.refusal() == null) throw e;
            throw new CheckpointException("checkpoint " + file + " is refused: " + filter.refusal()
                    + "; it was not written by CultureBridge, or was changed since: run the scenario again from the start");
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // readObject methods of the allowed classes may still meet inconsistent data
            throw new CheckpointException("checkpoint " + file + " is damaged (" + e + ")");
        }
        World w = (World) o;
        w.awakeFromCheckpoint();
        return w;
    }

    /** Refuses a file whose trailer is not the SHA-256 of the bytes before it. */
    private static void verifyChecksum(Path file, long size) throws IOException, CheckpointException {
        MessageDigest sha = sha256();
        byte[] trailer = new byte[TRAILER];
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            long left = size - TRAILER;
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) throw new EOFException();
                sha.update(buf, 0, n);
                left -= n;
            }
            if (in.readNBytes(trailer, 0, TRAILER) != TRAILER) throw new EOFException();
        } catch (EOFException e) {
            throw notACheckpoint(file);
        }
        if (!MessageDigest.isEqual(sha.digest(), trailer)) {
            throw new CheckpointException("checkpoint " + file + " is damaged or was changed (its checksum does not match); "
                    + "run the scenario again from the start");
        }
    }

    /**
     * Hex SHA-256 of a set-up's serialized form (countries, policy, parameters, warm-up): two
     * checkpoints continue the same scenario exactly when their hashes agree.
     */
    public static String setupHash(culturebridge.model.Setup setup) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(setup);
            }
            return HexFormat.of().formatHex(sha256().digest(bytes.toByteArray()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot hash the set-up: " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** Reads at most a given number of bytes of a stream (the checkpoint without its trailer). */
    private static final class BoundedInputStream extends java.io.FilterInputStream {
        private long left;

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) return -1;
            int b = super.read();
            if (b >= 0) left--;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) return -1;
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) left -= n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(Math.min(n, left));
            left -= k;
            return k;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), left);
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
        if (!r.header().setupHash().equals(setupHash(setup))) {
            return "was written for another version of scenario '" + setup.name() + "' (its countries, policy, travel or "
                    + "warm-up differ); give the same scenario file and --set as the run that wrote it";
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
