package culturebridge.model.opinion;

import java.time.LocalDate;

/**
 * A dated event in the news of one public or both (a summit, a boycott, a cultural dispute):
 * on its date it adds {@code size} to the news pressure on the attitudes of the publics it
 * names, toward the partner country when positive and away from it when negative; the
 * pressure then decays with the half-life. Rows of the project's events file
 * ({@code data/events.csv}) with a public and a size; each row names its source there.
 *
 * @param name           what happened
 * @param date           when it entered the news
 * @param publics        publics[c]: whether the public of country c (scenario order) hears of it
 * @param size           signed news pressure on its date (negative: hostile news)
 * @param halfLifeMonths months for its pressure to halve (&gt; 0)
 * @param label          a few words for charts (the events file's {@code short_label})
 */
public record NewsEvent(String name, LocalDate date, boolean[] publics, double size, double halfLifeMonths, String label)
        implements java.io.Serializable {

    public NewsEvent {
        if (publics.length != 2) throw new IllegalArgumentException("publics must name two countries");
        if (!(halfLifeMonths > 0)) throw new IllegalArgumentException("halfLifeMonths must be > 0, got " + halfLifeMonths);
        publics = publics.clone();
        if (label == null || label.isBlank()) label = name;
    }

    /** An event whose chart label is its name. */
    public NewsEvent(String name, LocalDate date, boolean[] publics, double size, double halfLifeMonths) {
        this(name, date, publics, size, halfLifeMonths, name);
    }

    /** Whether the public of country c hears of this event. */
    public boolean reaches(int c) { return publics[c]; }

    /** Its signed pressure {@code days} days after its date (0 before it). */
    public double pressure(long days) {
        if (days < 0) return 0;
        double months = days / (365.25 / 12);
        return size * StrictMath.pow(0.5, months / halfLifeMonths);
    }
}
