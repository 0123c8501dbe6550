package culturebridge.model;

import culturebridge.model.opinion.ContentShare;

/**
 * Soft power of country C among the partner's people P, from three parts one can measure
 * (each also written as its own column): survey favourability, the share of P's people
 * favourable toward C (Pew reading, {@link culturebridge.model.opinion.SurveyMapping}); C's
 * share of the content consumed in P's market over the last 12 months (gross of released
 * titles, as KOFIC counts admissions; {@link ContentShare}); visitors from P to C over the last
 * 12 months (scaled to a year while fewer weeks have passed) per 1,000 residents of C, the
 * destination: the standard tourism-intensity measure, Defert's (1967) tourist function
 * {@code T(f) = N / P} of arrivals over the host population, which says how much of C's everyday
 * life P's people fill (per 1,000 of P's own people the measure would rank the larger country's
 * few travellers below the smaller's many, whatever the pull). The composite
 * {@code SPI = 100 (wF fav + wC share + wV min(1, visitors / ref)) / (wF + wC + wV)} has equal
 * weights by default (an assumption: no survey measures the composite) and the visitor
 * reference {@code ref} of {@link Params#getSoftPowerVisitorReference()}.
 *
 * @param favourable       share of P favourable toward C, 0..1
 * @param contentShare     C's share of the content consumed in P's market, 0..1
 * @param visitorsPer1000  visitors from P to C in the last 12 months per 1,000 residents of C
 * @param index            0..100
 */
public record SoftPowerIndex(double favourable, double contentShare, double visitorsPer1000, double index) {

    /** Weeks over which content and visitors are counted (one year). */
    public static final int WINDOW_WEEKS = 52;

    /** Soft power of {@code country} among the partner's people now. */
    public static SoftPowerIndex of(World w, int country) {
        int partner = 1 - country;
        Params p = w.params();
        int step = w.currentStep();
        // the collector reads it in the month's last step, after that step's trips
        int from = Math.max(0, step - WINDOW_WEEKS + 1);
        int to = step;
        double fav = w.summary().favourableShare()[partner];
        double share = to >= from ? ContentShare.of(w.content(), country, partner, null, from, to, p.getForeignRevenueShare()) : 0;
        double visitors = to >= from ? w.tripLog().expected(partner, from, to) : 0;
        // a year's rate: in a run's first year the window is shorter than 52 weeks
        double weeks = to >= from ? to - from + 1 : 1;
        double per1000 = 1000 * visitors / w.country(country).population() * (WINDOW_WEEKS / weeks);
        return compose(fav, share, per1000, p);
    }

    /** The composite of the three parts. */
    public static SoftPowerIndex compose(double fav, double share, double per1000, Params p) {
        double wF = p.getSoftPowerFavourableWeight();
        double wC = p.getSoftPowerContentWeight();
        double wV = p.getSoftPowerVisitorWeight();
        double w = wF + wC + wV;
        double v = Math.min(1, per1000 / p.getSoftPowerVisitorReference());
        double index = w > 0 ? 100 * (wF * fav + wC * share + wV * v) / w : 0;
        return new SoftPowerIndex(fav, share, per1000, index);
    }
}
