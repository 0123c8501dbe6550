package culturebridge.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * A results folder held by one writer. A run, sweep, resume or calibration writes into its
 * folder for minutes or hours; two of them writing into one folder would mix their rows under
 * one manifest. Each therefore holds an operating-system lock on the folder's marker file
 * {@value #MARKER} for as long as it writes, and a second writer is refused with the holder's
 * process id and command. The lock belongs to the process: when it ends, even by
 * {@code kill -9}, the system releases it, so a folder left by a killed run is taken over by
 * the next one without any stale-lock clean-up.
 *
 * <p>The marker also says that CultureBridge made the folder: {@code --force} clears only a
 * folder holding it or a manifest ({@link AtomicFiles#prepareOutputDir}), and the marker itself
 * is never deleted, so that no two writers can hold locks on two different marker files.
 */
public final class ResultsFolder implements Closeable {
    /** The marker and lock file inside every results folder. */
    public static final String MARKER = ".culturebridge-lock";
    /** Most bytes of the holder's description read back for a message. */
    private static final int HOLDER_BYTES = 2048;

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;
    /** Whether this process made the marker, so that it says nothing about who made the folder. */
    private final boolean markerIsNew;

    private ResultsFolder(Path dir, FileChannel channel, FileLock lock, boolean markerIsNew) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
        this.markerIsNew = markerIsNew;
    }

    /** A folder that another process (or another command of this one) is writing into. */
    public static final class FolderBusyException extends OutputRefusedException {
        private static final long serialVersionUID = 1L;

        /**
         * @param dir    the folder
         * @param holder the holder's process id and command, as it recorded them (may be empty)
         */
        public FolderBusyException(Path dir, String holder) {
            super("results folder " + dir + " is in use by another CultureBridge run"
                    + (holder.isEmpty() ? "" : " (" + holder + ")")
                    + "; wait until it ends, or choose another folder with --out");
        }
    }

    /**
     * Locks {@code dir} (created if missing) for this process and records the holder, without
     * looking at what the folder holds: for a writer that goes on with the folder's contents
     * ({@code sweep --resume}).
     *
     * @param command the command line, named to a second writer that is refused
     * @throws FolderBusyException      if another writer holds it
     * @throws OutputRefusedException   if it is a file or cannot be created
     */
    public static ResultsFolder lock(Path dir, List<String> command) throws IOException {
        ResultsFolder f = lockOnly(dir);
        f.record(command);
        return f;
    }

    /** Takes the lock without recording the holder (so that a refused writer changes nothing). */
    private static ResultsFolder lockOnly(Path dir) throws IOException {
        Path abs = AtomicFiles.createResultsFolder(dir);
        Path marker = abs.resolve(MARKER);
        boolean existed = Files.exists(marker, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        FileChannel ch;
        try {
            ch = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (FileSystemException e) {
            throw new OutputRefusedException("results folder " + abs + " is not writable: " + AtomicFiles.reason(e), e);
        }
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;
        } catch (IOException e) {
            // Some network file systems offer no locks: writing unlocked is what every earlier
            // version did, so say so rather than refuse to run at all.
            System.err.println("warning: cannot lock results folder " + abs + " (" + e.getMessage()
                    + "); make sure no other run writes into it");
            return new ResultsFolder(abs, ch, null, !existed);
        }
        if (l == null) {
            String holder = holder(ch);
            ch.close();
            throw new FolderBusyException(abs, holder);
        }
        return new ResultsFolder(abs, ch, l, !existed);
    }

    /** Records this process as the holder, for the message a second writer gets. */
    private void record(List<String> command) throws IOException {
        if (lock == null) return;
        byte[] who = ("pid " + ProcessHandle.current().pid() + ": " + String.join(" ", command))
                .replaceAll("[\\r\\n]+", " ").getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(who), 0);
        channel.force(true);
    }

    /**
     * Locks {@code dir} and makes it ready for new results: see
     * {@link AtomicFiles#prepareOutputDir(Path, boolean, Collection, Consumer)}. The lock is taken
     * first, so a folder another run is writing is never cleared.
     *
     * @param keep  files that must survive (the checkpoint a run resumes from): a folder holding
     *              one is never cleared
     * @param note  told what {@code --force} removed
     */
    public static ResultsFolder claim(Path dir, boolean force, List<String> command, Collection<Path> keep,
                                      Consumer<String> note) throws IOException {
        ResultsFolder f = lockOnly(dir);
        try {
            f.prepare(force, keep, note);
            f.record(command);
            return f;
        } catch (IOException | RuntimeException e) {
            f.close();
            throw e;
        }
    }

    /**
     * Makes the locked folder ready for new results (see
     * {@link AtomicFiles#prepareOutputDir(Path, boolean, Collection, Consumer)}); a marker this
     * process has just made does not count as a sign that CultureBridge made the folder.
     */
    public void prepare(boolean force, Collection<Path> keep, Consumer<String> note) throws IOException {
        try {
            AtomicFiles.prepareOutputDir(dir, force, keep, note, !markerIsNew);
        } catch (IOException | RuntimeException e) {
            // a refused folder keeps no trace of this process: the marker it made goes again
            if (markerIsNew) Files.deleteIfExists(dir.resolve(MARKER));
            throw e;
        }
    }

    /** {@link #claim} telling a command's error stream what {@code --force} removed. */
    public static ResultsFolder claim(Path dir, boolean force, List<String> command, Collection<Path> keep,
                                      PrintWriter err) throws IOException {
        return claim(dir, force, command, keep, err == null ? null : (Consumer<String>) m -> {
            err.println(m);
            err.flush();
        });
    }

    /** The absolute, normalised folder. */
    public Path dir() {
        return dir;
    }

    /** Releases the lock (the marker file stays). */
    @Override
    public void close() throws IOException {
        try {
            if (lock != null && lock.isValid()) lock.release();
        } finally {
            channel.close();
        }
    }

    /** What the holder recorded in the marker: one line, at most {@value #HOLDER_BYTES} bytes. */
    private static String holder(FileChannel ch) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(HOLDER_BYTES);
            ch.read(buf, 0);
            String s = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
            int nl = s.indexOf('\n');
            return (nl >= 0 ? s.substring(0, nl) : s).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
