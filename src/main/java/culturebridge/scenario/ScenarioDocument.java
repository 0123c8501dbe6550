package culturebridge.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A scenario file as read, before it is interpreted: its YAML tree with every position, plus
 * any {@link DocumentOverride changes} made to it by field path. A sweep reads its base
 * scenario once and makes one changed document per design point; {@link ScenarioLoader}
 * then validates and binds each exactly as it does a file, so a changed value is checked by
 * the same rules, and an error in it is reported where the change was asked for.
 *
 * <p>Documents are immutable: {@link #with} copies only the nodes on the changed paths and
 * shares the rest, so thousands of design points cost little memory.
 */
public final class ScenarioDocument {
    private final Path file;
    private final String label;
    private final String sha256;
    private final Node root;
    private final List<DocumentOverride> applied;

    private ScenarioDocument(Path file, String label, String sha256, Node root, List<DocumentOverride> applied) {
        this.file = file;
        this.label = label;
        this.sha256 = sha256;
        this.root = root;
        this.applied = List.copyOf(applied);
    }

    /**
     * Reads and parses a scenario file (safely: no YAML type tags; see {@code Yaml}).
     *
     * @throws ScenarioException if it cannot be read, is not UTF-8 or is not YAML
     */
    public static ScenarioDocument read(Path file) throws ScenarioException {
        String label = file.toString();
        byte[] bytes;
        try {
            bytes = InputFiles.read(file, label, "scenario file");
        } catch (NoSuchFileException e) {
            throw new ScenarioException(label, 0, 0, "", missing(file));
        } catch (IOException e) {
            throw new ScenarioException(label, 0, 0, "", "cannot read the scenario file: " + e);
        }
        Yaml.Field root = Yaml.parse(label, Yaml.decode(label, bytes));
        return new ScenarioDocument(file, label, sha256(bytes), root == null ? null : root.node, List.of());
    }

    /** Why a scenario file is not there: the folder looked in, and the scenarios it does hold. */
    private static String missing(Path file) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            // scenarios/<name>.yaml is where the command line looks up a bare name
            boolean byName = !file.isAbsolute() && file.getNameCount() == 2 && file.getName(0).toString().equals("scenarios");
            return "no such file: the folder " + dir + " does not exist" + (byName
                    ? " (a bare scenario name is looked up in scenarios/ under the current folder, then in the"
                            + " project folder culturebridge.jar was built in: run from the project folder, or give"
                            + " the file's path)" : "");
        }
        List<String> names = new ArrayList<>();
        try (var files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().forEach(names::add);
        } catch (IOException e) {
            return "no such file in " + dir;
        }
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return "no such file in " + dir + (names.isEmpty() ? ""
                : Suggestions.didYouMeanThen(name, names) + "Scenarios there: " + String.join(", ", names));
    }

    /** The file the document was read from. */
    public Path file() {
        return file;
    }

    /** The file name as used in messages. */
    public String label() {
        return label;
    }

    /** SHA-256 of the file's bytes as read (before any change), lower-case hex. */
    public String sha256() {
        return sha256;
    }

    /** The changes applied so far, in order. */
    public List<DocumentOverride> overrides() {
        return applied;
    }

    /** Whether the file held nothing but comments. */
    public boolean isEmpty() {
        return root == null;
    }

    /**
     * A copy with the changes applied in order (a later change of the same field wins). A
     * missing mapping key on the way is added (so a stage can be given a quota it inherited,
     * or {@code params} created); a list index must exist.
     *
     * @throws ScenarioException at the change's origin if its path cannot be followed
     */
    public ScenarioDocument with(List<DocumentOverride> overrides) throws ScenarioException {
        if (overrides.isEmpty()) return this;
        Node r = root;
        for (DocumentOverride o : overrides) {
            if (r == null) {
                throw originError(o, "the scenario " + label + " is empty, so it has no field " + o.path());
            }
            r = set(r, o, 0);
        }
        List<DocumentOverride> all = new ArrayList<>(applied);
        all.addAll(overrides);
        return new ScenarioDocument(file, label, sha256, r, all);
    }

    /**
     * The value at a path in compact YAML flow style ({@code 0.25}, {@code {film: 1}}), or null
     * if the document has no such field. Used to show a factor's base value.
     */
    public String textAt(DocumentPath path) {
        Node n = root;
        for (DocumentPath.Segment seg : path.segments()) {
            if (n == null) return null;
            if (seg instanceof DocumentPath.Key k) {
                n = n instanceof MappingNode m ? child(m, k.name()) : null;
            } else {
                int i = ((DocumentPath.Index) seg).index();
                n = n instanceof SequenceNode s && i < s.getValue().size() ? s.getValue().get(i) : null;
            }
        }
        return n == null ? null : DocumentOverride.render(n);
    }

    /** The root as a field for the loader, or null for an empty document. */
    Yaml.Field rootField() {
        return root == null ? null : new Yaml.Field(label, "", root);
    }

    /**
     * An error of the loader, moved to the place that asked for the change when it is about a
     * changed field (or a field inside a changed fragment); other errors are returned as they are.
     */
    ScenarioException attribute(ScenarioException e) {
        DocumentPath at = DocumentPath.tryParse(e.fieldPath());
        if (at == null || !label.equals(e.file())) return e;
        for (int i = applied.size() - 1; i >= 0; i--) {
            DocumentOverride o = applied.get(i);
            if (!at.isWithin(o.path())) continue;
            DocumentOverride.Origin from = o.origin();
            if (from.isCommandLine()) {
                return new ScenarioException(from.file(), 0, 0, e.fieldPath(), e.problem());
            }
            // The refused node was made from the origin's text, so its marks are the origin's.
            int line = e.line() > 0 ? e.line() : from.line();
            int column = e.line() > 0 ? e.column() : from.column();
            return new ScenarioException(from.file(), line, column, from.fieldPath(),
                    e.fieldPath() + " = " + o.shown() + " in " + label + ": " + e.problem());
        }
        return e;
    }

    private Node set(Node node, DocumentOverride o, int depth) throws ScenarioException {
        List<DocumentPath.Segment> segs = o.path().segments();
        if (depth == segs.size()) return o.value();
        DocumentPath.Segment seg = segs.get(depth);
        String here = depth == 0 ? "the top level" : o.path().prefix(depth).toString();
        if (seg instanceof DocumentPath.Key k) {
            if (node == null || isEmptyScalar(node)) node = o.emptyMapping();
            if (!(node instanceof MappingNode m)) {
                throw originError(o, where(here) + " is " + kind(node) + ", not a mapping, so it has no key '" + k.name() + "'");
            }
            List<NodeTuple> tuples = new ArrayList<>(m.getValue());
            int found = -1;
            for (int i = 0; i < tuples.size(); i++) {
                if (tuples.get(i).getKeyNode() instanceof ScalarNode s && s.getValue().equals(k.name())) {
                    found = i;
                    break;
                }
            }
            if (found >= 0) {
                NodeTuple t = tuples.get(found);
                tuples.set(found, new NodeTuple(t.getKeyNode(), set(t.getValueNode(), o, depth + 1)));
            } else {
                tuples.add(new NodeTuple(o.keyNode(k.name()), set(null, o, depth + 1)));
            }
            return new MappingNode(m.getTag(), true, tuples, m.getFlowStyle(), m.getStartMark(), m.getEndMark());
        }
        int index = ((DocumentPath.Index) seg).index();
        if (node == null) {
            throw originError(o, "the scenario " + label + " has no " + here + ", so there is no item [" + index + "] in it");
        }
        if (!(node instanceof SequenceNode s)) {
            throw originError(o, where(here) + " is " + kind(node) + ", not a list, so it has no item [" + index + "]");
        }
        int size = s.getValue().size();
        if (index >= size) {
            throw originError(o, where(here) + " has " + size + " item" + (size == 1 ? "" : "s")
                    + (size == 0 ? "" : " ([0] to [" + (size - 1) + "])") + ", so there is no item [" + index + "]");
        }
        List<Node> items = new ArrayList<>(s.getValue());
        items.set(index, set(items.get(index), o, depth + 1));
        return new SequenceNode(s.getTag(), true, items, s.getFlowStyle(), s.getStartMark(), s.getEndMark());
    }

    private String where(String p) {
        return p + " of " + label;
    }

    private ScenarioException originError(DocumentOverride o, String problem) {
        DocumentOverride.Origin from = o.origin();
        String field = from.isCommandLine() ? o.path().toString() : from.fieldPath();
        String prefix = from.isCommandLine() ? "" : o.path() + ": ";
        return new ScenarioException(from.file(), from.line(), from.column(), field, prefix + problem);
    }

    private static Node child(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) return t.getValueNode();
        }
        return null;
    }

    private static boolean isEmptyScalar(Node n) {
        return n instanceof ScalarNode s && s.isPlain() && (s.getValue().isEmpty() || s.getValue().equals("~")
                || s.getValue().equalsIgnoreCase("null"));
    }

    private static String kind(Node n) {
        if (n instanceof SequenceNode) return "a list";
        if (n instanceof MappingNode) return "a mapping";
        return "the value '" + ((ScalarNode) n).getValue() + "'";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return label + (applied.isEmpty() ? "" : " with " + applied);
    }
}
