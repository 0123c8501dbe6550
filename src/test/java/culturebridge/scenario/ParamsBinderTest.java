package culturebridge.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parameters are bound by name, through their declarations. */
class ParamsBinderTest {
    @Test
    void propertyNamesAreTheBeansPropertiesSorted() {
        List<String> names = ParamsBinder.propertyNames();
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);
        assertTrue(names.contains("agents"));
        assertTrue(names.contains("baselineTension"));
        assertTrue(names.contains("networkType"));
        assertTrue(!names.contains("class"), "getClass is not a parameter");
        assertEquals(int.class, ParamsBinder.propertyType("agents"));
        assertEquals(double.class, ParamsBinder.propertyType("baselineTension"));
        assertEquals(String.class, ParamsBinder.propertyType("networkType"));
    }

    @Test
    void everyPropertyRoundTripsThroughItsText() {
        Params p = new Params();
        Map<String, Object> before = ParamsBinder.values(p);
        assertEquals(ParamsBinder.propertyNames(), List.copyOf(before.keySet()));
        for (var e : before.entrySet()) ParamsBinder.set(p, e.getKey(), String.valueOf(e.getValue()));
        assertEquals(before, ParamsBinder.values(p));
    }

    @Test
    void setConvertsAndStoresTheValue() {
        Params p = new Params();
        ParamsBinder.set(p, "agents", "1234");
        ParamsBinder.set(p, "baselineTension", "0.45");
        ParamsBinder.set(p, "networkType", "complete");
        assertEquals(1234, p.getAgents());
        assertEquals(0.45, p.getBaselineTension());
        assertEquals("complete", p.getNetworkType());
        assertEquals(1234, ParamsBinder.get(p, "agents"));
    }

    @Test
    void badNamesAndValuesGiveClearMessages() {
        Params p = new Params();
        var unknown = assertThrows(IllegalArgumentException.class, () -> ParamsBinder.set(p, "agnets", "5"));
        assertTrue(unknown.getMessage().startsWith("unknown parameter 'agnets'; did you mean 'agents'? Valid parameters: "),
                unknown.getMessage());
        assertEquals("agents must be a whole number, got '1.5'",
                assertThrows(IllegalArgumentException.class, () -> ParamsBinder.set(p, "agents", "1.5")).getMessage());
        assertEquals("baselineTension must be a number, got 'high'",
                assertThrows(IllegalArgumentException.class, () -> ParamsBinder.set(p, "baselineTension", "high")).getMessage());
        assertEquals("baselineTension must be a finite number, got 'NaN'",
                assertThrows(IllegalArgumentException.class, () -> ParamsBinder.set(p, "baselineTension", "NaN")).getMessage());
        var range = assertThrows(IllegalArgumentException.class, () -> ParamsBinder.set(p, "agents", "1"));
        assertEquals("agents must be between 2 and 20000000 agents, got 1", range.getMessage());
        var choice = assertThrows(IllegalArgumentException.class, () -> ParamsBinder.set(p, "networkType", "ring"));
        assertTrue(choice.getMessage().startsWith("networkType must be one of"), choice.getMessage());
        assertEquals(20_000, p.getAgents(), "a refused value leaves the parameter unchanged");
    }
}
