package culturebridge.model.market;

import culturebridge.model.Medium;
import culturebridge.model.PortableMath;
import culturebridge.model.content.ContentMarket;
import culturebridge.model.content.MarketStatus;
import culturebridge.model.content.Title;
import ec.util.MersenneTwisterFast;
import java.util.ArrayDeque;

/**
 * The content regulator of one importing market (China's NRTA/SAPPRFT, Korea's KMRB): a FIFO
 * queue per medium of partner titles submitted for approval.
 *
 * <p>Each week, the title at the head of a queue is decided once its review delay has passed
 * (full-season review of foreign series, SARFT notice of September 2014): withdrawn if it has
 * waited longer than the expiry; otherwise, if the quarter's quota for the medium under the
 * active stage still has room, it is blocked informally (by a regulator whose country blocks
 * informally, {@code Country#informalBlocking}) with probability
 * {@code b(T) = 1 / (1 + exp(-(T - T50) / s))} (China denies any ban, so blocking is modelled
 * as informal and rising with tension; data/events.csv 2016-11-21) or else approved and released.
 * When the quota is used up the queue waits for the next quarter: approvals in a quarter never
 * exceed its quota.
 */
public final class Regulator implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Index of the market (country) it regulates. */
    public final int market;
    private final ArrayDeque<Title>[] queues;
    private final int[] approvedThisQuarter = new int[Medium.COUNT];
    private int quarter = -1;

    @SuppressWarnings("unchecked")
    public Regulator(int market) {
        this.market = market;
        queues = new ArrayDeque[Medium.COUNT];
        for (int m = 0; m < Medium.COUNT; m++) queues[m] = new ArrayDeque<>();
    }

    /** Titles waiting for a decision in a medium's queue. */
    public int queued(Medium m) { return queues[m.ordinal()].size(); }

    /** Approvals so far this quarter for a medium. */
    public int approvedThisQuarter(Medium m) { return approvedThisQuarter[m.ordinal()]; }

    /** Queues a partner title for review. */
    void submit(ContentMarket content, Title t, int step) {
        content.submit(t, market, step);
        queues[t.medium.ordinal()].addLast(t);
    }

    /** Informal blocking probability at tension T. */
    public static double blockingProbability(double tension, double midpoint, double steepness) {
        return 1.0 / (1.0 + PortableMath.exp(-(tension - midpoint) / steepness));
    }

    /** One week of decisions; approved titles are released by {@code exports}, which also tells their studios. */
    void step(MarketConditions c, Market exports, MersenneTwisterFast random, int step) {
        int q = c.quarterIndex(step);
        if (q != quarter) {
            quarter = q;
            java.util.Arrays.fill(approvedThisQuarter, 0);
        }
        var p = c.params();
        int review = p.getReviewWeeks();
        int expiry = p.getQueueExpiryQuarters() * 13;
        double block = c.country(market).informalBlocking()
                ? blockingProbability(c.tension(), p.getBlockingMidpoint(), p.getBlockingSteepness()) : 0;
        for (Medium m : Medium.values()) {
            ArrayDeque<Title> queue = queues[m.ordinal()];
            int quota = c.policyState().quota(market, m);
            while (!queue.isEmpty()) {
                Title t = queue.peekFirst();
                int waited = step - t.submittedStep();
                if (waited > expiry) {
                    queue.removeFirst();
                    exports.refused(c, t, MarketStatus.EXPIRED, market);
                    continue;
                }
                if (waited < review || approvedThisQuarter[m.ordinal()] >= quota) break;
                queue.removeFirst();
                if (random.nextDouble() < block) {
                    exports.refused(c, t, MarketStatus.BLOCKED, market);
                } else {
                    approvedThisQuarter[m.ordinal()]++;
                    exports.releaseExport(c, random, t, market, step);
                }
            }
        }
    }
}
