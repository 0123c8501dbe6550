package culturebridge.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Limits on the text files a scenario is read from (scenario, sweep, parameter, country and
 * calibration files), checked before any parsing: the YAML reader's time grows faster than the
 * file, so a mistaken or hostile file (a log, a data dump, a megabyte on one line) must be
 * refused by its size, with the limit and the file named, instead of after minutes of work.
 * The limits are far above any real input: the largest shipped file is about 12 KB and its
 * longest line 129 characters.
 */
final class InputFiles {
    /** Largest input file read. */
    static final int MAX_BYTES = 1 << 20;
    /** Longest line of an input file, in characters. */
    static final int MAX_LINE = 65_536;
    /** Most characters of a value quoted back in a message. */
    static final int SHOWN = 60;

    private InputFiles() {
    }

    /**
     * Reads a file whole, refusing one larger than {@link #MAX_BYTES} before reading it (and
     * anything that is not a regular file after that many bytes).
     *
     * @param label the file as messages name it
     * @param what  what the file is ("scenario file", "parameter file")
     * @throws ScenarioException if it is too large
     * @throws IOException       if it cannot be read (the caller names the problem)
     */
    static byte[] read(Path file, String label, String what) throws ScenarioException, IOException {
        if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) throw tooLarge(label, what, Files.size(file));
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) throw tooLarge(label, what, -1);
            return bytes;
        }
    }

    private static ScenarioException tooLarge(String label, String what, long size) {
        return new ScenarioException(label, 0, 0, "", "the " + what + " is " + (size < 0 ? "more than " + MAX_BYTES : size)
                + " bytes, more than the limit of " + MAX_BYTES + " bytes (1 MiB) for an input file; is it the file you meant?");
    }

    /**
     * Refuses a text with a line longer than {@link #MAX_LINE} characters, at that line: no
     * input needs one, and the YAML reader takes minutes over a few megabytes on one line.
     */
    static void checkLines(String label, String text) throws ScenarioException {
        int line = 1;
        int start = 0;
        for (int i = 0, n = text.length(); i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                if (i - start > MAX_LINE) {
                    throw new ScenarioException(label, line, MAX_LINE + 1, "", "line " + line + " is " + (i - start)
                            + " characters long, more than the limit of " + MAX_LINE + " for an input file; is it the file you meant?");
                }
                line++;
                start = i + 1;
            }
        }
    }

    /**
     * A value as a message quotes it: its first line, at most {@link #SHOWN} characters, and
     * how much was left out; so that a message never repeats a whole file given by mistake.
     */
    static String shown(String value) {
        if (value == null) return "null";
        int nl = value.indexOf('\n');
        String first = nl >= 0 ? value.substring(0, nl) : value;
        if (first.length() <= SHOWN && nl < 0) return value;
        String cut = first.length() > SHOWN ? first.substring(0, SHOWN) : first;
        return cut + "... (" + value.length() + " characters" + (nl >= 0 ? " on " + value.lines().count() + " lines" : "") + ")";
    }
}
