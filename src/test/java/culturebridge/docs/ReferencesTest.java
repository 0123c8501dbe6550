package culturebridge.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository cites only itself: every repository path that the README, the handbook (with
 * the ODD), the data notes, the scenario files, the country tables, the scripts and the main
 * code name exists, every document named by file name ({@code something.md}) is in the
 * repository, and no file refers to a folder outside it.
 */
class ReferencesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    /** Top-level folders of the repository: a path that starts with one is a repository path. */
    private static final Pattern REPO_PATH = Pattern.compile(
            "(?<![\\w.$/-])((?:\\.\\./)*(?:src|scenarios|data|notebooks|scripts|\\.ci)/[\\w./-]*)");
    /** A document named by its file name alone. */
    private static final Pattern DOCUMENT = Pattern.compile("(?<![\\w/.-])([\\w-]+\\.(?:md|cff))\\b");
    /** A reference to a folder outside the repository (written in two parts so this file does not match). */
    private static final Pattern OUTSIDE = Pattern.compile("(?<![\\w-])(?:\\.\\./)*" + "sha" + "red/");

    /** The files that cite: documentation, inputs and the main code. */
    private static List<Path> citingFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String f : List.of("README.md", "CITATION.cff", "data/README.md", "results/README.md")) out.add(ROOT.resolve(f));
        for (String dir : List.of("src/site", "scenarios", "src/main/resources/culturebridge/countries", "scripts",
                "src/main/java", "data")) {
            try (Stream<Path> s = Files.walk(ROOT.resolve(dir))) {
                s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".png") && !p.toString().endsWith(".csv"))
                        .forEach(out::add);
            }
        }
        return out;
    }

    /** Every text file of the repository (not build output, not results, not git's own). */
    private static List<Path> allTextFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(ROOT)) {
            s.filter(Files::isRegularFile).filter(p -> {
                Path rel = ROOT.relativize(p);
                String first = rel.getName(0).toString();
                if (first.equals(".git") || first.equals("target")) return false;
                if (first.equals("results")) return rel.toString().equals("results/README.md");
                String name = p.getFileName().toString();
                return !name.endsWith(".png") && !name.endsWith(".jar") && !name.endsWith(".ckpt");
            }).forEach(out::add);
        }
        return out;
    }

    private static String read(Path p) throws IOException {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return "";
        }
    }

    @Test
    void everyCitedRepositoryPathExists() throws IOException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path file : citingFiles()) {
            String text = read(file);
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = REPO_PATH.matcher(lines[i]);
                while (m.find()) {
                    String ref = m.group(1).replaceAll("[.,:;]+$", "");
                    checked++;
                    if (!exists(file, ref)) missing.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + ref);
                }
            }
        }
        assertTrue(checked > 100, "the scan found the repository's many path references (" + checked + ")");
        assertEquals(List.of(), missing, "references to files or folders that are not in the repository");
    }

    @Test
    void everyDocumentNamedByFileNameIsInTheRepository() throws IOException {
        Set<String> names = new HashSet<>();
        for (Path p : allTextFiles()) names.add(p.getFileName().toString());
        List<String> missing = new ArrayList<>();
        for (Path file : citingFiles()) {
            String[] lines = read(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = DOCUMENT.matcher(lines[i]);
                while (m.find()) {
                    if (!names.contains(m.group(1))) missing.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), missing, "documents named that are not in the repository");
    }

    @Test
    void noFileRefersOutsideTheRepository() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : allTextFiles()) {
            String[] lines = read(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (OUTSIDE.matcher(lines[i]).find()) found.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines[i].strip());
            }
        }
        assertEquals(List.of(), found, "references to a folder outside the repository");
    }

    @Test
    void theScanSeesAMissingFile() {
        Path scenario = ROOT.resolve("scenarios/status-quo-2026.yaml");
        assertTrue(exists(scenario, "../data/events.csv"));
        assertTrue(exists(scenario, "data/events.csv"));
        assertTrue(!exists(scenario, "data/no-such-file.csv"));
        Matcher m = REPO_PATH.matcher("see `src/site/markdown/odd.md`, and results/x.csv");
        assertTrue(m.find());
        assertEquals("src/site/markdown/odd.md", m.group(1));
        assertTrue(OUTSIDE.matcher("(" + "../sha" + "red/DESIGN.md)").find());
        assertTrue(OUTSIDE.matcher("sha" + "red/data/events.md").find());
        assertTrue(!OUTSIDE.matcher("shared by the GUI").find());
    }

    /**
     * A path from the repository root, or relative to the citing file's folder; a path that
     * climbs out with {@code ../} in an example of a scenario file is relative to {@code scenarios/}.
     */
    private static boolean exists(Path citingFile, String ref) {
        if (!ref.startsWith("../") && Files.exists(ROOT.resolve(ref))) return true;
        if (Files.exists(citingFile.getParent().resolve(ref).normalize())) return true;
        return ref.startsWith("../") && Files.exists(ROOT.resolve("scenarios").resolve(ref).normalize());
    }
}
