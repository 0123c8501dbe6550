package culturebridge.model;

import culturebridge.model.agent.AudienceBehaviour;
import culturebridge.model.agent.AudienceSummary;
import culturebridge.model.agent.Audiences;
import culturebridge.model.agent.BareLoop;
import culturebridge.model.agent.RangeRunner;
import culturebridge.model.agent.Regulator;
import culturebridge.model.agent.SocialNetwork;
import culturebridge.model.agent.Studio;
import culturebridge.model.agent.Trips;
import culturebridge.model.content.ContentMarket;
import culturebridge.model.content.MarketStatus;
import culturebridge.model.content.Title;
import culturebridge.model.policy.Observations;
import culturebridge.model.policy.PolicyState;
import culturebridge.model.policy.Stage;
import ec.util.MersenneTwisterFast;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.commons.math3.distribution.NormalDistribution;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.continuous.Continuous2D;

/**
 * The simulated world: two countries exchanging cultural content under a staged exchange
 * policy. One MASON step is one week ({@link SimCalendar}).
 *
 * <p>Process order within a step, each a MASON ordering: {@link #ORDER_ENVIRONMENT} (tension),
 * {@link #ORDER_POLICY} (stage triggers, rollbacks; monthly), {@link #ORDER_STUDIOS}
 * (quarterly slates, co-productions, domestic releases, export submissions),
 * {@link #ORDER_REGULATORS} (approvals within quota), {@link #ORDER_AUDIENCES} (adoption and
 * attitude and trip decisions, synchronous and optionally parallel), {@link #ORDER_TOURISTS}
 * (returns, departures, destinations; {@link Trips}), {@link #ORDER_COLLECTOR} (metrics; scheduled by the output layer through
 * {@link #addStartListener}).
 *
 * <p>All randomness comes from {@code random} (MASON's Mersenne Twister, seeded with the
 * run's seed): directly in the sequential phases, and through a {@link StreamRandom} keyed from
 * it in the audience phase, so results do not depend on the thread count.
 */
public class World extends SimState {
    private static final long serialVersionUID = 1L;

    public static final int ORDER_ENVIRONMENT = 0;
    public static final int ORDER_POLICY = 1;
    public static final int ORDER_STUDIOS = 2;
    public static final int ORDER_REGULATORS = 3;
    public static final int ORDER_AUDIENCES = 4;
    public static final int ORDER_TOURISTS = 5;
    public static final int ORDER_COLLECTOR = 6;

    // replaced once, when a policy arm is forked from this world (see continueAs)
    private Setup setup;
    private Params params;
    private SimCalendar calendar;
    private int threads = 1;
    private double fixedSupply = Double.NaN;

    private Audiences audiences;
    private List<Studio> studios;
    private Regulator[] regulators;
    private ContentMarket content;
    private Climate climate;
    private PolicyState policyState;
    private StreamRandom streams;
    private final double[][] supply = new double[2][Medium.COUNT];
    // kept in checkpoints: it is the collector, whose months the policy's conditions read
    private Observations observations = Observations.NONE;
    private transient List<Consumer<World>> startListeners = new ArrayList<>();
    /** For a setup with a warm-up: gives the warm-up's end state continued as this setup (see start()). */
    private transient java.util.function.Function<World, World> warmStart;
    private transient ExecutorService pool;
    /** Told when the parts of each step begin and end (the {@code bench} command); null otherwise. */
    private transient StepTimer timer;
    // a cache, not state: rebuilt after a checkpoint is read (AudienceSummary is not serializable)
    private transient AudienceSummary summary;
    private long summaryStep = -1;
    /** The step the cached summary was computed at, so a restored world rebuilds exactly that one. */
    private int summaryAt;
    /** After a fork, the warm-up's baseline tension (see attitudeReferenceTension); NaN before. */
    private double forkedReferenceTension = Double.NaN;
    private MapFrame map;
    private Continuous2D tourists;
    private Trips trips;
    private TripLog tripLog;

    /**
     * @param setup what to simulate
     * @param seed  the run's seed (MASON keeps 32 bits of it)
     */
    public World(Setup setup, long seed) {
        super(seed);
        this.setup = setup;
        this.params = setup.params().copy();
        this.calendar = setup.calendar();
    }

    // ------------------------------------------------------------------ accessors

    public Setup setup() { return setup; }
    /** The live parameters; the inspector edits these and changes apply from the next step. */
    public Params params() { return params; }
    /** For MASON's model inspector. */
    public Object getParams() { return params; }
    public SimCalendar calendar() { return calendar; }
    public Country country(int c) { return setup.countries().get(c); }
    public Audiences audiences() { return audiences; }
    public List<Studio> studios() { return studios; }
    public Regulator regulator(int market) { return regulators[market]; }
    public ContentMarket content() { return content; }
    public Climate climate() { return climate; }
    public PolicyState policyState() { return policyState; }

    /** Where the cities of both countries sit on the map's field. */
    public MapFrame map() { return map; }

    /** Tourists currently travelling, at their positions on the map (field coordinates). */
    public Continuous2D tourists() { return tourists; }

    /** The record of trips so far. */
    public TripLog tripLog() { return tripLog; }

    /** The travel phase (tourists away, reference values). */
    public Trips trips() { return trips; }

    /** Supply of the partner's medium-m content in a market this week (see {@link #updateSupply}). */
    public double supply(int market, Medium m) { return supply[market][m.ordinal()]; }

    /** Threads for the audience phase (results are identical for any count). */
    public void setThreads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.threads = threads;
    }

    public int threads() { return threads; }

    /**
     * Fixes the supply of every medium in both markets (verification only: the Bass docking
     * test runs with constant supply). NaN restores the modelled supply.
     */
    public void setFixedSupply(double s) { this.fixedSupply = s; }

    /** Where the policy reads last month's metrics; set by the collector. */
    public void setObservations(Observations o) { this.observations = o == null ? Observations.NONE : o; }

    /** Where the policy reads last month's metrics (the collector in a run, restored with a checkpoint). */
    public Observations observations() { return observations; }

    /** Called at the end of {@link #start()}, e.g. to schedule the collector. */
    public void addStartListener(Consumer<World> l) {
        if (startListeners == null) startListeners = new ArrayList<>();
        startListeners.add(l);
    }

    /**
     * Population aggregates of the current state (computed once per committed state on
     * demand; keyed by the audiences' commit count, not the step, so a read between two steps,
     * as a display makes, never caches a state that is about to change).
     */
    public AudienceSummary summary() {
        long version = audiences.commits();
        if (summary == null || summaryStep != version) {
            summaryAt = currentStep();
            summary = AudienceSummary.of(audiences, summaryAt, ranges());
            summaryStep = version;
        }
        return summary;
    }

    /** Soft power of country c in the partner population now. */
    public SoftPowerIndex softPower(int c) {
        return SoftPowerIndex.of(c, summary(), pull(1 - c), params);
    }

    /**
     * Behavioural pull toward the partner of travellers from country {@code from}: persons
     * who left in the last 52 weeks over those of the first 52 (of the scenario: after a fork,
     * of the arm), capped at 2 and halved; 0.5 (as at the start) during the first year or when
     * nobody travelled then.
     */
    public double pull(int from) {
        int step = currentStep();
        // the first year of this calendar: of the run, or of the arm after a fork
        int origin = calendar.firstStep();
        if (step < origin + 52) return 0.5;
        double first = tripLog.persons(from, origin, origin + 51);
        if (first <= 0) return 0.5;
        double recent = tripLog.persons(from, step - 51, step);
        return Math.min(recent / first, 2.0) / 2.0;
    }

    /**
     * The tension of the climate in which the population's anchor attitudes were formed: news
     * moves attitudes by tension above it (7.9). Survey attitudes reflect the climate of their
     * scenario's baseline ({@code baselineTension}); after a fork the population is the
     * warm-up's, so its reference stays the warm-up's baseline while the arm's baseline and
     * shocks set the tension itself (an arm at a higher baseline keeps pressing on opinion as
     * the end of the history did).
     */
    public double attitudeReferenceTension() {
        return Double.isNaN(forkedReferenceTension) ? params.getBaselineTension() : forkedReferenceTension;
    }

    /** The step being run (or about to run). */
    public int currentStep() { return (int) schedule.getSteps(); }

    // ------------------------------------------------------------------ set-up

    /**
     * Where {@link #start()} gets its state when the setup has a warm-up: a function from this
     * world (its setup, seed and threads) to a world at the end of the warm-up continued as this
     * setup ({@link #continueAs}); the experiment layer provides it from its checkpoints.
     */
    public void setWarmStart(java.util.function.Function<World, World> warmStart) { this.warmStart = warmStart; }

    @Override
    public void start() {
        if (setup.warmup() != null) {
            startWarm();
            return;
        }
        super.start();
        summary = null;
        summaryStep = -1;
        streams = new StreamRandom(random.nextLong());
        climate = new Climate(setup.policy().shocks());
        policyState = new PolicyState(setup.policy(), calendar);
        content = new ContentMarket();
        buildAudiences();
        buildStudios();
        regulators = new Regulator[] {new Regulator(0), new Regulator(1)};
        map = new MapFrame(setup.countries());
        tourists = new Continuous2D(1.0, map.width(), map.height());
        tripLog = new TripLog(calendar.steps(), new int[] {country(0).cities().size(), country(1).cities().size()});
        trips = new Trips(this);

        schedule.scheduleRepeating(0, ORDER_ENVIRONMENT, new EnvironmentPhase(), 1);
        schedule.scheduleRepeating(0, ORDER_POLICY, new PolicyPhase(), 1);
        schedule.scheduleRepeating(0, ORDER_STUDIOS, new StudioPhase(), 1);
        schedule.scheduleRepeating(0, ORDER_REGULATORS, new RegulatorPhase(), 1);
        schedule.scheduleRepeating(0, ORDER_AUDIENCES, new AudiencePhase(), 1);
        schedule.scheduleRepeating(0, ORDER_TOURISTS, new TouristPhase(), 1);
        if (startListeners != null) {
            for (Consumer<World> l : startListeners) l.accept(this);
        }
    }

    /**
     * Start of a setup with a warm-up: this world takes over the state and schedule of the
     * warm-up's end state continued as its setup, then its start listeners run (they see a
     * world whose schedule is at the arm's first step).
     */
    private void startWarm() {
        if (warmStart == null) {
            throw new IllegalStateException("scenario '" + setup.name() + "' continues the warm-up '" + setup.warmup().name()
                    + "'; start it through culturebridge.experiment.Warmups, or without its warm-up");
        }
        World f = warmStart.apply(this);
        random = f.random;
        schedule = f.schedule;
        setup = f.setup;
        params = f.params;
        calendar = f.calendar;
        audiences = f.audiences;
        studios = f.studios;
        regulators = f.regulators;
        content = f.content;
        climate = f.climate;
        policyState = f.policyState;
        streams = f.streams;
        for (int c = 0; c < 2; c++) System.arraycopy(f.supply[c], 0, supply[c], 0, Medium.COUNT);
        observations = f.observations;
        map = f.map;
        tourists = f.tourists;
        trips = f.trips;
        tripLog = f.tripLog;
        forkedReferenceTension = f.forkedReferenceTension;
        summary = null;
        summaryStep = -1;
        if (startListeners != null) {
            for (Consumer<World> l : startListeners) l.accept(this);
        }
    }

    /**
     * After a checkpoint is read: the transient parts come back empty. The thread pool is
     * recreated on first use; start listeners belong to the run that registered them (a resumed
     * world is not started again, its collector comes with it).
     */
    @Override
    public void awakeFromCheckpoint() {
        super.awakeFromCheckpoint();
        startListeners = new ArrayList<>();
        pool = null;
        if (observations == null) observations = Observations.NONE;
        // the summary depends on the step it was computed at as well as on the state, so the
        // cached one is rebuilt as it was rather than recomputed at the current step
        summary = audiences != null && summaryStep == audiences.commits() ? AudienceSummary.of(audiences, summaryAt) : null;
    }

    // ------------------------------------------------------------------ forks

    /**
     * Parameters fixed by the population a world was built with: a policy arm forked from it
     * must have the same values (the agents, their ties and the studios exist already).
     */
    public static final java.util.List<String> POPULATION_PARAMETERS = java.util.List.of("agents",
            "firstCountryAgentShare", "networkType", "meanDegree", "rewiringProbability", "crossBorderTieShare",
            "studiosPerCountry");

    /**
     * Why a policy arm cannot continue a world built from {@code warmup}, or null when it can:
     * the arm must start the month after the warm-up ends, name the same two countries with the
     * same cities in the same order and the same studio capabilities, and keep the
     * {@link #POPULATION_PARAMETERS}.
     */
    public static String forkConflict(Setup warmup, Setup arm) {
        YearMonth end = warmup.start().plusMonths(warmup.months());
        if (!arm.start().equals(end)) {
            return "the warm-up '" + warmup.name() + "' covers " + warmup.start() + " to " + end.minusMonths(1)
                    + ", so its arms must start " + end + "; this scenario starts " + arm.start();
        }
        for (int c = 0; c < 2; c++) {
            Country w = warmup.countries().get(c);
            Country a = arm.countries().get(c);
            if (!w.code().equals(a.code())) {
                return "country " + (c + 1) + " is " + a.code() + " here but " + w.code() + " in the warm-up '" + warmup.name() + "'";
            }
            List<String> wc = w.cities().stream().map(City::name).toList();
            List<String> ac = a.cities().stream().map(City::name).toList();
            if (!wc.equals(ac)) {
                return "the cities of " + a.code() + " differ from the warm-up's (" + String.join(", ", wc)
                        + "): agents live in those cities, so an arm must list the same ones in the same order";
            }
            if (w.studioCapability() != a.studioCapability()) {
                return "studioCapability of " + a.code() + " is " + a.studioCapability() + " here but " + w.studioCapability()
                        + " in the warm-up: the studios exist already";
            }
        }
        Params wp = warmup.params();
        Params ap = arm.params();
        Object[][] population = {
            {"agents", wp.getAgents(), ap.getAgents()},
            {"firstCountryAgentShare", wp.getFirstCountryAgentShare(), ap.getFirstCountryAgentShare()},
            {"networkType", wp.getNetworkType(), ap.getNetworkType()},
            {"meanDegree", wp.getMeanDegree(), ap.getMeanDegree()},
            {"rewiringProbability", wp.getRewiringProbability(), ap.getRewiringProbability()},
            {"crossBorderTieShare", wp.getCrossBorderTieShare(), ap.getCrossBorderTieShare()},
            {"studiosPerCountry", wp.getStudiosPerCountry(), ap.getStudiosPerCountry()}};
        for (Object[] p : population) {
            if (!p[1].equals(p[2])) {
                return p[0] + " is " + p[2] + " here but " + p[1] + " in the warm-up '" + warmup.name()
                        + "': the population exists already (run the warm-up with the same value)";
            }
        }
        return null;
    }

    /**
     * Continues this world, stepped to the end of its calendar (a warm-up), as a policy arm:
     * everything the agents, studios, regulators and the content market have become stays
     * (attitudes, adoption, ties, trips and recent visitors, titles in release and in review,
     * studios' learning, the random streams), and from the next step the arm's setup drives it:
     * its calendar (continuing the weekly grid), exchange policy and travel regimes, parameters,
     * and its country table's exogenous values (population, median income, market sizes,
     * cultural discounts, trip rates and growth from the arm's start, re-anchored by
     * {@link Trips#anchor}). The arm's climate is its baseline tension and its own shocks.
     *
     * <p>The caller attaches a collector for the arm's months, which takes over from the
     * warm-up's ({@code MonthlyCollector.attach}).
     *
     * @throws IllegalArgumentException if the arm cannot continue this world ({@link #forkConflict})
     * @throws IllegalStateException    if this world has not reached the end of its calendar
     */
    public void continueAs(Setup arm) {
        String conflict = forkConflict(setup, arm);
        if (conflict != null) throw new IllegalArgumentException(conflict);
        if (schedule.getSteps() != calendar.steps()) {
            throw new IllegalStateException("a world can be forked only at the end of its calendar (step " + calendar.steps()
                    + "), it is at step " + schedule.getSteps());
        }
        forkedReferenceTension = attitudeReferenceTension();
        calendar = calendar.continuation(arm.start(), arm.months());
        setup = arm;
        params = arm.params().copy();
        // the arm's baseline tension is the climate at its start, which the history's shocks
        // have already shaped: carrying them on would count them twice
        climate = new Climate(arm.policy().shocks());
        policyState = new PolicyState(arm.policy(), calendar);
        for (int c = 0; c < 2; c++) {
            audiences.setPopulation(c, country(c).population());
            audiences.setIncomeMedian(c, country(c).incomeMedianUsd());
        }
        map = new MapFrame(arm.countries());
        tripLog = tripLog.extendedTo(calendar.steps());
        trips.anchor(this);
        // observations stay the warm-up's collector: the arm's collector takes over from it
        summary = null;
        summaryStep = -1;
    }

    @Override
    public void finish() {
        super.finish();
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
    }

    private void buildAudiences() {
        int total = params.getAgents();
        int n0 = (int) Math.round(total * params.getFirstCountryAgentShare());
        n0 = Math.max(1, Math.min(total - 1, n0));
        int[] sizes = {n0, total - n0};
        double[] population = {country(0).population(), country(1).population()};
        SocialNetwork net = SocialNetwork.build(params.getNetworkType(), new int[] {0, n0}, sizes,
                params.getMeanDegree(), params.getRewiringProbability(), params.getCrossBorderTieShare(), random);
        audiences = new Audiences(sizes, population, net);
        NormalDistribution std = new NormalDistribution(new MersenneAdapter(random), 0, 1);
        for (int c = 0; c < 2; c++) {
            Country k = country(c);
            audiences.setIncomeMedian(c, k.incomeMedianUsd());
            int[] cityOf = allocateCities(k, sizes[c]);
            double incomeSigma = Math.sqrt(2) * std.inverseCumulativeProbability((k.incomeGini() + 1) / 2);
            double sd = k.attitudeLogitSd();
            // logit-normal attitudes with P(a > 0.5) = survey favourable share
            double mu = sd * std.inverseCumulativeProbability(k.initialFavourableShare());
            double adopt0 = params.getInitialAdoptionShare();
            int start = audiences.blockStart(c);
            for (int j = 0; j < sizes[c]; j++) {
                double inc = k.incomeMedianUsd() * PortableMath.exp(incomeSigma * random.nextGaussian());
                double a = 1.0 / (1.0 + PortableMath.exp(-(mu + sd * random.nextGaussian())));
                int mask = 0;
                for (int m = 0; m < Medium.COUNT; m++) {
                    if (random.nextDouble() < adopt0) mask |= 1 << m;
                }
                // initial adopters adopted at some time in the two years before the start, so that
                // "adopted in the last 52 weeks" (influence) starts near its steady level
                audiences.initAgent(start + j, cityOf[j], inc, a, (byte) mask, mask == 0 ? 0 : -1 - random.nextInt(104));
            }
        }
        audiences.finishInit();
    }

    /** Cities of a country's agents in block order, by largest remainder on population shares. */
    static int[] allocateCities(Country k, int agents) {
        int cities = k.cities().size();
        int[] count = new int[cities];
        double[] rem = new double[cities];
        int assigned = 0;
        for (int i = 0; i < cities; i++) {
            double exact = k.cities().get(i).populationShare() * agents;
            count[i] = (int) Math.floor(exact);
            rem[i] = exact - count[i];
            assigned += count[i];
        }
        while (assigned < agents) {
            int best = 0;
            for (int i = 1; i < cities; i++) if (rem[i] > rem[best]) best = i;
            count[best]++;
            rem[best] = -1;
            assigned++;
        }
        int[] out = new int[agents];
        int pos = 0;
        for (int i = 0; i < cities; i++) {
            for (int j = 0; j < count[i] && pos < agents; j++) out[pos++] = i;
        }
        return out;
    }

    private void buildStudios() {
        studios = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            for (int s = 0; s < params.getStudiosPerCountry(); s++) {
                studios.add(new Studio(studios.size(), c, country(c).studioCapability()));
            }
        }
    }

    // ------------------------------------------------------------------ phases

    // The phases are static and act on the state the schedule passes them, not on the world
    // that scheduled them: a world that adopts a forked world's schedule (start() with a
    // warm-up) then steps itself.

    /** Environment: political tension for this week's date. */
    private static final class EnvironmentPhase implements Steppable {
        private static final long serialVersionUID = 1L;
        @Override public void step(SimState s) {
            World w = (World) s;
            w.climate.update(w.calendar.date(w.schedule.getSteps()), w.params.getBaselineTension());
        }
    }

    /** Policy: monthly stage and rollback check on last month's metrics. */
    private static final class PolicyPhase implements Steppable {
        private static final long serialVersionUID = 1L;
        @Override public void step(SimState s) {
            World w = (World) s;
            w.policyState.step(w.schedule.getSteps(), w.observations);
        }
    }

    /** Studios: slates at the start of each quarter, in random order. */
    private static final class StudioPhase implements Steppable {
        private static final long serialVersionUID = 1L;
        @Override public void step(SimState s) {
            World w = (World) s;
            long step = w.schedule.getSteps();
            if (!w.calendar.startsQuarter(step)) return;
            int[] order = new int[w.studios.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            shuffle(order, w.random);
            for (int i : order) w.makeSlate(w.studios.get(i), (int) step);
        }
    }

    /** Regulators: approvals within quota, market by market. */
    private static final class RegulatorPhase implements Steppable {
        private static final long serialVersionUID = 1L;
        @Override public void step(SimState s) {
            World w = (World) s;
            int step = (int) w.schedule.getSteps();
            for (Regulator r : w.regulators) r.step(w, step);
        }
    }

    /** Audiences: adoption and attitude, synchronous, in parallel chunks. */
    private static final class AudiencePhase implements Steppable {
        private static final long serialVersionUID = 1L;
        @Override public void step(SimState s) {
            World w = (World) s;
            long step = w.schedule.getSteps();
            w.updateSupply((int) step);
            AudienceBehaviour b = new AudienceBehaviour(w.audiences, w.params, w.streams, step, w.supply, w.climate.tension(),
                    w.attitudeReferenceTension(), w.trips.weekInputs(w, (int) step));
            w.enter(StepTimer.Part.AUDIENCE_STEP);
            w.runParallel(b::step, w.audiences.size());
            w.exit(StepTimer.Part.AUDIENCE_STEP);
            w.enter(StepTimer.Part.COMMIT);
            w.audiences.commit(step, w.ranges());
            w.exit(StepTimer.Part.COMMIT);
        }
    }

    /** Tourists: returns, departures (destination, channel), positions on the map. */
    private static final class TouristPhase implements Steppable {
        private static final long serialVersionUID = 1L;
        @Override public void step(SimState s) {
            World w = (World) s;
            w.enter(StepTimer.Part.TRAVEL);
            w.trips.step(w, (int) w.schedule.getSteps(), w.streams);
            w.exit(StepTimer.Part.TRAVEL);
        }
    }

    /** Runs work over agents [0, n) on the audience threads (see {@link RangeRunner}). */
    private void runParallel(RangeRunner.Task b, int n) {
        runRanges(n, Audiences.PARALLEL_MIN_AGENTS, b);
    }

    /**
     * This world's {@link RangeRunner}: its audience threads. Used by the phases that pass
     * over all agents (the audience step and commit, the travel phase's sums, the summary).
     */
    public RangeRunner ranges() {
        return this::runRanges;
    }

    private void runRanges(int n, int minParallel, RangeRunner.Task b) {
        if (threads <= 1 || n < minParallel || n < 2) {
            b.run(0, n);
            return;
        }
        if (pool == null) {
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "culturebridge-audiences");
                t.setDaemon(true);
                return t;
            });
        }
        int chunks = Math.min(n, threads * 4);
        List<Future<?>> futures = new ArrayList<>(chunks);
        for (int k = 0; k < chunks; k++) {
            int lo = (int) ((long) n * k / chunks);
            int hi = (int) ((long) n * (k + 1) / chunks);
            futures.add(pool.submit(() -> b.run(lo, hi)));
        }
        try {
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("audience step interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("audience step failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Supply of the partner's content in each market: quality-weighted titles in release over
     * the saturation number (at most 1), net of the market's cultural discount, plus festival
     * boosts of the stage, plus the unofficial channel;
     * capped at 2 (a market can be more than saturated during a festival).
     */
    void updateSupply(int step) {
        var month = calendar.month(step);
        for (int c = 0; c < 2; c++) {
            for (Medium m : Medium.values()) {
                double s;
                if (!Double.isNaN(fixedSupply)) {
                    s = fixedSupply;
                } else {
                    // released titles reach the audience net of the market's cultural discount
                    // (Hoskins & Mirus 1988): the same titles draw fewer viewers where the
                    // partner's culture is less appealing
                    // (released supply saturates at 1: more titles than the saturation number add nothing)
                    s = Math.min(1.0, content.releasedSupply(c, m, step, params.getSaturationTitles()))
                            * (1 - country(c).culturalDiscount())
                            + policyState.festivalBoost(c, m, month)
                            + params.getUnofficialAvailability();
                    s = Math.min(2.0, s);
                }
                supply[c][m.ordinal()] = s;
            }
        }
    }

    /**
     * Tells {@code timer} when the parts of every following step begin and end (null: nobody).
     * For the {@code bench} command; the timer is not saved in checkpoints.
     */
    public void setStepTimer(StepTimer timer) {
        this.timer = timer;
    }

    private void enter(StepTimer.Part part) {
        if (timer != null) timer.enter(part);
    }

    private void exit(StepTimer.Part part) {
        if (timer != null) timer.exit(part);
    }

    /**
     * The performance floor: one pass of the bare loop over the audience state (same arrays,
     * same threads, one random draw per agent), for the {@code bench} command's comparison.
     */
    public void stepBareLoop(long step) {
        BareLoop loop = new BareLoop(audiences, streams, step);
        enter(StepTimer.Part.FLOOR_LOOP);
        runParallel(loop::step, audiences.size());
        exit(StepTimer.Part.FLOOR_LOOP);
        enter(StepTimer.Part.FLOOR_COMMIT);
        audiences.commit(step, ranges());
        exit(StepTimer.Part.FLOOR_COMMIT);
    }

    // ------------------------------------------------------------------ studios' decisions

    private void makeSlate(Studio st, int step) {
        int home = st.country;
        int partner = 1 - home;
        Stage stage = policyState.active();
        double tension = climate.tension();
        for (Medium m : Medium.values()) {
            int n = poisson(params.getTitlesPerStudioQuarter(), random);
            for (int k = 0; k < n; k++) {
                double sigma = params.getQualitySigma();
                double quality = PortableMath.exp(st.capability + sigma * random.nextGaussian() - sigma * sigma / 2);
                boolean copro = stage.coproductionAllowed(m) && random.nextDouble() < params.getCoproductionPropensity();
                if (copro) {
                    makeCoproduction(st, m, quality, step, tension);
                    continue;
                }
                Title t = content.create(home, false, m, quality, step, st.index, -1, home, featuredCity(home));
                content.release(t, home, step, domesticRevenue(home, quality));
                maybeExport(st, t, partner, step);
            }
        }
    }

    private void makeCoproduction(Studio lead, Medium m, double quality, int step, double tension) {
        int home = lead.country;
        int partner = 1 - home;
        int perCountry = params.getStudiosPerCountry();
        Studio other = studios.get(partner * perCountry + random.nextInt(perCountry));
        int featured = random.nextBoolean() ? home : partner;
        Title t = content.create(home, true, m, quality, step, lead.index, other.index, featured, featuredCity(featured));
        // Counted as domestic in both markets (treaty in force since 1 Sep 2014): no quota,
        // no export cost; still exposed to informal blocking in the partner market.
        content.release(t, home, step, domesticRevenue(home, quality));
        double block = country(partner).informalBlocking()
                ? Regulator.blockingProbability(tension, params.getBlockingMidpoint(), params.getBlockingSteepness()) : 0;
        if (block > 0 && random.nextDouble() < block) {
            content.refuse(t, partner, MarketStatus.BLOCKED);
        } else {
            content.release(t, partner, step, domesticRevenue(partner, quality));
        }
    }

    private void maybeExport(Studio st, Title t, int partner, int step) {
        int quota = policyState.quota(partner, t.medium);
        if (quota <= 0) return;
        Regulator r = regulators[partner];
        // a quota slot must be within reach before the title would be withdrawn
        long reachable = (long) quota * params.getQueueExpiryQuarters();
        if (quota != Stage.UNLIMITED && r.queued(t.medium) >= reachable) return;
        Country p = country(partner);
        double expected = st.expectedForeignReturn(t.medium, t.quality, params.getForeignRevenueShare(),
                p.marketSize(), p.culturalDiscount());
        // fixed cost in units of a mean title's revenue in the destination market: marketing and
        // distribution scale with the market (design choice; a flat cost shut small markets out)
        if (expected <= params.getExportFixedCost() * p.marketSize()) return;
        st.countExport(t.medium);
        r.submit(this, t, step);
    }

    /**
     * Releases an approved export: the foreign studio earns share x size x (1 - discount) x
     * quality x X x demand, where X is the Pareto draw and demand = 0.5 + the market's adopter
     * share of that medium (familiar audiences buy more); the studio learns X x demand.
     */
    public void releaseExport(Title t, int market, int step) {
        Country p = country(market);
        double demand = 0.5 + audiences.adopters(market, t.medium) / (double) audiences.blockSize(market);
        double realised = ContentMarket.paretoMeanOne(params.getRevenueTailIndex(), random) * demand;
        double revenue = params.getForeignRevenueShare() * p.marketSize() * (1 - p.culturalDiscount()) * t.quality * realised;
        content.release(t, market, step, revenue);
        studios.get(t.studio).learn(t.medium, realised, params.getExportLearningRate());
    }

    private double domesticRevenue(int market, double quality) {
        return country(market).marketSize() * quality * ContentMarket.paretoMeanOne(params.getRevenueTailIndex(), random);
    }

    private int featuredCity(int c) {
        List<City> cities = country(c).cities();
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

    static void shuffle(int[] a, MersenneTwisterFast random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
