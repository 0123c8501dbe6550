package culturebridge.output;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * The way every result file of a run reaches the disk: complete or not at all.
 *
 * <p>The house rule (design.md, "Bad input gets a clear error, and nothing is lost") is that
 * outputs are written under a temporary name and renamed when complete, and that existing
 * results are never overwritten without {@code --force}. A file is written to a hidden
 * sibling {@code .<name>.tmp-<random>} in the target's own folder (a rename is only atomic
 * within one file system), forced to the device, then moved over the target with
 * {@link StandardCopyOption#ATOMIC_MOVE}. A reader (a notebook, a resumed sweep) therefore
 * sees either the old file or the whole new one, never a truncated one.
 */
public final class AtomicFiles {

    private static final String TMP_MARK = ".tmp-";

    private AtomicFiles() {
    }

    /** Writes bytes to a stream; may fail with an {@link IOException}. */
    @FunctionalInterface
    public interface IOConsumer<T> {
        /** Consumes the value. */
        void accept(T value) throws IOException;
    }

    /**
     * Thrown when a run would write into a results folder that already holds files and the
     * user did not ask to overwrite them.
     */
    public static final class OutputExistsException extends OutputRefusedException {
        private static final long serialVersionUID = 1L;
        private final transient Path dir;

        /** @param dir the folder that already holds results */
        public OutputExistsException(Path dir) {
            super("results folder " + dir + " already exists; use --force to overwrite or --out to choose another");
            this.dir = dir;
        }

        /** The folder that already holds results. */
        public Path dir() {
            return dir;
        }
    }

    /**
     * A file being written under its temporary name. {@link #commit()} moves it over the
     * target; {@link #close()} without a commit deletes it, so a failed writer leaves the old
     * target (if any) untouched and no temporary file behind.
     */
    public static final class PendingFile implements Closeable {
        private final Path target;
        private final Path temp;
        private final FileChannel channel;
        private final OutputStream stream;
        private boolean done;

        private PendingFile(Path target, Path temp, FileChannel channel) {
            this.target = target;
            this.temp = temp;
            this.channel = channel;
            this.stream = new BufferedOutputStream(new CloseShield(Channels.newOutputStream(channel), target), 1 << 16);
        }

        /** The final location. */
        public Path target() {
            return target;
        }

        /** The temporary sibling being written. */
        public Path temp() {
            return temp;
        }

        /**
         * The stream to write to. Closing it does not commit or abort; the pending file owns
         * the underlying channel.
         */
        public OutputStream stream() {
            return stream;
        }

        /** Flushes, forces the bytes to the device and moves the file over the target. */
        public void commit() throws IOException {
            if (done) throw new IllegalStateException("already committed or aborted: " + target);
            try {
                stream.flush();
                channel.force(true);
                channel.close();
                moveIntoPlace(temp, target);
                done = true;
            } catch (IOException e) {
                throw naming(target, e);
            } finally {
                if (!done) abort();
            }
            forceDirectory(target.getParent());
        }

        /** Deletes the temporary file unless committed. Safe to call more than once. */
        @Override
        public void close() throws IOException {
            if (!done) abort();
        }

        private void abort() throws IOException {
            done = true;
            try {
                channel.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Opens a temporary sibling of {@code target} for writing, creating the parent folder if
     * needed. Use in try-with-resources and call {@link PendingFile#commit()} at the end.
     */
    public static PendingFile open(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null) throw new IOException("cannot write to a file system root: " + target);
        Files.createDirectories(parent);
        if (Files.isDirectory(abs)) throw new IOException("cannot write file " + abs + ": it is a folder");
        // Not Files.createTempFile: it makes owner-only files, and results are meant to be
        // shared; CREATE_NEW gives the usual permissions (umask) and never reuses a name.
        for (int attempt = 0; ; attempt++) {
            Path temp = parent.resolve("." + abs.getFileName() + TMP_MARK
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
            try {
                FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new PendingFile(abs, temp, channel);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) throw e;
            }
        }
    }

    /**
     * Writes a file atomically: {@code body} writes the content to a stream; the target is
     * replaced only if it returns normally.
     */
    public static void write(Path target, IOConsumer<OutputStream> body) throws IOException {
        try (PendingFile pending = open(target)) {
            try {
                body.accept(pending.stream());
                pending.commit();
            } catch (IOException e) {
                throw naming(target, e);
            }
        }
    }

    /**
     * The error with the file named: the system's own message for a full disk or a failed
     * write ("No space left on device") says neither which file nor which folder.
     */
    public static IOException naming(Path target, IOException e) {
        String msg = String.valueOf(e.getMessage());
        String name = target.getFileName() == null ? target.toString() : target.getFileName().toString();
        if (e instanceof OutputRefusedException || msg.contains(name)) return e;
        // wrappers such as ImageIO's "I/O error writing PNG file!" hide the system's reason
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && !msg.contains(c.getMessage())) msg += ": " + c.getMessage();
        }
        return new IOException("cannot write " + target.toAbsolutePath().normalize() + ": " + msg, e);
    }

    /** Writes bytes atomically. */
    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Writes text atomically, encoded as UTF-8. */
    public static void writeString(Path target, String text) throws IOException {
        writeBytes(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Makes {@code dir} ready to receive a run's results, before anything runs, so that a
     * bad folder is reported at once rather than after hours of simulation. {@code --force}
     * tells on standard error what it removed.
     *
     * @see #prepareOutputDir(Path, boolean, Collection, Consumer)
     * @return the absolute, normalised folder
     */
    public static Path prepareOutputDir(Path dir, boolean force) throws IOException {
        return prepareOutputDir(dir, force, List.of(), System.err::println);
    }

    /**
     * Makes {@code dir} ready to receive a run's results.
     *
     * <ul>
     *   <li>missing: created (with its parents);</li>
     *   <li>existing and empty (but for its {@link ResultsFolder#MARKER}): used as is;</li>
     *   <li>existing and non-empty: refused with {@link OutputExistsException} unless
     *       {@code force}, in which case its contents are deleted (symbolic links are removed,
     *       never followed), the marker excepted;</li>
     *   <li>not a folder, not creatable or not writable: refused with a clear
     *       {@link OutputRefusedException}.</li>
     * </ul>
     *
     * <p>With {@code force}, only a folder that CultureBridge made (it holds the marker or a
     * {@code manifest.json}) is cleared: {@code --out} is easily mistyped, and a folder of the
     * user's own files must never be emptied by a run. A file system root, the user's home
     * folder, any folder that contains the working directory and any folder holding one of
     * {@code keep} (the checkpoint a run resumes from) are refused as well.
     *
     * @param keep files that must survive
     * @param note told what was removed (may be null)
     * @return the absolute, normalised folder
     */
    public static Path prepareOutputDir(Path dir, boolean force, Collection<Path> keep, Consumer<String> note)
            throws IOException {
        return prepareOutputDir(dir, force, keep, note, true);
    }

    /**
     * As {@link #prepareOutputDir(Path, boolean, Collection, Consumer)}; {@code trustMarker} is
     * false when the caller has just made the marker itself (it then shows nothing of who made
     * the folder's other contents).
     */
    static Path prepareOutputDir(Path dir, boolean force, Collection<Path> keep, Consumer<String> note, boolean trustMarker)
            throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new OutputRefusedException("results folder " + abs + " is a file, not a folder; use --out to choose another");
        }
        if (Files.isDirectory(abs) && !isEmptyResultsFolder(abs)) {
            if (!force) throw new OutputExistsException(abs);
            refuseDangerousClear(abs, Path.of("").toAbsolutePath().normalize(),
                    Path.of(System.getProperty("user.home", "/")).toAbsolutePath().normalize());
            refuseForeignClear(abs, keep, trustMarker);
            List<String> removed = clearContents(abs);
            if (note != null) {
                note.accept("--force: cleared " + abs + ": removed " + removed.size() + " file(s) and folder(s)"
                        + (removed.isEmpty() ? "" : " (" + String.join(", ", removed.subList(0, Math.min(8, removed.size())))
                        + (removed.size() > 8 ? ", ..." : "") + ")"));
            }
        }
        createResultsFolder(abs);
        checkWritable(abs);
        try {
            // marks the folder as CultureBridge's, so that a later --force may clear it
            Files.createFile(abs.resolve(ResultsFolder.MARKER));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // marked already (by the writer holding it, or an earlier run)
        }
        return abs;
    }

    /**
     * Creates a results folder (with its parents) if missing; a name the file system refuses
     * (too long, a file on the way, no permission) is the user's choice of {@code --out} and is
     * reported as such.
     *
     * @return the absolute, normalised folder
     */
    static Path createResultsFolder(Path dir) throws OutputRefusedException {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new OutputRefusedException("results folder " + abs + " is a file, not a folder; use --out to choose another");
        }
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new OutputRefusedException("cannot create results folder " + abs + ": " + reason(e)
                    + "; use --out to choose another", e);
        }
        return abs;
    }

    /** The file system's reason without the path it repeats ("File name too long"). */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        if (e instanceof java.nio.file.FileAlreadyExistsException) return "a file of that name is in the way";
        if (e instanceof java.nio.file.NoSuchFileException) return "a folder on the way does not exist";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return String.valueOf(e.getMessage());
    }

    /**
     * True if the folder holds nothing but its {@link ResultsFolder#MARKER} (results of a run
     * killed before its first file count as results).
     */
    public static boolean isEmptyResultsFolder(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (!p.getFileName().toString().equals(ResultsFolder.MARKER)) return false;
            }
            return true;
        }
    }

    /** Refuses to clear a folder CultureBridge did not make, or one holding a file to keep. */
    static void refuseForeignClear(Path dir, Collection<Path> keep, boolean trustMarker) throws IOException {
        for (Path k : keep) {
            Path abs = k.toAbsolutePath().normalize();
            if (abs.startsWith(dir)) {
                throw new OutputRefusedException("refusing to clear " + dir + " with --force: it holds " + abs
                        + ", which this run reads; write the results to another folder with --out");
            }
        }
        boolean ours = trustMarker && Files.exists(dir.resolve(ResultsFolder.MARKER), LinkOption.NOFOLLOW_LINKS)
                || Files.isRegularFile(dir.resolve(ManifestWriter.FILE_NAME), LinkOption.NOFOLLOW_LINKS);
        if (!ours) {
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) {
                    if (p.getFileName().toString().equals(ResultsFolder.MARKER)) continue;
                    if (names.size() == 5) {
                        names.add("...");
                        break;
                    }
                    names.add(p.getFileName() + (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "/" : ""));
                }
            }
            throw new OutputRefusedException("refusing to clear " + dir + " with --force: CultureBridge did not make it (it "
                    + "has no " + ManifestWriter.FILE_NAME + " and no " + ResultsFolder.MARKER + ") and it holds "
                    + String.join(", ", names) + "; choose a new or empty folder with --out");
        }
    }

    /**
     * Resolves {@code relative} against {@code base} and refuses the result unless it lies
     * inside {@code base}. The check is lexical (after normalising {@code ..} and {@code .}),
     * so a name taken from a scenario file cannot make a run write outside its folder.
     *
     * @throws IllegalArgumentException if the path is absolute elsewhere or climbs out of base
     */
    public static Path resolveInside(Path base, String relative) {
        Path b = base.toAbsolutePath().normalize();
        Path resolved = b.resolve(relative).normalize();
        if (!resolved.startsWith(b) || resolved.equals(b)) {
            throw new IllegalArgumentException("path '" + relative + "' escapes the folder " + b);
        }
        return resolved;
    }

    /** True if {@code name} is one of this class's temporary files (for clean-up and tests). */
    public static boolean isTemporaryName(String name) {
        return name.startsWith(".") && name.contains(TMP_MARK);
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network and FUSE file systems refuse atomic renames even within a folder;
            // a plain replace is still far better than writing the target in place.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Forces the folder entry of a rename to the device where the platform allows opening a
     * folder as a channel (Linux, macOS); elsewhere it is skipped, which only weakens the
     * guarantee after a power cut, not after a crash of this process.
     */
    private static void forceDirectory(Path dir) {
        if (dir == null) return;
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not supported here (e.g. Windows): the rename itself already happened.
        }
    }

    /** Refuses to clear a root, the home folder or a folder holding the working directory. */
    static void refuseDangerousClear(Path dir, Path cwd, Path home) throws IOException {
        if (dir.getParent() == null || dir.equals(home) || cwd.startsWith(dir)) {
            throw new IOException("refusing to delete the contents of " + dir
                    + " (a root, the home folder or a folder containing the working directory); use --out to choose a dedicated results folder");
        }
    }

    /** Deletes the folder's contents but its marker; returns the top-level names removed. */
    private static List<String> clearContents(Path dir) throws IOException {
        List<String> removed = new ArrayList<>();
        Path marker = dir.resolve(ResultsFolder.MARKER);
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (file.equals(marker)) return FileVisitResult.CONTINUE;
                Files.delete(file);
                if (dir.equals(file.getParent())) removed.add(file.getFileName().toString());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) throw exc;
                if (!d.equals(dir)) {
                    Files.delete(d);
                    if (dir.equals(d.getParent())) removed.add(d.getFileName() + "/");
                }
                return FileVisitResult.CONTINUE;
            }
        });
        java.util.Collections.sort(removed);
        return removed;
    }

    private static void checkWritable(Path dir) throws IOException {
        // Files.isWritable only asks for permission bits; creating a file also catches
        // read-only mounts, full quotas and ACLs.
        Path probe;
        try {
            probe = Files.createTempFile(dir, ".write-check" + TMP_MARK, "");
        } catch (IOException e) {
            throw new IOException("results folder " + dir + " is not writable: " + e.getMessage(), e);
        }
        Files.deleteIfExists(probe);
    }

    /** Lets callers close the stream they were handed without closing the channel early. */
    private static final class CloseShield extends java.io.FilterOutputStream {
        private final Path target;

        CloseShield(OutputStream out, Path target) {
            super(out);
            this.target = target;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw naming(target, e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw naming(target, e);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
