package culturebridge.model.agent;

import culturebridge.model.Medium;
import culturebridge.model.Params;
import culturebridge.model.SimCalendar;
import culturebridge.model.StreamRandom;

/**
 * What an audience agent does in a week: adopt or drop the partner's content, and update its
 * attitude toward the partner country. One object per step holds the week's inputs (supply,
 * tension, rates turned into weekly hazards); {@link #step(int, int)} runs a range of agents
 * and may be called from several threads on disjoint ranges.
 *
 * <h2>Adoption (network Bass)</h2>
 * A non-adopter i of medium m adopts with probability {@code 1 - exp(-(p_m s_m + q_m f_i) dt)}
 * where {@code s_m} is the supply of the partner's medium-m content in i's market
 * (see {@code World#supply}), {@code f_i} the share of i's ties consuming it (partner-country
 * ties count as consumers) and {@code dt} one week in years. This is the agent form of Bass
 * (1969) used by Rand &amp; Rust (2011); on a complete network with constant supply it converges
 * to the Bass closed form (Fibich, Golan &amp; Schochet 2023), which a test checks. An adopter
 * drops out with probability {@code 1 - exp(-d (1 - min(s_m, 1)) dt)}: consumption lapses when
 * supply stops (design choice; {@code d} is an assumption to be calibrated).
 *
 * <h2>Attitude</h2>
 * With {@code k} the number of partner media i consumes and {@code T} political tension above
 * its baseline (initial attitudes come from surveys, which already reflect the baseline climate):
 * {@code a' = a + dt [eta+ (k/4)(1 - a) - eta- T a + kappa (a0 - a)]}, the mediated-contact and
 * news terms of model-literature §2 (positive mediated contact r = -.23, negative r = +.31,
 * Banas, Bessarabova &amp; Massey 2020, hence eta- = 1.35 eta+ by default) plus Friedkin-Johnsen
 * anchoring to the initial attitude. Then, with a weekly probability, i talks with one random
 * tie j; if j is domestic (a partner-country tie holds an attitude toward another country and
 * is skipped), i moves toward it by {@code mu (a_j - a)} if {@code |a_j - a| < epsilon}
 * (bounded confidence, Deffuant et al. 2000). The result is clipped to [0, 1].
 *
 * <h2>Travel decision</h2>
 * An agent at home leaves on a trip to the partner with probability {@code 1 - exp(-h)},
 * {@code h = base_c(t) x exp(bA (a - a_ref) + bF (k/4 - k_ref) + bI log(income/median) + bS v)}
 * where {@code v} is the share of its ties who visited in the last year and {@code base_c(t)}
 * carries the baseline rate, seasonality, visas, channels, political risk and epidemics
 * ({@link TravelInputs}; model-literature §3, a TPB-style utility in hazard form). Destination,
 * channel and what the trip does are decided in {@link Trips}.
 */
public final class AudienceBehaviour {
    // draw numbers within an agent-step
    private static final int DRAW_EVENT = 0;
    private static final int DRAW_TIE = 1;
    private static final int DRAW_TALK = 2;
    private static final int DRAW_SEPARATE = 3;
    /** Draw number of a separate trip decision; the travel phase uses the numbers after it. */
    public static final int DRAW_TRIP = DRAW_SEPARATE + Medium.COUNT;

    private final Audiences a;
    private final StreamRandom random;
    private final long step;
    private final double[][] supply;
    private final double tension;
    private final double[] pDt = new double[Medium.COUNT];
    private final double[] qDt = new double[Medium.COUNT];
    private final double dropDt;
    private final double contactDt;
    private final double newsDt;
    private final double anchorDt;
    private final double epsilon;
    private final double mu;
    private final double talkProbability;
    private final TravelInputs travel;

    /**
     * @param a       the audiences
     * @param params  parameters (rates per year)
     * @param random  the run's stream generator
     * @param step    the current step
     * @param supply  supply[market][medium] of the partner's content in each market
     * @param tension political tension this week, 0..1
     * @param travel  this week's travel inputs (null: nobody travels)
     */
    public AudienceBehaviour(Audiences a, Params params, StreamRandom random, long step,
                             double[][] supply, double tension, TravelInputs travel) {
        this.a = a;
        this.random = random;
        this.step = step;
        this.supply = supply;
        // Survey attitudes already reflect the baseline climate; news moves them by the
        // tension above it.
        this.tension = Math.max(0, tension - params.getBaselineTension());
        double dt = SimCalendar.STEP_YEARS;
        for (Medium m : Medium.values()) {
            pDt[m.ordinal()] = params.innovationPerYear(m) * dt;
            qDt[m.ordinal()] = params.imitationPerYear(m) * dt;
        }
        dropDt = params.getDropoutPerYear() * dt;
        contactDt = params.getMediatedContactPerYear() * dt;
        newsDt = params.getNewsNegativityPerYear() * dt;
        anchorDt = params.getAnchoringPerYear() * dt;
        epsilon = params.getConfidenceBound();
        mu = params.getConvergenceRate();
        talkProbability = params.getSocialInteractionsPerWeek();
        this.travel = travel;
    }

    /**
     * {@code 1 - exp(-h)}, the probability of an event of hazard h within a step. Weekly
     * hazards are mostly below 0.01, where the cubic Taylor polynomial is exact to 4e-10 and
     * much cheaper than {@code Math.expm1}, which the JIT does not intrinsify (it was the
     * largest cost of a step in profiles).
     */
    static double probability(double h) {
        if (h < 0.01) return h * (1 - h * (0.5 - h / 6));
        return 1 - Math.exp(-h);
    }

    /**
     * Steps agents {@code lo} (inclusive) to {@code hi} (exclusive).
     *
     * <p>One uniform draw decides all of an agent's weekly events (adopting or dropping each
     * medium, talking with a tie, leaving on a trip): the events get disjoint sub-intervals of
     * [0, 1) whose lengths are their probabilities, so each event keeps exactly its own
     * probability while at most one happens per agent and week. Weekly probabilities are small
     * (mostly under 0.01), so this changes only the rare coincidences, and it saves a hash per
     * event: most agent-weeks cost a single draw. If the probabilities add up to more than 1
     * (extreme parameters), each event gets its own draw instead.
     */
    public void step(int lo, int hi) {
        final Audiences s = a;
        final SocialNetwork net = s.network;
        final boolean complete = net.complete();
        final double[] p = new double[Medium.COUNT];
        for (int i = lo; i < hi; i++) {
            final int c = s.country(i);
            final long base = random.base(i, step);
            final double[] sup = supply[c];
            final int mask = s.adopted[i];

            // event probabilities from last week's state
            final int degree = complete ? s.blockSize[c] - 1 : net.degree(i);
            final double perTie = degree > 0 ? 1.0 / degree : 0;
            double total = 0;
            for (int m = 0; m < Medium.COUNT; m++) {
                final double sm = sup[m];
                double h;
                if ((mask & (1 << m)) == 0) {
                    double f = complete ? s.adopterCount[c][m] * perTie
                            : (s.adoptingTies[i * Medium.COUNT + m] + s.crossTies[i]) * perTie;
                    h = pDt[m] * sm + qDt[m] * f;
                } else {
                    h = dropDt * (1 - Math.min(sm, 1));
                }
                p[m] = h > 0 ? probability(h) : 0;
                total += p[m];
            }
            final double att = s.attitude[i];
            final double k = Integer.bitCount(mask) / (double) Medium.COUNT;
            final double talk = talkProbability > 0 && !complete && degree > 0 ? talkProbability : 0;
            double trip = 0;
            if (travel != null && travel.weeklyBase()[c] > 0 && step - s.lastTripStep[i] >= travel.tripWeeks()) {
                double visited = complete ? 0 : s.recentVisitorTies[i] * perTie;
                trip = probability(travel.weeklyBase()[c] * travel.multiplier(c, att, k, s.logIncome[i], visited));
            }
            total += talk + trip;

            // which event, if any
            int next = mask;
            boolean talks;
            boolean departs;
            if (total <= 1) {
                double u = StreamRandom.uniform(base, DRAW_EVENT);
                if (u < total) {
                    int m = 0;
                    while (m < Medium.COUNT && u >= p[m]) u -= p[m++];
                    if (m < Medium.COUNT) next ^= 1 << m;
                    talks = m == Medium.COUNT && u < talk;
                    departs = m == Medium.COUNT && u >= talk;
                } else {
                    talks = false;
                    departs = false;
                }
            } else {
                for (int m = 0; m < Medium.COUNT; m++) {
                    if (StreamRandom.uniform(base, DRAW_SEPARATE + m) < p[m]) next ^= 1 << m;
                }
                talks = StreamRandom.uniform(base, DRAW_TALK) < talk;
                departs = StreamRandom.uniform(base, DRAW_TRIP) < trip;
            }
            s.adoptedNext[i] = (byte) next;

            // attitude: mediated contact, political news, anchoring (explicit Euler, one week)
            double na = att + contactDt * k * (1 - att) - newsDt * tension * att + anchorDt * (s.attitude0[i] - att);
            // bounded-confidence talk with one random domestic tie
            if (talks) {
                int j = net.target(net.start(i) + StreamRandom.nextInt(base, DRAW_TIE, degree));
                if (s.country(j) == c) {
                    double d = s.attitude[j] - att;
                    if (Math.abs(d) < epsilon) na += mu * d;
                }
            }
            s.attitudeNext[i] = (float) (na < 0 ? 0 : (na > 1 ? 1 : na));
            s.tripProbability[i] = (float) trip;
            s.departs[i] = (byte) (departs ? 1 : 0);
        }
    }
}
