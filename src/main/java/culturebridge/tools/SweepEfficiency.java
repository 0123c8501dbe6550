package culturebridge.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The parallel efficiency of a sweep, measured as a user meets it: the whole {@code sweep}
 * command, JVM start included, timed in fresh JVMs with 1 thread and with n threads,
 * alternately, several times. Efficiency is the median 1-thread time over n times the median
 * n-thread time (1 is perfect). Fresh JVMs because a JVM that has run the sweep once has
 * compiled its code already, and the next sweep in it would look faster than any user's.
 *
 * <p>The sweep is run once first, untimed, with n threads: it builds the warm-up checkpoints
 * the runs continue (kept in the warm-up cache, as a user's second sweep would find them) and
 * refuses a bad sweep file before any timing. The outputs of the last 1-thread and n-thread
 * sweeps are compared byte for byte (their tables other than {@code runs.csv}, which holds
 * wall times), since a parallel speed-up is worth nothing if it changes the results.
 */
public final class SweepEfficiency {
    /** Tables a sweep writes whose bytes must not depend on the thread count. */
    public static final List<String> COMPARED = List.of("design.csv", "responses.csv", "monthly.csv");

    /** What was measured. Wall times in seconds, in the order they were taken. */
    public record Result(int threads, List<Double> oneThreadSeconds, List<Double> threadsSeconds,
                         boolean identicalOutputs) {
        public double oneThreadMedian() { return median(oneThreadSeconds); }
        public double threadsMedian() { return median(threadsSeconds); }
        /** Median 1-thread time over {@code threads} times the median n-thread time. */
        public double efficiency() { return oneThreadMedian() / (threads * threadsMedian()); }
    }

    /** A sweep command that failed: its exit code and the end of what it printed. */
    public static final class SweepFailed extends Exception {
        private static final long serialVersionUID = 1L;
        private final int exitCode;

        SweepFailed(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }

        /** The sweep command's exit code (2: bad input). */
        public int exitCode() { return exitCode; }
    }

    private final Path sweepFile;
    private final List<String> sweepOptions;
    private final int threads;
    /**
     * Guards starting a sweep JVM against the shutdown hook: the hook waits for a start in
     * progress, so it sees the JVM just started, and no JVM starts after it.
     */
    private final Object processes = new Object();
    /** The sweep JVM running now (null between sweeps). */
    private Process running;
    /** Set by the shutdown hook. */
    private boolean stopping;

    /**
     * @param sweepFile    the sweep file
     * @param sweepOptions further options for every {@code sweep} command, e.g.
     *                     {@code --set agents=2000} or {@code --warmup-cache DIR}
     * @param threads      the thread count compared with 1
     */
    public SweepEfficiency(Path sweepFile, List<String> sweepOptions, int threads) {
        this.sweepFile = sweepFile.toAbsolutePath();
        this.sweepOptions = List.copyOf(sweepOptions);
        this.threads = threads;
    }

    /**
     * Prepares, then times the sweep {@code repeats} times with each thread count.
     *
     * @param progress told what is happening and each time taken
     */
    public Result measure(int repeats, Consumer<String> progress) throws SweepFailed, IOException {
        Path work = Files.createTempDirectory("culturebridge-bench-sweep");
        // Stopped by a signal (Ctrl-C, kill), the JVM runs its shutdown hooks but not the
        // finally below: the hook stops the sweep JVM of the moment, which would otherwise run
        // on, and removes the folder, which can hold large sweep outputs.
        Thread cleanup = new Thread(() -> {
            stopRunningSweep();
            deleteTree(work);
        }, "culturebridge-bench-sweep-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            progress.accept("  preparing: one untimed sweep with " + threads + " threads (builds the warm-ups it continues)");
            run(work, "prepare", threads);
            List<Double> one = new ArrayList<>();
            List<Double> many = new ArrayList<>();
            for (int r = 1; r <= repeats; r++) {
                one.add(run(work, "t1", 1));
                progress.accept(String.format(java.util.Locale.ROOT, "  %d/%d  1 thread   %8.2f s", r, repeats, last(one)));
                many.add(run(work, "t" + threads, threads));
                progress.accept(String.format(java.util.Locale.ROOT, "  %d/%d  %d threads  %8.2f s", r, repeats, threads,
                        last(many)));
            }
            boolean identical = sameTables(work.resolve("t1"), work.resolve("t" + threads));
            return new Result(threads, List.copyOf(one), List.copyOf(many), identical);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it removes the folder
            }
            if (!deleteTree(work)) progress.accept("warning: could not remove the temporary folder " + work);
        }
    }

    /** Stops the sweep JVM now running, if any: politely, then by force after 10 s. */
    private void stopRunningSweep() {
        Process p;
        synchronized (processes) {
            stopping = true;
            p = running;
        }
        if (p == null) return;
        p.destroy();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs the sweep in a fresh JVM into {@code work/label}; returns its wall seconds. */
    private double run(Path work, String label, int nThreads) throws SweepFailed, IOException {
        Path out = work.resolve(label);
        Path log = work.resolve(label + ".log");
        List<String> cmd = new ArrayList<>(javaCommand());
        cmd.addAll(List.of("sweep", sweepFile.toString(), "--threads", Integer.toString(nThreads),
                "--out", out.toString(), "--force", "--quiet"));
        cmd.addAll(sweepOptions);
        long start = System.nanoTime();
        Process p;
        synchronized (processes) {
            if (stopping) throw new IOException("bench is stopping");
            p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            running = p;
        }
        int code;
        try {
            code = p.waitFor();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the sweep ran", e);
        } finally {
            synchronized (processes) {
                running = null;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            List<String> lines = Files.readAllLines(log);
            String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
            throw new SweepFailed(code, "the sweep command failed (exit code " + code + "):\n" + tail);
        }
        return seconds;
    }

    /**
     * {@code java [this JVM's options] -cp [this class path] culturebridge.cli.Main}: the same
     * Java, heap and class-data options as the measuring JVM (so {@code -Xmx} or an AppCDS
     * archive given to {@code bench} apply to the sweeps), but no agents, debuggers or flight
     * recordings, which would distort the times.
     */
    static List<String> javaCommand() {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (passedOn(a)) cmd.add(a);
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("culturebridge.cli.Main");
        return cmd;
    }

    static boolean passedOn(String jvmOption) {
        return !(jvmOption.startsWith("-agentlib") || jvmOption.startsWith("-agentpath") || jvmOption.startsWith("-javaagent")
                || jvmOption.startsWith("-Xrunjdwp") || jvmOption.startsWith("-Xdebug")
                || jvmOption.startsWith("-XX:StartFlightRecording") || jvmOption.startsWith("-XX:FlightRecorderOptions")
                || jvmOption.startsWith("-XX:ArchiveClassesAtExit"));
    }

    /** True when the compared tables of two sweep folders have the same bytes. */
    static boolean sameTables(Path a, Path b) throws IOException {
        for (String name : COMPARED) {
            if (Files.mismatch(a.resolve(name), b.resolve(name)) != -1) return false;
        }
        return true;
    }

    static double median(List<Double> xs) {
        double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (s.length == 0) return Double.NaN;
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double last(List<Double> xs) {
        return xs.get(xs.size() - 1);
    }

    /** Removes the measurement's folder (sweep outputs can be large); false if it could not. */
    private static boolean deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(f);
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}
