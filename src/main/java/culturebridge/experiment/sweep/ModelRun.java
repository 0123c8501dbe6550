package culturebridge.experiment.sweep;

import culturebridge.experiment.Replicates;
import culturebridge.experiment.Warmups;
import culturebridge.model.Setup;
import culturebridge.output.MonthlySeries;
import java.nio.file.Path;

/**
 * The model itself as a sweep's run: a fresh {@link culturebridge.model.World} per run, stepped
 * to the end of its calendar on one thread ({@link Replicates#run}); parallelism comes from
 * running many runs at once, which scales better than splitting the agents of small worlds.
 */
public final class ModelRun implements RunWork {
    private static final long serialVersionUID = 1L;

    /** The folder of warm-up checkpoints, as text (a Path does not serialize to Spark's executors); null: the standard one. */
    private final String warmupCache;

    /** Runs whose warm-ups are kept in {@link Warmups#standard()}'s folder. */
    public ModelRun() {
        this(null);
    }

    /** @param warmupCache folder of warm-up checkpoints every worker can read and write (null: the standard one) */
    public ModelRun(Path warmupCache) {
        this.warmupCache = warmupCache == null ? null : warmupCache.toString();
    }

    @Override
    public MonthlySeries run(Setup setup, RunKey key) {
        Warmups warmups = Warmups.in(warmupCache == null ? null : Path.of(warmupCache));
        return Replicates.run(warmups, setup, key.replicate(), key.seed(), 1, null, null).series();
    }
}
