package culturebridge.scenario;

import culturebridge.model.Setup;
import java.nio.file.Path;

/**
 * A loaded and validated scenario: the world set-up it describes plus what a run's manifest
 * needs to say where it came from.
 *
 * @param setup       countries, period, staged exchange policy and parameters
 * @param seed        the file's default random seed, or null (the command line's seed wins)
 * @param file        the scenario file as given
 * @param sha256      SHA-256 of the file's bytes, lower-case hex (provenance)
 * @param description the file's free-text description, empty if none
 * @param levers      the arm's baseline arm and declared levers, or null for a scenario that
 *                    names no baseline
 */
public record Scenario(Setup setup, Long seed, Path file, String sha256, String description, Levers levers) {

    /** The same scenario started from its initial conditions instead of its warm-up. */
    public Scenario withoutWarmup() {
        return new Scenario(setup.withoutWarmup(), seed, file, sha256, description, levers);
    }
}
