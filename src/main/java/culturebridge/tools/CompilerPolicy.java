package culturebridge.tools;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Which just-in-time compiler works on what, set from inside the process (a jar run with
 * {@code java -jar} cannot carry JVM options): the optimising compiler (HotSpot's C2) only for
 * the simulation's hot code (the model, MASON, the random number generator), the quick compiler
 * (C1) for everything else: loading scenarios, Java serialization of warm-up checkpoints,
 * writing CSV, picocli, YAML, Spark.
 *
 * <p>Why: by default a sweep of short runs spends nearly as much CPU compiling as running. In a
 * 100-run sweep of 10,000-agent runs the JVM compiled for 15 s (JFR compile events) next to
 * 19 CPU-seconds of runs, more than half of it optimising JDK code that each run touches only
 * briefly (serialization, reflection, hash maps, regular expressions). On a 2-core machine a
 * 2-thread sweep must take that time from its workers. With this policy the same sweep compiles
 * for 6 s, uses about a sixth less CPU and runs about a fifth faster on 2 threads; a
 * million-agent run, nearly all of it model code, is unchanged. Results cannot change: the
 * compilers produce the same doubles (Java's floating point is strict).
 *
 * <p>The policy is a HotSpot compiler directive (JEP 165), added through the same diagnostic
 * command as {@code jcmd PID Compiler.directives_add FILE}; on a JVM without the command (not
 * HotSpot) nothing happens. It helps where many short runs compile much code briefly used, so
 * only {@code sweep} and {@code bench} apply it ({@code --jit model}, their default, or
 * {@code --jit default} for the JVM's own policy; {@code CULTUREBRIDGE_JIT} sets the default).
 * Measured on 2 shared cores, medians of five alternating whole-process runs: a 100-run sweep
 * of 2,000-agent runs on 2 threads used 20% less CPU (14.6 s against 18.3 s); a 20,000-agent
 * {@code bench} used 6% less CPU in all, its model rate unchanged within the machine's noise.
 */
public final class CompilerPolicy {
    /** The environment variable whose value ({@link #MODEL} or {@link #DEFAULT}) is the default of {@code --jit}. */
    public static final String ENV = "CULTUREBRIDGE_JIT";
    /** The setting that applies the policy. */
    public static final String MODEL = "model";
    /** The setting that leaves the JVM's own policy. */
    public static final String DEFAULT = "default";
    /** The directives, a resource of the jar. */
    public static final String RESOURCE = "/culturebridge/jit-directives.json";

    private CompilerPolicy() { }

    /**
     * Adds the directives unless {@code setting} is {@code default}.
     *
     * @return what the JVM answered (for example "2 compiler directives added"), or why
     *         nothing was added; never throws, as the policy only saves time
     */
    public static String apply(String setting) {
        if (setting != null && setting.trim().toLowerCase(Locale.ROOT).equals(DEFAULT)) {
            return "not applied: " + setting;
        }
        Path file = null;
        try (InputStream in = CompilerPolicy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return "not applied: " + RESOURCE + " is missing from the jar";
            // the diagnostic command reads a file
            file = Files.createTempFile("culturebridge-jit", ".json");
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            return String.valueOf(answer).trim();
        } catch (IOException | JMException | RuntimeException e) {
            return "not applied: " + e;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a stray temporary file of 200 bytes is no reason to stop
                }
            }
        }
    }
}
