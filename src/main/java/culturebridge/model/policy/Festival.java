package culturebridge.model.policy;

import culturebridge.model.Medium;
import java.time.YearMonth;

/**
 * A shared festival or showcase (film week, K-culture concert in Beijing, drama awards) held
 * in one city of one country for some months. It acts four ways:
 * <ul>
 * <li>supply: for its months it adds {@code boost} to the availability of the partner's
 *     content of one medium in the market where it is held, the external "push" of the Bass
 *     model (model-literature.md §8: festival events as a temporary boost to p);</li>
 * <li>attendance: in its first week {@code attendance} persons, drawn from the agents who
 *     live within reach of the venue, attend and have direct contact with the partner's
 *     culture (Pettigrew &amp; Tropp 2006);</li>
 * <li>press: the coverage reaches a share {@code press} of the host country's public as
 *     mediated contact (Banas et al. 2020);</li>
 * <li>tourism: {@code visitors} extra trips from the partner country to the venue's country,
 *     spread over its weeks.</li>
 * </ul>
 * A festival without a city ({@code city} -1) acts on supply only.
 *
 * @param name       display name
 * @param start      first month
 * @param months     duration in months (at least 1)
 * @param market     index of the market (country) where it is held
 * @param medium     medium showcased
 * @param boost      availability added while it runs (0..1)
 * @param city       index of the venue among the market's cities (-1: no venue)
 * @param attendance persons attending (0: none)
 * @param press      share of the host country's public reached by press coverage (0..1)
 * @param visitors   extra trips from the partner country to the venue's country during it, persons
 */
public record Festival(String name, YearMonth start, int months, int market, Medium medium, double boost,
                       int city, double attendance, double press, double visitors) implements java.io.Serializable {

    public Festival {
        if (months < 1) throw new IllegalArgumentException("a festival lasts at least one month, got " + months);
        if (!(attendance >= 0) || !(visitors >= 0)) throw new IllegalArgumentException("attendance and visitors must be >= 0");
        if (!(press >= 0 && press <= 1)) throw new IllegalArgumentException("press must be a share 0-1, got " + press);
        if (city < 0 && (attendance > 0 || visitors > 0)) {
            throw new IllegalArgumentException("festival '" + name + "' has attendance or visitors but no venue city");
        }
    }

    /** A festival that acts on supply only (no venue, audience, press or tourism). */
    public Festival(String name, YearMonth start, int months, int market, Medium medium, double boost) {
        this(name, start, months, market, medium, boost, -1, 0, 0, 0);
    }

    /** Whether the festival runs in the given month. */
    public boolean runsIn(YearMonth m) {
        return !m.isBefore(start) && m.isBefore(start.plusMonths(months));
    }

    /** Whether it has a venue, and so an audience, press and tourism. */
    public boolean hasVenue() {
        return city >= 0;
    }
}
