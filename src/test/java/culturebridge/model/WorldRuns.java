package culturebridge.model;

import culturebridge.output.MonthlyCollector;
import culturebridge.output.MonthlySeries;

/** Runs a world to its end and returns its monthly series (test helper). */
public final class WorldRuns {
    private WorldRuns() {}

    public static MonthlySeries run(Setup setup, long seed, int threads) {
        World w = new World(setup, seed);
        w.setThreads(threads);
        var collector = MonthlyCollector.attachOnStart(w);
        w.start();
        while (w.schedule.getSteps() < w.calendar().steps()) w.schedule.step(w);
        w.finish();
        return collector.get().series(seed);
    }

    /** Starts a world and steps it to the end, returning it for inspection. */
    public static World runWorld(Setup setup, long seed) {
        World w = new World(setup, seed);
        MonthlyCollector.attachOnStart(w);
        w.start();
        while (w.schedule.getSteps() < w.calendar().steps()) w.schedule.step(w);
        return w;
    }
}
