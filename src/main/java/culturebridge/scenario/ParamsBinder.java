package culturebridge.scenario;

import culturebridge.model.Params;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sets and reads {@link Params} properties by name, the one way scenario files, sweep files
 * and {@code --set} reach the parameter bean. A property is a public {@code getX()} (or
 * {@code isX()} for booleans) with a matching {@code setX(...)} of type int, double, String
 * or boolean; its name is {@code x}, as in MASON's inspector and in CSV headers. Because the
 * list is read from the bean itself, a parameter added to {@code Params} is bindable at once,
 * and the setter's own range check (its message names the parameter, unit and range) is the
 * only one.
 */
public final class ParamsBinder {
    private record Property(String name, Class<?> type, Method getter, Method setter) { }

    private static final Map<String, Property> PROPERTIES = discover();
    private static final List<String> NAMES = List.copyOf(PROPERTIES.keySet());

    private ParamsBinder() {
    }

    /** All property names, sorted. */
    public static List<String> propertyNames() {
        return NAMES;
    }

    /** Whether {@code name} is a property of {@link Params}. */
    public static boolean isProperty(String name) {
        return PROPERTIES.containsKey(name);
    }

    /** The Java type of a property (int, double, String or boolean), or null if there is none. */
    public static Class<?> propertyType(String name) {
        Property p = PROPERTIES.get(name);
        return p == null ? null : p.type();
    }

    /**
     * Sets a property from its text, as written in a file or on the command line.
     *
     * @throws IllegalArgumentException for an unknown name (with suggestions and the valid
     *         names), a value of the wrong type, or a value the setter refuses (its message)
     */
    public static void set(Params params, String name, String value) {
        Property p = PROPERTIES.get(name);
        if (p == null) throw new IllegalArgumentException(unknownMessage(name));
        Object converted;
        try {
            converted = convert(p.type(), value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " " + e.getMessage(), e);
        }
        try {
            p.setter().invoke(params, converted);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) throw iae;
            throw new IllegalStateException("setting " + name + " failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("setter of " + name + " is not accessible", e);
        }
    }

    /** The current value of a property. */
    public static Object get(Params params, String name) {
        Property p = PROPERTIES.get(name);
        if (p == null) throw new IllegalArgumentException(unknownMessage(name));
        try {
            return p.getter().invoke(params);
        } catch (InvocationTargetException | IllegalAccessException e) {
            throw new IllegalStateException("reading " + name + " failed", e);
        }
    }

    /** Every property and its value, sorted by name (for the run manifest and CSV columns). */
    public static LinkedHashMap<String, Object> values(Params params) {
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        for (String name : NAMES) out.put(name, get(params, name));
        return out;
    }

    /** "unknown parameter 'x'; did you mean 'y'? Valid parameters: ..." */
    static String unknownMessage(String name) {
        return "unknown parameter '" + name + "'" + Suggestions.didYouMeanThen(name, NAMES)
                + "Valid parameters: " + String.join(", ", NAMES);
    }

    private static Object convert(Class<?> type, String value) {
        if (value == null) throw new IllegalArgumentException("needs a value");
        if (type == int.class) return (int) Values.integer(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (type == double.class) return Values.real(value);
        if (type == boolean.class) return Values.bool(value);
        return value.trim();
    }

    private static Map<String, Property> discover() {
        Map<String, Property> found = new TreeMap<>();
        for (Method getter : Params.class.getMethods()) {
            if (Modifier.isStatic(getter.getModifiers()) || getter.getParameterCount() != 0) continue;
            String base = baseName(getter);
            if (base == null) continue;
            Class<?> type = getter.getReturnType();
            if (type != int.class && type != double.class && type != boolean.class && type != String.class) continue;
            Method setter;
            try {
                setter = Params.class.getMethod("set" + base, type);
            } catch (NoSuchMethodException e) {
                continue; // read-only: derived values are not parameters
            }
            String name = decapitalize(base);
            found.put(name, new Property(name, type, getter, setter));
        }
        return Collections.unmodifiableMap(found);
    }

    private static String baseName(Method getter) {
        String n = getter.getName();
        if (n.startsWith("get") && n.length() > 3 && !n.equals("getClass")) return n.substring(3);
        if (n.startsWith("is") && n.length() > 2 && getter.getReturnType() == boolean.class) return n.substring(2);
        return null;
    }

    /** JavaBeans rule: "Agents" becomes "agents", but "URLBase" stays "URLBase". */
    private static String decapitalize(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1))) return s;
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
