package culturebridge.model.audience;

import static culturebridge.model.agent.AudienceBehaviour.DRAW_EVENT;
import static culturebridge.model.agent.AudienceBehaviour.DRAW_SEPARATE;
import static culturebridge.model.agent.AudienceBehaviour.DRAW_TALK;
import static culturebridge.model.agent.AudienceBehaviour.DRAW_TIE;
import static culturebridge.model.agent.AudienceBehaviour.DRAW_TRIP;

import culturebridge.model.Medium;
import culturebridge.model.Params;
import culturebridge.model.PortableMath;
import culturebridge.model.SimCalendar;
import culturebridge.model.StreamRandom;
import culturebridge.model.agent.Audiences;
import culturebridge.model.agent.SocialNetwork;
import culturebridge.model.agent.AudienceBehaviour;
import culturebridge.model.agent.TravelInputs;
import culturebridge.model.opinion.PublicNews;

/**
 * The weekly audience rule written for reading: what one audience agent does in one week,
 * top to bottom, in {@link #decide(int)}. It stands for the rule that the model's fast kernel,
 * {@link culturebridge.model.agent.AudienceBehaviour}, runs over millions of agents in tuned
 * blocks; a test runs both on the same states, inputs and seeds and requires bit-identical
 * results. So this class is the rule's definition and the kernel an optimisation of it.
 *
 * <p>The steps of an agent's week (ODD sections 7.8 to 7.11):
 * <ol>
 * <li>adoption of each medium of the partner's content by network Bass, and drop-out when
 *     supply stops (Bass 1969, in the agent form of Rand &amp; Rust 2011), both scaled by the
 *     agent's attitude toward the partner (self-selection and boycott);</li>
 * <li>the chance to talk with one tie (bounded confidence, Deffuant et al. 2000);</li>
 * <li>the trip hazard, a utility in hazard form whose base carries visas (Neumayer 2010),
 *     channels, season, political risk and epidemics ({@link TravelInputs});</li>
 * <li>one uniform draw that decides which of these events, if any, happens;</li>
 * <li>the attitude update by mediated contact of both signs (Banas, Bessarabova &amp; Massey
 *     2020), the news its public hears ({@link PublicNews}) and persistence toward the agent's
 *     slowly moving norm (Friedkin-Johnsen with a moving anchor, after Proskurnikov et al.
 *     2017), then the talk; and the norm's own step toward the attitude.</li>
 * </ol>
 *
 * <p>Updates are synchronous: every agent reads the state at the end of last week (the
 * {@link Audiences} as committed) and this class only reads it, returning each agent's next
 * state as an {@link AgentWeek}. It draws its random numbers from {@link StreamRandom} with the
 * kernel's draw numbers ({@code AudienceBehaviour.DRAW_EVENT} and the rest; the travel phase uses
 * the numbers after {@code DRAW_TRIP}), so an agent's week is the same whichever class computes it.
 *
 * <p>Where identity dictates the arithmetic, a comment says so: a share of ties is
 * {@code n x (1/d)} rather than {@code n / d}, sums are taken in a fixed order, and
 * {@code 1 - exp(-h)} is evaluated as in {@link #probability(double)}; any of these written
 * another way can change the last bit of a double. What must be identical is the stored state
 * (adoption bits, float attitudes and trip probabilities, departures): a last-bit difference
 * in an intermediate double matters, and is caught, where it changes one of those.
 */
public final class WeeklyAudienceRule {
    /**
     * The state an agent is in after its week.
     *
     * @param adopted         bit m set: consumes the partner's medium m (by {@link Medium#ordinal()})
     * @param attitude        attitude toward the partner country, in [0, 1]
     * @param tripProbability this week's probability of leaving on a trip (0 while away, or if
     *                        nobody travels)
     * @param departs         whether the agent leaves on a trip this week (the travel phase sends it)
     * @param talkedWith      the agent it talked with this week, or -1 if it did not talk
     * @param norm            the agent's norm after its week (where its attitude is pulled back to)
     */
    public record AgentWeek(byte adopted, float attitude, float tripProbability, boolean departs, int talkedWith, float norm) {}

    private final Audiences audiences;
    private final StreamRandom random;
    private final long step;
    private final double[][] supply;
    private final Params params;
    private final TravelInputs travel;
    private final PublicNews news;

    /**
     * The week's inputs, as the model's audience phase passes them to the kernel.
     *
     * @param audiences the audiences at the end of last week
     * @param params    parameters (rates per year)
     * @param random    the run's stream generator
     * @param step      this week's step
     * @param supply    supply[market][medium] of the partner's content in each market
     * @param news      each public's news this week (null: no dated events)
     * @param travel    this week's travel inputs (null: nobody travels)
     */
    public WeeklyAudienceRule(Audiences audiences, Params params, StreamRandom random, long step,
                              double[][] supply, PublicNews news, TravelInputs travel) {
        this.audiences = audiences;
        this.params = params;
        this.random = random;
        this.step = step;
        this.supply = supply;
        this.travel = travel;
        this.news = news;
    }

    /** One agent's week. */
    public AgentWeek decide(int i) {
        final double dt = SimCalendar.STEP_YEARS;    // one week, in years
        final int c = audiences.country(i);
        final SocialNetwork network = audiences.network();
        final double a = audiences.attitude(i);      // attitude at the end of last week
        int adoptedBefore = 0;                       // media consumed at the end of last week
        for (Medium medium : Medium.values()) {
            if (audiences.adopts(i, medium)) adoptedBefore |= 1 << medium.ordinal();
        }
        final int consumed = Integer.bitCount(adoptedBefore);
        final float norm = (float) audiences.initialAttitude(i);  // the agent's norm at the end of last week
        final long draws = random.base(i, step);     // this agent-week's random stream

        // --- The agent's ties. On the complete network they are all other agents of its
        // country. The share of ties with some property is n x (1/d), the product the kernel
        // takes with its table of inverse degrees (n / d can differ in the last bit).
        final boolean complete = network.complete();
        final int degree = complete ? audiences.blockSize(c) - 1 : network.degree(i);
        final double perTie = degree > 0 ? 1.0 / degree : 0;

        // --- 1. Adoption and drop-out, medium by medium (network Bass: Bass 1969; agent form
        // of Rand & Rust 2011; converges to the Bass closed form on a complete network,
        // Fibich, Golan & Schochet 2023).
        double[] p = new double[Medium.COUNT];
        for (Medium medium : Medium.values()) {
            int m = medium.ordinal();
            double s = supply[c][m];
            double h;
            if ((adoptedBefore & (1 << m)) == 0) {
                // A non-adopter takes up m with hazard p_m s_m + q_m f_i, f_i the share of its
                // ties consuming m; a partner-country tie counts as a consumer of its own
                // country's content. On the complete network the adopters of its country.
                int adoptingTies = complete
                        ? audiences.adopters(c, medium)
                        : audiences.adoptingTies(i, medium) + audiences.crossBorderTies(i);
                double innovation = params.innovationPerYear(medium) * dt * s;
                double imitation = params.imitationPerYear(medium) * dt;
                h = innovation + imitation * (adoptingTies * perTie);
            } else {
                // An adopter drops m with hazard d (1 - min(s_m, 1)): consumption lapses when
                // supply stops (design choice; d an assumption to be calibrated).
                h = params.getDropoutPerYear() * dt * (1 - Math.min(s, 1));
            }
            p[m] = h > 0 ? probability(h) : 0;
        }
        // Self-selection and boycott: the attitude toward the partner scales the week's
        // probability of taking a medium up by g = exp(b (a - 1/2)) and of dropping it by 1/g
        // (b = attitudeAdoptionEffect; an assumption). The kernel multiplies by 1/g, so does this.
        double effect = params.getAttitudeAdoptionEffect();
        if (effect != 0) {
            double g = PortableMath.exp(effect * (a - 0.5));
            double inverse = 1 / g;
            for (int m = 0; m < Medium.COUNT; m++) p[m] *= (adoptedBefore & (1 << m)) != 0 ? inverse : g;
        }

        // --- 2. Talking with a tie: a weekly probability, for an agent that has ties on a
        // network that stores them (Deffuant et al. 2000 pair an agent with one neighbour).
        double talk = params.getSocialInteractionsPerWeek() > 0 && !complete && degree > 0
                ? params.getSocialInteractionsPerWeek() : 0;

        // --- 3. The trip hazard (ODD 7.11), a planned-behaviour utility in hazard form: an agent
        // at home for at least a trip's length leaves with probability 1 - exp(-base_c(t) M_i).
        // base_c(t) carries the baseline rate, season, visas (a requirement cuts travel by
        // 52-63%, Neumayer 2010), the group-tour channel, political risk (Eilat & Einav 2004)
        // and epidemics (TravelInputs); the individual multiplier is
        //   M_i = exp(bA (a - a_ref) + bF (k/4 - k_ref) + bI log(income/median) + bS v)
        // with country image (Dela Cruz & Lacap 2023), fandom, income (Crouch 1995) and v, the
        // share of its ties who travelled in the last 52 weeks, a subjective norm (Armitage &
        // Conner 2001), each relative to its country's mean at the start.
        double trip = 0;
        if (travel != null && travel.weeklyBase()[c] > 0) {
            double visited = complete ? 0 : audiences.recentVisitorTies(i) * perTie;
            double fandom = consumed / (double) Medium.COUNT;
            double multiplier = PortableMath.exp(travel.bAttitude() * (a - travel.refAttitude()[c])
                    + travel.bFandom() * (fandom - travel.refFandom()[c])
                    + travel.bIncome() * audiences.logIncome(i)
                    + travel.bSocial() * visited);
            boolean atHome = step - audiences.lastTripStep(i) >= travel.tripWeeks();
            trip = atHome ? probability(travel.weeklyBase()[c] * multiplier) : 0;
        }

        // --- 4. Which event happens. The events (adopt or drop film, drama, music, digital;
        // talk; trip) get consecutive sub-intervals of [0, 1) as long as their probabilities,
        // and one uniform draw picks at most one of them: each keeps its own probability, and
        // the rare coincidences of two events in a week are forgone (weekly probabilities are
        // mostly below 0.01). If the probabilities add up to more than 1, each event gets a
        // draw of its own instead. The sum runs over the media first, then adds talk + trip.
        double total = 0;
        for (int m = 0; m < Medium.COUNT; m++) total += p[m];
        total += talk + trip;
        int toggled = 0;          // media taken up or dropped this week
        boolean talks;
        boolean leaves;
        if (total <= 1) {
            double u = StreamRandom.uniform(draws, DRAW_EVENT);
            if (u < total) {
                // walk the intervals: past an interval, u is reduced by its length
                int m = 0;
                while (m < Medium.COUNT && u >= p[m]) {
                    u -= p[m];
                    m++;
                }
                if (m < Medium.COUNT) toggled = 1 << m;
                talks = m == Medium.COUNT && u < talk;
                leaves = m == Medium.COUNT && u >= talk;
            } else {
                talks = false;
                leaves = false;
            }
        } else {
            for (int m = 0; m < Medium.COUNT; m++) {
                if (StreamRandom.uniform(draws, DRAW_SEPARATE + m) < p[m]) toggled |= 1 << m;
            }
            talks = StreamRandom.uniform(draws, DRAW_TALK) < talk;
            leaves = StreamRandom.uniform(draws, DRAW_TRIP) < trip;
        }
        byte adoptedAfter = (byte) (adoptedBefore ^ toggled);

        // --- 5. Attitude (explicit Euler over one week), from last week's consumption:
        //   a' = a + C+ (1 - a) - C- a + (F eta-/1.35 - H eta-) a (1 - a) + kA (n - a)
        // Mediated contact of both signs (Banas, Bessarabova & Massey 2020: positive parasocial
        // contact r = -.23 with prejudice, negative r = +.31, so a negative contact weighs
        // 0.31/0.23 of a positive one): each consumed medium m adds (1 - nu_m)/4 to C+ and
        // 1.35 nu_m/4 to C-, nu_m its negative share; the sums run over the media in order.
        // News: H and F, the hostile and friendly pressure on the agent's public from the dated
        // events it heard of, shift the attitude on the logit scale (factor a (1 - a)).
        // Persistence: kA pulls the attitude toward the agent's norm n (Friedkin-Johnsen anchoring
        // with a moving anchor, after Proskurnikov et al. 2017).
        double up = 0;
        double down = 0;
        for (Medium medium : Medium.values()) {
            if ((adoptedBefore & (1 << medium.ordinal())) == 0) continue;
            double nu = params.negativeShare(medium);
            up += (1 - nu) / Medium.COUNT;
            down += AudienceBehaviour.NEGATIVE_WEIGHT * nu / Medium.COUNT;
        }
        double contactRate = params.getMediatedContactPerYear() * dt;
        double newsRate = params.getNewsNegativityPerYear() * dt;
        double hostile = newsRate * (news == null ? 0 : news.hostile(c));
        double friendly = newsRate / AudienceBehaviour.NEGATIVE_WEIGHT * (news == null ? 0 : news.friendly(c));
        double anchoring = params.getAnchoringPerYear() * dt;
        double next = a + contactRate * up * (1 - a) - contactRate * down * a + (friendly - hostile) * a * (1 - a)
                + anchoring * (norm - a);
        // the norm follows the attitude it had at the end of last week, with time constant tau
        float normAfter = (float) (norm + dt / params.getNormAdjustmentYears() * (a - norm));

        // --- 6. The talk: one tie drawn uniformly. A domestic tie within the confidence bound
        // pulls the agent by mu times the gap (bounded confidence, Deffuant et al. 2000), one
        // side only and against the tie's attitude at the end of last week. A partner-country
        // tie holds an attitude toward another country and has no effect.
        int talkedWith = -1;
        if (talks) {
            talkedWith = network.target(network.start(i) + StreamRandom.nextInt(draws, DRAW_TIE, degree));
            if (audiences.country(talkedWith) == c) {
                double gap = audiences.attitude(talkedWith) - a;
                if (Math.abs(gap) < params.getConfidenceBound()) next += params.getConvergenceRate() * gap;
            }
        }

        // --- 7. Attitudes stay in [0, 1].
        float attitudeAfter = (float) (next < 0 ? 0 : (next > 1 ? 1 : next));
        return new AgentWeek(adoptedAfter, attitudeAfter, (float) trip, leaves, talkedWith, normAfter);
    }

    /**
     * {@code 1 - exp(-h)}, the probability of an event of hazard h within a week (ODD 7.1).
     * Below 0.01, where weekly hazards mostly are, the cubic Taylor polynomial
     * {@code h (1 - h (1/2 - h/6))} is exact to 4.2e-10 and what the kernel computes.
     */
    public static double probability(double h) {
        if (h < 0.01) return h * (1 - h * (0.5 - h / 6));
        return 1 - PortableMath.exp(-h);
    }
}
