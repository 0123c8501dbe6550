package culturebridge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One declaration per parameter: every property has a description with a unit and a validating setter. */
class ParamsTest {

    static List<String> properties() {
        List<String> out = new ArrayList<>();
        for (Method m : Params.class.getMethods()) {
            if (m.getName().startsWith("get") && m.getParameterCount() == 0 && m.getDeclaringClass() == Params.class
                    && !Modifier.isStatic(m.getModifiers())) {
                out.add(m.getName().substring(3));
            }
        }
        return out;
    }

    @Test
    void everyPropertyHasSetterDescriptionAndNumericDomain() throws Exception {
        List<String> props = properties();
        assertTrue(props.size() >= 30, "expected the full parameter set, found " + props);
        Params p = new Params();
        for (String name : props) {
            Method get = Params.class.getMethod("get" + name);
            Method set = Params.class.getMethod("set" + name, get.getReturnType());
            assertNotNull(set);
            Method des = Params.class.getMethod("des" + name);
            String text = (String) des.invoke(p);
            assertTrue(text != null && text.length() > 20, "description of " + name + " is too short: " + text);
            if (get.getReturnType() != String.class) {
                assertNotNull(Params.class.getMethod("dom" + name).invoke(p), "no domain for " + name);
                assertTrue(text.contains("(") , "description of " + name + " states no unit: " + text);
            }
        }
    }

    @Test
    void settersRefuseOutOfRangeWithTheParameterName() {
        Params p = new Params();
        var e = assertThrows(IllegalArgumentException.class, () -> p.setConfidenceBound(1.5));
        assertTrue(e.getMessage().contains("confidenceBound"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.setAgents(-1));
        assertThrows(IllegalArgumentException.class, () -> p.setDropoutPerYear(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> p.setNetworkType("ring"));
        assertEquals(0.2, p.getConfidenceBound());
    }

    @Test
    void copyIsIndependent() {
        Params p = new Params();
        Params q = p.copy();
        q.setAgents(1234);
        assertEquals(20_000, p.getAgents());
        assertEquals(1234, q.getAgents());
    }
}
