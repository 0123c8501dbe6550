package culturebridge.model.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The documented outbound travel of each country of a scenario, year by year: all trips
 * abroad of its people (CNTA/MCT and China Tourism Academy for China, KTO departures of
 * nationals for Korea) and the trips of those that went to Japan (JNTO arrivals), the one
 * outside destination named. Read from {@code data/outbound_totals.csv}; the scenario says
 * which years it uses (years of border closures are left to the epidemics).
 *
 * <p>Between years the series is interpolated linearly between mid-years (1 July), so that a
 * year's mean is close to its documented total; before the first and after the last year used
 * it stays at that year's value (the last documented year is carried forward).
 *
 * @param totals per country index: year to all outbound trips per year
 * @param japan  per country index: year to trips to Japan per year (may be empty)
 */
public record OutboundSeries(List<SortedMap<Integer, Double>> totals, List<SortedMap<Integer, Double>> japan)
        implements java.io.Serializable {

    public OutboundSeries {
        if (totals.size() != 2 || japan.size() != 2) throw new IllegalArgumentException("one series per country of the pair");
        totals = List.of(new TreeMap<>(totals.get(0)), new TreeMap<>(totals.get(1)));
        japan = List.of(new TreeMap<>(japan.get(0)), new TreeMap<>(japan.get(1)));
    }

    /** No documented outbound series: the country tables' growth rates drive travel. */
    public static final OutboundSeries NONE = new OutboundSeries(List.of(new TreeMap<>(), new TreeMap<>()),
            List.of(new TreeMap<>(), new TreeMap<>()));

    /** Whether country c's outbound trips are documented (then they drive its travel). */
    public boolean covers(int c) {
        return !totals.get(c).isEmpty();
    }

    /** Country c's outbound trips per year on a date (interpolated between mid-years). */
    public double total(int c, LocalDate d) {
        return interpolate(totals.get(c), d);
    }

    /**
     * Japan's share of country c's outbound trips on a date: the documented ratio of the two
     * series in the years where both are given, interpolated like the totals; 0 without data.
     */
    public double japanShare(int c, LocalDate d) {
        SortedMap<Integer, Double> share = new TreeMap<>();
        for (var e : japan.get(c).entrySet()) {
            Double all = totals.get(c).get(e.getKey());
            if (all != null && all > 0) share.put(e.getKey(), e.getValue() / all);
        }
        return share.isEmpty() ? 0 : interpolate(share, d);
    }

    private static double interpolate(SortedMap<Integer, Double> byYear, LocalDate d) {
        if (byYear.isEmpty()) return 0;
        double t = d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear() - 0.5;
        int first = byYear.firstKey();
        int last = byYear.lastKey();
        if (t <= first) return byYear.get(first);
        if (t >= last) return byYear.get(last);
        int lo = byYear.headMap((int) Math.floor(t) + 1).lastKey();
        int hi = byYear.tailMap((int) Math.floor(t) + 1).firstKey();
        double f = (t - lo) / (hi - lo);
        return byYear.get(lo) * (1 - f) + byYear.get(hi) * f;
    }
}
