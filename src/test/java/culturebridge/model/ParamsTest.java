package culturebridge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.params.ParameterCatalogue;
import culturebridge.model.params.ParameterSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parameter bean stores one value per declaration and its typed getters read the right one. */
class ParamsTest {

    /** A valid value of the parameter other than its default. */
    static Object otherValue(ParameterSpec p) {
        return switch (p.kind()) {
            case CHOICE -> p.choices().get(((int) p.defaultValue() + 1) % p.choices().size());
            case INTEGER -> (int) (p.defaultValue() == p.max() ? p.min() : p.defaultValue() + 1);
            case REAL -> p.defaultValue() == p.max() ? p.min() : (p.defaultValue() + p.max()) / 2;
        };
    }

    @Test
    void eachTypedGetterReadsItsOwnDeclaration() throws Exception {
        for (ParameterSpec p : ParameterCatalogue.all()) {
            String base = Character.toUpperCase(p.name().charAt(0)) + p.name().substring(1);
            Method getter = Params.class.getMethod("get" + base);
            assertEquals(p.type(), getter.getReturnType(), "type of get" + base);
            Params params = new Params();
            assertEquals(p.defaultTyped(), getter.invoke(params), "default of " + p.name());
            Object other = otherValue(p);
            assertNotEquals(p.defaultTyped(), other);
            params.set(p, other);
            assertEquals(other, getter.invoke(params), "get" + base + " must read " + p.name());
            Map<String, Object> expected = new Params().values();
            expected.put(p.name(), other);
            assertEquals(expected, params.values(), "setting " + p.name() + " changed only it");
        }
    }

    @Test
    void settersRefuseOutOfRangeWithTheParameterName() {
        Params p = new Params();
        var e = assertThrows(IllegalArgumentException.class, () -> p.setConfidenceBound(1.5));
        assertEquals("confidenceBound must be between 0 and 1 attitude units, got 1.5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.setAgents(-1));
        assertThrows(IllegalArgumentException.class, () -> p.setDropoutPerYear(Double.NaN));
        var choice = assertThrows(IllegalArgumentException.class, () -> p.setNetworkType("ring"));
        assertEquals("networkType must be one of small-world, scale-free, complete, got ring", choice.getMessage());
        var whole = assertThrows(IllegalArgumentException.class, () -> p.set(ParameterCatalogue.AGENTS, 2.5));
        assertEquals("agents must be a whole number, got 2.5", whole.getMessage());
        assertEquals(0.2, p.getConfidenceBound());
        assertEquals("small-world", p.getNetworkType());
    }

    @Test
    void copyIsIndependent() {
        Params p = new Params();
        Params q = p.copy();
        q.setAgents(1234);
        assertEquals(20_000, p.getAgents());
        assertEquals(1234, q.getAgents());
    }

    @Test
    void serializationKeepsEveryValueByName() throws Exception {
        Params p = new Params();
        for (ParameterSpec s : ParameterCatalogue.all()) p.set(s, otherValue(s));
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        Params back;
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (Params) in.readObject();
        }
        assertEquals(p.values(), back.values());
        assertTrue(!back.values().equals(new Params().values()));
    }
}
