package culturebridge.model;

import culturebridge.model.policy.ExchangePolicy;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything a {@link World} is built from, as resolved from a scenario file: its name, the
 * simulated period, the two countries, the exchange policy and the parameters.
 *
 * @param name      scenario name (file name without extension)
 * @param start     first simulated month
 * @param months    number of simulated months
 * @param countries the two countries; index 0 is the "first" country
 * @param policy    the staged exchange policy
 * @param params    model parameters
 * @param warmup    the history this setup continues, or null: a run first steps the warm-up's
 *                  world to its end and then continues it under this setup
 *                  ({@link World#continueAs}); it must end the month before {@code start}
 */
public record Setup(String name, YearMonth start, int months, List<Country> countries,
                    ExchangePolicy policy, Params params, Setup warmup) implements java.io.Serializable {

    public Setup {
        if (countries.size() != 2) throw new IllegalArgumentException("exactly two countries are needed, got " + countries.size());
        countries = List.copyOf(countries);
        if (warmup != null && warmup.warmup() != null) throw new IllegalArgumentException("a warm-up cannot itself have a warm-up");
    }

    /** A setup that starts from its initial conditions (no warm-up). */
    public Setup(String name, YearMonth start, int months, List<Country> countries, ExchangePolicy policy, Params params) {
        this(name, start, months, countries, policy, params, null);
    }

    /** The calendar of this setup, counted from its own start (the arm's months after a warm-up). */
    public SimCalendar calendar() { return new SimCalendar(start, months); }

    /**
     * The schedule step at which this setup's own months begin: 0, or after a warm-up the
     * number of the warm-up's steps (the world's steps continue across the fork).
     */
    public int firstStep() { return warmup == null ? 0 : warmup.calendar().steps(); }

    /** A copy whose parameters can be changed without touching this one. */
    public Setup withParams(Params p) { return new Setup(name, start, months, countries, policy, p, warmup); }

    /** The same setup started from its initial conditions instead of its warm-up. */
    public Setup withoutWarmup() { return new Setup(name, start, months, countries, policy, params, null); }
}
