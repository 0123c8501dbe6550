package culturebridge.model.agent;

import culturebridge.model.StreamRandom;

/**
 * The least work a step over the audiences can do: read each agent's attitude and adoption
 * state, draw one random number, write the next state. The {@code bench} command times it on
 * the same arrays as the full model to show how much the model's behaviour costs on top of
 * merely touching the state (the "floor").
 */
public final class BareLoop {
    private final Audiences a;
    private final StreamRandom random;
    private final long step;

    public BareLoop(Audiences a, StreamRandom random, long step) {
        this.a = a;
        this.random = random;
        this.step = step;
    }

    /** Touches agents [lo, hi). */
    public void step(int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            double u = StreamRandom.uniform(random.base(i, step), 0);
            float x = a.attitude[i];
            // a change too small to matter, so the JIT cannot drop the loop
            a.attitudeNext[i] = u < 1e-12 ? 1 - x : x;
            a.adoptedNext[i] = a.adopted[i];
        }
    }
}
