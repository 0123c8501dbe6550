package culturebridge.model.agent;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * The audiences' social ties, undirected, in compressed sparse row form: the ties of agent
 * {@code i} are {@code targets[offsets[i] .. offsets[i+1])}. Four bytes a tie end, so a
 * million agents with ten ties each take 40 MB; MASON's {@code Network} of {@code Edge}
 * objects would take over a gigabyte.
 *
 * <p>Each country's agents occupy a contiguous index block, ordered by city, so that ring
 * neighbours in the small-world graph are mostly neighbours in the same city. A share of
 * ties is rewired across the border to a random agent of the partner country.
 *
 * <p>Generators: Watts &amp; Strogatz (1998) ring lattice with rewiring; Barabasi &amp; Albert
 * (1999) preferential attachment with {@code k/2} links per new node; "complete" builds no
 * ties at all, because a complete graph's adopter share among ties is the population share,
 * which {@link Audiences} computes directly.
 */
public final class SocialNetwork implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final int[] offsets;
    private final int[] targets;
    private final boolean complete;
    /** 1.0 / d for every degree d up to the largest (0 for d = 0); built on first use. */
    private transient double[] inverseDegrees;

    private SocialNetwork(int[] offsets, int[] targets, boolean complete) {
        this.offsets = offsets;
        this.targets = targets;
        this.complete = complete;
    }

    /** Whether this is the implicit complete network (no stored ties). */
    public boolean complete() { return complete; }

    /** First tie index of agent i. */
    public int start(int i) { return offsets[i]; }

    /** One past the last tie index of agent i. */
    public int end(int i) { return offsets[i + 1]; }

    /** Number of ties of agent i. */
    public int degree(int i) { return offsets[i + 1] - offsets[i]; }

    /** Agent at tie index t. */
    public int target(int t) { return targets[t]; }

    /** The offsets array itself (ties of i at {@code offsets[i] .. offsets[i+1])}), for the audiences' inner loop; not to be modified. */
    int[] offsets() { return offsets; }

    /**
     * {@code 1.0 / d} for every degree {@code d} of this network (index d; 0 for d = 0): the
     * exact doubles of the division, looked up instead of divided in the audiences' inner
     * loop. Call it from one thread before the parallel phase (it is built on first use).
     */
    double[] inverseDegrees() {
        double[] t = inverseDegrees;
        if (t == null) {
            int max = 0;
            for (int i = 0; i + 1 < offsets.length; i++) max = Math.max(max, offsets[i + 1] - offsets[i]);
            t = new double[max + 1];
            for (int d = 1; d <= max; d++) t[d] = 1.0 / d;
            inverseDegrees = t;
        }
        return t;
    }

    /** Total tie ends stored (twice the number of ties). */
    public int tieEnds() { return targets.length; }

    /**
     * Builds the network.
     *
     * @param type          "small-world", "scale-free" or "complete"
     * @param blockStart    first agent index of each country's block
     * @param blockSize     agents of each country
     * @param meanDegree    mean ties per agent
     * @param rewiring      small-world rewiring probability
     * @param crossBorder   share of ties that go to the partner country
     * @param random        the model's generator
     */
    public static SocialNetwork build(String type, int[] blockStart, int[] blockSize, int meanDegree,
                                      double rewiring, double crossBorder, MersenneTwisterFast random) {
        int n = blockSize[0] + blockSize[1];
        if (type.equals("complete")) {
            return new SocialNetwork(new int[n + 1], new int[0], true);
        }
        int half = Math.max(1, meanDegree / 2);
        long edgesLong = 0;
        for (int c = 0; c < 2; c++) edgesLong += (long) blockSize[c] * half;
        if (edgesLong > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("too many ties: " + edgesLong + " (reduce agents or meanDegree)");
        }
        int edges = (int) edgesLong;
        int[] from = new int[edges];
        int[] to = new int[edges];
        int e = 0;
        for (int c = 0; c < 2; c++) {
            int s = blockStart[c];
            int m = blockSize[c];
            int ps = blockStart[1 - c];
            int pm = blockSize[1 - c];
            if (type.equals("small-world")) {
                e = smallWorld(s, m, half, rewiring, from, to, e, random);
            } else {
                e = scaleFree(s, m, half, from, to, e, random);
            }
            // Cross-border ties: re-point a share of this block's ties to the partner block.
            if (crossBorder > 0 && pm > 0) {
                for (int k = e - m * half; k < e; k++) {
                    if (random.nextDouble() < crossBorder) to[k] = ps + random.nextInt(pm);
                }
            }
        }
        return fromEdges(n, from, to, e);
    }

    private static int smallWorld(int s, int m, int half, double beta, int[] from, int[] to, int e,
                                  MersenneTwisterFast random) {
        for (int i = 0; i < m; i++) {
            for (int k = 1; k <= half; k++) {
                int j = (i + k) % m;
                if (beta > 0 && random.nextDouble() < beta) {
                    j = random.nextInt(m);
                    if (j == i) j = (i + k) % m;
                }
                from[e] = s + i;
                to[e] = s + j;
                e++;
            }
        }
        return e;
    }

    /** Barabasi-Albert: each new node links to {@code half} nodes drawn by degree. */
    private static int scaleFree(int s, int m, int half, int[] from, int[] to, int e, MersenneTwisterFast random) {
        int[] ends = new int[2 * m * half];
        int nEnds = 0;
        int seed = Math.min(m, half + 1);
        int startE = e;
        // a small ring seeds the process so every early node has a degree
        for (int i = 0; i < seed; i++) {
            from[e] = s + i;
            to[e] = s + (i + 1) % seed;
            ends[nEnds++] = i;
            ends[nEnds++] = (i + 1) % seed;
            e++;
        }
        for (int i = seed; i < m; i++) {
            for (int k = 0; k < half; k++) {
                int j = ends[random.nextInt(nEnds)];
                from[e] = s + i;
                to[e] = s + j;
                ends[nEnds++] = i;
                ends[nEnds++] = j;
                e++;
            }
        }
        // fill the quota of ties so both generators give the same tie count per block
        while (e - startE < m * half) {
            int i = random.nextInt(m);
            int j = ends[random.nextInt(nEnds)];
            from[e] = s + i;
            to[e] = s + j;
            e++;
        }
        return e;
    }

    private static SocialNetwork fromEdges(int n, int[] from, int[] to, int edges) {
        int[] offsets = new int[n + 1];
        for (int k = 0; k < edges; k++) {
            if (from[k] == to[k]) continue;
            offsets[from[k] + 1]++;
            offsets[to[k] + 1]++;
        }
        for (int i = 0; i < n; i++) offsets[i + 1] += offsets[i];
        int[] targets = new int[offsets[n]];
        int[] fill = Arrays.copyOf(offsets, n);
        for (int k = 0; k < edges; k++) {
            if (from[k] == to[k]) continue;
            targets[fill[from[k]]++] = to[k];
            targets[fill[to[k]]++] = from[k];
        }
        return new SocialNetwork(offsets, targets, false);
    }
}
