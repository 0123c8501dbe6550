package culturebridge.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the command line in-process for tests, capturing its standard error. */
final class CliCapture {
    private CliCapture() {}

    /** Runs the CLI; returns {exit code, stderr}. */
    static Object[] run(String... args) {
        return run(Main.commandLine(), args);
    }

    /**
     * Runs the CLI with a command line built before (see {@link Main#commandLine()}), which
     * then writes to the captured streams too; returns {exit code, stderr}.
     */
    static Object[] run(CommandLine cl, String... args) {
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
            PrintStream outStream = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            System.setErr(errStream);
            System.setOut(outStream);
            cl.setErr(new PrintWriter(new OutputStreamWriter(errStream, StandardCharsets.UTF_8), true));
            cl.setOut(new PrintWriter(new OutputStreamWriter(outStream, StandardCharsets.UTF_8), true));
            // picocli's default strategy remembers System.out and System.err as they were when it
            // was made, and would point the writers back at them: make it now, with the captures
            cl.setExecutionStrategy(new CommandLine.RunLast());
            int code = cl.execute(args);
            cl.getErr().flush();
            return new Object[] {code, err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
    }
}
