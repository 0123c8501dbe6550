package culturebridge.model.policy;

import java.time.LocalDate;

/**
 * A dated change in how attractive the destinations other than the partner are to one
 * country's travellers: Japan, or the rest of the world. It multiplies that destination's
 * weight in the travellers' destination choice (a shift of {@code ln factor} in its logit
 * utility) from its date on, until its optional end. Example: China's advisory of 14 November
 * 2025 against travel to Japan (data/events.csv), which makes Japan less attractive to Chinese
 * travellers and so, with the outbound total unchanged, diverts some of them to Korea and
 * elsewhere.
 *
 * @param name        display name
 * @param date        from when it applies
 * @param end         last day it applies (null: to the end of the run)
 * @param from        index of the travellers' country
 * @param destination which outside destination changes
 * @param factor      multiplier of that destination's weight (below 1 less attractive, above 1 more)
 */
public record OutsideOption(String name, LocalDate date, LocalDate end, int from, Destination destination, double factor)
        implements java.io.Serializable {

    /** The outside destinations of the model's destination choice. */
    public enum Destination {
        /** Japan, the outside destination whose share of each origin's trips is documented (JNTO). */
        JAPAN,
        /** Every other destination abroad. */
        OTHER
    }

    public OutsideOption {
        if (!(factor > 0)) throw new IllegalArgumentException("factor must be > 0, got " + factor);
    }

    /** Whether it applies on a date to travellers from c. */
    public boolean active(LocalDate d, int c) {
        return from == c && !d.isBefore(date) && (end == null || !d.isAfter(end));
    }
}
