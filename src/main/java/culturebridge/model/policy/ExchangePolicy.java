package culturebridge.model.policy;

import culturebridge.model.opinion.NewsEvent;
import java.util.List;

/**
 * A staged exchange policy as read from a scenario: the ordered stages, the rollback rules,
 * the political shocks that feed tension, the travel regimes and epidemics, and the dated
 * events in each public's news about the partner ({@link NewsEvent}). Immutable;
 * the running state is in {@link PolicyState}.
 *
 * <p>The stages form one path or two. Joint stages ({@link Stage#JOINT}) are one path that both
 * governments walk together. In a two-sided policy every stage belongs to one country's path
 * (listed in {@code stages} one side after the other, each path in its own order) and sets that
 * country's levers; a stage may wait for the partner's step ({@link StageEntry#requires()}), and a
 * rollback on one path may bring a response on the other ({@link RollbackRule#response()}).
 */
public record ExchangePolicy(List<Stage> stages, List<RollbackRule> rollbacks, List<Shock> shocks,
                             TravelPolicy travel, List<NewsEvent> news) implements java.io.Serializable {

    public ExchangePolicy {
        if (stages.isEmpty()) throw new IllegalArgumentException("a policy needs at least one stage");
        stages = List.copyOf(stages);
        rollbacks = List.copyOf(rollbacks);
        shocks = List.copyOf(shocks);
        if (travel == null) travel = TravelPolicy.NONE;
        news = news == null ? List.of() : List.copyOf(news);
        checkPaths(stages, rollbacks);
    }

    private static void checkPaths(List<Stage> stages, List<RollbackRule> rollbacks) {
        boolean joint = stages.get(0).side() == Stage.JOINT;
        boolean[] seen = new boolean[2];
        for (Stage s : stages) {
            if ((s.side() == Stage.JOINT) != joint) {
                throw new IllegalArgumentException("stage '" + s.name() + "': a policy's stages are all joint or all of one side");
            }
            if (joint) continue;
            boolean first = !seen[s.side()];
            seen[s.side()] = true;
            if (first != (s.entry() == null)) {
                throw new IllegalArgumentException("stage '" + s.name() + "': only the first stage of a path has no entry");
            }
        }
        if (!joint && !(seen[0] && seen[1])) throw new IllegalArgumentException("a two-sided policy needs stages on both sides");
        for (Stage s : stages) {
            String req = s.entry() == null ? null : s.entry().requires();
            if (req == null) continue;
            int k = indexOf(stages, req);
            if (joint || k < 0 || stages.get(k).side() == s.side()) {
                throw new IllegalArgumentException("stage '" + s.name() + "' requires '" + req + "', which is not a partner's stage");
            }
        }
        for (RollbackRule r : rollbacks) {
            if (r.response() != null && (joint || stages.get(r.response().toStage()).side() == stages.get(r.toStage()).side())) {
                throw new IllegalArgumentException("a rollback's response must return the partner's path");
            }
        }
    }

    private static int indexOf(List<Stage> stages, String name) {
        for (int i = 0; i < stages.size(); i++) if (stages.get(i).name().equals(name)) return i;
        return -1;
    }

    /** Whether the stages form two paths, one per country, rather than one joint path. */
    public boolean twoSided() { return stages.get(0).side() != Stage.JOINT; }

    /**
     * The paths: one (every stage, joint) or two (country 0's stages, then country 1's), each a
     * list of indices into {@link #stages()} in path order.
     */
    public List<List<Integer>> paths() {
        if (!twoSided()) {
            List<Integer> all = new java.util.ArrayList<>();
            for (int i = 0; i < stages.size(); i++) all.add(i);
            return List.of(List.copyOf(all));
        }
        List<List<Integer>> out = new java.util.ArrayList<>();
        for (int c = 0; c < 2; c++) {
            List<Integer> path = new java.util.ArrayList<>();
            for (int i = 0; i < stages.size(); i++) if (stages.get(i).side() == c) path.add(i);
            out.add(List.copyOf(path));
        }
        return List.copyOf(out);
    }

    /** A policy without events in the publics' news. */
    public ExchangePolicy(List<Stage> stages, List<RollbackRule> rollbacks, List<Shock> shocks, TravelPolicy travel) {
        this(stages, rollbacks, shocks, travel, List.of());
    }

    /** A policy without travel regimes (visas required, group tours allowed throughout). */
    public ExchangePolicy(List<Stage> stages, List<RollbackRule> rollbacks, List<Shock> shocks) {
        this(stages, rollbacks, shocks, TravelPolicy.NONE);
    }

    /** The same policy with another travel side. */
    public ExchangePolicy withTravel(TravelPolicy t) {
        return new ExchangePolicy(stages, rollbacks, shocks, t, news);
    }

    /** The same policy with other events in the publics' news. */
    public ExchangePolicy withNews(List<NewsEvent> n) {
        return new ExchangePolicy(stages, rollbacks, shocks, travel, n);
    }

    /** Index of the stage with this name, or -1. */
    public int stageIndex(String name) {
        return indexOf(stages, name);
    }
}
