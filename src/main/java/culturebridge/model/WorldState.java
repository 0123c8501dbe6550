package culturebridge.model;

import culturebridge.model.agent.Audiences;
import culturebridge.model.agent.Trips;
import culturebridge.model.content.ContentMarket;
import culturebridge.model.market.Market;
import culturebridge.model.opinion.PublicNews;
import culturebridge.model.market.MarketConditions;
import culturebridge.model.policy.Observations;
import culturebridge.model.policy.PolicyState;
import ec.util.MersenneTwisterFast;
import sim.field.continuous.Continuous2D;

/**
 * Everything the simulated world has become at a moment, apart from MASON's schedule and random
 * stream: the set-up and live parameters, the calendar, the audiences, the studios and
 * regulators, the titles, the political climate, the exchange policy's state, the audience
 * phase's random streams, this week's content supply, the tourists and the trip record.
 *
 * <p>It is one object so that a policy arm forked from a warm-up takes the warm-up's end state
 * whole ({@link World#continueAs}): nothing is copied field by field, and what an arm changes
 * is re-bound in one place ({@link #continueAs}).
 */
public final class WorldState implements MarketConditions, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    Setup setup;
    /** The live parameters; the inspector edits these and changes apply from the next step. */
    Params params;
    SimCalendar calendar;
    Audiences audiences;
    Market market;
    ContentMarket content;
    Climate climate;
    /** Each public's news about the partner this week (7.15). */
    PublicNews news;
    PolicyState policyState;
    StreamRandom streams;
    /** Supply of the partner's content by market and medium this week ({@link #updateSupply}). */
    final double[][] supply = new double[2][Medium.COUNT];
    /** The collector, whose months the policy's conditions read; kept in checkpoints with the state. */
    Observations observations = Observations.NONE;
    MapFrame map;
    Continuous2D tourists;
    Trips trips;
    TripLog tripLog;

    WorldState(Setup setup) {
        this.setup = setup;
        this.params = setup.params().copy();
        this.calendar = setup.calendar();
    }

    /**
     * Builds the initial state of a run from the set-up, drawing from {@code random} in a fixed
     * order (streams, population); the travel phase is added by the world ({@link Trips} reads it).
     */
    void build(MersenneTwisterFast random) {
        streams = new StreamRandom(random.nextLong());
        climate = new Climate(setup.policy().shocks());
        news = new PublicNews(setup.policy().news());
        policyState = new PolicyState(setup.policy(), calendar);
        content = new ContentMarket();
        audiences = Population.build(params, setup.countries(), random);
        market = new Market(setup.countries(), params.getStudiosPerCountry());
        map = new MapFrame(setup.countries());
        tourists = new Continuous2D(1.0, map.width(), map.height());
        tripLog = new TripLog(calendar.steps(), new int[] {country(0).cities().size(), country(1).cities().size()});
    }

    /**
     * Re-binds what a policy arm changes in a warmed-up state: its set-up, calendar (continuing
     * the weekly grid), parameters, climate (its baseline tension and its own shocks), exchange
     * policy, the exogenous country values the audiences carry (population, median income), the
     * map of its country table, a trip record long enough for its months, and each public's
     * news from the arm's events (which may repeat the history's, so that their pressure fades on
     * as it would have). Attitudes and norms are not re-anchored. Everything else continues as
     * the warm-up left it. The travel phase is re-anchored by the caller.
     */
    void continueAs(Setup arm) {
        calendar = calendar.continuation(arm.start(), arm.months());
        setup = arm;
        params = arm.params().copy();
        // the arm's baseline tension is the climate at its start, which the history's shocks
        // have already shaped: carrying them on would count them twice
        climate = new Climate(arm.policy().shocks());
        news = new PublicNews(arm.policy().news());
        policyState = new PolicyState(arm.policy(), calendar);
        for (int c = 0; c < 2; c++) {
            audiences.setPopulation(c, country(c).population());
            audiences.setIncomeMedian(c, country(c).incomeMedianUsd());
        }
        map = new MapFrame(arm.countries());
        tripLog = tripLog.extendedTo(calendar.steps());
        // observations stay the warm-up's collector: the arm's collector takes over from it
    }

    @Override public Params params() { return params; }
    @Override public Country country(int c) { return setup.countries().get(c); }
    @Override public PolicyState policyState() { return policyState; }
    @Override public double tension() { return climate.tension(); }
    @Override public ContentMarket content() { return content; }
    @Override public int quarterIndex(int step) { return calendar.quarterIndex(step); }

    @Override
    public double adopterShare(int market, Medium m) {
        return audiences.adopters(market, m) / (double) audiences.blockSize(market);
    }

    /**
     * Supply of the partner's content in each market: quality-weighted titles in release over
     * the saturation number (at most 1), net of the market's cultural discount, plus festival
     * boosts of the stage, plus the unofficial channel; capped at 2 (a market can be more than
     * saturated during a festival). A number for {@code fixed} replaces all of it (verification).
     */
    void updateSupply(int step, double fixed) {
        var month = calendar.month(step);
        for (int c = 0; c < 2; c++) {
            for (Medium m : Medium.values()) {
                double s;
                if (!Double.isNaN(fixed)) {
                    s = fixed;
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
}
