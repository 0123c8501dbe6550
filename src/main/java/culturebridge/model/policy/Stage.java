package culturebridge.model.policy;

import culturebridge.model.Medium;
import java.util.List;

/**
 * One stage of a staged exchange policy: what is open to the partner's content. Quotas are
 * titles approved per calendar quarter, by importing market and medium (China's revenue-share
 * film quota of 34 a year is the real-world template, chinadaily 2017-02-10); {@link #UNLIMITED}
 * means no quota. Co-production, where allowed, lets studios of both countries make titles that
 * count as domestic in both markets (China-Korea co-production treaty in force since
 * 1 September 2014).
 *
 * <p>A stage belongs to one side or to both. A joint stage ({@link #JOINT}) sets the levers of
 * both markets at once, one agreed path for both governments. A side's stage belongs to that
 * country's own path and sets only its own market's levers: its quota row, its channel gates
 * ({@link ChannelGates}), which co-productions it approves, and the festivals it hosts or joins;
 * the other market's row is not read.
 *
 * @param name         display name, written on every output row while active
 * @param entry        when it is entered (null for the first stage of its path)
 * @param quota        [market][medium] partner titles approved per quarter
 * @param coproduction [medium] co-productions allowed (for a side: approved by that side)
 * @param festivals    festivals held while this stage is active or later
 * @param side         {@link #JOINT}, or the index of the country whose path it belongs to
 * @param gates        platform licences, broadcast slots, review delay, group-tour permits,
 *                     co-production incentives
 */
public record Stage(String name, StageEntry entry, int[][] quota, boolean[] coproduction,
                    List<Festival> festivals, int side, ChannelGates gates) implements java.io.Serializable {

    /** A quota that never binds. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    /** The side of a stage that both governments take together. */
    public static final int JOINT = -1;

    public Stage {
        if (quota.length != 2 || quota[0].length != Medium.COUNT || quota[1].length != Medium.COUNT) {
            throw new IllegalArgumentException("quota must be [2][" + Medium.COUNT + "]");
        }
        if (side < JOINT || side > 1) throw new IllegalArgumentException("side must be JOINT, 0 or 1, got " + side);
        festivals = List.copyOf(festivals);
        if (gates == null) gates = ChannelGates.OPEN;
    }

    /** A joint stage with every channel gate open. */
    public Stage(String name, StageEntry entry, int[][] quota, boolean[] coproduction, List<Festival> festivals) {
        this(name, entry, quota, coproduction, festivals, JOINT, ChannelGates.OPEN);
    }

    /** Quarterly quota of partner titles of medium {@code m} into market {@code market}. */
    public int quota(int market, Medium m) { return quota[market][m.ordinal()]; }

    /** Whether co-productions of medium {@code m} are allowed. */
    public boolean coproductionAllowed(Medium m) { return coproduction[m.ordinal()]; }

    /** Whether this stage sets market {@code c}'s levers (a joint stage sets both). */
    public boolean governs(int c) { return side == JOINT || side == c; }
}
