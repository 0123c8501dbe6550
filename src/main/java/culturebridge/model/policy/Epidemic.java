package culturebridge.model.policy;

import java.time.LocalDate;

/**
 * An epidemic or other travel shock (MERS in Korea, June-July 2015; COVID closures from 2020):
 * between its dates it multiplies the trip hazard of the affected direction by
 * {@code 1 - suppression}.
 *
 * @param name        display name
 * @param start       first day
 * @param end         last day
 * @param from        index of the travellers' country affected, or -1 for both directions
 * @param suppression share of trips that do not happen (0..1)
 */
public record Epidemic(String name, LocalDate start, LocalDate end, int from, double suppression)
        implements java.io.Serializable {

    /** Whether it is active on a date for travellers from country {@code c}. */
    public boolean active(LocalDate d, int c) {
        return (from < 0 || from == c) && !d.isBefore(start) && !d.isAfter(end);
    }
}
