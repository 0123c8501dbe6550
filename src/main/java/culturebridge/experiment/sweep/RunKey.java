package culturebridge.experiment.sweep;

/**
 * Which run of a sweep this is: run number {@code point * replicates + replicate}, the design
 * point, the replicate and its seed. Replicate k has the same seed at every design point
 * ({@link culturebridge.experiment.Replicates#seed}), so arms can be compared pair by pair.
 *
 * @param run       run number, from 0; outputs are ordered by it
 * @param point     design point
 * @param replicate replicate, from 0
 * @param seed      the run's seed
 */
public record RunKey(int run, int point, int replicate, long seed) implements java.io.Serializable {
}
