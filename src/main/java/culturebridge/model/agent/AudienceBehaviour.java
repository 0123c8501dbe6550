package culturebridge.model.agent;

import culturebridge.model.Medium;
import culturebridge.model.Params;
import culturebridge.model.PortableMath;
import culturebridge.model.SimCalendar;
import culturebridge.model.StreamRandom;
import culturebridge.model.opinion.PublicNews;
import java.util.Arrays;

/**
 * What an audience agent does in a week: adopt or drop the partner's content, and update its
 * attitude toward the partner country. One object per step holds the week's inputs (supply,
 * each public's news, rates turned into weekly hazards); {@link #step(int, int)} runs a range of agents
 * and may be called from several threads on disjoint ranges.
 *
 * <p>This is the fast kernel of the rule. The same rule written for reading, one agent and one
 * week top to bottom with its sources, is
 * {@link culturebridge.model.audience.WeeklyAudienceRule}; a test runs both on the same states,
 * inputs and random streams and requires bit-identical next states (adoption bits, attitudes,
 * trip probabilities, departures). A change to the rule is made in both.
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
 * <p>Attitudes steer consumption (self-selection and boycott): the week's probability of taking
 * up a medium is multiplied by {@code g = exp(b (a - 1/2))} and of dropping one by {@code 1/g},
 * {@code b} = attitudeAdoptionEffect and {@code a} the agent's attitude toward the partner.
 *
 * <h2>Attitude</h2>
 * Mediated contact of both signs (Banas, Bessarabova &amp; Massey 2020: positive parasocial
 * contact r = -.23 with prejudice, negative r = +.31, so a negative contact weighs
 * {@value #NEGATIVE_WEIGHT} times a positive one): a consumer of the partner media M gets
 * {@code C+ = eta+ sum_{m in M} (1 - nu_m)/4} toward 1 and {@code C- = 1.35 eta+ sum nu_m/4}
 * toward 0, {@code nu_m} the medium's negative share. News: public c hears its own dated
 * events ({@link PublicNews}), hostile {@code H_c} and friendly {@code F_c}, friendly news
 * weighing 1/1.35 of hostile (the same asymmetry). Political tension between the governments
 * acts on regulators and travel, not directly on opinion: a dispute reaches a public through the
 * events it hears of. Persistence:
 * each attitude is pulled toward the agent's own norm {@code n}, which follows the attitude
 * slowly ({@code n' = n + (dt / tau)(a - n)}), not to a fixed initial value:
 * {@code a' = a + dt [C+ (1 - a) - C- a + ((eta-/1.35) F_c - eta- H_c) a (1 - a) + kappa (n - a)]}:
 * news shifts every attitude by the same amount on the logit scale (the logistic factor
 * {@code a (1 - a)}), so a public's spread of opinion survives the news and only its level moves.
 * A shock keeps {@code 1 / (1 + kappa tau)} of its effect for good. Then, with a weekly probability, i talks with one random
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
    /** Draw number, within an agent-step, of the single draw that decides the week's event. */
    public static final int DRAW_EVENT = 0;
    /** Draw number that picks the tie an agent talks with. */
    public static final int DRAW_TIE = 1;
    /** Draw number of a separate talk decision (probabilities adding up to more than 1). */
    public static final int DRAW_TALK = 2;
    /** Draw number of a separate decision on the first medium; the other media follow it. */
    public static final int DRAW_SEPARATE = 3;
    /** Draw number of a separate trip decision; the travel phase uses the numbers after it. */
    public static final int DRAW_TRIP = DRAW_SEPARATE + Medium.COUNT;

    private final Audiences a;
    private final StreamRandom random;
    private final long step;
    private final double[][] supply;
    private final double[] pDt = new double[Medium.COUNT];
    private final double[] qDt = new double[Medium.COUNT];
    private final double dropDt;
    private final double contactDt;
    private final double newsDt;
    private final double anchorDt;
    private final double normDt;
    private final double adoptionEffect;
    /** C+ dt and C- dt by the mask of media consumed. */
    private final double[] contactUp = new double[1 << Medium.COUNT];
    private final double[] contactDown = new double[1 << Medium.COUNT];
    /** Hostile and friendly news rates of each public this week (per step). */
    private final double[] hostileDt = new double[2];
    private final double[] friendlyDt = new double[2];
    private final double epsilon;
    private final double mu;
    private final double talkProbability;
    private final TravelInputs travel;
    private final double[] invDegree;
    /** Largest degree in the probability tables (-1: no tables), and the rows of a medium. */
    private final int tableDegree;
    private final int tableRows;
    /** Each country's probability table this week, or null (see {@link #table(int)}). */
    private final double[][] tables = new double[2][];

    /**
     * @param a       the audiences
     * @param params  parameters (rates per year)
     * @param random  the run's stream generator
     * @param step    the current step
     * @param supply  supply[market][medium] of the partner's content in each market
     * @param news    each public's news this week (null: no dated events)
     * @param travel  this week's travel inputs (null: nobody travels)
     */
    public AudienceBehaviour(Audiences a, Params params, StreamRandom random, long step,
                             double[][] supply, PublicNews news, TravelInputs travel) {
        this.a = a;
        this.random = random;
        this.step = step;
        this.supply = supply;
        double dt = SimCalendar.STEP_YEARS;
        for (Medium m : Medium.values()) {
            pDt[m.ordinal()] = params.innovationPerYear(m) * dt;
            qDt[m.ordinal()] = params.imitationPerYear(m) * dt;
        }
        dropDt = params.getDropoutPerYear() * dt;
        contactDt = params.getMediatedContactPerYear() * dt;
        newsDt = params.getNewsNegativityPerYear() * dt;
        anchorDt = params.getAnchoringPerYear() * dt;
        normDt = dt / params.getNormAdjustmentYears();
        adoptionEffect = params.getAttitudeAdoptionEffect();
        for (int mask = 0; mask < contactUp.length; mask++) {
            double up = 0;
            double down = 0;
            for (Medium m : Medium.values()) {
                if ((mask & (1 << m.ordinal())) == 0) continue;
                double nu = params.negativeShare(m);
                up += (1 - nu) / Medium.COUNT;
                down += NEGATIVE_WEIGHT * nu / Medium.COUNT;
            }
            contactUp[mask] = contactDt * up;
            contactDown[mask] = contactDt * down;
        }
        for (int c = 0; c < 2; c++) {
            hostileDt[c] = newsDt * (news == null ? 0 : news.hostile(c));
            friendlyDt[c] = newsDt / NEGATIVE_WEIGHT * (news == null ? 0 : news.friendly(c));
        }
        epsilon = params.getConfidenceBound();
        mu = params.getConvergenceRate();
        talkProbability = params.getSocialInteractionsPerWeek();
        this.travel = travel;
        // built here, on the scheduling thread, before the parallel phase reads them
        this.invDegree = a.network.complete() ? null : a.network.inverseDegrees();
        this.tableDegree = invDegree == null ? -1 : Math.min(invDegree.length - 1, TABLE_MAX_DEGREE);
        this.tableRows = (tableDegree + 1) * (tableDegree + 2) / 2;
        for (int c = 0; c < 2; c++) {
            if (tableDegree >= 0 && a.blockSize[c] >= TABLE_MIN_AGENTS_PER_ENTRY * tableRows * Medium.COUNT) tables[c] = table(c);
        }
    }

    /**
     * How much more a negative mediated contact moves an attitude than a positive one:
     * r = +.31 against r = -.23 with prejudice (Banas, Bessarabova &amp; Massey 2020 meta-analysis).
     */
    public static final double NEGATIVE_WEIGHT = 0.31 / 0.23;

    /** Self-selection factor of an attitude: multiplies the take-up probability, divides the drop-out one. */
    static double selection(double effect, double attitude) {
        return effect == 0 ? 1 : PortableMath.exp(effect * (attitude - 0.5));
    }

    /** True when country c's probabilities are looked up in a table this week. */
    boolean usesTable(int c) { return tables[c] != null; }

    /**
     * Computes every probability instead of looking it up (for the tests that the two give the
     * same doubles; in runs a country too small for a table computes them too).
     */
    void withoutTables() { Arrays.fill(tables, null); }

    /** p_m s_m of each medium in country c this week. */
    private double[] innovation(int c) {
        double[] v = new double[Medium.COUNT];
        for (int m = 0; m < Medium.COUNT; m++) v[m] = pDt[m] * supply[c][m];
        return v;
    }

    /** An adopter's probability of dropping each medium in country c this week. */
    private double[] dropOut(int c) {
        double[] v = new double[Medium.COUNT];
        for (int m = 0; m < Medium.COUNT; m++) {
            double h = dropDt * (1 - Math.min(supply[c][m], 1));
            v[m] = h > 0 ? probability(h) : 0;
        }
        return v;
    }

    /**
     * Country c's probabilities this week: a non-adopter's by (degree d, adopting ties n <= d)
     * for d up to {@code tableDegree}, medium by medium, then the adopters' drop-out
     * probabilities. Each entry is the same double the step would compute for the agent. Built
     * once a week per country, like the other terms that are the same for all its agents (built
     * per range of agents it would be made eight times a week with 2 threads, about 2% of the
     * audience step at 100,000 agents), and only for a country with enough agents to repay it.
     */
    private double[] table(int c) {
        double[] innovation = innovation(c);
        double[] table = new double[tableRows * Medium.COUNT + Medium.COUNT];
        System.arraycopy(dropOut(c), 0, table, tableRows * Medium.COUNT, Medium.COUNT);
        for (int m = 0; m < Medium.COUNT; m++) {
            for (int d = 0; d <= tableDegree; d++) {
                for (int n = 0; n <= d; n++) {
                    table[m * tableRows + d * (d + 1) / 2 + n] = adoption(innovation[m], qDt[m], n, invDegree[d]);
                }
            }
        }
        return table;
    }

    /**
     * A non-adopter's probability of taking up a medium this week, with {@code n} adopting ties
     * out of {@code 1 / perTie}: hazard {@code p_m s_m + q_m n / d} (the table and the step
     * both call this, so a looked-up probability is the computed one).
     */
    private static double adoption(double innovation, double imitation, int n, double perTie) {
        double h = innovation + imitation * (n * perTie);
        return h > 0 ? probability(h) : 0;
    }

    /**
     * {@code 1 - exp(-h)}, the probability of an event of hazard h within a step. Weekly
     * hazards are mostly below 0.01, where the cubic Taylor polynomial is exact to 4e-10 and
     * much cheaper than {@code Math.expm1}, which the JIT does not intrinsify (in profiles of a
     * step that calls it, it is the largest single cost).
     */
    static double probability(double h) {
        if (h < 0.01) return h * (1 - h * (0.5 - h / 6));
        return 1 - PortableMath.exp(-h);
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
     *
     * <p>Performance: agents are stepped country by country (no per-agent country
     * test) in blocks of {@value #BLOCK}; each block first computes its agents' trip
     * probabilities in a tight loop of its own, where the calls of {@link PortableMath#exp}
     * pipeline, then everything else, and finishes the block's few talks in a loop of their
     * own, where their lookups of random ties (mostly cache misses) overlap. Terms that are the
     * same for every agent of a country this week (the adopters' drop-out probabilities,
     * {@code p_m s_m}, the fandom terms, the inverse degrees, the table of non-adopters'
     * probabilities by degree and adopting ties) are computed once. Every double is computed
     * with the same operations in the same order as in the readable rule,
     * {@link culturebridge.model.audience.WeeklyAudienceRule#decide(int)}, so results are bit
     * for bit that rule's ({@code WeeklyAudienceRuleTest}).
     */
    public void step(int lo, int hi) {
        final Audiences s = a;
        for (int c = 0; c < 2; c++) {
            int from = Math.max(lo, s.blockStart[c]);
            int to = Math.min(hi, s.blockStart[c] + s.blockSize[c]);
            if (from < to) stepCountry(c, from, to);
        }
    }

    /** Largest degree of the non-adopters' probability table (higher degrees compute). */
    private static final int TABLE_MAX_DEGREE = 40;
    /** A country's table is built when it has at least this many agents per entry. */
    private static final int TABLE_MIN_AGENTS_PER_ENTRY = 2;

    /** Agents per block: the trip pass's buffer stays in the first-level cache. */
    private static final int BLOCK = 256;

    /** Steps agents [lo, hi), all of country c. */
    private void stepCountry(int c, int lo, int hi) {
        final Audiences s = a;
        final SocialNetwork net = s.network;
        final boolean complete = net.complete();
        final int[] offsets = net.offsets();
        final int completeDegree = s.blockSize[c] - 1;
        final double completePerTie = completeDegree > 0 ? 1.0 / completeDegree : 0;
        final float[] attitude = s.attitude;
        final float[] attitude0 = s.attitude0;
        final float[] normNext = s.normNext;
        final byte[] adopted = s.adopted;
        final int[] adoptingTies = s.adoptingTies;
        final short[] crossTies = s.crossTies;
        final float[] attitudeNext = s.attitudeNext;
        final byte[] adoptedNext = s.adoptedNext;
        final float[] tripProbability = s.tripProbability;
        final byte[] departs = s.departs;

        // this week's per-country terms, each the same double as in the readable rule
        final double[] innovation = innovation(c);               // p_m s_m
        final double[] drop = dropOut(c);                        // an adopter's drop-out probability
        final double[] completeShare = new double[Medium.COUNT]; // complete network: adopter share
        for (int m = 0; m < Medium.COUNT; m++) completeShare[m] = s.adopterCount[c][m] * completePerTie;
        final double[] table = tables[c];
        final int tableDegree = this.tableDegree;
        final int tableRows = this.tableRows;
        final int dropSlot = tableRows * Medium.COUNT;
        final double[] up = contactUp;
        final double[] down = contactDown;
        final double hostile = hostileDt[c];
        final double friendly = friendlyDt[c];
        final double effect = adoptionEffect;
        final double[] tripBuffer = new double[BLOCK];
        // this block's talks, done after its pass 2 (see pass 3)
        final int[] talkAgent = new int[BLOCK];
        final int[] talkTie = new int[BLOCK];
        final double[] talkAttitude = new double[BLOCK];
        final boolean travels = travel != null && travel.weeklyBase()[c] > 0;
        final double weeklyBase = travels ? travel.weeklyBase()[c] : 0;
        final int tripWeeks = travels ? travel.tripWeeks() : 0;
        final double bAttitude = travels ? travel.bAttitude() : 0;
        final double refAttitude = travels ? travel.refAttitude()[c] : 0;
        final double bIncome = travels ? travel.bIncome() : 0;
        final double bSocial = travels ? travel.bSocial() : 0;
        final double[] fandom = new double[Medium.COUNT + 1];    // bF (k - k_ref), by media consumed
        if (travels) {
            for (int b = 0; b <= Medium.COUNT; b++) {
                fandom[b] = travel.bFandom() * (b / (double) Medium.COUNT - travel.refFandom()[c]);
            }
        }
        final float[] logIncome = s.logIncome;
        final int[] lastTripStep = s.lastTripStep;
        final int[] recentVisitorTies = s.recentVisitorTies;
        final double[] p = new double[Medium.COUNT];

        for (int blockLo = lo; blockLo < hi; blockLo += BLOCK) {
            final int blockHi = Math.min(hi, blockLo + BLOCK);
            int talksInBlock = 0;

            // pass 1: trip probabilities, h = base_c(t) x exp(bA (a - a_ref) + bF (k - k_ref) + bI log income + bS v),
            // in three loops so that the exp calls run back to back with nothing live around them
            if (travels) {
                for (int i = blockLo; i < blockHi; i++) {
                    double visited;
                    if (complete) {
                        visited = 0;
                    } else {
                        visited = recentVisitorTies[i] * invDegree[offsets[i + 1] - offsets[i]];
                    }
                    double att = attitude[i];
                    tripBuffer[i - blockLo] = bAttitude * (att - refAttitude) + fandom[Integer.bitCount(adopted[i])]
                            + bIncome * logIncome[i] + bSocial * visited;
                }
                final int len = blockHi - blockLo;
                for (int j = 0; j < len; j++) tripBuffer[j] = PortableMath.exp(tripBuffer[j]);
                for (int i = blockLo; i < blockHi; i++) {
                    int j = i - blockLo;
                    tripBuffer[j] = step - lastTripStep[i] >= tripWeeks ? probability(weeklyBase * tripBuffer[j]) : 0;
                }
            }

            // pass 2: adoption, talk, the week's event, attitude
            for (int i = blockLo; i < blockHi; i++) {
                final long base = random.base(i, step);
                final int mask = adopted[i];
                final int degree;
                final double perTie;
                if (complete) {
                    degree = completeDegree;
                    perTie = completePerTie;
                } else {
                    degree = offsets[i + 1] - offsets[i];
                    perTie = invDegree[degree];
                }
                double total = 0;
                if (complete) {
                    for (int m = 0; m < Medium.COUNT; m++) {
                        double pm;
                        if ((mask & (1 << m)) == 0) {
                            double h = innovation[m] + qDt[m] * completeShare[m];
                            pm = h > 0 ? probability(h) : 0;
                        } else {
                            pm = drop[m];
                        }
                        p[m] = pm;
                        total += pm;
                    }
                } else if (table != null && degree <= tableDegree) {
                    // the week's probability for a non-adopter with n adopting ties out of d,
                    // looked up (the same double as computed below)
                    final int cross = crossTies[i];
                    final int t0 = i * Medium.COUNT;
                    final int row = degree * (degree + 1) / 2;
                    for (int m = 0; m < Medium.COUNT; m++) {
                        double pm;
                        int n = adoptingTies[t0 + m] + cross;
                        if (n <= degree) {
                            // adopter or not is a coin toss to the branch predictor: the slot is
                            // chosen without a branch, the adopter's drop-out being stored after
                            // the table (all ones in `adopter` picks it)
                            int adopter = -((mask >> m) & 1);
                            pm = table[((m * tableRows + row + n) & ~adopter) | ((dropSlot + m) & adopter)];
                        } else if ((mask & (1 << m)) != 0) {
                            pm = drop[m];
                        } else {
                            pm = adoption(innovation[m], qDt[m], n, perTie);
                        }
                        p[m] = pm;
                        total += pm;
                    }
                } else {
                    final int cross = crossTies[i];
                    final int t0 = i * Medium.COUNT;
                    for (int m = 0; m < Medium.COUNT; m++) {
                        double pm;
                        if ((mask & (1 << m)) == 0) {
                            pm = adoption(innovation[m], qDt[m], adoptingTies[t0 + m] + cross, perTie);
                        } else {
                            pm = drop[m];
                        }
                        p[m] = pm;
                        total += pm;
                    }
                }
                final double att = attitude[i];
                if (effect != 0) {
                    // self-selection and boycott: the attitude scales take-up and drop-out
                    double g = selection(effect, att);
                    double inv = 1 / g;
                    total = 0;
                    for (int m = 0; m < Medium.COUNT; m++) {
                        p[m] *= (mask & (1 << m)) != 0 ? inv : g;
                        total += p[m];
                    }
                }
                final double talk = talkProbability > 0 && !complete && degree > 0 ? talkProbability : 0;
                final double trip = travels ? tripBuffer[i - blockLo] : 0;
                total += talk + trip;

                // which event, if any
                int next = mask;
                boolean talks;
                boolean leaves;
                if (total <= 1) {
                    double u = StreamRandom.uniform(base, DRAW_EVENT);
                    if (u < total) {
                        int m = 0;
                        while (m < Medium.COUNT && u >= p[m]) u -= p[m++];
                        if (m < Medium.COUNT) next ^= 1 << m;
                        talks = m == Medium.COUNT && u < talk;
                        leaves = m == Medium.COUNT && u >= talk;
                    } else {
                        talks = false;
                        leaves = false;
                    }
                } else {
                    for (int m = 0; m < Medium.COUNT; m++) {
                        if (StreamRandom.uniform(base, DRAW_SEPARATE + m) < p[m]) next ^= 1 << m;
                    }
                    talks = StreamRandom.uniform(base, DRAW_TALK) < talk;
                    leaves = StreamRandom.uniform(base, DRAW_TRIP) < trip;
                }
                adoptedNext[i] = (byte) next;

                // attitude: mediated contact of both signs, each public's news, persistence toward
                // the agent's norm (explicit Euler, one week); the norm then follows the attitude
                final float norm = attitude0[i];
                double na = att + up[mask] * (1 - att) - down[mask] * att + (friendly - hostile) * att * (1 - att)
                        + anchorDt * (norm - att);
                normNext[i] = (float) (norm + normDt * (att - norm));
                if (talks) {
                    // finished in pass 3
                    talkAgent[talksInBlock] = i;
                    talkTie[talksInBlock] = offsets[i] + StreamRandom.nextInt(base, DRAW_TIE, degree);
                    talkAttitude[talksInBlock] = na;
                    talksInBlock++;
                } else {
                    attitudeNext[i] = (float) (na < 0 ? 0 : (na > 1 ? 1 : na));
                }
                tripProbability[i] = (float) trip;
                departs[i] = (byte) (leaves ? 1 : 0);
            }

            // pass 3: bounded-confidence talk with one random domestic tie. The tie's entry is
            // rarely in cache; looked up in a loop of their own, the block's few lookups wait
            // for memory together instead of one after another inside pass 2.
            for (int k = 0; k < talksInBlock; k++) {
                int i = talkAgent[k];
                double na = talkAttitude[k];
                int j = net.target(talkTie[k]);
                if (s.country(j) == c) {
                    double att = attitude[i];
                    double d = attitude[j] - att;
                    if (Math.abs(d) < epsilon) na += mu * d;
                }
                attitudeNext[i] = (float) (na < 0 ? 0 : (na > 1 ? 1 : na));
            }
        }
    }
}
