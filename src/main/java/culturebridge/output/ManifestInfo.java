package culturebridge.output;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The software and machine a run was made with, for its manifest: the project version and the
 * git commit the running build was made from, Java and operating system. The version and commit
 * come from the build itself ({@value #BUILD_PROPERTIES}, written by the build from the
 * repository it was built in), never from the folder the program is started in: a jar run from
 * another folder, or from a folder that is another checkout, still records its own commit.
 * Classes without that file (a build outside a git repository) record {@code null}, never a
 * failure, because provenance must not stop a run.
 *
 * @param projectVersion the build's project version, or the fallback given
 * @param gitCommit      the 40-hex commit the build was made from, or null
 * @param gitDirty       whether that working tree had uncommitted changes at build time, or null
 * @param javaVersion    {@code java.version}
 * @param javaVendor     {@code java.vendor}
 * @param os             {@code os.name os.version (os.arch)}
 */
public record ManifestInfo(String projectVersion, String gitCommit, Boolean gitDirty,
                           String javaVersion, String javaVendor, String os) {

    /** Class-path resource with the build's provenance (git-commit-id-maven-plugin's format). */
    public static final String BUILD_PROPERTIES = "META-INF/culturebridge/build.properties";
    /** The manifest keys this record fills, in the order they are written. */
    public static final List<String> KEYS = List.of(
            "project_version", "git_commit", "git_dirty", "java_version", "java_vendor", "os");

    private static final Pattern SHA1 = Pattern.compile("[0-9a-f]{40}");
    private static volatile Properties build;

    /**
     * The running build and machine.
     *
     * @param fallbackVersion version to report when the build recorded none; may be null
     */
    public static ManifestInfo current(String fallbackVersion) {
        Properties b = buildProperties();
        String commit = b.getProperty("git.commit.id.full");
        if (commit != null && !SHA1.matcher(commit).matches()) commit = null;
        String dirty = b.getProperty("git.dirty");
        return new ManifestInfo(projectVersion(fallbackVersion), commit,
                commit == null || dirty == null ? null : Boolean.valueOf(dirty),
                System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name") + " " + System.getProperty("os.version")
                        + " (" + System.getProperty("os.arch") + ")");
    }

    /** The build's project version (its properties, else the jar's {@code Implementation-Version}), or {@code fallback}. */
    public static String projectVersion(String fallback) {
        String v = buildProperties().getProperty("git.build.version");
        if (v != null && !v.isBlank()) return v;
        Package p = ManifestInfo.class.getPackage();
        v = p == null ? null : p.getImplementationVersion();
        return v != null ? v : fallback;
    }

    /** The provenance block of every manifest (run, sweep, calibration): {@link #KEYS} in order. */
    public LinkedHashMap<String, Object> toMap() {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("project_version", projectVersion);
        m.put("git_commit", gitCommit);
        m.put("git_dirty", gitDirty);
        m.put("java_version", javaVersion);
        m.put("java_vendor", javaVendor);
        m.put("os", os);
        return m;
    }

    /** One line for {@code --version}: version and commit (with "-dirty" when the tree had changes). */
    public String versionLine() {
        String commit = gitCommit == null ? "commit unknown" : "commit " + gitCommit + (Boolean.TRUE.equals(gitDirty) ? "-dirty" : "");
        return "CultureBridge " + projectVersion + " (" + commit + ")";
    }

    private static Properties buildProperties() {
        Properties b = build;
        if (b == null) build = b = readBuildProperties();
        return b;
    }

    private static Properties readBuildProperties() {
        Properties p = new Properties();
        try (InputStream in = ManifestInfo.class.getClassLoader().getResourceAsStream(BUILD_PROPERTIES)) {
            if (in != null) p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return new Properties();
        }
        return p;
    }
}
