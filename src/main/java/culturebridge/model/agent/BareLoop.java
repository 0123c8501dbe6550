package culturebridge.model.agent;

import culturebridge.model.Medium;
import culturebridge.model.StreamRandom;

/**
 * The least work a step over the audiences can do on the same state as the model: read every
 * per-agent array the audience step reads (attitude and its anchor, adoption bits, adopting
 * ties per medium, cross-border ties, degree, income, last trip, visitor ties), draw one random
 * number, and write every array it writes (next attitude and adoption, trip probability,
 * departure), then commit. The {@code bench} command times it on the same arrays as the full
 * model, in the same run, to show how much the model's behaviour costs on top of merely
 * touching the state (the "floor").
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
        final int[] offsets = a.network.complete() ? null : a.network.offsets();
        final float[] attitude = a.attitude;
        final float[] attitude0 = a.attitude0;
        final byte[] adopted = a.adopted;
        final int[] adoptingTies = a.adoptingTies;
        final short[] crossTies = a.crossTies;
        final float[] logIncome = a.logIncome;
        final int[] lastTripStep = a.lastTripStep;
        final int[] recentVisitorTies = a.recentVisitorTies;
        final float[] attitudeNext = a.attitudeNext;
        final float[] normNext = a.normNext;
        final byte[] adoptedNext = a.adoptedNext;
        final float[] tripProbability = a.tripProbability;
        final byte[] departs = a.departs;
        for (int i = lo; i < hi; i++) {
            double u = StreamRandom.uniform(random.base(i, step), 0);
            int t0 = i * Medium.COUNT;
            int ties = adoptingTies[t0] + adoptingTies[t0 + 1] + adoptingTies[t0 + 2] + adoptingTies[t0 + 3] + crossTies[i]
                    + recentVisitorTies[i] + (offsets == null ? 0 : offsets[i + 1] - offsets[i]);
            float x = attitude[i];
            // every value read feeds what is written, so the JIT cannot drop a read; the
            // changes are too small to matter (the bench discards this state anyway)
            attitudeNext[i] = x + 0x1p-100f * (attitude0[i] + logIncome[i]);
            normNext[i] = attitude0[i];
            adoptedNext[i] = adopted[i];
            tripProbability[i] = (float) (u * 1e-9 * (ties + (step - lastTripStep[i] > 0 ? 1 : 0)));
            departs[i] = 0;
        }
    }
}
