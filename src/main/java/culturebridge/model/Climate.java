package culturebridge.model;

import culturebridge.model.policy.Shock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The political climate between the two countries: tension {@code T} in [0, 1], the baseline
 * plus every past shock's contribution, each decaying exponentially by its half-life
 * ({@code T = min(1, T0 + sum_k M_k 0.5^(months since k / h_k))}). Tension scales negative
 * news in attitudes and the regulators' informal blocking.
 *
 * <p>Travellers act on a lagged reading of it, the perceived risk {@code R}: each week
 * {@code R += (1 - exp(-dt / tau)) (T - R)}, starting at {@code T}, with {@code tau} the
 * parameter {@code riskPerceptionYears} (0: {@code R = T}). Trips are booked weeks to months
 * ahead and tour contracts run for a season, so arrivals answer political violence with lagged
 * effects (Neumayer 2004's dynamic panel); a crisis moves tension at once and travel over the
 * following months.
 */
public final class Climate implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Shock> shocks;
    private double tension;
    private double perceivedRisk = Double.NaN;

    public Climate(List<Shock> shocks) {
        this.shocks = List.copyOf(shocks);
    }

    /**
     * Recomputes tension for the given date and moves the travellers' perceived risk one week
     * toward it.
     *
     * @param lagYears the perceived risk's time constant in years (0: no lag)
     */
    public void update(LocalDate date, double baseline, double lagYears) {
        double t = baseline;
        for (Shock s : shocks) t += s.contribution(ChronoUnit.DAYS.between(s.date(), date));
        tension = Math.min(1.0, Math.max(0.0, t));
        if (Double.isNaN(perceivedRisk) || lagYears <= 0) {
            perceivedRisk = tension;
        } else {
            perceivedRisk += -StrictMath.expm1(-SimCalendar.STEP_YEARS / lagYears) * (tension - perceivedRisk);
        }
    }

    /** Current political tension, 0..1. */
    public double tension() { return tension; }

    /** The political tension travellers act on: tension seen through the perception lag, 0..1. */
    public double perceivedRisk() { return perceivedRisk; }
}
