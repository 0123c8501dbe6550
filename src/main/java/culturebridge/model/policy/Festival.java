package culturebridge.model.policy;

import culturebridge.model.Medium;
import java.time.YearMonth;

/**
 * A shared festival or showcase (film week, K-culture concert in Beijing, drama awards):
 * for its months it adds {@code boost} to the availability of the partner's content of one
 * medium in one market, the external "push" of the Bass model (design choice after
 * model-literature.md §8: festival events as a temporary boost to p).
 *
 * @param name   display name
 * @param start  first month
 * @param months duration in months (at least 1)
 * @param market index of the market (country) where it is held
 * @param medium medium showcased
 * @param boost  availability added while it runs (0..1)
 */
public record Festival(String name, YearMonth start, int months, int market, Medium medium, double boost)
        implements java.io.Serializable {

    /** Whether the festival runs in the given month. */
    public boolean runsIn(YearMonth m) {
        return !m.isBefore(start) && m.isBefore(start.plusMonths(months));
    }
}
