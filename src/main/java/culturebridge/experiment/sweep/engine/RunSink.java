package culturebridge.experiment.sweep.engine;

import culturebridge.experiment.sweep.RunOutcome;
import java.io.IOException;

/**
 * Where an engine hands each finished run, at once: the sweep writes it to its per-run file
 * and moves the progress bar. Engines may call it from several threads.
 */
@FunctionalInterface
public interface RunSink {
    /**
     * Takes one finished run.
     *
     * @throws IOException if it cannot be stored; the engine then stops the sweep
     */
    void accept(RunOutcome outcome) throws IOException;
}
