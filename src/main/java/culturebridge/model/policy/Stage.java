package culturebridge.model.policy;

import culturebridge.model.Medium;
import java.util.List;

/**
 * One stage of a staged exchange policy: what is open to the partner's content in each
 * market. Quotas are titles approved per calendar quarter, by importing market and medium
 * (China's revenue-share film quota of 34 a year is the real-world template, chinadaily
 * 2017-02-10); {@link #UNLIMITED} means no quota. Co-production, where allowed, lets studios
 * of both countries make titles that count as domestic in both markets (China-Korea
 * co-production treaty in force since 1 September 2014).
 *
 * @param name         display name, written on every output row while active
 * @param entry        when it is entered (null for the first stage)
 * @param quota        [market][medium] partner titles approved per quarter
 * @param coproduction [medium] co-productions allowed
 * @param festivals    festivals held while this stage is active or later
 */
public record Stage(String name, StageEntry entry, int[][] quota, boolean[] coproduction,
                    List<Festival> festivals) implements java.io.Serializable {

    /** A quota that never binds. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public Stage {
        if (quota.length != 2 || quota[0].length != Medium.COUNT || quota[1].length != Medium.COUNT) {
            throw new IllegalArgumentException("quota must be [2][" + Medium.COUNT + "]");
        }
        festivals = List.copyOf(festivals);
    }

    /** Quarterly quota of partner titles of medium {@code m} into market {@code market}. */
    public int quota(int market, Medium m) { return quota[market][m.ordinal()]; }

    /** Whether co-productions of medium {@code m} are allowed. */
    public boolean coproductionAllowed(Medium m) { return coproduction[m.ordinal()]; }
}
