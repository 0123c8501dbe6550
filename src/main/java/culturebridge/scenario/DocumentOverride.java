package culturebridge.scenario;

import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One change to a scenario document: the field at {@link #path()} is given a new value, as if
 * the file had said so, and the scenario loader then checks it like anything else in the file.
 * The value is a plain scalar (a number, a date, {@code unlimited}) or, from a sweep file, a
 * whole YAML fragment (a quota mapping, a list of shocks).
 *
 * <p>Each change remembers its {@link Origin}, the place that asked for it (a line of a sweep
 * file, or {@code --set}), so that when the loader refuses the changed value the error points
 * there and not into the scenario file, which is not at fault.
 */
public final class DocumentOverride {

    /**
     * Where a change comes from, for error messages.
     *
     * @param file      the sweep file, or {@code --set}
     * @param line      1-based line, 0 if unknown
     * @param column    1-based column, 0 if unknown
     * @param fieldPath the field of that file that asked for the change, e.g. {@code factors[2].levels[1]}
     */
    public record Origin(String file, int line, int column, String fieldPath) {
        public Origin {
            Objects.requireNonNull(file, "file");
            fieldPath = fieldPath == null ? "" : fieldPath;
        }

        /** The origin of a {@code --set PATH=VALUE} on the command line. */
        public static Origin commandLine(String path) {
            return new Origin(ScenarioLoader.SET_SOURCE, 0, 0, path);
        }

        boolean isCommandLine() {
            return ScenarioLoader.SET_SOURCE.equals(file);
        }

        /** A position mark, so nodes made for this change report this place. */
        Optional<Mark> mark() {
            if (line <= 0) return Optional.empty();
            return Optional.of(new Mark(file, 0, line - 1, Math.max(0, column - 1), new int[0], 0));
        }
    }

    private final DocumentPath path;
    private final Node value;
    private final String shown;
    private final Origin origin;

    private DocumentOverride(DocumentPath path, Node value, Origin origin) {
        this.path = Objects.requireNonNull(path, "path");
        this.value = Objects.requireNonNull(value, "value");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.shown = render(value);
    }

    /** Sets the field at {@code path} to the plain scalar {@code text}. */
    public static DocumentOverride scalar(DocumentPath path, String text, Origin origin) {
        Objects.requireNonNull(text, "text");
        return new DocumentOverride(path, new ScalarNode(Tag.STR, true, text, ScalarStyle.PLAIN,
                origin.mark(), origin.mark()), origin);
    }

    /** Sets the field at {@code path} to a YAML fragment read from a sweep file (keeps its positions). */
    static DocumentOverride node(DocumentPath path, Node value, Origin origin) {
        return new DocumentOverride(path, value, origin);
    }

    /** The field changed. */
    public DocumentPath path() {
        return path;
    }

    /** The new value in compact YAML flow style, e.g. {@code 3}, {@code 2027-03-15}, {@code {film: 2, drama: 3}}. */
    public String shown() {
        return shown;
    }

    /** Where the change was asked for. */
    public Origin origin() {
        return origin;
    }

    Node value() {
        return value;
    }

    /** A scalar key node for a mapping entry this change adds. */
    ScalarNode keyNode(String key) {
        return new ScalarNode(Tag.STR, true, key, ScalarStyle.PLAIN, origin.mark(), origin.mark());
    }

    /** An empty mapping for a missing parent of the changed field. */
    MappingNode emptyMapping() {
        return new MappingNode(Tag.MAP, true, new java.util.ArrayList<>(), FlowStyle.BLOCK, origin.mark(), origin.mark());
    }

    /** Compact one-line YAML of a node, for labels and messages. */
    static String render(Node node) {
        if (node instanceof ScalarNode s) return s.getValue();
        StringBuilder b = new StringBuilder();
        if (node instanceof SequenceNode seq) {
            b.append('[');
            for (int i = 0; i < seq.getValue().size(); i++) {
                if (i > 0) b.append(", ");
                b.append(render(seq.getValue().get(i)));
            }
            return b.append(']').toString();
        }
        if (node instanceof MappingNode map) {
            b.append('{');
            int i = 0;
            for (NodeTuple t : map.getValue()) {
                if (i++ > 0) b.append(", ");
                b.append(render(t.getKeyNode())).append(": ").append(render(t.getValueNode()));
            }
            return b.append('}').toString();
        }
        return String.valueOf(node);
    }

    @Override
    public String toString() {
        return path + " = " + shown;
    }
}
