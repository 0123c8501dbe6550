package culturebridge.model.market;

import culturebridge.model.City;
import culturebridge.model.Country;
import culturebridge.model.Medium;
import culturebridge.model.Params;
import culturebridge.model.PortableMath;
import culturebridge.model.channel.Channel;
import culturebridge.model.channel.RouteGates;
import culturebridge.model.channel.CoproductionRules;
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
 * quality around its capability; a title is proposed as a co-production when the stage allows it
 * for the medium and the studio chooses to (propensity), and counts as domestic in both markets
 * only if it meets the approval rules ({@link CoproductionRules}); otherwise it is a domestic
 * release that may be exported ({@link Studio}'s Melitz-type cutoff) through a {@link Channel}
 * with its own gate, or, for a digital title of a studio with a joint venture in the partner
 * market, published there by the joint venture as a domestic title. Revenues are heavy-tailed
 * ({@link ContentMarket#paretoMeanOne}); dramas licensed to platforms earn a licence fee per
 * episode.
 */
public final class Market implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Studio> studios;
    private final Regulator[] regulators = {new Regulator(0), new Regulator(1)};
    /** Approved co-productions waiting for their release in the partner market, in due order. */
    private final java.util.ArrayDeque<Pending> pending = new java.util.ArrayDeque<>();

    /** A title due for release in a market at a step with the revenue it will earn there. */
    private record Pending(Title title, int market, int due, double revenue) implements java.io.Serializable {}

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

    /** One week of regulators' decisions, market by market, after the co-productions due this week are released. */
    public void regulate(MarketConditions c, MersenneTwisterFast random, int step) {
        while (!pending.isEmpty() && pending.peekFirst().due() <= step) {
            Pending p = pending.removeFirst();
            c.content().release(p.title(), p.market(), step, p.revenue());
        }
        for (Regulator r : regulators) r.step(c, this, random, step);
    }

    private void makeSlate(MarketConditions c, MersenneTwisterFast random, Studio st, int step) {
        int home = st.country;
        Params params = c.params();
        Stage stage = c.policyState().active();
        var policy = c.policyState();
        // joint ventures are agreed where the stage opens co-production of digital titles and
        // the partner's government permits ventures with its studios in that medium
        if (!st.hasJointVenture() && stage.coproductionAllowed(Medium.DIGITAL) && policy.jointVenturesAllowed(1 - home, Medium.DIGITAL)
                && random.nextDouble() < params.getJointVenturePropensity()) {
            st.formJointVenture();
        }
        // each government's co-production incentive scales the propensity of a joint project
        double coproductionPropensity = Math.min(1.0,
                params.getCoproductionPropensity() * policy.coproductionIncentive(0) * policy.coproductionIncentive(1));
        for (Medium m : Medium.values()) {
            int n = poisson(params.getTitlesPerStudioQuarter(), random);
            for (int k = 0; k < n; k++) {
                double sigma = params.getQualitySigma();
                double quality = PortableMath.exp(st.capability + sigma * random.nextGaussian() - sigma * sigma / 2);
                boolean copro = stage.coproductionAllowed(m) && random.nextDouble() < coproductionPropensity;
                if (copro) {
                    makeCoproduction(c, random, st, m, quality, step);
                    continue;
                }
                Title t = c.content().create(home, false, m, quality, step, st.index, -1, home, featuredCity(c.country(home), random));
                releaseAbroad(c, random, st, t, home, step);
            }
        }
    }

    /** Releases a domestic title at home, then publishes it through a joint venture or considers it for export. */
    private void releaseAbroad(MarketConditions c, MersenneTwisterFast random, Studio st, Title t, int home, int step) {
        c.content().release(t, home, step, domesticRevenue(c, random, home, t.quality));
        if (t.medium == Medium.DIGITAL && st.hasJointVenture()) {
            publishThroughJointVenture(c, random, st, t, 1 - home, step);
        } else {
            maybeExport(c, random, st, t, 1 - home, step);
        }
    }

    /**
     * A joint venture with a publisher of the partner market publishes the studio's game there as
     * a domestic title (no import quota, no licence count, no foreign review; Korean games enter
     * China only through Chinese publishers or joint ventures, Asia Economy 2025-08-28), still
     * exposed to informal blocking; the studio earns its share of the venture's revenue.
     */
    private void publishThroughJointVenture(MarketConditions c, MersenneTwisterFast random, Studio st, Title t, int partner, int step) {
        ContentMarket content = c.content();
        content.markJointVenture(t);
        if (blockedInformally(c, random, partner)) {
            content.refuse(t, partner, MarketStatus.BLOCKED);
            return;
        }
        double revenue = c.params().getJointVentureShare()
                * domesticRevenue(c, random, partner, t.quality);
        content.release(t, partner, step, revenue);
        st.earn(revenue, false);
    }

    private static boolean blockedInformally(MarketConditions c, MersenneTwisterFast random, int market) {
        Params params = c.params();
        double block = c.country(market).informalBlocking()
                ? Regulator.blockingProbability(c.tension(), params.getBlockingMidpoint(), params.getBlockingSteepness()) : 0;
        return block > 0 && random.nextDouble() < block;
    }

    private void makeCoproduction(MarketConditions c, MersenneTwisterFast random, Studio lead, Medium m, double quality, int step) {
        int home = lead.country;
        int partner = 1 - home;
        Params params = c.params();
        int perCountry = params.getStudiosPerCountry();
        Studio other = studios.get(partner * perCountry + random.nextInt(perCountry));
        int featured = random.nextBoolean() ? home : partner;
        ContentMarket content = c.content();
        int city = featuredCity(c.country(featured), random);
        if (!approved(c, random, featured)) {
            // refused: made as the lead studio's domestic title, exported (if at all) as one
            Title t = content.create(home, false, m, quality, step, lead.index, -1, featured, city);
            content.markCoproductionRefused(t);
            releaseAbroad(c, random, lead, t, home, step);
            return;
        }
        Title t = content.create(home, true, m, quality, step, lead.index, other.index, featured, city);
        // Counted as domestic in both markets (treaty in force since 1 Sep 2014): no quota,
        // no export cost; still exposed to informal blocking in the partner market.
        content.release(t, home, step, domesticRevenue(c, random, home, quality));
        if (blockedInformally(c, random, partner)) {
            content.refuse(t, partner, MarketStatus.BLOCKED);
            return;
        }
        double revenue = domesticRevenue(c, random, partner, quality);
        int wait = params.getCoproductionApprovalWeeks();
        if (wait <= 0) {
            content.release(t, partner, step, revenue);
        } else {
            // the finished film is reviewed against its approved script before release there
            pending.addLast(new Pending(t, partner, step + wait, revenue));
        }
    }

    /**
     * Whether a co-production project is approved ({@link CoproductionRules}): script review by
     * both authorities, and, where a market's regulator licenses at its discretion, a third of the
     * principal cast from that country (the share is uniform on [0, 1]: studios do not all plan
     * for the rule, an assumption) and the story set and shot there (its featured country).
     */
    private static boolean approved(MarketConditions c, MersenneTwisterFast random, int featured) {
        int licensing = c.country(0).informalBlocking() ? 0 : c.country(1).informalBlocking() ? 1 : -1;
        double castShare = licensing >= 0 ? random.nextDouble() : 1.0;
        double p = c.params().getScriptApprovalProbability();
        boolean script = p >= 1 || random.nextDouble() < p;
        return CoproductionRules.qualifies(licensing >= 0, castShare, featured == licensing, script);
    }

    private void maybeExport(MarketConditions c, MersenneTwisterFast random, Studio st, Title t, int partner, int step) {
        Channel route = route(c, t, partner);
        if (route == null) return;
        int quota = RouteGates.admissions(route, partner, t.medium, c.policyState());
        if (quota <= 0) return;
        Params params = c.params();
        Country p = c.country(partner);
        Regulator r = regulators[partner];
        // a quota slot must be within reach before the title would be withdrawn
        long reachable = (long) quota * params.getQueueExpiryQuarters();
        if (quota != Stage.UNLIMITED && r.queued(t.medium) >= reachable) return;
        double expected = st.belief(t.medium) * baseReturn(c, t, partner, route);
        // fixed cost in units of a mean title's revenue in the destination market: marketing and
        // distribution scale with the market (design choice; a flat cost shut small markets out)
        if (expected <= params.getExportFixedCost() * p.marketSize()) return;
        st.countExport(t.medium);
        if (route == Channel.STREAMING) {
            double buy = params.getPlatformPurchaseProbability();
            if (buy < 1 && !(random.nextDouble() < buy)) {
                c.content().route(t, partner, route);
                refused(c, t, MarketStatus.DECLINED, partner);
                return;
            }
        }
        r.submit(c.content(), t, route, step);
    }

    /**
     * The route a title takes into the partner market, or null when no open route carries its
     * medium. Films go to cinemas, music to platforms, digital titles through game publishers;
     * a drama goes to the licensed platforms when they are open, else to broadcasters when those
     * have slots: Korean dramas reach Chinese viewers mainly through licensed platforms (Korea
     * Bizwire 2016-03-25), and China has kept foreign dramas out of prime-time television since
     * SARFT's 2004 rules.
     */
    private static Channel route(MarketConditions c, Title t, int partner) {
        Params params = c.params();
        boolean licensing = c.country(partner).informalBlocking();
        var policy = c.policyState();
        Channel route = switch (t.medium) {
            case FILM -> Channel.CINEMA;
            case MUSIC -> Channel.STREAMING;
            case DIGITAL -> Channel.GAMES;
            case DRAMA -> RouteGates.open(Channel.STREAMING, partner, t.medium, policy, params, licensing) ? Channel.STREAMING : Channel.BROADCAST;
        };
        return RouteGates.open(route, partner, t.medium, policy, params, licensing) ? route : null;
    }

    /**
     * A title's expected return abroad on a route before the studio's learned multiplier: a
     * platform's licence fee for a drama, else the foreign share of the partner's box office.
     */
    private static double baseReturn(MarketConditions c, Title t, int partner, Channel route) {
        if (route == Channel.STREAMING && t.medium == Medium.DRAMA) return platformFee(c, t, partner);
        Params params = c.params();
        Country p = c.country(partner);
        return params.getForeignRevenueShare() * p.marketSize() * (1 - p.culturalDiscount()) * t.quality;
    }

    /**
     * Mean licence fee of a drama on the partner market's platforms, in model revenue units: price
     * per episode x episodes x quality, scaled by that market's size relative to the larger market
     * (the reported prices are Chinese platforms' for Korean dramas; data/platform_licence_prices.csv).
     */
    static double platformFee(MarketConditions c, Title t, int market) {
        Params params = c.params();
        double larger = Math.max(c.country(0).marketSize(), c.country(1).marketSize());
        double usd = params.getPlatformPricePerEpisodeUsd() * params.getEpisodesPerDrama() * t.quality;
        return usd / params.getRevenueUnitUsd() * c.country(market).marketSize() / larger;
    }

    /**
     * Releases an approved export. On the platforms a drama earns its mean licence fee
     * ({@link #platformFee}) times X, a mean-one Pareto draw (hits fetch many times the average
     * price: data/platform_licence_prices.csv); its studio learns X. Otherwise the foreign studio
     * earns share x size x (1 - discount) x quality x X x demand, where demand = 0.5 + the
     * market's adopter share of that medium (familiar audiences buy more); the studio learns
     * X x demand.
     */
    void releaseExport(MarketConditions c, MersenneTwisterFast random, Title t, int market, int step) {
        Params params = c.params();
        Studio st = studios.get(t.studio);
        boolean platform = t.channel(market) == Channel.STREAMING;
        double realised;
        double revenue;
        if (t.earnsLicenceFee(market)) {
            realised = ContentMarket.paretoMeanOne(params.getRevenueTailIndex(), random);
            revenue = platformFee(c, t, market) * realised;
        } else {
            Country p = c.country(market);
            double demand = 0.5 + c.adopterShare(market, t.medium);
            realised = ContentMarket.paretoMeanOne(params.getRevenueTailIndex(), random) * demand;
            revenue = params.getForeignRevenueShare() * p.marketSize() * (1 - p.culturalDiscount()) * t.quality * realised;
        }
        c.content().release(t, market, step, revenue);
        st.learn(t.medium, realised, params.getExportLearningRate());
        st.earn(revenue, platform);
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
