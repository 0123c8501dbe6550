package culturebridge.experiment;

import java.io.ObjectInputFilter;
import java.util.List;
import java.util.Set;

/**
 * The allow-list through which a checkpoint's Java serialization stream is read. Java
 * deserialization builds whatever classes a stream names and allocates whatever sizes it
 * claims before anything can check the result, so a checkpoint file (which anyone can copy
 * into a results folder or the warm-up cache) could otherwise run gadget code, allocate a
 * 16 GB array from 170 bytes, or nest lists until the stack overflows. This filter admits
 * only the model's own classes, MASON's and the JDK types they use; requires the stream's
 * first object to be the model's world; and bounds depth, references, bytes and every array
 * by what the file can hold and the heap can take. The first refusal is kept as
 * {@link #refusal()} so that the error says why.
 *
 * <p>One filter reads one stream (it remembers whether the first object has been seen).
 */
final class CheckpointFilter implements ObjectInputFilter {
    /**
     * Deflate expands at most about 1032 to 1 (RFC 1951: a 258-byte match costs at least two
     * bits); a stream that claims more bytes than its compressed size allows is forged.
     */
    static final long MAX_EXPANSION = 1100;
    /** Nesting a world needs is about a dozen levels; two hundred is far from any stack's end. */
    static final long MAX_DEPTH = 200;
    /** Objects of a world: its agents live in primitive arrays, so references stay few. */
    static final long MAX_REFERENCES = 20_000_000;

    /** Packages whose classes a world is made of: the model (and its collector) and MASON. */
    private static final List<String> PREFIXES = List.of("culturebridge.model.", "culturebridge.output.", "sim.engine.",
            "sim.field.", "sim.util.", "ec.util.MersenneTwisterFast", "java.time.");
    /** JDK classes a world uses: values, collections and their serial forms. */
    private static final Set<String> JDK = Set.of("java.lang.Enum", "java.lang.Number", "java.lang.Boolean", "java.lang.Byte",
            "java.lang.Character", "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double",
            "java.lang.String", "java.lang.Object", "java.lang.Comparable", "java.util.ArrayList", "java.util.ArrayDeque",
            "java.util.LinkedList", "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.HashSet",
            "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.EnumMap", "java.util.BitSet", "java.util.CollSer",
            "java.util.Map$Entry", "java.util.Collections$UnmodifiableList", "java.util.Collections$UnmodifiableRandomAccessList",
            "java.util.Collections$UnmodifiableCollection", "java.util.Collections$UnmodifiableMap",
            "java.util.Collections$UnmodifiableSet", "java.util.Collections$EmptyList", "java.util.Collections$EmptyMap",
            "java.util.Collections$EmptySet", "java.util.Collections$SingletonList");

    private final Class<?> root;
    private final long maxBytes;
    private final long freeHeap;
    private boolean rootSeen;
    private String refusal;

    /**
     * @param root            the class the stream's first object must be
     * @param compressedBytes the size of the compressed stream (bounds what it can hold)
     * @param freeHeap        bytes the heap can still give (bounds any one array)
     */
    CheckpointFilter(Class<?> root, long compressedBytes, long freeHeap) {
        this.root = root;
        this.maxBytes = Math.multiplyHigh(compressedBytes, MAX_EXPANSION) != 0 ? Long.MAX_VALUE
                : compressedBytes * MAX_EXPANSION + 65_536;
        this.freeHeap = freeHeap;
    }

    /** A filter for a checkpoint whose compressed stream has that many bytes, against this JVM's free heap. */
    static CheckpointFilter forStream(Class<?> root, long compressedBytes) {
        Runtime rt = Runtime.getRuntime();
        return new CheckpointFilter(root, compressedBytes, rt.maxMemory() - (rt.totalMemory() - rt.freeMemory()));
    }

    /** Why the stream was refused, or null if it was not. */
    String refusal() {
        return refusal;
    }

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > MAX_DEPTH) return refuse("objects nested more than " + MAX_DEPTH + " deep");
        if (info.references() > MAX_REFERENCES) return refuse("more than " + MAX_REFERENCES + " objects");
        if (info.streamBytes() > maxBytes) {
            return refuse("its stream claims " + info.streamBytes() + " bytes, more than " + maxBytes + " bytes of compressed data can hold");
        }
        Class<?> c = info.serialClass();
        if (c == null) return Status.UNDECIDED;
        if (!rootSeen) {
            rootSeen = true;
            if (c != root) return refuse("it holds a " + c.getTypeName() + ", not a " + root.getName());
        }
        if (c.isArray() && info.arrayLength() >= 0) {
            Class<?> e = c.getComponentType();
            long each = e == long.class || e == double.class ? 8 : e == int.class || e == float.class ? 4
                    : e == short.class || e == char.class ? 2 : e == byte.class || e == boolean.class ? 1 : 4;
            long bytes = info.arrayLength() * each;
            // every element comes from the stream (at least a byte each, a null included)
            if (info.arrayLength() > maxBytes || (e.isPrimitive() && bytes > maxBytes)) {
                return refuse("an array of " + info.arrayLength() + " " + e.getName() + " is more than its "
                        + "compressed data can hold");
            }
            if (bytes > freeHeap) {
                return refuse("an array of " + info.arrayLength() + " " + e.getName() + " needs " + bytes / (1 << 20)
                        + " MB, more than the " + freeHeap / (1 << 20) + " MB the heap has free");
            }
        }
        Class<?> base = c;
        while (base.isArray()) base = base.getComponentType();
        if (base.isPrimitive() || allowed(base.getName())) return Status.ALLOWED;
        return refuse("class " + c.getTypeName() + " is not one a CultureBridge world is made of");
    }

    /** Whether a (non-array) class may appear in a checkpoint. */
    static boolean allowed(String name) {
        if (JDK.contains(name) || name.startsWith("java.util.ImmutableCollections$")) return true;
        for (String p : PREFIXES) if (name.startsWith(p)) return true;
        return false;
    }

    private Status refuse(String why) {
        if (refusal == null) refusal = why;
        return Status.REJECTED;
    }
}
