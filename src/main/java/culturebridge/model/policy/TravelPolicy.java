package culturebridge.model.policy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The travel side of a scenario: dated regime changes per direction, epidemics, the
 * documented outbound travel of each origin with the dated changes of its outside options
 * (the destination choice of ODD 7.11), and the observed arrivals the scenario is compared
 * with (metric name such as {@code arrivals_observed.CN.KR} to monthly persons; used by
 * outputs and charts only, never by the model).
 *
 * @param regimes   regime changes in date order
 * @param epidemics epidemics
 * @param observed  observed monthly arrivals by direction column name
 * @param outbound  documented outbound trips per origin and year ({@link OutboundSeries#NONE}: none)
 * @param outside   dated changes of the outside options' attractiveness, in date order
 * @param trends    drifts of the partner's attractiveness that the model does not explain
 */
public record TravelPolicy(List<TravelRegime> regimes, List<Epidemic> epidemics,
                           Map<String, SortedMap<YearMonth, Double>> observed, OutboundSeries outbound,
                           List<OutsideOption> outside, List<PartnerTrend> trends) implements java.io.Serializable {

    public TravelPolicy {
        regimes = regimes.stream().sorted(java.util.Comparator.comparing(TravelRegime::date)).toList();
        epidemics = List.copyOf(epidemics);
        observed = Map.copyOf(observed);
        if (outbound == null) outbound = OutboundSeries.NONE;
        outside = outside.stream().sorted(java.util.Comparator.comparing(OutsideOption::date)).toList();
        trends = trends == null ? List.of() : List.copyOf(trends);
    }

    /** Regimes, epidemics, observations, outbound series and outside options; no partner trends. */
    public TravelPolicy(List<TravelRegime> regimes, List<Epidemic> epidemics, Map<String, SortedMap<YearMonth, Double>> observed,
                        OutboundSeries outbound, List<OutsideOption> outside) {
        this(regimes, epidemics, observed, outbound, outside, List.of());
    }

    /** Regimes, epidemics and observations only: no outbound series, no outside options. */
    public TravelPolicy(List<TravelRegime> regimes, List<Epidemic> epidemics, Map<String, SortedMap<YearMonth, Double>> observed) {
        this(regimes, epidemics, observed, OutboundSeries.NONE, List.of(), List.of());
    }

    /** No regime changes, no epidemics, no observations: visas required, group tours allowed. */
    public static final TravelPolicy NONE = new TravelPolicy(List.of(), List.of(), Map.of());

    /**
     * Product of the factors of the outside options' changes in force on a date for
     * travellers from c toward destination {@code dest} (1 without any).
     */
    public double outsideFactor(LocalDate d, int c, OutsideOption.Destination dest) {
        double f = 1;
        for (OutsideOption o : outside) if (o.destination() == dest && o.active(d, c)) f *= o.factor();
        return f;
    }

    /** Product of the partner trends' factors on a date for travellers from c (1 without any). */
    public double trendFactor(LocalDate d, int c) {
        double f = 1;
        for (PartnerTrend t : trends) f *= t.factor(d, c);
        return f;
    }

    /** The regime in force on a date for travellers from country c. */
    public RegimeState stateOn(LocalDate d, int c) {
        Visa visa = Visa.REQUIRED;
        Visa groupVisa = Visa.REQUIRED;
        double groups = 1.0;
        for (TravelRegime r : regimes) {
            if (r.from() != c || r.date().isAfter(d)) continue;
            if (r.visa() != null) visa = r.visa();
            if (r.groupVisa() != null) groupVisa = r.groupVisa();
            if (r.groupTours() != null) groups = r.groupTours();
        }
        return new RegimeState(visa, groupVisa, groups);
    }

    /** Product of (1 - suppression) of epidemics active on a date for travellers from c. */
    public double epidemicFactor(LocalDate d, int c) {
        double f = 1;
        for (Epidemic e : epidemics) if (e.active(d, c)) f *= 1 - e.suppression();
        return f;
    }

    /** A travel regime in force: visa rules and the share of the group-tour channel open (0..1). */
    public record RegimeState(Visa visa, Visa groupVisa, double groupTours) implements java.io.Serializable {}
}
