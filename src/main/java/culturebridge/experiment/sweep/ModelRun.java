package culturebridge.experiment.sweep;

import culturebridge.experiment.Replicates;
import culturebridge.model.Setup;
import culturebridge.output.MonthlySeries;

/**
 * The model itself as a sweep's run: a fresh {@link culturebridge.model.World} per run, stepped
 * to the end of its calendar on one thread ({@link Replicates#run}); parallelism comes from
 * running many runs at once, which scales better than splitting the agents of small worlds.
 */
public final class ModelRun implements RunWork {
    private static final long serialVersionUID = 1L;

    @Override
    public MonthlySeries run(Setup setup, RunKey key) {
        return Replicates.run(setup, key.replicate(), key.seed(), 1, null).series();
    }
}
