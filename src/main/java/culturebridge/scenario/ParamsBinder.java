package culturebridge.scenario;

import culturebridge.model.Params;
import culturebridge.model.params.ParameterCatalogue;
import culturebridge.model.params.ParameterSpec;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Sets and reads model parameters by name, the one way scenario files, sweep files and
 * {@code --set} reach the parameter bean. The parameters and their checks are the declarations
 * of {@link ParameterCatalogue}: this class only turns the text of a file or command line into
 * a value of the declared type; the declaration refuses a value out of range with a message
 * naming the parameter, its unit and its valid range.
 */
public final class ParamsBinder {
    private static final List<String> NAMES =
            ParameterCatalogue.all().stream().map(ParameterSpec::name).sorted().toList();

    private ParamsBinder() {
    }

    /** All parameter names, sorted. */
    public static List<String> propertyNames() {
        return NAMES;
    }

    /** Whether {@code name} is a parameter. */
    public static boolean isProperty(String name) {
        return ParameterCatalogue.byName(name) != null;
    }

    /** The Java type of a parameter (int, double or String), or null if there is none. */
    public static Class<?> propertyType(String name) {
        ParameterSpec p = ParameterCatalogue.byName(name);
        return p == null ? null : p.type();
    }

    /**
     * Sets a parameter from its text, as written in a file or on the command line.
     *
     * @throws IllegalArgumentException for an unknown name (with suggestions and the valid
     *         names), a value of the wrong type, or a value the declaration refuses (its message)
     */
    public static void set(Params params, String name, String value) {
        ParameterSpec p = spec(name);
        Object converted;
        try {
            converted = convert(p.type(), value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " " + e.getMessage(), e);
        }
        params.set(p, converted);
    }

    /** The current value of a parameter. */
    public static Object get(Params params, String name) {
        return params.get(spec(name));
    }

    /** Every parameter and its value, sorted by name (for the run manifest and CSV columns). */
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

    private static ParameterSpec spec(String name) {
        ParameterSpec p = ParameterCatalogue.byName(name);
        if (p == null) throw new IllegalArgumentException(unknownMessage(name));
        return p;
    }

    private static Object convert(Class<?> type, String value) {
        if (value == null) throw new IllegalArgumentException("needs a value");
        if (type == int.class) return (int) Values.integer(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (type == double.class) return Values.real(value);
        return value.trim();
    }
}
