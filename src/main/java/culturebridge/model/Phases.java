package culturebridge.model;

import culturebridge.model.agent.AudienceBehaviour;
import culturebridge.model.agent.Audiences;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The phases of a week, each run at its own ordering of the schedule ({@link World#start}).
 */
final class Phases {
    private Phases() {}

    // The phases are static and act on the state the schedule passes them, not on the world
    // that scheduled them: a world that adopts a forked world's schedule (start() with a
    // warm-up) then steps itself.

    /** Environment: political tension for this week's date. */
    static final class Environment implements Steppable {
        private static final long serialVersionUID = 1L;
        @Override public void step(SimState s) {
            WorldState w = ((World) s).state();
            java.time.LocalDate date = w.calendar.date(s.schedule.getSteps());
            w.climate.update(date, w.params.getBaselineTension(), w.params.getRiskPerceptionYears(),
                    w.params.getRiskAdaptationYears());
            w.news.update(date);
        }
    }

    /** Policy: monthly stage and rollback check on last month's metrics. */
    static final class Policy implements Steppable {
        private static final long serialVersionUID = 1L;
        @Override public void step(SimState s) {
            WorldState w = ((World) s).state();
            w.policyState.step(s.schedule.getSteps(), w.observations);
        }
    }

    /** Studios: slates at the start of each quarter, in random order. */
    static final class Studios implements Steppable {
        private static final long serialVersionUID = 1L;
        @Override public void step(SimState s) {
            WorldState w = ((World) s).state();
            long step = s.schedule.getSteps();
            if (w.calendar.startsQuarter(step)) w.market.slates(w, s.random, (int) step);
        }
    }

    /** Regulators: approvals within quota, market by market. */
    static final class Regulators implements Steppable {
        private static final long serialVersionUID = 1L;
        @Override public void step(SimState s) {
            WorldState w = ((World) s).state();
            w.market.regulate(w, s.random, (int) s.schedule.getSteps());
        }
    }

    /** Audiences: adoption and attitude, synchronous, in parallel chunks. */
    static final class Audience implements Steppable {
        private static final long serialVersionUID = 1L;
        @Override public void step(SimState s) {
            World world = (World) s;
            WorldState w = world.state();
            long step = s.schedule.getSteps();
            w.updateSupply((int) step, world.fixedSupply());
            AudienceBehaviour b = new AudienceBehaviour(w.audiences, w.params, w.streams, step, w.supply, w.news,
                    w.trips.weekInputs(world, (int) step));
            StepTimer timer = world.timer();
            timer.enter(StepTimer.Part.AUDIENCE_STEP);
            world.ranges().run(w.audiences.size(), Audiences.PARALLEL_MIN_AGENTS, b::step);
            timer.exit(StepTimer.Part.AUDIENCE_STEP);
            timer.enter(StepTimer.Part.COMMIT);
            w.audiences.commit(step, world.ranges());
            timer.exit(StepTimer.Part.COMMIT);
        }
    }

    /** Tourists: returns, departures (destination, channel), positions on the map. */
    static final class Tourists implements Steppable {
        private static final long serialVersionUID = 1L;
        @Override public void step(SimState s) {
            World world = (World) s;
            StepTimer timer = world.timer();
            timer.enter(StepTimer.Part.TRAVEL);
            world.state().trips.step(world, (int) s.schedule.getSteps(), world.state().streams);
            timer.exit(StepTimer.Part.TRAVEL);
        }
    }
}
