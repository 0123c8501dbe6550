package culturebridge.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Lets Commons Math distributions draw from the model's {@code state.random}, never from
 * their own clock-seeded default generator (the determinism rule of design.md).
 */
public final class MersenneAdapter implements RandomGenerator, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final MersenneTwisterFast random;

    public MersenneAdapter(MersenneTwisterFast random) { this.random = random; }

    @Override public void setSeed(int seed) { random.setSeed(seed); }
    @Override public void setSeed(int[] seed) { random.setSeed(seed); }
    @Override public void setSeed(long seed) { random.setSeed(seed); }
    @Override public void nextBytes(byte[] bytes) { random.nextBytes(bytes); }
    @Override public int nextInt() { return random.nextInt(); }
    @Override public int nextInt(int n) { return random.nextInt(n); }
    @Override public long nextLong() { return random.nextLong(); }
    @Override public boolean nextBoolean() { return random.nextBoolean(); }
    @Override public float nextFloat() { return random.nextFloat(); }
    @Override public double nextDouble() { return random.nextDouble(); }
    @Override public double nextGaussian() { return random.nextGaussian(); }
}
