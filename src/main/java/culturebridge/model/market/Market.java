package culturebridge.model.market;

import culturebridge.model.City;
import culturebridge.model.Country;
import culturebridge.model.Medium;
import culturebridge.model.Params;
import culturebridge.model.PortableMath;
import culturebridge.model.content.ContentMarket;
import culturebridge.model.content.MarketStatus;
import culturebridge.model.content.Title;
import culturebridge.model.policy.Stage;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The content industries of the two countries: their studios, which make titles every quarter
 * and decide which to offer abroad (learning from what their exports earn), and each importing
 * market's regulator, which approves those offers within the quota of the policy's stage.
 *
 * <p>Slates: each studio makes a Poisson number of titles per medium and quarter with log-normal
 * quality around its capability; a title is a co-production when the stage allows it for the
 * medium and the studio chooses to (propensity), otherwise a domestic release that may be
 * exported ({@link Studio}'s Melitz-type cutoff). Revenues are heavy-tailed
 * ({@link ContentMarket#paretoMeanOne}).
 */
public final class Market implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Studio> studios;
    private final Regulator[] regulators = {new Regulator(0), new Regulator(1)};

    /** {@code perCountry} studios in each country, of its studio capability; regulators with empty queues. */
    public Market(List<Country> countries, int perCountry) {
        List<Studio> all = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            for (int s = 0; s < perCountry; s++) all.add(new Studio(all.size(), c, countries.get(c).studioCapability()));
        }
        studios = Collections.unmodifiableList(all);
    }

    /** The studios of both countries, the first country's first. */
    public List<Studio> studios() { return studios; }

    /** The regulator of an importing market. */
    public Regulator regulator(int market) { return regulators[market]; }

    /** The quarter's slates: every studio, in random order, makes and places its titles. */
    public void slates(MarketConditions c, MersenneTwisterFast random, int step) {
        int[] order = new int[studios.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        shuffle(order, random);
        for (int i : order) makeSlate(c, random, studios.get(i), step);
    }

    /** One week of regulators' decisions, market by market. */
    public void regulate(MarketConditions c, MersenneTwisterFast random, int step) {
        for (Regulator r : regulators) r.step(c, this, random, step);
    }

    private void makeSlate(MarketConditions c, MersenneTwisterFast random, Studio st, int step) {
        int home = st.country;
        int partner = 1 - home;
        Params params = c.params();
        Stage stage = c.policyState().active();
        double tension = c.tension();
        for (Medium m : Medium.values()) {
            int n = poisson(params.getTitlesPerStudioQuarter(), random);
            for (int k = 0; k < n; k++) {
                double sigma = params.getQualitySigma();
                double quality = PortableMath.exp(st.capability + sigma * random.nextGaussian() - sigma * sigma / 2);
                boolean copro = stage.coproductionAllowed(m) && random.nextDouble() < params.getCoproductionPropensity();
                if (copro) {
                    makeCoproduction(c, random, st, m, quality, step, tension);
                    continue;
                }
                Title t = c.content().create(home, false, m, quality, step, st.index, -1, home, featuredCity(c.country(home), random));
                c.content().release(t, home, step, domesticRevenue(c, random, home, quality));
                maybeExport(c, st, t, partner, step);
            }
        }
    }

    private void makeCoproduction(MarketConditions c, MersenneTwisterFast random, Studio lead, Medium m, double quality, int step,
                                  double tension) {
        int home = lead.country;
        int partner = 1 - home;
        Params params = c.params();
        int perCountry = params.getStudiosPerCountry();
        Studio other = studios.get(partner * perCountry + random.nextInt(perCountry));
        int featured = random.nextBoolean() ? home : partner;
        ContentMarket content = c.content();
        Title t = content.create(home, true, m, quality, step, lead.index, other.index, featured,
                featuredCity(c.country(featured), random));
        // Counted as domestic in both markets (treaty in force since 1 Sep 2014): no quota,
        // no export cost; still exposed to informal blocking in the partner market.
        content.release(t, home, step, domesticRevenue(c, random, home, quality));
        double block = c.country(partner).informalBlocking()
                ? Regulator.blockingProbability(tension, params.getBlockingMidpoint(), params.getBlockingSteepness()) : 0;
        if (block > 0 && random.nextDouble() < block) {
            content.refuse(t, partner, MarketStatus.BLOCKED);
        } else {
            content.release(t, partner, step, domesticRevenue(c, random, partner, quality));
        }
    }

    private void maybeExport(MarketConditions c, Studio st, Title t, int partner, int step) {
        int quota = c.policyState().quota(partner, t.medium);
        if (quota <= 0) return;
        Params params = c.params();
        Regulator r = regulators[partner];
        // a quota slot must be within reach before the title would be withdrawn
        long reachable = (long) quota * params.getQueueExpiryQuarters();
        if (quota != Stage.UNLIMITED && r.queued(t.medium) >= reachable) return;
        Country p = c.country(partner);
        double expected = st.expectedForeignReturn(t.medium, t.quality, params.getForeignRevenueShare(),
                p.marketSize(), p.culturalDiscount());
        // fixed cost in units of a mean title's revenue in the destination market: marketing and
        // distribution scale with the market (design choice; a flat cost shut small markets out)
        if (expected <= params.getExportFixedCost() * p.marketSize()) return;
        st.countExport(t.medium);
        r.submit(c.content(), t, step);
    }

    /**
     * Releases an approved export: the foreign studio earns share x size x (1 - discount) x
     * quality x X x demand, where X is the Pareto draw and demand = 0.5 + the market's adopter
     * share of that medium (familiar audiences buy more); the studio learns X x demand.
     */
    void releaseExport(MarketConditions c, MersenneTwisterFast random, Title t, int market, int step) {
        Params params = c.params();
        Country p = c.country(market);
        double demand = 0.5 + c.adopterShare(market, t.medium);
        double realised = ContentMarket.paretoMeanOne(params.getRevenueTailIndex(), random) * demand;
        double revenue = params.getForeignRevenueShare() * p.marketSize() * (1 - p.culturalDiscount()) * t.quality * realised;
        c.content().release(t, market, step, revenue);
        studios.get(t.studio).learn(t.medium, realised, params.getExportLearningRate());
    }

    /** A refused or withdrawn export: its studio learns that it returned nothing. */
    void refused(MarketConditions c, Title t, MarketStatus outcome, int market) {
        c.content().refuse(t, market, outcome);
        studios.get(t.studio).learn(t.medium, 0.0, c.params().getExportLearningRate());
    }

    private static double domesticRevenue(MarketConditions c, MersenneTwisterFast random, int market, double quality) {
        return c.country(market).marketSize() * quality * ContentMarket.paretoMeanOne(c.params().getRevenueTailIndex(), random);
    }

    /** A city of the country featured in a title, by filming appeal (uniform when none has any). */
    private static int featuredCity(Country country, MersenneTwisterFast random) {
        List<City> cities = country.cities();
        double total = 0;
        for (City city : cities) total += city.filmingAppeal();
        if (total <= 0) return random.nextInt(cities.size());
        double u = random.nextDouble() * total;
        for (int i = 0; i < cities.size(); i++) {
            u -= cities.get(i).filmingAppeal();
            if (u < 0) return i;
        }
        return cities.size() - 1;
    }

    /** Poisson draw by inversion (small means: slates of a few titles). */
    static int poisson(double mean, MersenneTwisterFast random) {
        if (mean <= 0) return 0;
        double l = PortableMath.exp(-mean);
        int k = 0;
        double p = random.nextDouble();
        double cdf = l;
        double term = l;
        while (p > cdf && k < 10_000) {
            k++;
            term *= mean / k;
            cdf += term;
        }
        return k;
    }

    /** Fisher-Yates shuffle on the given random stream. */
    static void shuffle(int[] a, MersenneTwisterFast random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
