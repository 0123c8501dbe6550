package culturebridge.scenario;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Reading YAML safely and with positions. Documents are only composed into a node tree
 * (snakeyaml-engine's {@link Compose}); nothing is ever constructed from a tag, and any tag
 * other than the plain string, sequence and mapping ones is refused, so a payload such as
 * {@code !!javax.script.ScriptEngineManager [...]} is an error, not an object. Every node keeps
 * its line and column, so each error points at the value that caused it.
 */
final class Yaml {
    /** Aliases are legal YAML but few are needed; a low cap stops "billion laughs" blow-ups. */
    private static final int MAX_ALIASES = 50;
    /**
     * Input files nest a few levels (a stage's quota of a country is four); a cap far above
     * that keeps every reader, which walks the tree recursively, far from a stack overflow.
     */
    static final int MAX_DEPTH = 100;

    private Yaml() {
    }

    /** 1-based line and column of a character index of the text. */
    private static int[] lineColumn(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(index, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, index - lineStart + 1};
    }

    /** Strict UTF-8 (a leading byte-order mark is dropped): mis-encoded files are refused, not guessed. */
    static String decode(String label, byte[] bytes) throws ScenarioException {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult r = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (r.isError()) {
            // point at the first bad byte, so that a stray binary paste can be found
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new ScenarioException(label, line, at - lineStart + 1, "", String.format(java.util.Locale.ROOT,
                    "the file is not valid UTF-8 text (byte 0x%02X)", bytes[at] & 0xFF));
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Documents composed lately, by label and text (see {@link #parse}). */
    private static final int CACHED_DOCUMENTS = 32;
    private static final Map<List<String>, Optional<Node>> COMPOSED = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<List<String>, Optional<Node>> eldest) {
                    return size() > CACHED_DOCUMENTS;
                }
            });

    /**
     * Composes one document. Returns null for an empty document (nothing but comments).
     *
     * <p>The same text under the same label is composed once: the built-in country table, for
     * one, is read again by every scenario load, and a sweep loads its scenario for every range
     * end and design point. Node trees are never changed after composing (a changed scenario
     * is a new tree: {@code ScenarioDocument.with} copies the path it changes), so the cached
     * tree can be shared; a file that changed on disk has another text and is composed anew.
     *
     * @param label file name used in messages
     */
    static Field parse(String label, String text) throws ScenarioException {
        List<String> key = List.of(label, text);
        Optional<Node> root = COMPOSED.get(key);
        if (root == null) {
            InputFiles.checkLines(label, text);
            root = compose(label, text);
            COMPOSED.put(key, root);
        }
        return root.isEmpty() ? null : new Field(label, "", root.get());
    }

    /** Composes and checks one document (empty: nothing but comments). */
    private static Optional<Node> compose(String label, String text) throws ScenarioException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(label)
                // Failsafe: every scalar is a string; Values interprets them, one way for all.
                .setSchema(new FailsafeSchema())
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .build();
        Optional<Node> root;
        try {
            checkDepth(label, settings, text);
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
            String context = e.getContext() == null ? "" : " (" + e.getContext().trim() + ")";
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem().trim();
            throw new ScenarioException(label, line(mark), column(mark), "",
                    "broken YAML: " + problem + context);
        } catch (org.snakeyaml.engine.v2.exceptions.ReaderException e) {
            // a character YAML does not allow (control characters, NUL): the reader knows where
            int[] lc = lineColumn(text, e.getPosition());
            throw new ScenarioException(label, lc[0], lc[1], "", String.format(java.util.Locale.ROOT,
                    "broken YAML: character U+%04X is not allowed in a YAML file", e.getCodePoint()));
        } catch (YamlEngineException e) {
            if (String.valueOf(e.getMessage()).contains("aliases")) {
                // too many aliases of lists or mappings ("billion laughs"): snakeyaml does not say where
                Optional<Mark> at = aliasBeyondLimit(settings, text);
                throw new ScenarioException(label, line(at), column(at), "", "broken YAML: more than " + MAX_ALIASES
                        + " aliases (*name) of lists or mappings; write the values out");
            }
            // other unmarked errors come from directives (%YAML 9.9): point at the first one
            int line = 0;
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length && line == 0; i++) if (lines[i].startsWith("%")) line = i + 1;
            String problem = line > 0 ? "unsupported YAML directive '" + lines[line - 1].trim() + "'" : e.getMessage();
            throw new ScenarioException(label, line, line > 0 ? 1 : 0, "", "broken YAML: " + problem);
        }
        if (root.isPresent()) checkTags(label, root.get(), "", new IdentityHashMap<>(), new IdentityHashMap<>());
        return root;
    }

    /**
     * Refuses lists and mappings nested deeper than {@link #MAX_DEPTH}, before the (recursive)
     * composer sees them; the parser's events come from a loop, so any depth is safe here.
     */
    private static void checkDepth(String label, LoadSettings settings, String text) throws ScenarioException {
        int depth = 0;
        for (Event ev : new Parse(settings).parseString(text)) {
            if (ev instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                throw new ScenarioException(label, line(ev.getStartMark()), column(ev.getStartMark()), "",
                        "broken YAML: lists and mappings nested more than " + MAX_DEPTH + " deep");
            } else if (ev instanceof CollectionEndEvent) {
                depth--;
            }
        }
    }

    /** The alias at which the count of aliases of lists and mappings passes the limit, as the composer counts them. */
    private static Optional<Mark> aliasBeyondLimit(LoadSettings settings, String text) {
        Map<String, Boolean> isCollection = new java.util.HashMap<>();
        int aliases = 0;
        try {
            for (Event ev : new Parse(settings).parseString(text)) {
                if (ev instanceof AliasEvent a) {
                    if (Boolean.TRUE.equals(isCollection.get(a.getAlias().getValue())) && ++aliases > MAX_ALIASES) {
                        return a.getStartMark();
                    }
                } else if (ev instanceof NodeEvent n && n.getAnchor().isPresent()) {
                    isCollection.put(n.getAnchor().get().getValue(), !(ev instanceof ScalarEvent));
                }
            }
        } catch (YamlEngineException e) {
            // the document breaks before the limit: nowhere to point at
        }
        return Optional.empty();
    }

    /**
     * Refuses every explicit tag: scenario files hold plain values, never typed objects. Also
     * refuses a value that contains itself through an alias ({@code &a [*a]}): the readers walk
     * values as trees and would recurse without end.
     *
     * @param open the nodes being walked (from the root to this one)
     * @param seen the nodes walked already (aliases share them)
     */
    private static void checkTags(String label, Node node, String path, IdentityHashMap<Node, Boolean> open,
                                  IdentityHashMap<Node, Boolean> seen) throws ScenarioException {
        if (open.containsKey(node)) {
            throw new ScenarioException(label, line(node.getStartMark()), column(node.getStartMark()), path,
                    "broken YAML: this value contains itself (an alias *name inside the value its &name marks); "
                            + "values must be written out as trees");
        }
        if (seen.put(node, Boolean.TRUE) != null) return;
        open.put(node, Boolean.TRUE);
        checkTag(label, node, path);
        if (node instanceof SequenceNode seq) {
            int i = 0;
            for (Node child : seq.getValue()) checkTags(label, child, path + "[" + i++ + "]", open, seen);
        } else if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                checkTags(label, t.getKeyNode(), path, open, seen);
                checkTags(label, t.getValueNode(), path.isEmpty() ? key : path + "." + key, open, seen);
            }
        }
        open.remove(node);
    }

    private static void checkTag(String label, Node node, String path) throws ScenarioException {
        Tag tag = node.getTag();
        // An empty value ("key:") is composed as a null-tagged empty scalar even by the failsafe schema.
        boolean emptyValue = tag.equals(Tag.NULL) && node instanceof ScalarNode s && s.getValue().isEmpty();
        if (!tag.equals(Tag.STR) && !tag.equals(Tag.SEQ) && !tag.equals(Tag.MAP) && !emptyValue) {
            String shown = tag.getValue().startsWith(Tag.PREFIX)
                    ? "!!" + tag.getValue().substring(Tag.PREFIX.length()) : tag.getValue();
            throw new ScenarioException(label, line(node.getStartMark()), column(node.getStartMark()), path,
                    "YAML tags such as '" + shown + "' are not allowed: scenario files hold plain values "
                            + "(numbers, text, lists, mappings) only");
        }
    }

    static int line(Optional<Mark> mark) {
        return mark.map(m -> m.getLine() + 1).orElse(0);
    }

    static int column(Optional<Mark> mark) {
        return mark.map(m -> m.getColumn() + 1).orElse(0);
    }

    /**
     * A node together with the file it came from and its field path, so that anything read
     * from it can fail with a precise {@link ScenarioException}.
     */
    static final class Field {
        final String label;
        final String path;
        final Node node;

        Field(String label, String path, Node node) {
            this.label = label;
            this.path = path;
            this.node = node;
        }

        int line() { return Yaml.line(node.getStartMark()); }

        ScenarioException error(String problem) {
            return new ScenarioException(label, line(), Yaml.column(node.getStartMark()), path, problem);
        }

        /** A plain empty value ({@code key:}), {@code ~} or {@code null}. */
        boolean isNull() {
            if (!(node instanceof ScalarNode s) || !s.isPlain()) return false;
            String v = s.getValue();
            return v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL");
        }

        private String kind() {
            if (node instanceof MappingNode) return "a mapping";
            if (node instanceof SequenceNode) return "a list";
            if (isNull()) return "nothing";
            return "'" + InputFiles.shown(((ScalarNode) node).getValue()) + "'";
        }

        Mapping mapping(String expected) throws ScenarioException {
            if (!(node instanceof MappingNode m)) {
                throw error("expected " + expected + ", got " + kind());
            }
            return new Mapping(this, m);
        }

        List<Field> list(String expected) throws ScenarioException {
            if (!(node instanceof SequenceNode seq)) {
                throw error("expected " + expected + ", got " + kind());
            }
            List<Field> out = new ArrayList<>();
            int i = 0;
            for (Node child : seq.getValue()) out.add(new Field(label, path + "[" + i++ + "]", child));
            return out;
        }

        boolean isList() { return node instanceof SequenceNode; }

        boolean isScalar() { return node instanceof ScalarNode; }

        /** The scalar's text; refuses lists, mappings and empty values. */
        String text() throws ScenarioException {
            if (!(node instanceof ScalarNode s) || isNull()) {
                throw error("expected a single value, got " + kind());
            }
            return s.getValue();
        }

        /** Non-blank text. */
        String string() throws ScenarioException {
            String t = text();
            if (t.isBlank()) throw error("must not be empty");
            return t.trim();
        }

        long integer(long lo, long hi) throws ScenarioException {
            String t = text();
            try {
                return Values.integer(t, lo, hi);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }

        double real(double lo, double hi) throws ScenarioException {
            String t = text();
            try {
                return Values.real(t, lo, hi);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }

        YearMonth yearMonth() throws ScenarioException {
            String t = text();
            try {
                return Values.yearMonth(t);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }

        LocalDate date() throws ScenarioException {
            String t = text();
            try {
                return Values.date(t);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }
    }

    /** A mapping with its keys checked for duplicates and non-text keys. */
    static final class Mapping {
        final Field self;
        private final Map<String, Field> values = new LinkedHashMap<>();
        private final Map<String, Field> keys = new LinkedHashMap<>();

        Mapping(Field self, MappingNode node) throws ScenarioException {
            this.self = self;
            for (NodeTuple t : node.getValue()) {
                Field keyField = new Field(self.label, self.path, t.getKeyNode());
                if (!(t.getKeyNode() instanceof ScalarNode k) || keyField.isNull()) {
                    throw keyField.error("keys must be plain names, got " + keyField.kind());
                }
                String key = k.getValue();
                Field first = keys.get(key);
                if (first != null) {
                    throw new Field(self.label, child(key), t.getKeyNode()).error(
                            "duplicate key '" + key + "' (first given on line " + first.line() + ")");
                }
                keys.put(key, new Field(self.label, child(key), t.getKeyNode()));
                values.put(key, new Field(self.label, child(key), t.getValueNode()));
            }
        }

        private String child(String key) {
            return self.path.isEmpty() ? key : self.path + "." + key;
        }

        /** Refuses keys outside {@code allowed}, naming the closest and listing all valid keys. */
        Mapping allowOnly(String what, Collection<String> allowed) throws ScenarioException {
            for (var e : keys.entrySet()) {
                if (!allowed.contains(e.getKey())) {
                    throw e.getValue().error("unknown key '" + e.getKey() + "' in " + what
                            + Suggestions.didYouMeanThen(e.getKey(), allowed)
                            + "Valid keys: " + String.join(", ", allowed));
                }
            }
            return this;
        }

        Set<String> keys() { return keys.keySet(); }

        boolean has(String key) { return values.containsKey(key) && !values.get(key).isNull(); }

        /** The value, or null when the key is absent or has no value. */
        Field opt(String key) {
            Field f = values.get(key);
            return f == null || f.isNull() ? null : f;
        }

        /** The value; absent or empty is an error. */
        Field req(String key) throws ScenarioException {
            Field f = values.get(key);
            if (f == null) {
                // Reported at the mapping that lacks it, under the missing field's own path.
                throw new ScenarioException(self.label, self.line(), Yaml.column(self.node.getStartMark()),
                        child(key), "missing required field '" + key + "'");
            }
            if (f.isNull()) {
                throw f.error("'" + key + "' needs a value");
            }
            return f;
        }

        /** The key itself, for errors about the key rather than its value. */
        Field key(String key) { return keys.get(key); }

        List<Map.Entry<String, Field>> entries() { return new ArrayList<>(values.entrySet()); }
    }
}
