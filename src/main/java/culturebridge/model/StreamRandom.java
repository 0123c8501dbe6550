package culturebridge.model;

/**
 * Counter-based random numbers for the audience phase: the draw for (agent, step, purpose) is
 * a fixed hash of those three numbers and a key taken from {@code state.random} when the
 * world starts. Because a draw does not depend on which thread makes it or in what order,
 * a run gives the same bytes for any thread count.
 *
 * <p>The mixing function is SplitMix64's finaliser (Steele, Lea &amp; Flood 2014, "Fast
 * splittable pseudorandom number generators", OOPSLA), applied to a Weyl-sequence counter;
 * it passes BigCrush as a generator and is the usual way to derive independent streams.
 */
public final class StreamRandom implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long AGENT_MULT = 0xD1B54A32D192ED03L;
    private static final long STEP_MULT = 0xABC98388FB8FAC03L;
    private static final double TO_UNIT = 0x1.0p-53;

    private final long key;

    /** @param key a 64-bit key drawn from the model's {@code state.random} */
    public StreamRandom(long key) {
        this.key = key;
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The base hash of an agent at a step; pass it to {@link #uniform(long, int)}. */
    public long base(int agent, long step) {
        return mix(key ^ mix(agent * AGENT_MULT + step * STEP_MULT));
    }

    /** The uniform [0,1) draw number {@code purpose} of the agent-step whose base is given. */
    public static double uniform(long base, int purpose) {
        return (mix(base + (purpose + 1) * GOLDEN) >>> 11) * TO_UNIT;
    }

    /** A uniform integer in [0, n) for draw number {@code purpose}. */
    public static int nextInt(long base, int purpose, int n) {
        return (int) (uniform(base, purpose) * n);
    }
}
