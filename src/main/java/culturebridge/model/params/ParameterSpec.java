package culturebridge.model.params;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The declaration of one model parameter: everything the inspector, the scenario binder, the
 * {@code params} command, the validation messages and the model description's parameter table
 * say about it. {@link ParameterCatalogue} holds one for every parameter.
 *
 * <p>Values are stored as doubles (see {@link #encode(Object)}): an integer exactly, a choice as
 * the index of the chosen name; {@link #decode(double)} gives the typed value back.
 *
 * @param index             position in {@link ParameterCatalogue#all()} (and slot in the value store)
 * @param name              the name used by scenario files, sweep files, {@code --set} and CSV headers
 * @param kind              integer, real number or one of a list of names
 * @param section           the part of the model it belongs to
 * @param defaultValue      the default, as a double (see {@link #encode(Object)})
 * @param unit              unit of the value ("" for a choice)
 * @param min               smallest valid value (numbers only)
 * @param max               largest valid value (numbers only)
 * @param sliderMin         lower end of the inspector's slider
 * @param sliderMax         upper end of the inspector's slider
 * @param sliderReason      why the slider spans less than the valid range, or null when it spans all of it
 * @param choices           the valid names of a choice, empty otherwise
 * @param basis             where the default comes from
 * @param citations         the sources cited for the parameter, "" if none
 * @param description       what the parameter does, with its citations in context
 * @param populationShaping whether the value shapes the population a run builds (agents, ties,
 *                          studios), so that a run forked from a built population must keep it
 */
public record ParameterSpec(int index, String name, Kind kind, Section section, double defaultValue, String unit,
                            double min, double max, double sliderMin, double sliderMax, String sliderReason,
                            List<String> choices, Basis basis, String citations, String description,
                            boolean populationShaping) {

    /** The type of a parameter's values. */
    public enum Kind {
        INTEGER(int.class), REAL(double.class), CHOICE(String.class);

        private final Class<?> type;

        Kind(Class<?> type) {
            this.type = type;
        }

        /** The Java type of a value of this kind. */
        public Class<?> type() {
            return type;
        }
    }

    public ParameterSpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(section);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(basis);
        Objects.requireNonNull(citations);
        choices = List.copyOf(choices);
        if (description == null || description.isBlank()) throw new IllegalArgumentException(name + " has no description");
        if (kind == Kind.CHOICE) {
            if (choices.isEmpty()) throw new IllegalArgumentException(name + " is a choice without choices");
        } else {
            if (unit.isBlank()) throw new IllegalArgumentException(name + " has no unit");
            if (!(min <= max) || !(sliderMin <= sliderMax) || sliderMin < min || sliderMax > max) {
                throw new IllegalArgumentException(name + ": slider [" + sliderMin + ", " + sliderMax
                        + "] must lie inside the valid range [" + min + ", " + max + "]");
            }
            boolean narrower = sliderMin != min || sliderMax != max;
            if (narrower != (sliderReason != null)) {
                throw new IllegalArgumentException(name + ": a slider narrower than the valid range needs a reason, "
                        + "and only such a slider may have one");
            }
        }
        if (basis == Basis.SOURCE && citations.isBlank()) throw new IllegalArgumentException(name + " cites no source");
    }

    /** The Java type of the values (int, double or String), as the inspector and the binder see it. */
    public Class<?> type() {
        return kind.type();
    }

    /** The default value, typed. */
    public Object defaultTyped() {
        return decode(defaultValue);
    }

    /** Whether the inspector's slider spans less than the valid range (see {@link #sliderReason()}). */
    public boolean hasNarrowerSlider() {
        return sliderReason != null;
    }

    /**
     * A value checked against the declaration and turned into its stored double: an Integer (or
     * any whole number) for an integer parameter, a Number for a real one, one of the
     * {@link #choices()} for a choice.
     *
     * @throws IllegalArgumentException naming the parameter, its unit and its valid range
     */
    public double encode(Object value) {
        switch (kind) {
            case CHOICE -> {
                int i = value instanceof String s ? choices.indexOf(s) : -1;
                if (i < 0) {
                    throw new IllegalArgumentException(name + " must be one of " + String.join(", ", choices) + ", got " + value);
                }
                return i;
            }
            case INTEGER -> {
                if (!(value instanceof Number n)) throw new IllegalArgumentException(name + " must be a whole number, got " + value);
                double d = n.doubleValue();
                if (d != Math.rint(d)) throw new IllegalArgumentException(name + " must be a whole number, got " + value);
                return inRange(d, value);
            }
            default -> {
                if (!(value instanceof Number n)) throw new IllegalArgumentException(name + " must be a number, got " + value);
                return inRange(n.doubleValue(), value);
            }
        }
    }

    private double inRange(double d, Object given) {
        if (!(d >= min && d <= max)) {
            throw new IllegalArgumentException(name + " must be between " + number(min) + " and " + number(max) + " " + unit
                    + ", got " + given);
        }
        return d;
    }

    /** The typed value (Integer, Double or String) of a stored double. */
    public Object decode(double stored) {
        return switch (kind) {
            case INTEGER -> (int) stored;
            case REAL -> stored;
            case CHOICE -> choices.get((int) stored);
        };
    }

    /** The valid values as the parameter table writes them: "[min, max]" or the choices. */
    public String rangeText() {
        return kind == Kind.CHOICE ? String.join(", ", choices) : "[" + number(min) + ", " + number(max) + "]";
    }

    /** The slider's span as the parameter table writes it. */
    public String sliderText() {
        return "[" + number(sliderMin) + ", " + number(sliderMax) + "]";
    }

    /** The citations followed by the basis' label, "; "-separated, e.g. "Melitz 2003; assumption". */
    public String sourceText() {
        String label = basis.label();
        if (label == null) return citations;
        return citations.isBlank() ? label : citations + "; " + label;
    }

    /** A number as scenario files write it: shortest decimal, no exponent, no trailing zeros. */
    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return Double.toString(d);
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
