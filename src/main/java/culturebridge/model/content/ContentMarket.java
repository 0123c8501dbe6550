package culturebridge.model.content;

import culturebridge.model.Medium;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;

/**
 * All titles made in the run and the releases that supply each market with the partner's
 * content. The supply of the partner's medium-m content in market c at a step is
 * {@code s = sum of the quality of partner titles and co-productions released in c within
 * the medium's release window / saturation}, the quantity the adoption hazard multiplies.
 *
 * <p>Title revenues are heavy-tailed: {@code quality x market size x X} with X Pareto of tail
 * index alpha and mean 1 ({@code x_min = (alpha-1)/alpha}); alpha about 2 for gross earnings
 * (Sinha &amp; Pan 2005; De Vany &amp; Walls 1999), which gives the "20% of titles earn 80%"
 * concentration (De Vany 2006).
 */
public final class ContentMarket implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Title> titles = new ArrayList<>();
    /** Partner titles and co-productions released in each market, by medium: in release order. */
    private final List<List<List<Title>>> inRelease = new ArrayList<>();

    public ContentMarket() {
        for (int c = 0; c < 2; c++) {
            List<List<Title>> perMedium = new ArrayList<>();
            for (int m = 0; m < Medium.COUNT; m++) perMedium.add(new ArrayList<>());
            inRelease.add(perMedium);
        }
    }

    /** Every title made so far, in creation order. */
    public List<Title> titles() { return titles; }

    /** Records a new title and returns it. */
    public Title create(int origin, boolean coproduction, Medium medium, double quality, int step,
                        int studio, int partnerStudio, int featuredCountry, int featuredCity) {
        Title t = new Title(titles.size(), origin, coproduction, medium, quality, step, studio, partnerStudio,
                featuredCountry, featuredCity);
        titles.add(t);
        return t;
    }

    /** Puts a title into a market's approval queue. */
    public void submit(Title t, int market, int step) { t.submit(market, step); }

    /** Records a refusal (block or expiry) in a market. */
    public void refuse(Title t, int market, MarketStatus outcome) { t.refuse(market, outcome); }

    /** Releases a title in a market with the revenue it earns there. */
    public void release(Title t, int market, int step, double revenue) {
        t.release(market, step, revenue);
        // foreign titles and co-productions led from the other country supply a market with the
        // partner's content; a co-production led from home counts as home content there
        if (t.origin != market) inRelease.get(market).get(t.medium.ordinal()).add(t);
    }

    /**
     * Supply of the partner's medium-m content in a market: quality-weighted titles in release
     * over the saturation number (0 when nothing is in release).
     */
    public double releasedSupply(int market, Medium m, int step, double saturation) {
        List<Title> list = inRelease.get(market).get(m.ordinal());
        int window = m.releaseWeeks;
        // drop titles whose window has ended; the list is in release order
        int drop = 0;
        while (drop < list.size() && step - list.get(drop).releaseStep(market) >= window) drop++;
        if (drop > 0) list.subList(0, drop).clear();
        double q = 0;
        for (Title t : list) q += t.quality;
        return q / saturation;
    }

    /** A Pareto(alpha) draw with mean 1 (alpha &gt; 1). */
    public static double paretoMeanOne(double alpha, MersenneTwisterFast random) {
        double xmin = (alpha - 1) / alpha;
        double u = 1.0 - random.nextDouble(); // (0, 1]
        return xmin / Math.pow(u, 1.0 / alpha);
    }

    /** Partner titles of an origin and medium released in a market during steps [from, to]. */
    public int releasedBetween(int origin, Medium m, int market, int from, int to) {
        int count = 0;
        for (Title t : titles) {
            if (t.coproduction || t.origin != origin || t.medium != m || origin == market) continue;
            int r = t.releaseStep(market);
            if (r >= from && r <= to) count++;
        }
        return count;
    }

    /** Co-productions made during steps [from, to]. */
    public int coproductionsBetween(int from, int to) {
        int count = 0;
        for (Title t : titles) {
            if (t.coproduction && t.createdStep >= from && t.createdStep <= to) count++;
        }
        return count;
    }

    /** Revenue of an origin's exported titles released in a partner market during steps [from, to]. */
    public double exportRevenueBetween(int origin, int market, int from, int to) {
        double sum = 0;
        for (Title t : titles) {
            if (t.coproduction || t.origin != origin || origin == market) continue;
            int r = t.releaseStep(market);
            if (r >= from && r <= to) sum += t.revenue(market);
        }
        return sum;
    }
}
