package culturebridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code sweep --replicates N} sets the replicates of every design point in place of the file's. */
class SweepReplicatesTest {

    private static String[] dryRun(String... extra) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] args = new String[3 + extra.length];
        args[0] = "sweep";
        args[1] = "gradual-levers-morris";
        args[2] = "--dry-run";
        System.arraycopy(extra, 0, args, 3, extra.length);
        int code = cl.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    private static int[] pointsReplicatesRuns(String dryRunOutput) {
        Matcher m = Pattern.compile("(\\d+) points x (\\d+) replicates = (\\d+) runs").matcher(dryRunOutput);
        assertTrue(m.find(), dryRunOutput);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    @Test
    void replicatesFromTheCommandLineReplaceTheFilesAndMultiplyTheRuns() {
        String[] file = dryRun();
        assertEquals("0", file[0], file[2]);
        int[] asFiled = pointsReplicatesRuns(file[1]);
        int wanted = asFiled[1] + 3;
        String[] more = dryRun("--replicates", Integer.toString(wanted));
        assertEquals("0", more[0], more[2]);
        int[] got = pointsReplicatesRuns(more[1]);
        assertEquals(asFiled[0], got[0]);
        assertEquals(wanted, got[1]);
        assertEquals(asFiled[0] * wanted, got[2]);
    }

    @Test
    void refusesFewerThanOneReplicate() {
        String[] r = dryRun("--replicates", "0");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--replicates must be between 1 and"), r[2]);
    }
}
