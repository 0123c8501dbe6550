package culturebridge.model.policy;

import culturebridge.model.Medium;
import java.util.Arrays;

/**
 * The gates, besides the import quota, that one stage sets on the partner's content and
 * travellers, by market (the importing country, or for group tours the travellers' country).
 * These are the levers each government holds in the 2026 talks: China's licensing of partner
 * titles for streaming platforms, its review of imported titles and its permits for outbound
 * group tours; Korea's broadcasting and screen slots for Chinese content and its incentives for
 * co-productions; each side's permission for joint ventures with the partner's studios. Each side's stage sets only its own country's gates; a stage that does not
 * give a gate inherits it from the stage before, and a policy that never gives one leaves it
 * open ({@link #OPEN}). The channel and travel rules read them through {@link PolicyState}.
 *
 * @param platformLicences      [market][medium] partner titles per quarter that licensed
 *                              streaming platforms in the market may add ({@link Stage#UNLIMITED}: no cap)
 * @param broadcastSlots        [market][medium] partner titles per quarter given broadcast or
 *                              screen slots in the market ({@link Stage#UNLIMITED}: no cap)
 * @param reviewWeeks           [market] review delay for partner titles in weeks; {@link #PARAMETER_REVIEW}
 *                              means the model's reviewWeeks parameter
 * @param groupTours            [origin] share of the group-tour channel the travellers' own
 *                              government permits (1 permitted, 0 banned), on top of the travel regimes
 * @param coproductionIncentive [market] multiplier on studios' co-production propensity from the
 *                              market's incentives (1: none)
 * @param jointVentures         [market][medium] whether the market's government permits joint
 *                              ventures with the partner's studios in that medium
 */
public record ChannelGates(int[][] platformLicences, int[][] broadcastSlots, int[] reviewWeeks, double[] groupTours,
                           double[] coproductionIncentive, boolean[][] jointVentures) implements java.io.Serializable {

    /** A review delay that defers to the model's parameter. */
    public static final int PARAMETER_REVIEW = -1;

    /**
     * Every gate open: no licence or slot cap, the parameter's review delay, group tours and
     * joint ventures permitted, no incentive.
     */
    public static final ChannelGates OPEN = open();

    public ChannelGates {
        if (platformLicences.length != 2 || broadcastSlots.length != 2 || reviewWeeks.length != 2 || groupTours.length != 2
                || coproductionIncentive.length != 2) {
            throw new IllegalArgumentException("channel gates are given for two markets");
        }
        if (jointVentures.length != 2) throw new IllegalArgumentException("channel gates are given for two markets");
        for (int c = 0; c < 2; c++) {
            if (platformLicences[c].length != Medium.COUNT || broadcastSlots[c].length != Medium.COUNT
                    || jointVentures[c].length != Medium.COUNT) {
                throw new IllegalArgumentException("platform licences, broadcast slots and joint ventures are given per medium");
            }
        }
    }

    private static ChannelGates open() {
        int[][] licences = new int[2][Medium.COUNT];
        int[][] slots = new int[2][Medium.COUNT];
        boolean[][] ventures = new boolean[2][Medium.COUNT];
        for (int c = 0; c < 2; c++) {
            Arrays.fill(licences[c], Stage.UNLIMITED);
            Arrays.fill(slots[c], Stage.UNLIMITED);
            Arrays.fill(ventures[c], true);
        }
        return new ChannelGates(licences, slots, new int[] {PARAMETER_REVIEW, PARAMETER_REVIEW}, new double[] {1, 1},
                new double[] {1, 1}, ventures);
    }

    /** A deep copy, for a stage that inherits and then changes some gates. */
    public ChannelGates copy() {
        return new ChannelGates(new int[][] {platformLicences[0].clone(), platformLicences[1].clone()},
                new int[][] {broadcastSlots[0].clone(), broadcastSlots[1].clone()}, reviewWeeks.clone(), groupTours.clone(),
                coproductionIncentive.clone(), new boolean[][] {jointVentures[0].clone(), jointVentures[1].clone()});
    }

    /** These gates with market {@code c}'s taken from {@code other} (the side that governs c). */
    ChannelGates withMarket(int c, ChannelGates other) {
        ChannelGates g = copy();
        g.platformLicences[c] = other.platformLicences[c].clone();
        g.broadcastSlots[c] = other.broadcastSlots[c].clone();
        g.reviewWeeks[c] = other.reviewWeeks[c];
        g.groupTours[c] = other.groupTours[c];
        g.coproductionIncentive[c] = other.coproductionIncentive[c];
        g.jointVentures[c] = other.jointVentures[c].clone();
        return g;
    }

    /** Whether market {@code c}'s gates are the same as {@code other}'s. */
    public boolean sameMarket(int c, ChannelGates other) {
        return Arrays.equals(platformLicences[c], other.platformLicences[c]) && Arrays.equals(broadcastSlots[c], other.broadcastSlots[c])
                && reviewWeeks[c] == other.reviewWeeks[c] && groupTours[c] == other.groupTours[c]
                && coproductionIncentive[c] == other.coproductionIncentive[c]
                && Arrays.equals(jointVentures[c], other.jointVentures[c]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChannelGates g && sameMarket(0, g) && sameMarket(1, g);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(platformLicences) * 31 + Arrays.deepHashCode(broadcastSlots);
    }
}
