package culturebridge.output;

import culturebridge.model.Params;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sim.util.Interval;

/**
 * The parameter table of the model description (ODD, {@code src/site/markdown/odd.md}),
 * generated from the {@link Params} bean so that it cannot drift from the code: one row per
 * property with its value, unit, range, source and description. The ODD holds it between the
 * marker lines {@link #BEGIN} and {@link #END}, and a test checks that what stands there is
 * exactly {@link #markdown(Params)} of a fresh {@code Params}.
 *
 * <p>Everything is read off the bean by reflection, following the rules {@code Params}
 * documents for itself:
 * <ul>
 *   <li>a property is a public {@code getX()} with a matching {@code setX(...)} of type int,
 *       double, String or boolean (as the scenario binder reads it);</li>
 *   <li>the <b>unit</b> is the one the setter names when it refuses a value ("x must be between
 *       lo and hi UNIT"), read by offering it NaN (or the smallest int) on a scratch instance;
 *       that refusal also gives the range the setter <b>accepts</b>. Without such a message the
 *       first parenthesised phrase of {@code desX()} is used; String and boolean properties
 *       have no unit;</li>
 *   <li>the <b>range</b> is {@code domX()} (the inspector's slider, a MASON {@link Interval}),
 *       or for a String property the allowed values of the static array {@code Params.X_S}
 *       (e.g. {@code NETWORK_TYPES} for {@code networkType});</li>
 *   <li>the <b>source</b> is taken from {@code desX()}: the author-year citations and the other
 *       references it names (data notes, {@code model-literature §n}, surveys), followed by
 *       "assumption, to be calibrated", "assumption", "calibrated" or "design choice" where the
 *       description says so; "-" where it names none (simulation settings).</li>
 * </ul>
 * Rows follow the order in which {@code Params} declares its fields (read from its class file,
 * which keeps the source order), grouped into the sections listed in {@link #SECTIONS}.
 */
public final class ParameterTable {

    /** Marker line before the generated table in the ODD document. */
    public static final String BEGIN = "<!-- params:begin -->";
    /** Marker line after the generated table in the ODD document. */
    public static final String END = "<!-- params:end -->";
    /** The command that prints the table for pasting between the markers. */
    public static final String COMMAND = "java -jar target/culturebridge.jar params --markdown";

    /**
     * Sections of the table: the first property of each section, in declaration order, and the
     * section's title (the comment headings of {@code Params}' field list). A property belongs
     * to the last section started before it.
     */
    public static final Map<String, String> SECTIONS = sections();

    /** Section of properties declared before any section start or without a field. */
    static final String OTHER = "Other";

    private static final Pattern REFUSAL = Pattern.compile("^\\S+ must be between (\\S+) and (\\S+) (.+), got .*$",
            Pattern.DOTALL);
    private static final String NAME = "[A-Z][\\p{L}'-]*";
    private static final String NAMES = NAME + "(?:\\s+" + NAME + ")*";
    /** Author-year citations: "Neumayer 2010", "Sultan, Farley & Lehmann 1990", "Banas et al. 2020", "Melitz (2003)". */
    private static final Pattern AUTHOR_YEAR = Pattern.compile(
            "(" + NAMES + "(?:(?:,\\s+" + NAMES + ")*\\s+&\\s+" + NAMES + ")?(?:\\s+et al\\.)?)\\s+\\(?((?:19|20)\\d{2})\\)?(?![\\d-])");
    /** References that are not author-year: project notes and data files. */
    private static final Pattern NOTE = Pattern.compile("model-literature §\\d+|[\\w.-]+\\.md\\b"
            + "|\\b(?:[A-Z][a-z]+\\s+)+[A-Z]{3,}\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    /** Capitalised words that start a sentence, not an author's name ("The 2016 restrictions"). */
    private static final Set<String> NOT_AUTHORS = Set.of("The", "A", "An", "In", "On", "Since", "From", "By", "After",
            "Before", "Until", "Default", "Most", "Each", "China", "Korea", "Chinese", "Korean");

    private ParameterTable() {
    }

    /**
     * One parameter.
     *
     * @param name        property name (as in scenario files, {@code --set} and CSV headers)
     * @param section     section title
     * @param type        Java type of the property
     * @param value       its value in the {@code Params} given (the default for a fresh one)
     * @param unit        unit, "" if none is stated
     * @param range       the inspector's range or the allowed values, "-" if none
     * @param accepted    the range the setter accepts, "-" if it states none
     * @param source      citations and status, "-" if none
     * @param description the full {@code desX()} text
     */
    public record Row(String name, String section, Class<?> type, Object value, String unit, String range,
                      String accepted, String source, String description) {

        /** The value as written in the table (and in scenario files). */
        public String valueText() {
            return format(value);
        }
    }

    // ------------------------------------------------------------------ rows

    /** Every property of the bean, with the values of {@code params}, in declaration order. */
    public static List<Row> rows(Params params) {
        List<Row> out = new ArrayList<>();
        String section = OTHER;
        for (Map.Entry<String, Method[]> e : properties().entrySet()) {
            String name = e.getKey();
            Method getter = e.getValue()[0];
            Method setter = e.getValue()[1];
            section = SECTIONS.getOrDefault(name, section);
            String base = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            String des = text(call(params, "des" + base));
            String[] refusal = refusal(setter, getter.getReturnType());
            String unit = refusal != null ? stripParens(refusal[2])
                    : getter.getReturnType() == String.class || getter.getReturnType() == boolean.class ? ""
                    : unitFromDescription(des);
            String accepted = refusal != null ? "[" + number(refusal[0]) + ", " + number(refusal[1]) + "]" : "-";
            out.add(new Row(name, section, getter.getReturnType(), invoke(getter, params), unit,
                    range(params, base, name, getter.getReturnType()), accepted, source(des), des));
        }
        return out;
    }

    /**
     * Property names with getter and setter, in the order of {@code Params}' field declarations;
     * properties without a field of their name follow, sorted by name.
     */
    static Map<String, Method[]> properties() {
        Map<String, Method[]> found = new TreeMap<>();
        for (Method getter : Params.class.getMethods()) {
            if (Modifier.isStatic(getter.getModifiers()) || getter.getParameterCount() != 0) continue;
            String n = getter.getName();
            String base;
            if (n.startsWith("get") && n.length() > 3 && !n.equals("getClass")) base = n.substring(3);
            else if (n.startsWith("is") && n.length() > 2 && getter.getReturnType() == boolean.class) base = n.substring(2);
            else continue;
            Class<?> type = getter.getReturnType();
            if (type != int.class && type != double.class && type != boolean.class && type != String.class) continue;
            Method setter;
            try {
                setter = Params.class.getMethod("set" + base, type);
            } catch (NoSuchMethodException ex) {
                continue;
            }
            String name = base.length() > 1 && Character.isUpperCase(base.charAt(1))
                    ? base : Character.toLowerCase(base.charAt(0)) + base.substring(1);
            found.put(name, new Method[] {getter, setter});
        }
        Map<String, Method[]> ordered = new LinkedHashMap<>();
        for (String field : declaredFieldOrder(Params.class)) {
            Method[] m = found.remove(field);
            if (m != null) ordered.put(field, m);
        }
        ordered.putAll(found);
        return ordered;
    }

    private static Map<String, String> sections() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("agents", "Population and network");
        s.put("filmInnovationPerYear", "Adoption (network Bass, per medium)");
        s.put("mediatedContactPerYear", "Attitude");
        s.put("baselineTension", "Political climate");
        s.put("studiosPerCountry", "Studios and titles");
        s.put("reviewWeeks", "Regulators");
        s.put("tripRateScale", "Travel");
        s.put("softPowerFamiliarityWeight", "Soft-power index");
        return java.util.Collections.unmodifiableMap(s);
    }

    // ------------------------------------------------------------------ output

    /** The markdown tables (one per section) for the ODD, without the marker lines. */
    public static String markdown(Params params) {
        StringBuilder s = new StringBuilder();
        s.append("<!-- generated from culturebridge.model.Params by `").append(COMMAND)
                .append("`; do not edit by hand -->\n");
        String section = null;
        for (Row r : rows(params)) {
            if (!r.section().equals(section)) {
                section = r.section();
                s.append('\n').append("**").append(section).append("**\n\n");
                s.append("| parameter | default | unit | range | source | description |\n");
                s.append("|---|---|---|---|---|---|\n");
            }
            s.append("| `").append(r.name()).append("` | ").append(cell(r.valueText())).append(" | ")
                    .append(cell(r.unit().isEmpty() ? "-" : r.unit())).append(" | ").append(cell(r.range())).append(" | ")
                    .append(cell(r.source())).append(" | ").append(cell(r.description())).append(" |\n");
        }
        return s.toString();
    }

    /**
     * A plain-text listing for a terminal: per section, one line per parameter (name, value,
     * unit, range, accepted range), then its source and description, indented and wrapped.
     */
    public static String plain(Params params) {
        List<Row> rows = rows(params);
        int wName = "parameter".length();
        int wValue = "default".length();
        int wUnit = "unit".length();
        int wRange = "range".length();
        for (Row r : rows) {
            wName = Math.max(wName, r.name().length());
            wValue = Math.max(wValue, r.valueText().length());
            wUnit = Math.max(wUnit, Math.min(30, r.unit().length()));
            wRange = Math.max(wRange, r.range().length());
        }
        String format = "  %-" + wName + "s  %-" + wValue + "s  %-" + wUnit + "s  %-" + wRange + "s  %s%n";
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, format, "parameter", "default", "unit", "range", "accepted"));
        String section = null;
        for (Row r : rows) {
            if (!r.section().equals(section)) {
                section = r.section();
                s.append('\n').append(section).append('\n');
            }
            s.append(String.format(Locale.ROOT, format, r.name(), r.valueText(), r.unit().isEmpty() ? "-" : r.unit(),
                    r.range(), r.accepted()));
            for (String line : wrap("source: " + r.source(), 92)) s.append("      ").append(line).append('\n');
            for (String line : wrap(r.description(), 92)) s.append("      ").append(line).append('\n');
        }
        return s.toString();
    }

    /**
     * The text between the marker lines of a document (without the markers), or null if the
     * document lacks them or has them out of order.
     */
    public static String between(String document) {
        int b = document.indexOf(BEGIN);
        int e = document.indexOf(END);
        if (b < 0 || e < 0 || e < b) return null;
        return document.substring(b + BEGIN.length(), e);
    }

    // ------------------------------------------------------------------ reading the bean

    private static Object call(Params p, String method) {
        try {
            return invoke(Params.class.getMethod(method), p);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Object invoke(Method m, Object target, Object... args) {
        try {
            return m.invoke(target, args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(m.getName() + " is not accessible", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(m.getName() + " failed: " + e.getCause(), e.getCause());
        }
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString().replaceAll("\\s+", " ").trim();
    }

    /** The setter's refusal of an impossible value on a scratch bean: {lo, hi, unit}, or null. */
    private static String[] refusal(Method setter, Class<?> type) {
        Object impossible;
        if (type == double.class) impossible = Double.NaN;
        else if (type == int.class) impossible = Integer.MIN_VALUE;
        else return null;
        try {
            setter.invoke(new Params(), impossible);
            return null;
        } catch (InvocationTargetException e) {
            String msg = e.getCause() == null ? null : e.getCause().getMessage();
            if (msg == null) return null;
            Matcher m = REFUSAL.matcher(msg.trim());
            return m.matches() ? new String[] {m.group(1), m.group(2), m.group(3).trim()} : null;
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    private static String range(Params p, String base, String name, Class<?> type) {
        Object dom = call(p, "dom" + base);
        if (dom instanceof Interval iv) {
            return "[" + format(iv.getMin()) + ", " + format(iv.getMax()) + "]";
        }
        if (type == String.class) {
            try {
                Field f = Params.class.getField(upperSnake(name) + "S");
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String[].class) {
                    return String.join(", ", (String[]) f.get(null));
                }
            } catch (NoSuchFieldException | IllegalAccessException e) {
                return "-";
            }
        }
        if (type == boolean.class) return "true, false";
        return "-";
    }

    static String upperSnake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------ reading the descriptions

    /** First parenthesised phrase of a description, up to its first comma or semicolon. */
    static String unitFromDescription(String des) {
        int open = des.indexOf('(');
        if (open < 0) return "";
        int depth = 0;
        for (int i = open; i < des.length(); i++) {
            char c = des.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return des.substring(open + 1, i).split("[,;]")[0].trim();
        }
        return "";
    }

    /**
     * The source of a parameter as its description gives it: citations and references, then
     * what the description says of its status; "-" if neither.
     */
    static String source(String des) {
        Set<String> refs = new LinkedHashSet<>();
        // "Melitz (2003)" reads as "Melitz 2003"
        String text = des.replaceAll("\\(((?:19|20)\\d{2})\\)", "$1");
        for (String[] part : splitParens(text)) {
            if (part[0] != null) {
                refs.addAll(references(part[0]));
                continue;
            }
            for (String segment : part[1].split(";")) {
                String seg = segment.trim();
                List<String> found = references(seg);
                if (!found.isEmpty()) refs.addAll(found);
                else if (YEAR.matcher(seg).find() || seg.toLowerCase(Locale.ROOT).contains("survey")) refs.add(seg);
            }
        }
        List<String> status = new ArrayList<>();
        String lower = des.toLowerCase(Locale.ROOT);
        if (lower.contains("design choice")) status.add("design choice");
        if (lower.contains("assumption") || lower.contains("unverified")) {
            status.add(lower.contains("calibrat") ? "assumption, to be calibrated" : "assumption");
        } else if (Pattern.compile("(^|[.;:]\\s*)Calibrated\\b").matcher(des).find()) {
            status.add("calibrated");
        }
        List<String> all = new ArrayList<>(refs);
        all.addAll(status);
        return all.isEmpty() ? "-" : String.join("; ", all);
    }

    /** Author-year citations and note references in a piece of text, in order. */
    private static List<String> references(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = AUTHOR_YEAR.matcher(text);
        while (m.find()) {
            String authors = m.group(1).trim();
            String first = authors.split("[\\s,]+")[0];
            if (NOT_AUTHORS.contains(first)) continue;
            out.add(authors + " " + m.group(2));
        }
        Matcher n = NOTE.matcher(text);
        while (n.find()) out.add(n.group());
        return out;
    }

    /**
     * Splits a text into top-level pieces: {text outside parentheses, null} or {null, text of a
     * parenthesised group} (nested parentheses stay inside their group).
     */
    private static List<String[]> splitParens(String s) {
        List<String[]> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                if (depth == 0) {
                    out.add(new String[] {s.substring(from, i), null});
                    from = i + 1;
                }
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
                if (depth == 0) {
                    out.add(new String[] {null, s.substring(from, i)});
                    from = i + 1;
                }
            }
        }
        out.add(depth == 0 ? new String[] {s.substring(from), null} : new String[] {null, s.substring(from)});
        return out;
    }

    // ------------------------------------------------------------------ formatting

    /** A value as written in scenario files: shortest decimal, no exponent, no trailing zeros. */
    static String format(Object v) {
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) return Double.toString(d);
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(v);
    }

    private static String number(String s) {
        try {
            return format(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return s;
        }
    }

    private static String stripParens(String s) {
        String t = s.trim();
        if (t.startsWith("(") && t.endsWith(")")) t = t.substring(1, t.length() - 1).trim();
        return t;
    }

    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    // ------------------------------------------------------------------ declaration order

    /**
     * Names of the non-static fields of a class in the order of its class file, which javac
     * writes in source order ({@code Class.getDeclaredFields()} promises no order). Empty if the
     * class file cannot be read.
     */
    static List<String> declaredFieldOrder(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        ClassLoader loader = type.getClassLoader() == null ? ClassLoader.getSystemClassLoader() : type.getClassLoader();
        try (InputStream raw = loader.getResourceAsStream(resource)) {
            if (raw == null) return List.of();
            return fieldNames(new DataInputStream(raw));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Reads the field table of a class file (JVMS §4.1): constant pool, then fields. */
    private static List<String> fieldNames(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // longs and doubles take two entries
                }
                default -> throw new IOException("unknown constant-pool tag " + tag);
            }
        }
        in.skipNBytes(6); // access flags, this class, super class
        int interfaces = in.readUnsignedShort();
        in.skipNBytes(2L * interfaces);
        int fields = in.readUnsignedShort();
        List<String> names = new ArrayList<>(fields);
        for (int f = 0; f < fields; f++) {
            int access = in.readUnsignedShort();
            int name = in.readUnsignedShort();
            in.readUnsignedShort(); // descriptor
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                in.readUnsignedShort();
                in.skipNBytes(in.readInt() & 0xFFFFFFFFL);
            }
            if ((access & Modifier.STATIC) == 0) names.add(utf8[name]);
        }
        return names;
    }
}
