package culturebridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML type tags in a sweep file never construct anything: {@code sweep} refuses the file with
 * exit code 2, the file's line and the tagged field's path, before it reads further, whatever
 * the payload (a class of the test, {@code java.io.File}, {@code ProcessBuilder}, the
 * {@code ScriptEngineManager} remote class-loading gadget) and wherever it sits: a top-level
 * value, a fixed change that would be grafted into the scenario, a factor level, a response,
 * the whole document, or the scenario file the sweep reads.
 */
class SweepTagSafetyTest {
    static final String FLAG = "culturebridge.test.sweepTagPayloadConstructed";

    /** Loading, initialising or constructing this class sets a system property. */
    public static class Payload {
        static {
            System.setProperty(FLAG, "initialised");
        }

        public Payload() {
            System.setProperty(FLAG, "constructed");
        }

        public Payload(String s) {
            System.setProperty(FLAG, "constructed " + s);
        }
    }

    private static final String PAYLOAD = "!!culturebridge.cli.SweepTagSafetyTest$Payload";

    @TempDir Path tmp;

    /** A port on this machine that records any connection (a class loader fetching from the gadget's URL). */
    private ServerSocketChannel listener;
    private String url;

    @BeforeEach
    void listen() throws Exception {
        listener = ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        listener.configureBlocking(false);
        url = "http://127.0.0.1:" + ((InetSocketAddress) listener.getLocalAddress()).getPort() + "/";
    }

    @AfterEach
    void close() throws Exception {
        listener.close();
    }

    private String scriptEngineGadget() {
        return "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"" + url + "\"]]]]";
    }

    private static String base() {
        return Path.of("scenarios", "gradual-opening-2026.yaml").toAbsolutePath().toString();
    }

    /** A valid sweep; each test puts a payload in one of its places. */
    private static String valid() {
        return "name: tagged\n"
                + "scenario: " + base() + "\n"
                + "set: {params.agents: 1000}\n"
                + "design: {type: full-factorial}\n"
                + "factors:\n"
                + "  - name: baseTension\n"
                + "    path: params.baselineTension\n"
                + "    levels: [0.15, 0.35]\n"
                + "responses:\n"
                + "  - {metric: favourable.CN, reducer: final}\n";
    }

    /** Runs {@code sweep} on the text; checks exit code 2, the location, nothing written and nothing constructed. */
    private String refused(String text, int line, String fieldPath) throws Exception {
        Path file = tmp.resolve("tagged.yaml");
        Files.writeString(file, text);
        Path out = tmp.resolve("out");
        Object[] r = CliCapture.run("sweep", file.toString(), "--out", out.toString(), "--quiet");
        String err = (String) r[1];
        assertEquals(2, r[0], err);
        assertTrue(err.contains("YAML tags such as"), err);
        String where = Pattern.quote(file.toString()) + ":" + line + ":\\d+: " + (fieldPath.isEmpty() ? "" : Pattern.quote(fieldPath) + ": ");
        assertTrue(Pattern.compile(where).matcher(err).find(), "expected " + file + ":" + line + ": " + fieldPath + " in: " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        assertFalse(Files.exists(out), "a results folder was written");
        assertNull(System.getProperty(FLAG), "the tagged class was loaded or constructed");
        assertNull(listener.accept(), "something connected to the gadget's URL");
        return err;
    }

    @Test
    void theSweepWithoutPayloadsIsValid() throws Exception {
        // so that each refusal below is the tag's doing, not another problem of the file
        Path file = tmp.resolve("plain.yaml");
        Files.writeString(file, valid());
        Object[] r = CliCapture.run("sweep", file.toString(), "--dry-run");
        assertEquals(0, r[0], (String) r[1]);
    }

    @Test
    void aClassOfTheTestInTheSweepsNameIsNeitherLoadedNorConstructed() throws Exception {
        String err = refused(valid().replace("name: tagged", "name: " + PAYLOAD + " x"), 1, "name");
        assertTrue(err.contains("'" + PAYLOAD + "'"), err);
    }

    @Test
    void aFileTagOnTheScenarioIsRefused() throws Exception {
        String err = refused(valid().replace("scenario: " + base(), "scenario: !!java.io.File /etc/passwd"), 2, "scenario");
        assertTrue(err.contains("'!!java.io.File'"), err);
    }

    @Test
    void theScriptEngineGadgetInAFixedChangeIsRefusedAndFetchesNothing() throws Exception {
        String err = refused(valid().replace("params.agents: 1000", "params.agents: " + scriptEngineGadget()), 3, "set.params.agents");
        assertTrue(err.contains("'!!javax.script.ScriptEngineManager'"), err);
    }

    @Test
    void aProcessBuilderAsAFactorLevelIsRefusedAndRunsNothing() throws Exception {
        Path pwned = tmp.resolve("pwned");
        refused(valid().replace("levels: [0.15, 0.35]", "levels: [0.15, !!java.lang.ProcessBuilder [[touch, " + pwned + "]]]"), 8,
                "factors[0].levels[1]");
        assertFalse(Files.exists(pwned));
    }

    @Test
    void tagsInResponsesDesignsAndOnTheWholeDocumentAreRefused() throws Exception {
        refused(valid().replace("metric: favourable.CN", "metric: !!java.net.URL [\"" + url + "\"]"), 10, "responses[0].metric");
        refused(valid().replace("design: {type: full-factorial}", "design: " + PAYLOAD + " {type: full-factorial}"), 4, "design");
        refused("--- " + scriptEngineGadget() + "\n", 1, "");
        // a tag on a mapping key, and a standard type tag
        refused(valid().replace("design:", "? !!java.lang.Runtime design\n:"), 4, "");
        refused(valid().replace("params.agents: 1000", "params.agents: !!int 1000"), 3, "set.params.agents");
    }

    @Test
    void aTagInTheScenarioFileTheSweepReadsIsRefusedThere() throws Exception {
        Path scenario = tmp.resolve("tagged-scenario.yaml");
        Files.writeString(scenario, Files.readString(Path.of(base()))
                .replaceFirst("(?m)^months: .*$", java.util.regex.Matcher.quoteReplacement("months: " + PAYLOAD + " 24")));
        Path file = tmp.resolve("sweep.yaml");
        Files.writeString(file, valid().replace("scenario: " + base(), "scenario: " + scenario));
        Path out = tmp.resolve("out");
        Object[] r = CliCapture.run("sweep", file.toString(), "--out", out.toString(), "--quiet");
        String err = (String) r[1];
        assertEquals(2, r[0], err);
        assertTrue(Pattern.compile(Pattern.quote(scenario.toString()) + ":\\d+:\\d+: months: YAML tags such as").matcher(err).find(), err);
        assertFalse(Files.exists(out));
        assertNull(System.getProperty(FLAG));
    }

    @Test
    void anAliasBombIsRefusedBeforeItExpands() throws Exception {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p);
            for (int i = 0; i < 9; i++) bomb.append(", *").append(p);
            bomb.append("]\n");
        }
        Path file = tmp.resolve("bomb.yaml");
        Files.writeString(file, valid() + bomb);
        Path out = tmp.resolve("out");
        Object[] r = CliCapture.run("sweep", file.toString(), "--out", out.toString(), "--quiet");
        String err = (String) r[1];
        assertEquals(2, r[0], err);
        assertTrue(Pattern.compile(Pattern.quote(file.toString()) + ":\\d+:\\d+: broken YAML: .*aliases").matcher(err).find(), err);
        assertFalse(Files.exists(out));
    }
}
