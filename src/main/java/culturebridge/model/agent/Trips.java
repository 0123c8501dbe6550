package culturebridge.model.agent;

import culturebridge.model.City;
import culturebridge.model.Country;
import culturebridge.model.Medium;
import culturebridge.model.Params;
import culturebridge.model.PortableMath;
import culturebridge.model.StreamRandom;
import culturebridge.model.TravelProfile;
import culturebridge.model.World;
import culturebridge.model.policy.TravelPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sim.util.Double2D;

/**
 * The travel phase of a week, after the audiences have decided who leaves: it brings home
 * the tourists whose trip ends (direct contact and word of mouth), turns each departure into
 * a {@link Tourist} with a channel, a destination and a satisfaction draw, records the trip,
 * and moves the tourists on the map. Runs single-threaded in agent order, drawing from each
 * agent's own stream, so it is deterministic for any thread count.
 *
 * <h2>Weekly base hazard</h2>
 * {@code base_c(t) = r_c x scale x min((1+g_c)^years, cap_c) x season_c(month) x C_c(t) / C_c(start)
 * x trend_c(t) / trend_c(start) x exp(-bT max(0, R - T0)) x epidemic_c(t) / norm_c x dt}, where r_c is the tabled trip rate
 * at the start, g_c its growth (total outbound travel as the documented driver) up to the
 * driver's documented plateau cap_c, and
 * {@code C = g open V(groupVisa) + (1 - g) V(visa)} the channel-and-visa factor, with
 * {@code open} the share of the group-tour channel open (1 allowed, 0 banned):
 * group share g (TravelProfile), visa factors after Neumayer (2010), trend_c the product of
 * the scenario's partner trends ({@link culturebridge.model.policy.PartnerTrend}). A group-tour ban removes
 * the group channel; nothing substitutes for it (assumption). When the scenario documents the
 * origin's outbound travel, the tabled growth gives way to that total and the channel factor
 * and political risk act through the partner's share of it ({@link DestinationChoice}).
 * Festivals add their visitors' trips ({@link FestivalAudience}).
 *
 * <h2>Destination</h2>
 * Multinomial logit over the partner's cities (Eilat &amp; Einav 2004's discrete-choice view):
 * {@code V_k = attractiveness_k - beta_D ln(distance km) + b_film sum_m adopted_m x E_m,k}, with
 * E_m,k the share of the partner's medium-m titles released in the agent's market within the
 * filming memory that feature city k (film-induced tourism, Riley et al. 1998).
 *
 * <h2>Return</h2>
 * The traveller's attitude moves toward the trip's satisfaction (direct contact, Pettigrew &amp;
 * Tropp 2006) and so, by a smaller share, do its domestic ties' (word of mouth).
 */
public final class Trips implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final int RECENT_WEEKS = 52;
    private static final int DRAW_CHANNEL = AudienceBehaviour.DRAW_TRIP + 1;
    private static final int DRAW_DEST = AudienceBehaviour.DRAW_TRIP + 2;
    private static final int DRAW_SAT1 = AudienceBehaviour.DRAW_TRIP + 3;
    private static final int DRAW_SAT2 = AudienceBehaviour.DRAW_TRIP + 4;
    /** The number of an agent's light travellers; each traveller j then draws channel and destination at +1+2j, +2+2j. */
    private static final int DRAW_UNITS = AudienceBehaviour.DRAW_TRIP + 5;

    private final List<Tourist> away = new ArrayList<>();
    /** Departures whose 52-week "recent visitor" window is open: agent and step, in order. */
    private int[] recentAgent = new int[1024];
    private int[] recentStep = new int[1024];
    private int recentHead;
    private int recentTail;
    private final double[] norm = new double[2];
    private final double[] startChannelFactor = new double[2];
    private final double[] refAttitude = new double[2];
    private final double[] refFandom = new double[2];
    /** log distance (km) from each home city to each partner city: [country][homeCity][partnerCity]. */
    private final double[][][] logDistance;
    /** Counts of recent titles' filming locations, kept from week to week; rebuilt after a checkpoint. */
    private transient FilmingExposure filmingExposure;
    /** Festival attendance and press; created on first use so that older checkpoints still load. */
    private FestivalAudience festivals;

    /** Prepares the phase at world start: reference means, normalisers, distances. */
    public Trips(World w) {
        logDistance = new double[2][][];
        anchor(w);
    }

    /**
     * Sets the reference values of the trip hazard to the world as it is now: the mean
     * attitude and fandom of each country (the multiplier's reference point), the normaliser
     * that makes the population's mean multiplier 1 (so the tabled trip rate is reproduced at
     * this date), the channel-and-visa factor in force, and the distances between cities.
     * Called at world start and again when a policy arm is forked from a warm-up: the arm's
     * country table gives the trip rate at its own start, which the warmed-up population must
     * reproduce then, whatever its attitudes.
     */
    public void anchor(World w) {
        Audiences a = w.audiences();
        Params p = w.params();
        for (int c = 0; c < 2; c++) {
            int lo = a.blockStart(c);
            int hi = lo + a.blockSize(c);
            double att = 0;
            double fan = 0;
            for (int i = lo; i < hi; i++) {
                att += a.attitude[i];
                fan += Integer.bitCount(a.adopted[i]) / (double) Medium.COUNT;
            }
            refAttitude[c] = att / (hi - lo);
            refFandom[c] = fan / (hi - lo);
            TravelInputs t0 = inputs(new double[2], p);
            double m = 0;
            for (int i = lo; i < hi; i++) {
                m += t0.multiplier(c, a.attitude[i], Integer.bitCount(a.adopted[i]) / (double) Medium.COUNT, a.logIncome[i],
                        socialShareAtAnchor(w, a, i));
            }
            norm[c] = m / (hi - lo);
            startChannelFactor[c] = channelFactor(w, c, w.calendar().date(w.calendar().firstStep()));
            Country home = w.country(c);
            Country partner = w.country(1 - c);
            logDistance[c] = new double[home.cities().size()][partner.cities().size()];
            for (int h = 0; h < home.cities().size(); h++) {
                for (int k = 0; k < partner.cities().size(); k++) {
                    logDistance[c][h][k] = StrictMath.log(Math.max(50.0, w.map().distanceKm(c, h, 1 - c, k)));
                }
            }
        }
    }

    /** Share of an agent's ties who travelled in the last 52 weeks, as the audience step reads it (0 at world start). */
    private static double socialShareAtAnchor(World w, Audiences a, int i) {
        if (a.network.complete()) return 0;
        int degree = a.network.degree(i);
        return degree > 0 ? a.recentVisitorTies[i] / (double) degree : 0;
    }

    private TravelInputs inputs(double[] base, Params p) {
        return new TravelInputs(base, p.getAttitudeTravelEffect(), p.getFandomTravelEffect(),
                p.getIncomeTravelElasticity(), p.getSocialTravelEffect(), refAttitude, refFandom, p.getTripWeeks());
    }

    /** Tourists currently away. */
    public List<Tourist> away() { return away; }

    /**
     * The channel-and-visa factor {@code g open V(groupVisa) + (1-g) V(visa)} for
     * travellers from c on a date.
     */
    public static double channelFactor(World w, int c, LocalDate d) {
        TravelPolicy.RegimeState r = w.setup().policy().travel().stateOn(d, c);
        double g = w.country(c).travel().groupShare();
        Params p = w.params();
        return g * groupsOpen(w, c, r) * p.visaFactor(r.groupVisa()) + (1 - g) * p.visaFactor(r.visa());
    }

    /**
     * The open share of country c's group-tour channel: the dated travel regime's (ODD 7.11)
     * times the permit of c's own government in the exchange stage in force (a channel gate,
     * ODD 7.3).
     */
    private static double groupsOpen(World w, int c, TravelPolicy.RegimeState r) {
        return r.groupTours() * w.policyState().groupTourPermit(c);
    }

    /** This week's travel inputs for the audience step. */
    public TravelInputs weekInputs(World w, int step) {
        Params p = w.params();
        LocalDate d = w.calendar().date(step);
        double years = (step - w.calendar().firstStep()) * culturebridge.model.SimCalendar.STEP_YEARS;
        double riskExcess = w.climate().travelRisk();
        double[] base = new double[2];
        for (int c = 0; c < 2; c++) {
            TravelProfile t = w.country(c).travel();
            if (t.tripRatePerYear() <= 0 || norm[c] <= 0 || startChannelFactor[c] <= 0) continue;
            double rate = DestinationChoice.driven(w, c)
                    ? outboundDrivenRate(w, c, d, riskExcess)
                    : t.tripRatePerYear() * p.getTripRateScale() * t.growth(years)
                    * t.season(d.getMonthValue(), groupChance(w, c, d))
                    * channelFactor(w, c, d) / startChannelFactor[c]
                    * trendSinceStart(w, c, d)
                    * PortableMath.exp(-p.getPoliticalRiskEffect() * riskExcess)
                    * w.setup().policy().travel().epidemicFactor(d, c);
            base[c] = (rate + FestivalAudience.tripRate(w, c, d)) / norm[c] * culturebridge.model.SimCalendar.STEP_YEARS;
        }
        return inputs(base, p);
    }

    /** The partner trends' factor for travellers from c on date d relative to the world's start (ODD 7.11). */
    private static double trendSinceStart(World w, int c, LocalDate d) {
        TravelPolicy travel = w.setup().policy().travel();
        return travel.trendFactor(d, c) / travel.trendFactor(w.calendar().date(w.calendar().firstStep()), c);
    }

    /**
     * The trip rate to the partner (trips per person per year) of an origin whose outbound
     * travel is documented: the tabled rate at the start x the origin's outbound total relative
     * to the start x the partner's share of it relative to the start ({@link DestinationChoice},
     * the partner's attractiveness being the channel-and-visa factor, the partner trends and
     * political risk relative to the start) x season x epidemics.
     */
    private double outboundDrivenRate(World w, int c, LocalDate d, double riskExcess) {
        Params p = w.params();
        TravelProfile t = w.country(c).travel();
        var outbound = w.setup().policy().travel().outbound();
        double startTotal = outbound.total(c, w.calendar().date(w.calendar().firstStep()));
        double startRate = t.tripRatePerYear() * p.getTripRateScale();
        double s0 = DestinationChoice.startShare(w, c, startRate * w.country(c).population());
        if (s0 <= 0 || startTotal <= 0) return 0;
        double attractiveness = channelFactor(w, c, d) / startChannelFactor[c]
                * trendSinceStart(w, c, d)
                * PortableMath.exp(-p.getPoliticalRiskEffect() * riskExcess);
        return startRate * outbound.total(c, d) / startTotal
                * DestinationChoice.share(w, c, d, attractiveness, s0) / s0
                * t.season(d.getMonthValue(), groupChance(w, c, d))
                * w.setup().policy().travel().epidemicFactor(d, c);
    }

    /**
     * The travel phase of a step (after the audiences' commit). Its parts are separate small
     * methods, and a departure is handled outside the loop over agents, so that the JIT
     * compiles small units: compiled as one method, this phase was recompiled several times
     * at 60-75 kB of machine code and about 2.5 s each, which in a sweep of short runs cost
     * as much CPU as the runs themselves.
     */
    public void step(World w, int step, StreamRandom random) {
        festivals().step(w, step, random);
        returns(w, step);
        closeRecentWindows(w.audiences(), step);
        departures(w, step, random);
        placeTourists(w, step);
    }

    /** 1. Returns: direct contact and word of mouth. */
    private void returns(World w, int step) {
        Audiences a = w.audiences();
        Params p = w.params();
        for (int k = away.size() - 1; k >= 0; k--) {
            Tourist t = away.get(k);
            if (t.returnStep > step) continue;
            away.remove(k);
            w.tourists().remove(t);
            a.pullAttitude(t.agent, t.satisfaction, p.getDirectContactWeight());
            if (p.getWordOfMouthWeight() > 0) {
                for (int e = a.network.start(t.agent); e < a.network.end(t.agent); e++) {
                    int j = a.network.target(e);
                    if (a.country(j) == t.originCountry) a.pullAttitude(j, t.satisfaction, p.getWordOfMouthWeight());
                }
            }
        }
    }

    /** 2. Recent-visitor windows that close this week. */
    private void closeRecentWindows(Audiences a, int step) {
        while (recentHead < recentTail && recentStep[recentHead] <= step - RECENT_WEEKS) {
            a.expireVisitor(recentAgent[recentHead], recentStep[recentHead]);
            recentHead++;
        }
    }

    /**
     * 3. Departures, in agent order, and the expected trips (the sum of trip probabilities).
     * The pass over all agents (the sums, finding the few who leave and drawing their light
     * travellers) runs on the audience threads block by block; the departures themselves,
     * which draw destinations and change shared state, then run here in agent order. Sums are
     * added in block order, so the bits do not depend on the thread count.
     */
    private void departures(World w, int step, StreamRandom random) {
        Audiences a = w.audiences();
        AgentBlocks blocks = a.blocks();
        int[] units = {units(a.weight(0), w.params().getTravellerPersons()), units(a.weight(1), w.params().getTravellerPersons())};
        int[] homeCities = {w.country(0).cities().size(), w.country(1).cities().size()};
        double[] blockExpected = new double[blocks.count()];
        double[][] blockByHome = new double[blocks.count()][];
        int[][] leaving = new int[blocks.count()][];
        int[][] light = new int[blocks.count()][];
        w.ranges().run(blocks.count(), 2, (first, last) -> {
            for (int b = first; b < last; b++) {
                int c = a.country(blocks.lo(b));
                blockByHome[b] = new double[homeCities[c] << Medium.COUNT];
                blockExpected[b] = scanBlock(a, blocks.lo(b), blocks.hi(b), step, random, units[c] - 1,
                        blockByHome[b], leaving, light, b);
            }
        });
        LocalDate d = w.calendar().date(step);
        double[][][] filming = filmingExposure().at(w, step);
        for (int c = 0; c < 2; c++) {
            double groupChance = groupChance(w, c, d);
            double unitPersons = a.weight(c) / units[c];
            double spend = w.country(c).travel().spendingPerTripUsd();
            double expected = 0;
            double[] byHome = new double[homeCities[c] << Medium.COUNT];
            for (int b = blocks.first(c); b < blocks.end(c); b++) {
                expected += blockExpected[b];
                for (int k = 0; k < byHome.length; k++) byHome[k] += blockByHome[b][k];
                int[] who = leaving[b];
                int[] extra = light[b];
                for (int j = 0; j < who.length; j++) {
                    int i = who[j];
                    if (a.departs[i] != 0) depart(w, i, c, step, random, groupChance, filming[c], unitPersons);
                    lightTravellers(w, i, c, step, random, extra[j], groupChance, filming[c], unitPersons);
                }
            }
            w.tripLog().expected(step, c, expected * a.weight(c), groupChance, spend,
                    expectedByCity(w, c, byHome, filming[c], a.weight(c)));
        }
    }

    /**
     * Traveller units per agent of a country: the agent's persons split into units of at most
     * {@code travellerPersons} persons (at least one unit, the agent itself).
     */
    static int units(double agentWeight, double travellerPersons) {
        double k = Math.ceil(agentWeight / travellerPersons);
        return k >= Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE / 2 : Math.max(1, (int) k);
    }

    /**
     * One block's pass: the sum of its trip probabilities (returned), the trip probabilities
     * summed by home city and adopted media (for the expected destinations), and the agents
     * who leave or send light travellers, each with its number of light travellers:
     * {@code Binomial(extraUnits, p)} by inversion of one uniform draw.
     */
    private static double scanBlock(Audiences a, int lo, int hi, int step, StreamRandom random, int extraUnits,
                                    double[] byHome, int[][] leaving, int[][] light, int b) {
        final float[] tripProbability = a.tripProbability;
        final byte[] departs = a.departs;
        final short[] city = a.city;
        final byte[] adopted = a.adopted;
        double sum = 0;
        int[] who = new int[16];
        int[] extra = new int[16];
        int count = 0;
        for (int i = lo; i < hi; i++) {
            float p = tripProbability[i];
            if (p <= 0) continue;
            sum += p;
            byHome[(city[i] << Medium.COUNT) | (adopted[i] & ((1 << Medium.COUNT) - 1))] += p;
            int more = extraUnits > 0 ? binomial(extraUnits, p, StreamRandom.uniform(random.base(i, step), DRAW_UNITS)) : 0;
            if (departs[i] == 0 && more == 0) continue;
            if (count == who.length) {
                who = java.util.Arrays.copyOf(who, count * 2);
                extra = java.util.Arrays.copyOf(extra, count * 2);
            }
            who[count] = i;
            extra[count] = more;
            count++;
        }
        leaving[b] = java.util.Arrays.copyOf(who, count);
        light[b] = java.util.Arrays.copyOf(extra, count);
        return sum;
    }

    /**
     * A draw of Binomial(n, p) by inverting its distribution function at u. Trips are rare, so
     * the draw is almost always 0: {@code (1-p)^n >= 1 - n p}, and below that bound the answer is
     * 0 without computing a power.
     */
    static int binomial(int n, double p, double u) {
        if (p >= 1) return n;
        if (u < 1 - n * p) return 0;
        double ratio = p / (1 - p);
        double pmf = StrictMath.exp(n * StrictMath.log1p(-p));
        double cdf = pmf;
        int k = 0;
        while (u >= cdf && k < n) {
            pmf *= (n - k) / (double) (k + 1) * ratio;
            k++;
            cdf += pmf;
            if (pmf == 0) break;
        }
        return k;
    }

    /**
     * The light travellers of agent i: units of its persons that leave this week beside (or
     * instead of) the agent itself. Each has its own channel and destination draw and is counted
     * in the sampled arrivals; they are not drawn on the map and change nobody's attitude (the
     * agent's own trip does that).
     */
    private void lightTravellers(World w, int i, int c, int step, StreamRandom random, int count, double groupChance,
                                 double[][] filming, double unitPersons) {
        if (count == 0) return;
        Audiences a = w.audiences();
        long base = random.base(i, step);
        double spend = w.country(c).travel().spendingPerTripUsd();
        for (int j = 0; j < count; j++) {
            boolean group = StreamRandom.uniform(base, DRAW_UNITS + 1 + 2 * j) < groupChance;
            int dest = chooseDestination(w, a, i, c, filming, StreamRandom.uniform(base, DRAW_UNITS + 2 + 2 * j));
            w.tripLog().trip(step, c, dest, group, unitPersons, spend);
        }
    }

    /**
     * Expected persons by destination city: for each home city and set of adopted media, the
     * sum of trip probabilities times the destination logit's choice probabilities, times the
     * agents' weight.
     */
    private double[] expectedByCity(World w, int c, double[] byHome, double[][] filming, double weight) {
        int n = w.country(1 - c).cities().size();
        double[] out = new double[n];
        double[] v = new double[n];
        for (int key = 0; key < byHome.length; key++) {
            if (byHome[key] == 0) continue;
            double total = utilities(w, c, key >>> Medium.COUNT, key & ((1 << Medium.COUNT) - 1), filming, v);
            for (int k = 0; k < n; k++) out[k] += byHome[key] * weight * v[k] / total;
        }
        return out;
    }

    /** The festivals' audiences: attendance, press, and the log of persons attending. */
    public FestivalAudience festivals() {
        if (festivals == null) festivals = new FestivalAudience();
        return festivals;
    }

    private FilmingExposure filmingExposure() {
        if (filmingExposure == null) filmingExposure = new FilmingExposure();
        return filmingExposure;
    }

    /** The chance that a trip of country c's residents on date d is a group tour. */
    private static double groupChance(World w, int c, LocalDate d) {
        Params p = w.params();
        TravelPolicy.RegimeState regime = w.setup().policy().travel().stateOn(d, c);
        double g = w.country(c).travel().groupShare();
        double groupPart = g * groupsOpen(w, c, regime) * p.visaFactor(regime.groupVisa());
        double all = groupPart + (1 - g) * p.visaFactor(regime.visa());
        return all > 0 ? groupPart / all : 0;
    }

    /** Agent i of country c leaves: channel, destination, satisfaction, the log and the tie counts. */
    private void depart(World w, int i, int c, int step, StreamRandom random, double groupChance, double[][] filming,
                        double unitPersons) {
        Audiences a = w.audiences();
        Params p = w.params();
        long base = random.base(i, step);
        boolean group = StreamRandom.uniform(base, DRAW_CHANNEL) < groupChance;
        int dest = chooseDestination(w, a, i, c, filming, StreamRandom.uniform(base, DRAW_DEST));
        double sat = satisfaction(p, StreamRandom.uniform(base, DRAW_SAT1), StreamRandom.uniform(base, DRAW_SAT2));
        double spend = w.country(c).travel().spendingPerTripUsd();
        Tourist t = new Tourist(i, c, a.city[i], 1 - c, dest, group ? Tourist.Channel.GROUP : Tourist.Channel.INDIVIDUAL,
                step, step + p.getTripWeeks(), unitPersons, spend, sat);
        away.add(t);
        w.tripLog().trip(step, c, dest, group, unitPersons, spend);
        a.recordDeparture(i, step, RECENT_WEEKS);
        openRecentWindow(i, step);
    }

    /** 4. Positions: in the air on the departure week, then at the destination. */
    private void placeTourists(World w, int step) {
        for (Tourist t : away) w.tourists().setObjectLocation(t, position(w, t, step));
    }

    private void openRecentWindow(int agent, int step) {
        if (recentTail == recentAgent.length) {
            int live = recentTail - recentHead;
            int[] na = new int[Math.max(1024, live * 2)];
            int[] ns = new int[na.length];
            System.arraycopy(recentAgent, recentHead, na, 0, live);
            System.arraycopy(recentStep, recentHead, ns, 0, live);
            recentAgent = na;
            recentStep = ns;
            recentHead = 0;
            recentTail = live;
        }
        recentAgent[recentTail] = agent;
        recentStep[recentTail] = step;
        recentTail++;
    }

    /** Where a tourist is drawn: half-way along its route in its departure week, then near its destination. */
    static Double2D position(World w, Tourist t, int step) {
        Double2D from = w.map().city(t.originCountry, t.originCity);
        Double2D to = w.map().city(t.destinationCountry, t.destinationCity);
        if (step <= t.departureStep) {
            // midpoint of a gentle arc: lifted perpendicular to the route
            double mx = (from.x + to.x) / 2;
            double my = (from.y + to.y) / 2;
            double dx = to.x - from.x;
            double dy = to.y - from.y;
            return new Double2D(mx + 0.15 * dy, my - 0.15 * dx);
        }
        // spread around the destination by a fixed function of the agent, no random draw
        double angle = (t.agent * 0.6180339887 % 1.0) * 2 * Math.PI;
        double r = 0.15 + 0.25 * ((t.agent * 0.7548776662) % 1.0);
        return new Double2D(to.x + r * StrictMath.cos(angle), to.y + r * StrictMath.sin(angle));
    }

    private static double satisfaction(Params p, double u1, double u2) {
        // Box-Muller on two of the agent's draws
        double z = Math.sqrt(-2 * StrictMath.log(1 - u1)) * StrictMath.cos(2 * Math.PI * u2);
        double s = p.getSatisfactionMean() + p.getSatisfactionSd() * z;
        return s < 0 ? 0 : (s > 1 ? 1 : s);
    }

    private int chooseDestination(World w, Audiences a, int i, int c, double[][] filming, double u) {
        int n = w.country(1 - c).cities().size();
        double[] v = new double[n];
        double total = utilities(w, c, a.city[i], a.adopted[i], filming, v);
        double x = u * total;
        for (int k = 0; k < n; k++) {
            x -= v[k];
            if (x < 0) return k;
        }
        return n - 1;
    }

    /**
     * The destination logit's weights {@code exp(V_k - max V)} for a resident of home city
     * {@code home} of country c who consumes the partner media in {@code mask}, written to v;
     * returns their sum.
     */
    private double utilities(World w, int c, int home, int mask, double[][] filming, double[] v) {
        Params p = w.params();
        List<City> cities = w.country(1 - c).cities();
        int n = cities.size();
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            double film = 0;
            for (int m = 0; m < Medium.COUNT; m++) if ((mask & (1 << m)) != 0) film += filming[m][k];
            v[k] = cities.get(k).attractiveness() - p.getDistanceDecay() * logDistance[c][home][k]
                    + p.getFilmingLocationEffect() * film;
            max = Math.max(max, v[k]);
        }
        double total = 0;
        for (int k = 0; k < n; k++) {
            v[k] = PortableMath.exp(v[k] - max);
            total += v[k];
        }
        return total;
    }
}
