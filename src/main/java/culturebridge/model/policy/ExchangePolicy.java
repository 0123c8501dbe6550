package culturebridge.model.policy;

import culturebridge.model.opinion.NewsEvent;
import java.util.List;

/**
 * A staged exchange policy as read from a scenario: the ordered stages, the rollback rules,
 * the political shocks that feed tension, the travel regimes and epidemics, and the dated
 * events in each public's news about the partner ({@link NewsEvent}). Immutable;
 * the running state is in {@link PolicyState}.
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
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).name().equals(name)) return i;
        }
        return -1;
    }
}
