package culturebridge.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address of one field of a scenario document, written the way errors name fields:
 * {@code policy.stages[2].quota.CN.drama}, {@code policy.shocks[0].date}, {@code params.agents},
 * {@code months}. Keys are separated by dots, list items are chosen by a 0-based index in
 * brackets. Sweep factors and {@code --set} use it to reach any field of a scenario, so a
 * stage's quota, a trigger's threshold or a shock's date can be varied like a parameter.
 *
 * @param segments the keys and indices from the document's top level down
 */
public record DocumentPath(List<Segment> segments) {

    /** One step of a path: a mapping key or a list index. */
    public sealed interface Segment permits Key, Index { }

    /** A mapping key. @param name the key */
    public record Key(String name) implements Segment {
        @Override public String toString() { return name; }
    }

    /** A list position, from 0. @param index the position */
    public record Index(int index) implements Segment {
        @Override public String toString() { return "[" + index + "]"; }
    }

    /** Keys are plain names: scenario keys, parameter names, country codes, media. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    public DocumentPath {
        if (segments.isEmpty()) throw new IllegalArgumentException("a path needs at least one key");
        if (!(segments.get(0) instanceof Key)) throw new IllegalArgumentException("a path starts with a key");
        segments = List.copyOf(segments);
    }

    /**
     * Parses {@code a.b[2].c}.
     *
     * @throws IllegalArgumentException with what is wrong, for a malformed path
     */
    public static DocumentPath parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) throw new IllegalArgumentException("an empty path; write e.g. policy.stages[1].quota.CN.film");
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            if (t.charAt(i) == '[') {
                int close = t.indexOf(']', i);
                if (close < 0) throw bad(t, "'[' without ']'");
                String digits = t.substring(i + 1, close);
                if (!digits.matches("[0-9]{1,9}")) throw bad(t, "a list index is a whole number >= 0, got '[" + digits + "]'");
                if (out.isEmpty()) throw bad(t, "a path starts with a key, not a list index");
                out.add(new Index(Integer.parseInt(digits)));
                i = close + 1;
                if (i < t.length() && t.charAt(i) != '.' && t.charAt(i) != '[') throw bad(t, "expected '.' or '[' after ']'");
                if (i < t.length() && t.charAt(i) == '.') {
                    i++;
                    if (i == t.length()) throw bad(t, "a path cannot end with '.'");
                }
                continue;
            }
            int end = i;
            while (end < t.length() && t.charAt(end) != '.' && t.charAt(end) != '[') end++;
            String key = t.substring(i, end);
            if (!KEY.matcher(key).matches()) {
                throw bad(t, key.isEmpty() ? "an empty key (two dots in a row?)" : "'" + key + "' is not a plain key name");
            }
            out.add(new Key(key));
            i = end;
            if (i < t.length() && t.charAt(i) == '.') {
                i++;
                if (i == t.length()) throw bad(t, "a path cannot end with '.'");
            }
        }
        return new DocumentPath(out);
    }

    /** A path of one top-level key. */
    public static DocumentPath of(String key) {
        return parse(key);
    }

    private static IllegalArgumentException bad(String text, String why) {
        return new IllegalArgumentException("bad field path '" + text + "': " + why);
    }

    /** The path with one more key. */
    public DocumentPath child(String key) {
        List<Segment> s = new ArrayList<>(segments);
        s.add(new Key(key));
        return new DocumentPath(s);
    }

    /** The first {@code n} segments. */
    public DocumentPath prefix(int n) {
        return new DocumentPath(segments.subList(0, n));
    }

    /** Number of segments. */
    public int length() {
        return segments.size();
    }

    /**
     * Whether this path is {@code other} or lies inside it (a field under it), comparing
     * segment by segment, so {@code params.agents} is under {@code params} but not under
     * {@code params.age}.
     */
    public boolean isWithin(DocumentPath other) {
        if (other.segments.size() > segments.size()) return false;
        return segments.subList(0, other.segments.size()).equals(other.segments);
    }

    /** Whether either path lies within the other (they would change the same field). */
    public boolean overlaps(DocumentPath other) {
        return isWithin(other) || other.isWithin(this);
    }

    /** Parses a field path of a {@link ScenarioException}, or returns null if it is not one. */
    static DocumentPath tryParse(String text) {
        try {
            return text == null || text.isBlank() ? null : parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (Segment seg : segments) {
            if (seg instanceof Key k && s.length() > 0) s.append('.');
            s.append(seg);
        }
        return s.toString();
    }
}
