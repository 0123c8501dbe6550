package culturebridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** --set parsing: order kept, later value wins, values may hold '=', bad options named. */
class SetOverridesTest {

    @Test
    void keepsOrderAndSplitsAtTheFirstEquals() {
        Map<String, String> m = SetOverrides.parse(List.of("agents=100", "policy.stages[1].enter.date=2026-10", "agents = 200",
                "description=a=b"));
        assertEquals(List.of("agents", "policy.stages[1].enter.date", "description"), List.copyOf(m.keySet()));
        assertEquals("200", m.get("agents"));
        assertEquals("a=b", m.get("description"));
    }

    @Test
    void refusesAnOptionWithoutKeyOrEquals() {
        var e = assertThrows(IllegalArgumentException.class, () -> SetOverrides.parse(List.of("agents")));
        assertTrue(e.getMessage().contains("'agents'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SetOverrides.parse(List.of("=3")));
    }
}
