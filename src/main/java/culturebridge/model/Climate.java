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
 */
public final class Climate implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Shock> shocks;
    private double tension;

    public Climate(List<Shock> shocks) {
        this.shocks = List.copyOf(shocks);
    }

    /** Recomputes tension for the given date. */
    public void update(LocalDate date, double baseline) {
        double t = baseline;
        for (Shock s : shocks) t += s.contribution(ChronoUnit.DAYS.between(s.date(), date));
        tension = Math.min(1.0, Math.max(0.0, t));
    }

    /** Current political tension, 0..1. */
    public double tension() { return tension; }
}
