package culturebridge.model.market;

import culturebridge.model.Medium;
import culturebridge.model.PortableMath;
import culturebridge.model.channel.Channel;
import culturebridge.model.channel.RouteGates;
import culturebridge.model.content.ContentMarket;
import culturebridge.model.content.MarketStatus;
import culturebridge.model.content.Title;
import ec.util.MersenneTwisterFast;
import java.util.ArrayDeque;

/**
 * The content regulator of one importing market (China's NRTA/SAPPRFT and NPPA, Korea's KMRB and
 * GRAC): a FIFO queue per medium and channel of partner titles submitted for approval.
 *
 * <p>Each week, the title at the head of a queue is decided once the review delay of its channel
 * has passed ({@link RouteGates#reviewWeeks}: full-season review of foreign series, SARFT notice
 * of September 2014; game review before a licence): withdrawn if it has waited longer than the
 * expiry; otherwise, if the quarter's quota for the medium under the active stage and the
 * channel's own limits (broadcast slots and platform licences a quarter, game licences a year;
 * {@link RouteGates}) still have room, it is blocked informally (by a regulator whose country
 * blocks informally, {@code Country#informalBlocking}) with probability
 * {@code b(T) = 1 / (1 + exp(-(T - T50) / s))} (China denies any ban, so blocking is modelled
 * as informal and rising with tension; data/events.csv 2016-11-21) or else approved and released.
 * When a quota or limit is used up the queue waits for the next quarter or year: approvals never
 * exceed them.
 */
public final class Regulator implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Index of the market (country) it regulates. */
    public final int market;
    /** Queues by medium and channel, at {@code medium * Channel.COUNT + channel}. */
    private final ArrayDeque<Title>[] queues;
    private final int[] approvedThisQuarter = new int[Medium.COUNT];
    /** Approvals this quarter by medium and channel ({@link #index}): the stage's licences and slots are per medium. */
    private final int[] channelThisQuarter = new int[Medium.COUNT * Channel.COUNT];
    private final int[] channelThisYear = new int[Channel.COUNT];
    private int quarter = -1;
    private int year = Integer.MIN_VALUE;

    @SuppressWarnings("unchecked")
    public Regulator(int market) {
        this.market = market;
        queues = new ArrayDeque[Medium.COUNT * Channel.COUNT];
        for (int k = 0; k < queues.length; k++) queues[k] = new ArrayDeque<>();
    }

    private static int index(Medium m, Channel ch) { return m.ordinal() * Channel.COUNT + ch.ordinal(); }

    /** Titles waiting for a decision in a medium's queues (all channels). */
    public int queued(Medium m) {
        int n = 0;
        for (Channel ch : Channel.values()) n += queues[index(m, ch)].size();
        return n;
    }

    /** Titles waiting for a decision on one channel. */
    public int queued(Channel ch) {
        int n = 0;
        for (Medium m : Medium.values()) n += queues[index(m, ch)].size();
        return n;
    }

    /** Approvals so far this calendar year on a channel. */
    public int approvedThisYear(Channel ch) { return channelThisYear[ch.ordinal()]; }

    /** Approvals so far this quarter for a medium. */
    public int approvedThisQuarter(Medium m) { return approvedThisQuarter[m.ordinal()]; }

    /** Queues a partner title for review on the channel it takes. */
    void submit(ContentMarket content, Title t, Channel ch, int step) {
        content.route(t, market, ch);
        content.submit(t, market, step);
        queues[index(t.medium, ch)].addLast(t);
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
            java.util.Arrays.fill(channelThisQuarter, 0);
            int y = Math.floorDiv(q, 4);
            if (y != year) {
                year = y;
                java.util.Arrays.fill(channelThisYear, 0);
            }
        }
        var p = c.params();
        int expiry = p.getQueueExpiryQuarters() * 13;
        boolean licensing = c.country(market).informalBlocking();
        double block = licensing ? blockingProbability(c.tension(), p.getBlockingMidpoint(), p.getBlockingSteepness()) : 0;
        var policy = c.policyState();
        for (Medium m : Medium.values()) {
            int quota = policy.quota(market, m);
            for (Channel ch : Channel.values()) {
                ArrayDeque<Title> queue = queues[index(m, ch)];
                if (queue.isEmpty()) continue;
                int review = RouteGates.reviewWeeks(ch, market, policy, p, licensing);
                int perQuarter = RouteGates.perQuarter(ch, market, m, policy);
                int perYear = RouteGates.perYear(ch, p, licensing);
                int k = ch.ordinal();
                int mk = index(m, ch);
                boolean ownCap = RouteGates.replacesQuota(ch, market, m, policy);
                while (!queue.isEmpty()) {
                    Title t = queue.peekFirst();
                    int waited = step - t.submittedStep();
                    if (waited > expiry) {
                        queue.removeFirst();
                        exports.refused(c, t, MarketStatus.EXPIRED, market);
                        continue;
                    }
                    if (waited < review || (!ownCap && approvedThisQuarter[m.ordinal()] >= quota)
                            || channelThisQuarter[mk] >= perQuarter || channelThisYear[k] >= perYear) break;
                    queue.removeFirst();
                    if (random.nextDouble() < block) {
                        exports.refused(c, t, MarketStatus.BLOCKED, market);
                    } else {
                        if (!ownCap) approvedThisQuarter[m.ordinal()]++;
                        channelThisQuarter[mk]++;
                        channelThisYear[k]++;
                        exports.releaseExport(c, random, t, market, step);
                    }
                }
            }
        }
    }
}
