package culturebridge.scenario;

import culturebridge.model.Params;
import culturebridge.model.Setup;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
 * @param root        where a draw's field values go: the root of the warm-up chain, which this
 *                    scenario runs (itself, or its warm-up); null for a cold start of an arm,
 *                    which runs no history
 */
public record Scenario(Setup setup, Long seed, Path file, String sha256, String description, Levers levers,
                       Path posterior, Set<String> drawn, Set<String> warmupDrawn, RootScenario root) {

    public Scenario {
        drawn = Set.copyOf(drawn);
        warmupDrawn = Set.copyOf(warmupDrawn);
    }

    /** The same scenario started from its initial conditions instead of its warm-up. */
    public Scenario withoutWarmup() {
        if (setup.warmup() == null) return this;
        return new Scenario(setup.withoutWarmup(), seed, file, sha256, description, levers, posterior, drawn, Set.of(), null);
    }

    /**
     * The scenario with all of a posterior draw's values. Its parameters replace the point
     * values of those the scenario may set ({@link #drawn()}, and {@link #warmupDrawn()} in its
     * warm-up); its other parameters are left as the scenario has them. Its field columns
     * ({@code travel.epidemics[0].suppression}) describe the history the posterior was fitted
     * on and are set in the {@link #root()} of the warm-up chain, never in an arm's own
     * sections, unless the root's own {@code --set} sets them; the warm-up then differs, and
     * so does its cache key.
     *
     * @throws ScenarioException a field the root does not have (naming the column and the root's
     *                           file), a value the root refuses, or field columns on a cold start
     */
    public Scenario withDraw(Posterior.Draw draw) throws ScenarioException {
        Setup base = setup;
        Map<String, String> fields = fieldValues(draw);
        if (!fields.isEmpty()) {
            if (root == null) {
                throw new ScenarioException(file.toString(), 0, 0, "", "posterior draw '" + draw.id() + "' sets "
                        + String.join(", ", fields.keySet()) + " in the history this arm warms up on, which a cold start does "
                        + "not run; run the draws with the warm-up, or give a posterior without field columns");
            }
            Setup history = root.withFields(fields, draw.id()).setup();
            String conflict = setup.warmup() == null ? null : culturebridge.model.Fork.conflict(history, setup);
            if (conflict != null) {
                throw new ScenarioException(root.file().toString(), 0, 0, "", "posterior draw '" + draw.id() + "': " + conflict);
            }
            // an arm keeps its own set-up object for object; only its warm-up is the history with the draw's fields
            base = setup.warmup() == null ? history : new Setup(setup.name(), setup.start(), setup.months(),
                    setup.countries(), setup.policy(), setup.params(), history);
        }
        Setup warm = base.warmup();
        if (warm != null) warm = warm.withParams(applied(warm.params(), draw.values(), warmupDrawn));
        Setup s = new Setup(base.name(), base.start(), base.months(), base.countries(), base.policy(),
                applied(base.params(), draw.values(), drawn), warm);
        return new Scenario(s, seed, file, sha256, description, levers, posterior, drawn, warmupDrawn, root);
    }

    /**
     * The values of a draw that this scenario takes, in the posterior's column order:
     * parameters it (or its warm-up) may set and fields its root takes.
     */
    public Map<String, String> takenFrom(Posterior.Draw draw) {
        LinkedHashMap<String, String> taken = new LinkedHashMap<>();
        for (Map.Entry<String, String> v : draw.values().entrySet()) {
            if (takes(v.getKey())) taken.put(v.getKey(), v.getValue());
        }
        return taken;
    }

    /** The columns of a posterior that this scenario takes from a draw: the rest keep the scenario's values. */
    public Set<String> takenFrom(Posterior p) {
        TreeSet<String> taken = new TreeSet<>();
        for (String name : p.parameters()) if (takes(name)) taken.add(name);
        return taken;
    }

    private boolean takes(String column) {
        if (ScenarioLoader.isFieldPath(column)) return root == null || root.takes(column);
        return drawn.contains(column) || warmupDrawn.contains(column);
    }

    private Map<String, String> fieldValues(Posterior.Draw draw) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, String> v : draw.values().entrySet()) {
            if (ScenarioLoader.isFieldPath(v.getKey()) && takes(v.getKey())) fields.put(v.getKey(), v.getValue());
        }
        return fields;
    }

    private static Params applied(Params base, Map<String, String> values, Set<String> names) {
        Params p = base.copy();
        for (Map.Entry<String, String> v : values.entrySet()) {
            if (names.contains(v.getKey())) ParamsBinder.set(p, v.getKey(), v.getValue());
        }
        return p;
    }
}
