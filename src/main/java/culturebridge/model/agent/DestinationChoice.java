package culturebridge.model.agent;

import culturebridge.model.World;
import culturebridge.model.policy.OutboundSeries;
import culturebridge.model.policy.OutsideOption;
import culturebridge.model.policy.TravelPolicy;
import java.time.LocalDate;

/**
 * Where an origin's travellers go abroad: a multinomial logit (McFadden 1974) over the partner
 * country, Japan and the rest of the world, applied to the origin's documented outbound trips
 * (the upper level, whether to travel abroad at all, is the documented total: a nested choice
 * whose upper branch is an input). The partner's weight moves with its travel regime (visa
 * rules, the group-tour channel) and with political risk; Japan's share of the origin's trips
 * follows its documented series (JNTO arrivals over the outbound total) and dated changes of
 * its attractiveness; the rest of the world takes what remains and has dated changes too. With
 * the outbound total fixed, a partner made less attractive loses trips to the outside options
 * and an outside option made less attractive sends some of its trips to the partner (diversion
 * in proportion to the shares: the logit's independence of irrelevant alternatives).
 *
 * <pre>
 * J'(t) = J(t) f_J(t) / (J(t) f_J(t) + 1 - J(t))                         Japan's share after its dated changes
 * q0    = S0 / (1 - J(t0))                                              the partner's share of the non-Japan trips at the start
 * S(t)  = (1 - J'(t)) A(t) q0 / (A(t) q0 + (1 - q0) f_O(t))             the partner's share of the origin's trips
 * </pre>
 * with S0 the partner's share at the start (the tabled trip rate times population over the
 * outbound total), A(t) the partner's attractiveness relative to the start (1 at the start)
 * and f_J, f_O the products of the dated outside-option factors.
 */
public final class DestinationChoice {
    /** Largest share of the non-Japan trips the partner may hold at the start (keeps the rest positive). */
    static final double MAX_START_SHARE = 0.99;

    private DestinationChoice() {}

    /**
     * The partner's share of the origin's outbound trips.
     *
     * @param startShare   S0, the partner's share at the start
     * @param startJapan   Japan's documented share at the start
     * @param japan        Japan's documented share now
     * @param japanFactor  product of Japan's dated factors now
     * @param otherFactor  product of the rest of the world's dated factors now
     * @param partner      A, the partner's attractiveness relative to the start
     */
    public static double partnerShare(double startShare, double startJapan, double japan, double japanFactor,
                                      double otherFactor, double partner) {
        double jf = japan * japanFactor;
        double j = jf > 0 ? jf / (jf + 1 - japan) : 0;
        double q0 = Math.min(MAX_START_SHARE, startShare / (1 - startJapan));
        double wp = partner * q0;
        double denominator = wp + (1 - q0) * otherFactor;
        return denominator > 0 ? (1 - j) * wp / denominator : 0;
    }

    /** Whether country c's travel is driven by a documented outbound series in this world. */
    static boolean driven(World w, int c) {
        return w.setup().policy().travel().outbound().covers(c);
    }

    /** The partner's share at the world's first step: trips to the partner per year over the outbound total. */
    static double startShare(World w, int c, double tripsPerYear) {
        OutboundSeries o = w.setup().policy().travel().outbound();
        double total = o.total(c, w.calendar().date(w.calendar().firstStep()));
        return total > 0 ? tripsPerYear / total : 0;
    }

    /**
     * The partner's share of country c's outbound trips on date d, given the partner's
     * attractiveness relative to the start and its share at the start.
     */
    static double share(World w, int c, LocalDate d, double attractiveness, double startShare) {
        TravelPolicy travel = w.setup().policy().travel();
        OutboundSeries o = travel.outbound();
        LocalDate start = w.calendar().date(w.calendar().firstStep());
        return partnerShare(startShare, o.japanShare(c, start), o.japanShare(c, d),
                travel.outsideFactor(d, c, OutsideOption.Destination.JAPAN),
                travel.outsideFactor(d, c, OutsideOption.Destination.OTHER), attractiveness);
    }

    /**
     * Country c's outbound trips during steps [first, last] in persons: its documented total per
     * year on each step's date x the season of its trips to the partner (ASSUMPTION: its outbound
     * travel as a whole has the same seasonal profile) x the step's length in years. 0 without
     * a documented series.
     */
    public static double outboundPersons(World w, int c, int first, int last) {
        OutboundSeries o = w.setup().policy().travel().outbound();
        if (!o.covers(c)) return 0;
        double sum = 0;
        for (int s = Math.max(first, w.calendar().firstStep()); s <= last; s++) {
            LocalDate d = w.calendar().date(s);
            sum += o.total(c, d) * w.country(c).travel().season(d.getMonthValue()) * culturebridge.model.SimCalendar.STEP_YEARS;
        }
        return sum;
    }
}
