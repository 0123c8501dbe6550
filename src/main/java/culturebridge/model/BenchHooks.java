package culturebridge.model;

import culturebridge.model.agent.Audiences;
import culturebridge.model.agent.BareLoop;

/**
 * What the {@code bench} command needs from a world beyond running it: a timer told when the
 * parts of each step begin and end, and the performance floor (the bare loop over the same
 * audience state). Neither changes what the model computes.
 */
public final class BenchHooks {
    private BenchHooks() {}

    /**
     * Tells {@code timer} when the parts of every following step of {@code w} begin and end
     * (null: nobody). The timer is not saved in checkpoints.
     */
    public static void setStepTimer(World w, StepTimer timer) {
        w.setTimer(timer);
    }

    /**
     * The performance floor: one pass of the bare loop over the audience state of {@code w}
     * (same arrays, same threads, one random draw per agent), for the {@code bench} command's
     * comparison.
     */
    public static void stepBareLoop(World w, long step) {
        Audiences audiences = w.audiences();
        BareLoop loop = new BareLoop(audiences, w.state().streams, step);
        StepTimer timer = w.timer();
        timer.enter(StepTimer.Part.FLOOR_LOOP);
        w.ranges().run(audiences.size(), Audiences.PARALLEL_MIN_AGENTS, loop::step);
        timer.exit(StepTimer.Part.FLOOR_LOOP);
        timer.enter(StepTimer.Part.FLOOR_COMMIT);
        audiences.commit(step, w.ranges());
        timer.exit(StepTimer.Part.FLOOR_COMMIT);
    }
}
