package culturebridge.output;

import culturebridge.model.Params;
import culturebridge.model.params.ParameterCatalogue;
import culturebridge.model.params.ParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parameter table of the model description (ODD, {@code src/site/markdown/odd.md}) and of
 * the {@code params} command, printed from the declarations of {@link ParameterCatalogue}: one
 * row per parameter with its value, unit, valid range, source and description, grouped by
 * section in declaration order. The ODD holds the table between the marker lines {@link #BEGIN}
 * and {@link #END}, and a test checks that what stands there is exactly
 * {@link #markdown(Params)} of a fresh {@code Params}.
 */
public final class ParameterTable {

    /** Marker line before the generated table in the ODD document. */
    public static final String BEGIN = "<!-- params:begin -->";
    /** Marker line after the generated table in the ODD document. */
    public static final String END = "<!-- params:end -->";
    /** The command that prints the table for pasting between the markers. */
    public static final String COMMAND = "java -jar target/culturebridge.jar params --markdown";

    private ParameterTable() {
    }

    /**
     * One parameter as the table shows it.
     *
     * @param spec  its declaration
     * @param value its value in the {@code Params} given (the default for a fresh one)
     */
    public record Row(ParameterSpec spec, Object value) {

        public String name() {
            return spec.name();
        }

        /** Title of the section the parameter belongs to. */
        public String section() {
            return spec.section().title();
        }

        /** Unit, "-" for a choice. */
        public String unit() {
            return spec.unit().isEmpty() ? "-" : spec.unit();
        }

        /** Valid range "[min, max]", or the choices. */
        public String range() {
            return spec.rangeText();
        }

        /** The citations and the basis (assumption, calibrated, simulation setting). */
        public String source() {
            return spec.sourceText();
        }

        /** The description, followed by the inspector's slider range and its reason where it is narrower. */
        public String description() {
            return spec.hasNarrowerSlider()
                    ? spec.description() + " Inspector slider " + spec.sliderText() + ": " + spec.sliderReason() + "."
                    : spec.description();
        }

        /** The value as written in the table (and in scenario files). */
        public String valueText() {
            return format(value);
        }
    }

    /** Every parameter, with the values of {@code params}, in declaration order. */
    public static List<Row> rows(Params params) {
        List<Row> out = new ArrayList<>();
        for (ParameterSpec p : ParameterCatalogue.all()) out.add(new Row(p, params.get(p)));
        return out;
    }

    /** The markdown tables (one per section) for the ODD, without the marker lines. */
    public static String markdown(Params params) {
        StringBuilder s = new StringBuilder();
        s.append("<!-- generated from culturebridge.model.params.ParameterCatalogue by `").append(COMMAND)
                .append("`; do not edit by hand -->\n");
        String section = null;
        for (Row r : rows(params)) {
            if (!r.section().equals(section)) {
                section = r.section();
                s.append('\n').append("**").append(section).append("**\n\n");
                s.append("| parameter | default | unit | valid range | source | description |\n");
                s.append("|---|---|---|---|---|---|\n");
            }
            s.append("| `").append(r.name()).append("` | ").append(cell(r.valueText())).append(" | ")
                    .append(cell(r.unit())).append(" | ").append(cell(r.range())).append(" | ")
                    .append(cell(r.source())).append(" | ").append(cell(r.description())).append(" |\n");
        }
        return s.toString();
    }

    /**
     * A plain-text listing for a terminal: per section, one line per parameter (name, value,
     * unit, valid range), then its source and description, indented and wrapped.
     */
    public static String plain(Params params) {
        List<Row> rows = rows(params);
        int wName = "parameter".length();
        int wValue = "default".length();
        int wUnit = "unit".length();
        for (Row r : rows) {
            wName = Math.max(wName, r.name().length());
            wValue = Math.max(wValue, r.valueText().length());
            wUnit = Math.max(wUnit, Math.min(30, r.unit().length()));
        }
        String format = "  %-" + wName + "s  %-" + wValue + "s  %-" + wUnit + "s  %s%n";
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, format, "parameter", "default", "unit", "valid range"));
        String section = null;
        for (Row r : rows) {
            if (!r.section().equals(section)) {
                section = r.section();
                s.append('\n').append(section).append('\n');
            }
            s.append(String.format(Locale.ROOT, format, r.name(), r.valueText(), r.unit(), r.range()));
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

    /** A value as written in scenario files: shortest decimal, no exponent, no trailing zeros. */
    static String format(Object v) {
        if (v instanceof Double || v instanceof Float) return ParameterSpec.number(((Number) v).doubleValue());
        return String.valueOf(v);
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
}
