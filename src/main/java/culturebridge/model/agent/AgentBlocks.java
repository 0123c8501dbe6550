package culturebridge.model.agent;

/**
 * The audiences cut into fixed blocks of at most {@value #SIZE} agents, each within one
 * country, numbered country 0's first. Sums over agents (expected trips, mean attitude) are
 * taken block by block, in agent order within a block, then added in block order: the blocks
 * do not depend on the thread count, so neither do the sums' bits, while the blocks
 * themselves can be summed on several threads.
 */
public final class AgentBlocks {
    /** Agents per block: large enough that a block's hand-off costs nothing, small enough to share out. */
    public static final int SIZE = 1 << 14;

    private final int[] lo;
    private final int[] hi;
    private final int[] firstOfCountry = new int[3];

    AgentBlocks(Audiences a) {
        int count = 0;
        for (int c = 0; c < 2; c++) count += (a.blockSize(c) + SIZE - 1) / SIZE;
        lo = new int[count];
        hi = new int[count];
        int b = 0;
        for (int c = 0; c < 2; c++) {
            firstOfCountry[c] = b;
            int end = a.blockStart(c) + a.blockSize(c);
            for (int s = a.blockStart(c); s < end; s += SIZE) {
                lo[b] = s;
                hi[b] = Math.min(end, s + SIZE);
                b++;
            }
        }
        firstOfCountry[2] = b;
    }

    /** Number of blocks. */
    public int count() { return lo.length; }

    /** First agent of block b. */
    public int lo(int b) { return lo[b]; }

    /** One past the last agent of block b. */
    public int hi(int b) { return hi[b]; }

    /** First block of country c. */
    public int first(int c) { return firstOfCountry[c]; }

    /** One past the last block of country c. */
    public int end(int c) { return firstOfCountry[c + 1]; }
}
