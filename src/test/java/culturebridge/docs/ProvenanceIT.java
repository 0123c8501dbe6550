package culturebridge.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar knows where it came from: started from a folder that is not the project
 * (and not a git repository), {@code --version} and a run's manifest give the version and the
 * commit recorded in the jar when it was built.
 */
class ProvenanceIT {

    private static final Path JAR = Path.of("target", "culturebridge.jar").toAbsolutePath();

    @TempDir Path elsewhere;

    private static Properties recorded() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile());
             InputStream in = jar.getInputStream(jar.getEntry("META-INF/culturebridge/build.properties"))) {
            Properties p = new Properties();
            p.load(in);
            return p;
        }
    }

    private String runJar(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(elsewhere.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the jar finished");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void versionAndManifestGiveTheJarsCommitFromAnotherFolder() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "package the jar first: " + JAR);
        Properties build = recorded();
        String commit = build.getProperty("git.commit.id.full");
        String version = build.getProperty("git.build.version");
        assertTrue(commit != null && commit.matches("[0-9a-f]{40}"), "the build recorded its commit: " + commit);

        String printed = runJar("--version").strip();
        assertTrue(printed.startsWith("CultureBridge " + version + " (commit " + commit), printed);

        Path out = elsewhere.resolve("run");
        runJar("run", "status-quo-2026", "--cold-start", "--set", "agents=500", "--set", "months=2", "--quiet",
                "--out", out.toString());
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(commit, manifest.get("git_commit").asText());
        assertEquals(version, manifest.get("project_version").asText());
        assertEquals(Boolean.valueOf(build.getProperty("git.dirty")), manifest.get("git_dirty").asBoolean());
    }
}
