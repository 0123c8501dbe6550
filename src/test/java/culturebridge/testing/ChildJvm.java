package culturebridge.testing;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of a child JVM running the CultureBridge CLI with the test class path (for kill and crash tests). */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** The test JVM's class path (surefire may hand it over in a manifest-only jar). */
    public static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    /** The entries of {@link #classPath()}. */
    public static List<String> classPathEntries() {
        return List.of(classPath().split(File.pathSeparator));
    }

    /**
     * The option that gives a child JVM this JVM's warm-up cache (the build's test folder), so
     * children never fill the working folder's results/warmups.
     */
    public static List<String> warmupCacheOption() {
        String cache = System.getProperty("culturebridge.warmupCache");
        return cache == null ? List.of() : List.of("-Dculturebridge.warmupCache=" + cache);
    }

    /** {@code java -Xmx512m -cp <class path> culturebridge.cli.Main ARGS...} with this JVM's java. */
    public static List<String> command(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-Djava.awt.headless=true");
        cmd.addAll(warmupCacheOption());
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add("culturebridge.cli.Main");
        cmd.addAll(args);
        return cmd;
    }
}
