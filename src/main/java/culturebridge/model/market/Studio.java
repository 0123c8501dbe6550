package culturebridge.model.market;

import culturebridge.model.Medium;

/**
 * A studio (producer, label, publisher) of one country: its capability (mean log quality of
 * its titles) and what it has learned about exporting each medium.
 *
 * <p>Export rule, a Melitz (2003)-type cutoff (model-literature §4): a title of quality
 * {@code q} is offered to the partner market when the expected foreign return
 * {@code b_m x share x size_partner x (1 - cd_partner) x q} exceeds the fixed export cost (in
 * units of a mean title's revenue in the partner market, so {@code F x size_partner}) and
 * the market has a quota for the medium. {@code b_m} is the studio's expected demand
 * multiplier, learned by exponential smoothing from the realised return of each export
 * (0 when blocked or withdrawn): {@code b_m <- b_m + lr (r - b_m)}.
 */
public final class Studio implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Index in the world's studio list. */
    public final int index;
    /** Country index. */
    public final int country;
    /** Mean log quality of its titles. */
    public final double capability;
    private final double[] belief = new double[Medium.COUNT];
    private final int[] exports = new int[Medium.COUNT];
    /** Whether it publishes in the partner market through a joint venture with a local publisher. */
    private boolean jointVenture;
    private double foreignRevenue;
    private double platformRevenue;

    public Studio(int index, int country, double capability) {
        this.index = index;
        this.country = country;
        this.capability = capability;
        java.util.Arrays.fill(belief, 1.0);
    }

    /** Expected demand multiplier abroad for a medium (1 = as at home). */
    public double belief(Medium m) { return belief[m.ordinal()]; }

    /** Titles of this medium it has exported so far. */
    public int exports(Medium m) { return exports[m.ordinal()]; }

    /** Expected foreign return of a title of quality q (model revenue units). */
    public double expectedForeignReturn(Medium m, double quality, double share, double partnerSize,
                                        double partnerDiscount) {
        return belief[m.ordinal()] * share * partnerSize * (1 - partnerDiscount) * quality;
    }

    /** Learns from an export's outcome: the realised demand multiplier (0 if refused). */
    public void learn(Medium m, double realisedMultiplier, double rate) {
        int k = m.ordinal();
        belief[k] += rate * (realisedMultiplier - belief[k]);
    }

    /** Counts an export submission. */
    public void countExport(Medium m) { exports[m.ordinal()]++; }

    /** Whether it has a joint venture with a publisher of the partner market. */
    public boolean hasJointVenture() { return jointVenture; }

    /** Sets up its joint venture in the partner market (a studio decision; it lasts). */
    void formJointVenture() { jointVenture = true; }

    /** Revenue its titles earned in the partner market so far: exports, joint ventures, platform licences. */
    public double foreignRevenue() { return foreignRevenue; }

    /** The part of {@link #foreignRevenue()} paid by the partner's licensed streaming platforms. */
    public double platformRevenue() { return platformRevenue; }

    /** Books revenue earned in the partner market, and whether a platform paid it. */
    void earn(double revenue, boolean fromPlatform) {
        foreignRevenue += revenue;
        if (fromPlatform) platformRevenue += revenue;
    }
}
