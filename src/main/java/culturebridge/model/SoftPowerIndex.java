package culturebridge.model;

import culturebridge.model.agent.AudienceSummary;

/**
 * Soft power of country C as seen by the partner population P, after the three KPIs of the
 * Brand Finance Global Soft Power Index plus a behavioural term (model-literature §5, design
 * choice): familiarity = share of P who consumed C's content (or, with tourism, visited C);
 * reputation = mean attitude of P toward C; influence = share of P who adopted some of C's
 * content in the last 52 weeks; pull = trips P-&gt;C in the last 12 months relative to the
 * first 12, capped at 2 and halved (0.5 = as at the start).
 * {@code SPI = 100 (wF Fam + wR Rep + wI Inf + wB Pull) / (wF + wR + wI + wB)}.
 *
 * @param familiarity 0..1
 * @param reputation  0..1
 * @param influence   0..1
 * @param pull        0..1
 * @param index       0..100
 */
public record SoftPowerIndex(double familiarity, double reputation, double influence, double pull, double index) {

    /**
     * Soft power of {@code country} in the partner population.
     *
     * @param pull behavioural pull in [0, 1] (see {@code World#pull})
     */
    public static SoftPowerIndex of(int country, AudienceSummary s, double pull, Params p) {
        int audience = 1 - country;
        double fam = s.familiarShare()[audience];
        double rep = s.meanAttitude()[audience];
        double inf = s.recentAdopterShare()[audience];
        double wF = p.getSoftPowerFamiliarityWeight();
        double wR = p.getSoftPowerReputationWeight();
        double wI = p.getSoftPowerInfluenceWeight();
        double wB = p.getSoftPowerPullWeight();
        double w = wF + wR + wI + wB;
        double index = w > 0 ? 100 * (wF * fam + wR * rep + wI * inf + wB * pull) / w : 0;
        return new SoftPowerIndex(fam, rep, inf, pull, index);
    }
}
