package culturebridge.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The software and machine a run was made with, for its manifest: project version, git
 * commit of the working tree, Java and operating system. Every lookup is best effort: a
 * missing git, a folder that is not a repository or a run from unpackaged classes gives
 * {@code null}, never a failure, because provenance must not stop a run.
 *
 * @param projectVersion {@code Implementation-Version} of the jar, or the fallback given
 * @param gitCommit      {@code git rev-parse HEAD} in the working folder, or null
 * @param gitDirty       whether {@code git status --porcelain} lists changes, or null if unknown
 * @param javaVersion    {@code java.version}
 * @param javaVendor     {@code java.vendor}
 * @param os             {@code os.name os.version (os.arch)}
 */
public record ManifestInfo(String projectVersion, String gitCommit, Boolean gitDirty,
                           String javaVersion, String javaVendor, String os) {

    private static final Pattern SHA1 = Pattern.compile("[0-9a-f]{40}");
    private static final long GIT_TIMEOUT_SECONDS = 5;

    /**
     * Looks everything up.
     *
     * @param workingDir      folder in which to ask git (usually the current directory)
     * @param fallbackVersion version to report when the classes do not come from a jar
     *                        with an {@code Implementation-Version}; may be null
     */
    public static ManifestInfo detect(Path workingDir, String fallbackVersion) {
        String commit = gitCommit(workingDir);
        return new ManifestInfo(projectVersion(fallbackVersion), commit,
                commit == null ? null : gitDirty(workingDir),
                System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name") + " " + System.getProperty("os.version")
                        + " (" + System.getProperty("os.arch") + ")");
    }

    /** The jar manifest's {@code Implementation-Version}, or {@code fallback}. */
    public static String projectVersion(String fallback) {
        Package p = ManifestInfo.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v != null ? v : fallback;
    }

    /** The commit checked out in {@code dir}, or null if it cannot be told. */
    public static String gitCommit(Path dir) {
        String out = git(dir, "rev-parse", "HEAD");
        if (out == null) return null;
        String sha = out.trim();
        return SHA1.matcher(sha).matches() ? sha : null;
    }

    /** Whether the working tree in {@code dir} has uncommitted changes, or null if unknown. */
    public static Boolean gitDirty(Path dir) {
        String out = git(dir, "status", "--porcelain", "--untracked-files=no");
        return out == null ? null : !out.isBlank();
    }

    private static String git(Path dir, String... args) {
        if (dir == null || !Files.isDirectory(dir)) return null;
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add("git");
        cmd.addAll(List.of(args));
        Process proc;
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            // Never prompt, and never take the index lock for "status": a manifest must not
            // get in the way of a commit being made in the same tree.
            pb.environment().put("GIT_TERMINAL_PROMPT", "0");
            pb.environment().put("GIT_OPTIONAL_LOCKS", "0");
            proc = pb.start();
        } catch (IOException | SecurityException e) {
            return null;
        }
        try (InputStream in = proc.getInputStream()) {
            proc.getOutputStream().close();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            if (!proc.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS) || proc.exitValue() != 0) return null;
            return buf.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            proc.destroy();
        }
    }
}
