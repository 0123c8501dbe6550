package culturebridge.model.content;

import culturebridge.model.Medium;
import culturebridge.model.channel.Channel;
import java.util.Arrays;

/**
 * A film, drama, music release or digital title (game, webtoon): its origin studio (and
 * partner studio for a co-production), medium, quality, the city it features, and its status,
 * release step and revenue in each of the two markets.
 *
 * <p>Revenue is in model units: a title of quality 1 released at home in a market of size 1
 * earns 1 on average. For an exported title it is the foreign studio's share.
 */
public final class Title implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Sequential id, in creation order. */
    public final int id;
    /** Country index of the (lead) studio. */
    public final int origin;
    /** True for a co-production: counts as domestic in both markets. */
    public final boolean coproduction;
    public final Medium medium;
    /** Quality, log-normal around the studio's capability (1 = an average title). */
    public final double quality;
    public final int createdStep;
    /** Index of the lead studio in the world's studio list. */
    public final int studio;
    /** Index of the partner studio of a co-production, or -1. */
    public final int partnerStudio;
    /** Country index of the featured city. */
    public final int featuredCountry;
    /** City index of the featured city within its country. */
    public final int featuredCity;

    private final MarketStatus[] status = {MarketStatus.NOT_SUBMITTED, MarketStatus.NOT_SUBMITTED};
    private final int[] releaseStep = {-1, -1};
    private final double[] revenue = new double[2];
    private int submittedStep = -1;
    /** The route taken into each market ({@code null} at home and for titles not offered). */
    private final Channel[] channel = new Channel[2];
    /** Made by the lead studio's joint venture with a publisher of the partner market. */
    private boolean jointVenture;
    /** Proposed as a co-production but refused approval, so made as a domestic title. */
    private boolean coproductionRefused;

    public Title(int id, int origin, boolean coproduction, Medium medium, double quality, int createdStep,
                 int studio, int partnerStudio, int featuredCountry, int featuredCity) {
        this.id = id;
        this.origin = origin;
        this.coproduction = coproduction;
        this.medium = medium;
        this.quality = quality;
        this.createdStep = createdStep;
        this.studio = studio;
        this.partnerStudio = partnerStudio;
        this.featuredCountry = featuredCountry;
        this.featuredCity = featuredCity;
    }

    public MarketStatus status(int market) { return status[market]; }
    public int releaseStep(int market) { return releaseStep[market]; }
    public double revenue(int market) { return revenue[market]; }
    public int submittedStep() { return submittedStep; }
    /** The route it took into a market, or null (at home, or never offered there). */
    public Channel channel(int market) { return channel[market]; }
    /**
     * True if its revenue in a market is a licence fee paid by the market's streaming platforms
     * (a drama licensed per episode) rather than a share of its gross there.
     */
    public boolean earnsLicenceFee(int market) { return channel[market] == Channel.STREAMING && medium == Medium.DRAMA; }
    /** True for a joint-venture title: published in the partner market as a domestic title there. */
    public boolean jointVenture() { return jointVenture; }
    /** True if it was proposed as a co-production and refused approval (it is then a domestic title). */
    public boolean coproductionRefused() { return coproductionRefused; }

    /** True if this title is foreign content in the given market (not a co-production nor a joint venture's). */
    public boolean foreignIn(int market) { return !coproduction && !jointVenture && origin != market; }

    /** Total revenue over both markets. */
    public double totalRevenue() { return revenue[0] + revenue[1]; }

    void submit(int market, int step) {
        status[market] = MarketStatus.PENDING;
        submittedStep = step;
    }

    void route(int market, Channel ch) { channel[market] = ch; }

    void markJointVenture() { jointVenture = true; }

    void markCoproductionRefused() { coproductionRefused = true; }

    void release(int market, int step, double rev) {
        status[market] = MarketStatus.RELEASED;
        releaseStep[market] = step;
        revenue[market] = rev;
    }

    void refuse(int market, MarketStatus outcome) {
        status[market] = outcome;
    }

    @Override
    public String toString() {
        return "Title#" + id + " " + medium.key + (coproduction ? " co-production" : "") + (jointVenture ? " joint venture" : "") + " origin " + origin
                + " quality " + String.format(java.util.Locale.ROOT, "%.2f", quality)
                + " status " + Arrays.toString(status);
    }
}
