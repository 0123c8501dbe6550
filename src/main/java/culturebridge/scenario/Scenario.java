package culturebridge.scenario;

import culturebridge.model.Params;
import culturebridge.model.Setup;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

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
 * @param posterior   the posterior file the scenario names (its own {@code posterior:}, else an
 *                    included file's, else its warm-up's), or null
 * @param drawn       the parameters a posterior draw may set in this scenario: those it takes
 *                    from included files and does not set itself ({@code params:}, {@code --set})
 *                    nor declare as a lever
 * @param warmupDrawn the same for its warm-up (empty without one)
 */
public record Scenario(Setup setup, Long seed, Path file, String sha256, String description, Levers levers,
                       Path posterior, Set<String> drawn, Set<String> warmupDrawn) {

    public Scenario {
        drawn = Set.copyOf(drawn);
        warmupDrawn = Set.copyOf(warmupDrawn);
    }

    /** The same scenario started from its initial conditions instead of its warm-up. */
    public Scenario withoutWarmup() {
        return new Scenario(setup.withoutWarmup(), seed, file, sha256, description, levers, posterior, drawn, Set.of());
    }

    /**
     * The scenario with a posterior draw's values in place of the point values of the
     * parameters it may set ({@link #drawn()}, and {@link #warmupDrawn()} in its warm-up); the
     * draw's other parameters are left as the scenario has them.
     */
    public Scenario withDraw(Posterior.Draw draw) {
        Setup warm = setup.warmup();
        if (warm != null) warm = warm.withParams(applied(warm.params(), draw.values(), warmupDrawn));
        Setup s = new Setup(setup.name(), setup.start(), setup.months(), setup.countries(), setup.policy(),
                applied(setup.params(), draw.values(), drawn), warm);
        return new Scenario(s, seed, file, sha256, description, levers, posterior, drawn, warmupDrawn);
    }

    /** The parameters of a draw that this scenario (or its warm-up) takes: the rest keep the scenario's values. */
    public Set<String> takenFrom(Posterior p) {
        java.util.TreeSet<String> taken = new java.util.TreeSet<>();
        for (String name : p.parameters()) if (drawn.contains(name) || warmupDrawn.contains(name)) taken.add(name);
        return taken;
    }

    private static Params applied(Params base, Map<String, String> values, Set<String> names) {
        Params p = base.copy();
        for (Map.Entry<String, String> v : values.entrySet()) {
            if (names.contains(v.getKey())) ParamsBinder.set(p, v.getKey(), v.getValue());
        }
        return p;
    }
}
