package culturebridge.model;


import culturebridge.model.agent.AudienceSummary;
import culturebridge.model.agent.Audiences;
import culturebridge.model.agent.PooledRangeRunner;
import culturebridge.model.agent.RangeRunner;
import culturebridge.model.agent.Trips;
import culturebridge.model.content.ContentMarket;
import culturebridge.model.market.Regulator;
import culturebridge.model.market.Studio;
import culturebridge.model.opinion.PublicNews;
import culturebridge.model.policy.Observations;
import culturebridge.model.policy.PolicyState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import sim.engine.SimState;
import sim.field.continuous.Continuous2D;

/**
 * The simulated world: two countries exchanging cultural content under a staged exchange
 * policy. One MASON step is one week ({@link SimCalendar}). What the world has become is one
 * {@link WorldState}; this class is MASON's shell around it and the order of the phases.
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
    private static final long serialVersionUID = 2L;

    public static final int ORDER_ENVIRONMENT = 0;
    public static final int ORDER_POLICY = 1;
    public static final int ORDER_STUDIOS = 2;
    public static final int ORDER_REGULATORS = 3;
    public static final int ORDER_AUDIENCES = 4;
    public static final int ORDER_TOURISTS = 5;
    public static final int ORDER_COLLECTOR = 6;

    /** The model's state; replaced as a whole when this world continues a warm-up (see start()). */
    private WorldState state;
    private final SummaryCache summary = new SummaryCache();
    // run settings, not state: an arm keeps its own when it takes over a warm-up's state
    private int threads = 1;
    private double fixedSupply = Double.NaN;
    private transient List<Consumer<World>> startListeners = new ArrayList<>();
    /** For a setup with a warm-up: gives the warm-up's end state continued as this setup (see start()). */
    private transient Function<World, World> warmStart;
    private transient PooledRangeRunner runner;
    /** Told when the parts of each step begin and end (the {@code bench} command); null otherwise. */
    private transient StepTimer timer;

    /**
     * @param setup what to simulate
     * @param seed  the run's seed (MASON keeps 32 bits of it)
     */
    public World(Setup setup, long seed) {
        super(seed, new ArmSchedule());
        this.state = new WorldState(setup);
    }

    // ------------------------------------------------------------------ accessors

    public Setup setup() { return state.setup; }
    /** The live parameters; the inspector edits these and changes apply from the next step. */
    public Params params() { return state.params; }
    /** For MASON's model inspector. */
    public Object getParams() { return state.params; }
    public SimCalendar calendar() { return state.calendar; }
    public Country country(int c) { return state.country(c); }
    public Audiences audiences() { return state.audiences; }
    /** The studios of both countries (null before the world is started). */
    public List<Studio> studios() { return state.market == null ? null : state.market.studios(); }
    public Regulator regulator(int market) { return state.market.regulator(market); }
    public ContentMarket content() { return state.content; }
    public Climate climate() { return state.climate; }
    public PolicyState policyState() { return state.policyState; }
    /** Where the cities of both countries sit on the map's field. */
    public MapFrame map() { return state.map; }
    /** Tourists currently travelling, at their positions on the map (field coordinates). */
    public Continuous2D tourists() { return state.tourists; }
    /** The record of trips so far. */
    public TripLog tripLog() { return state.tripLog; }
    /** The travel phase (tourists away, reference values). */
    public Trips trips() { return state.trips; }
    /** Supply of the partner's medium-m content in a market this week (see {@link WorldState#updateSupply}). */
    public double supply(int market, Medium m) { return state.supply[market][m.ordinal()]; }
    WorldState state() { return state; }

    /** Threads for the audience phase (results are identical for any count). */
    public void setThreads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.threads = threads;
        if (runner != null && runner.threads() != threads) {
            runner.close();
            runner = null;
        }
    }

    public int threads() { return threads; }

    /**
     * Fixes the supply of every medium in both markets (verification only: the Bass docking
     * test runs with constant supply). NaN restores the modelled supply.
     */
    public void setFixedSupply(double s) { this.fixedSupply = s; }

    /** Where the policy reads last month's metrics; set by the collector. */
    public void setObservations(Observations o) { state.observations = o == null ? Observations.NONE : o; }

    /** Where the policy reads last month's metrics (the collector in a run, restored with a checkpoint). */
    public Observations observations() { return state.observations; }

    /** Called at the end of {@link #start()}, e.g. to schedule the collector. */
    public void addStartListener(Consumer<World> l) {
        if (startListeners == null) startListeners = new ArrayList<>();
        startListeners.add(l);
    }

    /** Population aggregates of the current state (see {@link SummaryCache}). */
    public AudienceSummary summary() { return summary.get(state.audiences, currentStep(), ranges()); }

    /** Soft power of country c among the partner's people now. */
    public SoftPowerIndex softPower(int c) { return SoftPowerIndex.of(this, c); }

    /** Each public's news about the partner this week. */
    public PublicNews news() { return state.news; }

    /** The step being run (or about to run). */
    public int currentStep() { return (int) schedule.getSteps(); }

    /**
     * This world's {@link RangeRunner}: its audience threads. Used by the phases that pass
     * over all agents (the audience step and commit, the travel phase's sums, the summary).
     */
    public RangeRunner ranges() {
        if (runner == null) runner = new PooledRangeRunner(threads);
        return runner;
    }

    double fixedSupply() { return fixedSupply; }

    void setTimer(StepTimer timer) { this.timer = timer; }

    StepTimer timer() { return timer == null ? StepTimer.NONE : timer; }

    // ------------------------------------------------------------------ start, forks, finish

    /**
     * Where {@link #start()} gets its state when the setup has a warm-up: a function from this
     * world (its setup, seed and threads) to a world at the end of the warm-up continued as this
     * setup ({@link #continueAs}); the experiment layer provides it from its checkpoints.
     */
    public void setWarmStart(Function<World, World> warmStart) { this.warmStart = warmStart; }

    @Override
    public void start() {
        if (state.setup.warmup() != null) {
            startWarm();
            return;
        }
        super.start();
        summary.clear();
        state.build(random);
        state.trips = new Trips(this);
        schedule.scheduleRepeating(0, ORDER_ENVIRONMENT, new Phases.Environment(), 1);
        schedule.scheduleRepeating(0, ORDER_POLICY, new Phases.Policy(), 1);
        schedule.scheduleRepeating(0, ORDER_STUDIOS, new Phases.Studios(), 1);
        schedule.scheduleRepeating(0, ORDER_REGULATORS, new Phases.Regulators(), 1);
        schedule.scheduleRepeating(0, ORDER_AUDIENCES, new Phases.Audience(), 1);
        schedule.scheduleRepeating(0, ORDER_TOURISTS, new Phases.Tourists(), 1);
        notifyStarted();
    }

    /**
     * Start of a setup with a warm-up: this world takes over the random stream, schedule and
     * state of the warm-up's end state continued as its setup, then its start listeners run
     * (they see a world whose schedule is at the arm's first step).
     */
    private void startWarm() {
        if (warmStart == null) {
            throw new IllegalStateException("scenario '" + state.setup.name() + "' continues the warm-up '"
                    + state.setup.warmup().name() + "'; start it through culturebridge.experiment.Warmups, or without its warm-up");
        }
        World f = warmStart.apply(this);
        random = f.random;
        schedule = f.schedule;
        state = f.state;
        if (schedule instanceof ArmSchedule s) s.countFrom(state.calendar.firstStep());
        summary.clear();
        notifyStarted();
    }

    private void notifyStarted() {
        if (startListeners != null) {
            for (Consumer<World> l : startListeners) l.accept(this);
        }
    }

    /**
     * Continues this world, stepped to the end of its calendar (a warm-up), as a policy arm:
     * everything the agents, studios, regulators and the content market have become stays
     * (attitudes, adoption, ties, trips and recent visitors, titles in release and in review,
     * studios' learning, the random streams), and from the next step the arm's setup drives it
     * ({@link WorldState#continueAs}); the travel phase is re-anchored to the arm's country
     * table ({@link Trips#anchor}).
     *
     * <p>The caller attaches a collector for the arm's months, which takes over from the
     * warm-up's ({@code MonthlyCollector.attach}).
     *
     * @throws IllegalArgumentException if the arm cannot continue this world ({@link Fork#conflict})
     * @throws IllegalStateException    if this world has not reached the end of its calendar
     */
    public void continueAs(Setup arm) {
        String conflict = Fork.conflict(state.setup, arm);
        if (conflict != null) throw new IllegalArgumentException(conflict);
        if (schedule.getSteps() != state.calendar.steps()) {
            throw new IllegalStateException("a world can be forked only at the end of its calendar (step " + state.calendar.steps()
                    + "), it is at step " + schedule.getSteps());
        }
        state.continueAs(arm);
        state.trips.anchor(this);
        summary.clear();
    }

    /**
     * After a checkpoint is read: the transient parts come back empty. The threads are recreated
     * on first use; start listeners belong to the run that registered them (a resumed world is
     * not started again, its collector comes with it).
     */
    @Override
    public void awakeFromCheckpoint() {
        super.awakeFromCheckpoint();
        startListeners = new ArrayList<>();
        runner = null;
        if (state.observations == null) state.observations = Observations.NONE;
        summary.restore(state.audiences);
    }

    @Override
    public void finish() {
        super.finish();
        if (runner != null) {
            runner.close();
            runner = null;
        }
    }
}
