package culturebridge.experiment.sweep.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The version of the model that made a sweep's runs, as a SHA-256 over the compiled classes and
 * resources that can change a run's results: everything under {@code culturebridge/} except
 * the command line, the GUI, the charts and the sweep analysis. A version number or a git
 * commit would miss uncommitted edits; this does not, so {@code --resume} can refuse to mix
 * runs of two different models in one sweep.
 */
public final class ModelFingerprint {
    private static final String ROOT = "culturebridge/";
    /** Code that cannot change a run's numbers. */
    private static final List<String> EXCLUDED = List.of("culturebridge/cli/", "culturebridge/gui/",
            "culturebridge/chart/", "culturebridge/experiment/sweep/analysis/");

    private ModelFingerprint() {
    }

    /** The fingerprint of the model classes this JVM runs (from a jar or a classes folder). */
    public static String current() {
        // the classes cannot change under a running JVM; hashing the jar again for every run
        // of a sweep costs as much as a small run
        String f = cached;
        if (f == null) cached = f = compute();
        return f;
    }

    private static volatile String cached;

    private static String compute() {
        CodeSource cs = ModelFingerprint.class.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) return "unknown";
        try {
            Path where = Path.of(cs.getLocation().toURI());
            return Files.isDirectory(where) ? ofFolder(where) : ofJar(where);
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return "unknown";
        }
    }

    /** The fingerprint of a classes folder. */
    static String ofFolder(Path root) throws IOException {
        MessageDigest md = sha256();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root.resolve(ROOT))) {
            s.filter(Files::isRegularFile).forEach(files::add);
        }
        List<String> names = new ArrayList<>();
        for (Path f : files) names.add(root.relativize(f).toString().replace('\\', '/'));
        Collections.sort(names);
        for (String name : names) {
            if (!counts(name)) continue;
            update(md, name, Files.readAllBytes(root.resolve(name)));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The fingerprint of a jar. */
    static String ofJar(Path jar) throws IOException {
        MessageDigest md = sha256();
        try (JarFile jf = new JarFile(jar.toFile())) {
            List<String> names = new ArrayList<>();
            for (JarEntry e : Collections.list(jf.entries())) {
                if (!e.isDirectory() && counts(e.getName())) names.add(e.getName());
            }
            Collections.sort(names);
            for (String name : names) {
                try (InputStream in = jf.getInputStream(jf.getJarEntry(name))) {
                    update(md, name, in.readAllBytes());
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static boolean counts(String name) {
        if (!name.startsWith(ROOT)) return false;
        for (String x : EXCLUDED) if (name.startsWith(x)) return false;
        return true;
    }

    private static void update(MessageDigest md, String name, byte[] bytes) {
        md.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(Long.toString(bytes.length).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
