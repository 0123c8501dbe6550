package culturebridge.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML type tags never construct anything: a file carrying one is refused. */
class TagSafetyTest {
    static final String FLAG = "culturebridge.test.tagPayloadConstructed";

    /** Constructing (or even initialising) this class would set a system property. */
    public static class Payload {
        static {
            System.setProperty(FLAG, "yes");
        }

        public Payload() {
            System.setProperty(FLAG, "yes");
        }
    }

    @TempDir
    Path dir;

    ScenarioException refuse(String yaml) throws Exception {
        Path f = dir.resolve("tagged.yaml");
        Files.writeString(f, yaml);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, TestMetrics::names));
    }

    @Test
    void classTagPayloadIsRefusedAndNothingIsConstructed() throws Exception {
        ScenarioException e = refuse("""
                start: 2026-01
                months: 12
                params: !!culturebridge.scenario.TagSafetyTest$Payload {}
                countries: cn-kr
                """);
        assertEquals(3, e.line(), e.getMessage());
        assertEquals("params", e.fieldPath());
        assertTrue(e.problem().contains("YAML tags such as '!!culturebridge.scenario.TagSafetyTest$Payload' are not allowed"),
                e.getMessage());
        assertNull(System.getProperty(FLAG), "the tagged class was loaded or constructed");
    }

    @Test
    void scriptEngineGadgetIsRefused() throws Exception {
        ScenarioException e = refuse("""
                start: 2026-01
                months: 12
                countries: cn-kr
                policy: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost/x"]]]]
                """);
        assertEquals(4, e.line(), e.getMessage());
        assertEquals(9, e.column(), e.getMessage());
        assertTrue(e.problem().contains("!!javax.script.ScriptEngineManager"), e.getMessage());
    }

    @Test
    void globalAndLocalTagsAndStandardTypeTagsAreRefused() throws Exception {
        ScenarioException global = refuse("start: !<tag:example.com,2000:Runtime> 2026-01\n");
        assertTrue(global.problem().contains("'tag:example.com,2000:Runtime'"), global.getMessage());
        assertEquals("start", global.fieldPath());
        ScenarioException local = refuse("start: 2026-01\nmonths: !thing 12\n");
        assertEquals(2, local.line());
        assertTrue(local.problem().contains("'!thing'"), local.getMessage());
        ScenarioException typed = refuse("start: 2026-01\nmonths: !!int 12\n");
        assertTrue(typed.problem().contains("'!!int'"), typed.getMessage());
        ScenarioException nested = refuse("start: 2026-01\nparams:\n  agents: !!java.lang.ProcessBuilder [ls]\n");
        assertEquals("params.agents", nested.fieldPath());
        assertEquals(3, nested.line());
    }

    @Test
    void mergeKeysAreNotSpecialAndAreRefusedAsUnknown() throws Exception {
        ScenarioException e = refuse("""
                start: 2026-01
                <<: {months: 12}
                """);
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.problem().contains("unknown key '<<'"), e.getMessage());
    }
}
