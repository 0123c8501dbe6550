package culturebridge.model.agent;

import culturebridge.model.Medium;
import culturebridge.model.PortableMath;

/**
 * The audience agents of both countries, stored as parallel primitive arrays (one slot per
 * agent) so that a million agents fit in a few hundred megabytes and step in seconds. Agent
 * {@code i} belongs to country 0 if {@code i < blockStart[1]}, else to country 1; each agent
 * stands for {@code weight(c)} persons.
 *
 * <p>State per agent: home city, income, attitude {@code a} in [0,1] toward the partner
 * country and its initial value (the anchor), a bit per medium for "consumes the partner's
 * content of this medium now" and "ever did", the step of its last adoption, and the number
 * of its domestic ties adopting each medium (kept up to date incrementally, so a step does not
 * have to walk all ties).
 *
 * <p>Updates are synchronous: a step reads the state at the end of the previous step and
 * writes the next state into separate arrays, so agents can be stepped in any order or in
 * parallel with identical results ({@link #commit} then swaps). The submodels are in
 * {@link AudienceBehaviour}.
 */
public final class Audiences implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    final int n;
    final int[] blockStart;
    final int[] blockSize;
    final double[] weight;
    final short[] city;
    /** log(income / country median). */
    final float[] logIncome;
    final double[] incomeMedian = new double[2];
    float[] attitude;
    float[] attitudeNext;
    /** Each agent's norm: where its attitude is pulled back to; starts at the initial attitude and follows the attitude slowly. */
    float[] attitude0;
    float[] normNext;
    byte[] adopted;
    byte[] adoptedNext;
    final byte[] everAdopted;
    final int[] lastAdoptStep;
    /** adoptingTies[i * Medium.COUNT + m]: domestic ties of i consuming partner medium m. */
    final int[] adoptingTies;
    /** Ties of i to the partner country; they count as adopters (natives of the content). */
    final short[] crossTies;
    /** Step of the agent's last departure (very negative if none). */
    final int[] lastTripStep;
    /** Trips made so far. */
    final short[] visits;
    /** Domestic ties who left on a trip in the last 52 weeks. */
    final int[] recentVisitorTies;
    /** This step's trip probability (written by the behaviour, summed by the travel phase). */
    final float[] tripProbability;
    /** 1 if the agent leaves on a trip this step (decided by the behaviour). */
    final byte[] departs;
    final SocialNetwork network;
    /** Adopters per country and medium, for the complete network and for shares. */
    final int[][] adopterCount;
    private long commits;
    /** Fixed blocks for sums over agents; derived from the sizes, so not saved in checkpoints. */
    private transient AgentBlocks blocks;

    /** Agents at or above which a pass over them is shared among threads. */
    public static final int PARALLEL_MIN_AGENTS = 10_000;
    /** Atomic access to the tie counts, which the commit of neighbouring agents may update from two threads. */
    private static final java.lang.invoke.VarHandle INTS = java.lang.invoke.MethodHandles.arrayElementVarHandle(int[].class);

    /**
     * @param blockSize agents per country
     * @param population persons represented per country
     * @param network   the ties; its blocks must match
     */
    public Audiences(int[] blockSize, double[] population, SocialNetwork network) {
        this.blockSize = blockSize.clone();
        this.blockStart = new int[] {0, blockSize[0]};
        this.n = blockSize[0] + blockSize[1];
        this.weight = new double[] {population[0] / blockSize[0], population[1] / blockSize[1]};
        this.city = new short[n];
        this.logIncome = new float[n];
        this.lastTripStep = new int[n];
        java.util.Arrays.fill(lastTripStep, Integer.MIN_VALUE / 2);
        this.visits = new short[n];
        this.recentVisitorTies = new int[n];
        this.tripProbability = new float[n];
        this.departs = new byte[n];
        this.attitude = new float[n];
        this.attitudeNext = new float[n];
        this.attitude0 = new float[n];
        this.normNext = new float[n];
        this.adopted = new byte[n];
        this.adoptedNext = new byte[n];
        this.everAdopted = new byte[n];
        this.lastAdoptStep = new int[n];
        java.util.Arrays.fill(lastAdoptStep, Integer.MIN_VALUE / 2);
        this.adoptingTies = new int[n * Medium.COUNT];
        this.crossTies = new short[n];
        this.network = network;
        this.adopterCount = new int[2][Medium.COUNT];
        if (!network.complete()) {
            for (int i = 0; i < n; i++) {
                int c = country(i);
                int cross = 0;
                for (int t = network.start(i); t < network.end(i); t++) {
                    if (country(network.target(t)) != c) cross++;
                }
                crossTies[i] = (short) Math.min(cross, Short.MAX_VALUE);
            }
        }
    }

    /** Number of agents in both countries. */
    public int size() { return n; }

    /** Country index (0 or 1) of agent i. */
    public int country(int i) { return i < blockStart[1] ? 0 : 1; }

    /** First agent index of country c. */
    public int blockStart(int c) { return blockStart[c]; }

    /** Agents in country c. */
    public int blockSize(int c) { return blockSize[c]; }

    /** Persons represented by each agent of country c. */
    public double weight(int c) { return weight[c]; }

    /** The social network. */
    public SocialNetwork network() { return network; }

    public int city(int i) { return city[i]; }
    /** Annual income of agent i, US$. */
    public double income(int i) { return incomeMedian[country(i)] * PortableMath.exp(logIncome[i]); }
    /** Log of income relative to the country median. */
    public double logIncome(int i) { return logIncome[i]; }
    public int lastTripStep(int i) { return lastTripStep[i]; }
    public int visits(int i) { return visits[i]; }
    public int recentVisitorTies(int i) { return recentVisitorTies[i]; }
    public double tripProbability(int i) { return tripProbability[i]; }
    public boolean departs(int i) { return departs[i] != 0; }
    public double attitude(int i) { return attitude[i]; }
    /** The agent's norm: its initial attitude, then following its attitude slowly. */
    public double initialAttitude(int i) { return attitude0[i]; }
    public boolean adopts(int i, Medium m) { return (adopted[i] & (1 << m.ordinal())) != 0; }
    public boolean everAdopted(int i) { return everAdopted[i] != 0; }
    public int lastAdoptStep(int i) { return lastAdoptStep[i]; }
    public int adoptingTies(int i, Medium m) { return adoptingTies[i * Medium.COUNT + m.ordinal()]; }
    public int crossBorderTies(int i) { return crossTies[i]; }

    /** The fixed blocks of agents for sums (built on first use). */
    public AgentBlocks blocks() {
        AgentBlocks b = blocks;
        if (b == null) blocks = b = new AgentBlocks(this);
        return b;
    }

    /** How many times the state has been committed: a version number for caches of aggregates. */
    public long commits() { return commits; }

    /** Adopters of the partner's medium m in country c (persons = this x weight). */
    public int adopters(int c, Medium m) { return adopterCount[c][m.ordinal()]; }

    /**
     * Sets the persons a country's agents stand for (at a fork, the arm's country table gives the
     * population at its own start).
     */
    public void setPopulation(int c, double population) { weight[c] = population / blockSize[c]; }

    /**
     * Sets a country's median income, US$ (at world start, and at a fork, where agents keep
     * their place in the income distribution and the arm's table gives its median).
     */
    public void setIncomeMedian(int c, double median) { incomeMedian[c] = median; }

    /** Sets an agent's initial state (used once, at world start); income in US$. */
    public void initAgent(int i, int cityIndex, double inc, double a, byte adoptedMask, int step) {
        city[i] = (short) cityIndex;
        logIncome[i] = (float) StrictMath.log(inc / incomeMedian[country(i)]);
        attitude[i] = (float) a;
        attitude0[i] = (float) a;
        adopted[i] = adoptedMask;
        everAdopted[i] = adoptedMask;
        if (adoptedMask != 0) lastAdoptStep[i] = step;
    }

    /** Computes tie counts and adopter totals from the initial adoption state. */
    public void finishInit() {
        java.util.Arrays.fill(adoptingTies, 0);
        for (int[] row : adopterCount) java.util.Arrays.fill(row, 0);
        int[] counts = new int[2 * Medium.COUNT];
        for (int i = 0; i < n; i++) {
            int mask = adopted[i];
            if (mask == 0) continue;
            changeAdoptingTies(i, mask, +1, counts);
        }
        addAdopterCounts(counts);
        System.arraycopy(adopted, 0, adoptedNext, 0, n);
        System.arraycopy(attitude, 0, attitudeNext, 0, n);
        System.arraycopy(attitude0, 0, normNext, 0, n);
    }

    /** Makes the next state current on the calling thread (see {@link #commit(long, RangeRunner)}). */
    public void commit(long step) { commit(step, RangeRunner.SERIAL); }

    /**
     * Makes the next state current: applies adoption changes to the tie counts of the
     * changed agents' neighbours and swaps the state arrays. The changes are applied in
     * parallel ranges; the tie counts are integers updated atomically and the adopter totals
     * are integer sums, so the result is the same for any order and thread count.
     */
    public void commit(long step, RangeRunner runner) {
        runner.run(n, PARALLEL_MIN_AGENTS, (lo, hi) -> applyChanges(lo, hi, (int) step));
        byte[] b = adopted;
        adopted = adoptedNext;
        adoptedNext = b;
        float[] a = attitude;
        attitude = attitudeNext;
        attitudeNext = a;
        float[] norm = attitude0;
        attitude0 = normNext;
        normNext = norm;
        // no copy back: every step writes every agent's next state before the next commit
        commits++;
    }

    /** The adoption changes of agents [lo, hi). */
    private void applyChanges(int lo, int hi, int step) {
        int[] counts = null;  // this range's adopter changes, [country * COUNT + medium]
        for (int i = lo; i < hi; i++) {
            int before = adopted[i];
            int after = adoptedNext[i];
            if (before == after) continue;
            if (counts == null) counts = new int[2 * Medium.COUNT];
            int gained = after & ~before;
            int lost = before & ~after;
            if (gained != 0) {
                changeAdoptingTies(i, gained, +1, counts);
                everAdopted[i] |= (byte) gained;
                lastAdoptStep[i] = step;
            }
            if (lost != 0) changeAdoptingTies(i, lost, -1, counts);
        }
        if (counts != null) addAdopterCounts(counts);
    }

    /** Adds changes of adopter totals, {@code [country * COUNT + medium]}, from any thread. */
    private void addAdopterCounts(int[] counts) {
        synchronized (adopterCount) {
            for (int c = 0; c < 2; c++) {
                for (int m = 0; m < Medium.COUNT; m++) adopterCount[c][m] += counts[c * Medium.COUNT + m];
            }
        }
    }

    private static void addAtomically(int[] array, int index, int delta) {
        int unused = (int) INTS.getAndAdd(array, index, delta);
    }

    /**
     * Agent i takes up (+1) or drops (-1) the media in {@code mask}: the tie counts of its
     * domestic neighbours change atomically (the commit runs ranges in parallel), the adopter
     * totals go into the caller's {@code counts}.
     */
    private void changeAdoptingTies(int i, int mask, int delta, int[] counts) {
        int c = country(i);
        for (int m = 0; m < Medium.COUNT; m++) {
            if ((mask & (1 << m)) == 0) continue;
            counts[c * Medium.COUNT + m] += delta;
            if (network.complete()) continue;
            for (int t = network.start(i); t < network.end(i); t++) {
                int j = network.target(t);
                if (country(j) == c) addAtomically(adoptingTies, j * Medium.COUNT + m, delta);
            }
        }
    }

    /**
     * Records a departure: trip count, last trip, and, if the agent was not already a recent
     * visitor (a trip within {@code recentWeeks}), the tie counts of its domestic ties.
     */
    void recordDeparture(int i, int step, int recentWeeks) {
        boolean wasRecent = step - lastTripStep[i] < recentWeeks;
        visits[i]++;
        lastTripStep[i] = step;
        if (!wasRecent) changeVisitorTies(i, +1);
    }

    /**
     * Ends the recent-visitor window opened by agent i's trip at {@code tripStep}, unless a
     * later trip has renewed it: ties count each recent visitor once.
     */
    void expireVisitor(int i, int tripStep) {
        if (lastTripStep[i] == tripStep) changeVisitorTies(i, -1);
    }

    private void changeVisitorTies(int i, int delta) {
        int c = country(i);
        for (int t = network.start(i); t < network.end(i); t++) {
            int j = network.target(t);
            if (country(j) == c) recentVisitorTies[j] += delta;
        }
    }

    /** Moves agent i's attitude a share of the way toward a target (direct contact, word of mouth). */
    void pullAttitude(int i, double target, double share) {
        float a = attitude[i];
        double na = a + share * (target - a);
        attitude[i] = (float) (na < 0 ? 0 : (na > 1 ? 1 : na));
    }
}
