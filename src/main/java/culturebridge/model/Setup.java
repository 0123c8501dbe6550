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
 */
public record Setup(String name, YearMonth start, int months, List<Country> countries,
                    ExchangePolicy policy, Params params) implements java.io.Serializable {

    public Setup {
        if (countries.size() != 2) throw new IllegalArgumentException("exactly two countries are needed, got " + countries.size());
        countries = List.copyOf(countries);
    }

    /** The calendar of this setup. */
    public SimCalendar calendar() { return new SimCalendar(start, months); }

    /** A copy whose parameters can be changed without touching this one. */
    public Setup withParams(Params p) { return new Setup(name, start, months, countries, policy, p); }
}
