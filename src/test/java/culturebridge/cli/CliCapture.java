package culturebridge.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process for tests, capturing its standard error. */
final class CliCapture {
    private CliCapture() {}

    /** Runs the CLI; returns {exit code, stderr}. */
    static Object[] run(String... args) {
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Object[] {code, err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
    }
}
