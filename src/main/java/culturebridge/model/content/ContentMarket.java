package culturebridge.model.content;

import culturebridge.model.Medium;
import culturebridge.model.channel.Channel;
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
    /**
     * Every release in each market, in the order it happened. The monthly output and the
     * filming exposure ask about recent releases only; scanning every title ever made made them
     * grow with the history (after a 16-year warm-up they were most of a short run's time).
     */
    private final List<List<Title>> releases = List.of(new ArrayList<>(), new ArrayList<>());
    /** Whether releases in each market came in non-decreasing step order (then a scan may stop early). */
    private final boolean[] releasesInStepOrder = {true, true};
    /** Whether titles were created in non-decreasing step order. */
    private boolean createdInStepOrder = true;

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
        if (!titles.isEmpty() && step < titles.get(titles.size() - 1).createdStep) createdInStepOrder = false;
        titles.add(t);
        return t;
    }

    /** Records the route a title takes into a market (when its studio offers it there). */
    public void route(Title t, int market, Channel ch) { t.route(market, ch); }

    /** Marks a title as made by its studio's joint venture in the partner market. */
    public void markJointVenture(Title t) { t.markJointVenture(); }

    /** Marks a title as a co-production project refused approval (made as a domestic title). */
    public void markCoproductionRefused(Title t) { t.markCoproductionRefused(); }

    /** Puts a title into a market's approval queue. */
    public void submit(Title t, int market, int step) { t.submit(market, step); }

    /** Records a refusal (block or expiry) in a market. */
    public void refuse(Title t, int market, MarketStatus outcome) { t.refuse(market, outcome); }

    /** Releases a title in a market with the revenue it earns there. */
    public void release(Title t, int market, int step, double revenue) {
        t.release(market, step, revenue);
        List<Title> log = releases.get(market);
        if (!log.isEmpty() && step < log.get(log.size() - 1).releaseStep(market)) releasesInStepOrder[market] = false;
        log.add(t);
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
        return xmin / StrictMath.pow(u, 1.0 / alpha);
    }

    /** Every release in a market so far, in the order it happened (read-only; it grows with each release). */
    public List<Title> releaseLog(int market) {
        return java.util.Collections.unmodifiableList(releases.get(market));
    }

    /** Whether every release in a market so far came at a step no earlier than the one before it. */
    public boolean releasesInStepOrder(int market) {
        return releasesInStepOrder[market];
    }

    /**
     * Titles released in a market at or after step {@code from}, in release order: a read-only
     * view to iterate at once, not to keep (it changes with the next release). If releases ever
     * came out of step order, which the model does not do, every release is checked.
     */
    public List<Title> releasedSince(int market, int from) {
        List<Title> log = releases.get(market);
        int k = log.size();
        if (releasesInStepOrder[market]) {
            while (k > 0 && log.get(k - 1).releaseStep(market) >= from) k--;
            return java.util.Collections.unmodifiableList(log.subList(k, log.size()));
        }
        List<Title> out = new ArrayList<>();
        for (Title t : log) if (t.releaseStep(market) >= from) out.add(t);
        return out;
    }

    /** Partner titles of an origin and medium released in a market during steps [from, to]. */
    public int releasedBetween(int origin, Medium m, int market, int from, int to) {
        return countReleased(origin, market, from, to, t -> !t.coproduction && !t.jointVenture() && t.medium == m);
    }

    /** Co-productions made during steps [from, to]. */
    public int coproductionsBetween(int from, int to) {
        return countCreated(from, to, t -> t.coproduction);
    }

    /** Titles of an origin released in a partner market during steps [from, to] that pass a test. */
    private int countReleased(int origin, int market, int from, int to, java.util.function.Predicate<Title> test) {
        if (origin == market) return 0;
        int count = 0;
        for (Title t : releasedSince(market, from)) {
            if (t.origin == origin && t.releaseStep(market) <= to && test.test(t)) count++;
        }
        return count;
    }

    /** Titles created during steps [from, to] that pass a test. */
    private int countCreated(int from, int to, java.util.function.Predicate<Title> test) {
        int count = 0;
        for (int k = titles.size() - 1; k >= 0; k--) {
            Title t = titles.get(k);
            if (createdInStepOrder && t.createdStep < from) break;
            if (t.createdStep >= from && t.createdStep <= to && test.test(t)) count++;
        }
        return count;
    }

    /** Revenue of an origin's exported titles released in a partner market during steps [from, to]. */
    public double exportRevenueBetween(int origin, int market, int from, int to) {
        return sumRevenue(origin, market, from, to, t -> !t.coproduction && !t.jointVenture());
    }

    /** Revenue in a market of an origin's titles released there during steps [from, to] that pass a test. */
    private double sumRevenue(int origin, int market, int from, int to, java.util.function.Predicate<Title> test) {
        if (origin == market) return 0;
        List<Title> matching = new ArrayList<>();
        for (Title t : releasedSince(market, from)) {
            if (t.origin == origin && t.releaseStep(market) <= to && test.test(t)) matching.add(t);
        }
        // summed in creation order, as the output always has been, so the figures keep their bits
        matching.sort(java.util.Comparator.comparingInt(t -> t.id));
        double sum = 0;
        for (Title t : matching) sum += t.revenue(market);
        return sum;
    }

    /** Partner titles of an origin released in a market through a channel during steps [from, to]. */
    public int releasedViaBetween(int origin, Channel ch, int market, int from, int to) {
        return countReleased(origin, market, from, to, t -> t.channel(market) == ch);
    }

    /**
     * Licence fees that an origin's studios earned from the licensed streaming platforms of a
     * market for titles released there during steps [from, to], summed in creation order.
     */
    public double platformRevenueBetween(int origin, int market, int from, int to) {
        return sumRevenue(origin, market, from, to, t -> t.channel(market) == Channel.STREAMING);
    }

    /** Joint-venture titles of an origin released in the partner market during steps [from, to]. */
    public int jointVentureReleasesBetween(int origin, int market, int from, int to) {
        return countReleased(origin, market, from, to, Title::jointVenture);
    }

    /** Co-production projects refused approval during steps [from, to] (made as domestic titles). */
    public int coproductionsRefusedBetween(int from, int to) {
        return countCreated(from, to, Title::coproductionRefused);
    }
}
