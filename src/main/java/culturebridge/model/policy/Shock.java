package culturebridge.model.policy;

import java.time.LocalDate;

/**
 * A political shock (e.g. the July 2016 THAAD decision): on its date it adds {@code magnitude}
 * to political tension, which then decays exponentially with the given half-life.
 *
 * @param name           display name
 * @param date           date it happens
 * @param magnitude      tension added (0..1)
 * @param halfLifeMonths months for its contribution to halve (&gt; 0)
 */
public record Shock(String name, LocalDate date, double magnitude, double halfLifeMonths)
        implements java.io.Serializable {

    /** Its contribution to tension {@code days} days after its date (0 before it). */
    public double contribution(long days) {
        if (days < 0) return 0;
        double months = days / (365.25 / 12);
        return magnitude * StrictMath.pow(0.5, months / halfLifeMonths);
    }
}
