package culturebridge.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The root of a scenario's warm-up chain: the scenario in it that has no warm-up of its own
 * (the scenario itself, or the history its {@code warmup:} names). A posterior's columns that
 * name scenario fields ({@code travel.epidemics[0].suppression}) describe the history the
 * posterior was fitted on, so a draw sets them here and never in an arm's own sections (an
 * arm's {@code travel.regimes[4]} is another regime than the history's).
 */
public final class RootScenario {
    /** Loads the root scenario again (as its chain loaded it) with changes of its document. */
    @FunctionalInterface
    interface Reload {
        Scenario with(List<DocumentOverride> changes) throws ScenarioException;
    }

    private final Path file;
    private final ScenarioDocument document;
    private final Set<String> fixed;
    private final Reload reload;

    /**
     * @param document the root's document as the loader read it, with its included files' field values
     * @param fixed    the fields the root's own changes set ({@code --set PATH=VALUE}, a sweep's
     *                 factors), which win over a draw's, as written by {@link DocumentPath#toString()}
     */
    RootScenario(ScenarioDocument document, Set<String> fixed, Reload reload) {
        this.file = document.file().toAbsolutePath().normalize();
        this.document = document;
        this.fixed = Set.copyOf(fixed);
        this.reload = reload;
    }

    /** The root scenario's file, absolute. */
    public Path file() {
        return file;
    }

    /** Whether a draw sets this field: it does unless the root's own changes ({@code --set}) set it. */
    public boolean takes(String fieldPath) {
        return !fixed.contains(DocumentPath.parse(fieldPath).toString());
    }

    /**
     * The root scenario loaded again, as its chain loaded it (an arm's warm-up with the arm's
     * population parameters), with a draw's field values, checked like any value of the file; a
     * field the root does not have is refused with the column and the root's file.
     *
     * @param values field path to value text, each a field the root {@link #takes}
     * @param draw   the draw's name, for messages
     */
    Scenario withFields(Map<String, String> values, String draw) throws ScenarioException {
        String origin = "posterior draw '" + draw + "'";
        List<DocumentOverride> changes = new ArrayList<>();
        for (Map.Entry<String, String> v : new LinkedHashMap<>(values).entrySet()) {
            String column = v.getKey();
            DocumentPath path;
            try {
                path = DocumentPath.parse(column);
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(origin, 0, 0, column, "column '" + column + "': " + e.getMessage());
            }
            if (document.textAt(path) == null) {
                throw new ScenarioException(origin, 0, 0, column, "posterior column '" + column + "' names no field of "
                        + file + ", the root scenario of this run (the scenario without a warm-up of its own, whose "
                        + "history the posterior describes); a posterior's field columns must be fields of that file");
            }
            changes.add(DocumentOverride.scalar(path, v.getValue(), new DocumentOverride.Origin(origin, 0, 0, column)));
        }
        return reload.with(changes);
    }
}
