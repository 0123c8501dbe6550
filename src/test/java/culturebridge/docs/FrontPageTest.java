package culturebridge.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.output.ManifestInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The front page keeps its promises: the README is short, CI runs exactly the README's test
 * command, the README's figure is committed, and the citation metadata carry the build's
 * version.
 */
class FrontPageTest {

    private static final Path README = Path.of("README.md");

    private static String read(String file) throws Exception {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    /** The command under "# 2. the tests" in the README's first code block. */
    private static String readmeTestCommand() throws Exception {
        Matcher m = Pattern.compile("# 2\\. the tests[^\\n]*\\n([^\\n]+)\\n").matcher(read("README.md"));
        assertTrue(m.find(), "the README names the test command under '# 2. the tests'");
        return m.group(1).strip();
    }

    @Test
    void readmeIsAtMostTwoHundredLines() throws Exception {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        assertTrue(lines.size() <= 200, "README.md has " + lines.size() + " lines; the rest belongs in the handbook");
    }

    @Test
    void ciRunsExactlyTheReadmesTestCommand() throws Exception {
        String command = readmeTestCommand();
        List<String> run = read(".ci/run").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertEquals(command, run.get(run.size() - 1), ".ci/run must end with the README's test command");
    }

    @Test
    void readmeFigureIsCommitted() throws Exception {
        Matcher m = Pattern.compile("!\\[[^]]*]\\(([^)]+)\\)").matcher(read("README.md"));
        assertTrue(m.find(), "the README shows a figure");
        Path figure = Path.of(m.group(1));
        assertTrue(Files.isRegularFile(figure), "the README's figure is in the repository: " + figure);
        assertTrue(Files.size(figure) < 200_000, "the README's figure is small: " + Files.size(figure) + " bytes");
    }

    @Test
    void citationCarriesTheBuildsVersion() throws Exception {
        String version = ManifestInfo.projectVersion(null);
        assertTrue(version != null && !version.isBlank(), "the build records its version");
        assertTrue(read("CITATION.cff").contains("\nversion: \"" + version + "\"\n"), "CITATION.cff gives version " + version);
        assertTrue(read("README.md").contains("version " + version), "the README's citation gives version " + version);
        assertTrue(Files.isRegularFile(Path.of("LICENSE")), "LICENSE is in the repository");
    }
}
