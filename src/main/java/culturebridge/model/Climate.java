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
 * <p>Travellers act on the part of a perceived risk they are not used to:
 * <ul>
 *   <li>the perceived risk {@code R} is tension seen through an exponential lag: each week
 *       {@code R += (1 - exp(-dt / tauR)) (T - R)}, starting at {@code T}, with {@code tauR} the
 *       parameter {@code riskPerceptionYears} (0: {@code R = T}). Trips are booked weeks to
 *       months ahead and tour contracts run for a season, so arrivals answer political violence
 *       with lagged effects (Neumayer 2004's dynamic panel);</li>
 *   <li>the risk they are used to, {@code H}, follows {@code R} with a lag of its own: each week
 *       {@code H += (1 - exp(-dt / tauH)) (R - H)}, starting at the baseline tension, with
 *       {@code tauH} the parameter {@code riskAdaptationYears}. Arrivals recover from a crisis
 *       while its cause lasts (WTTC &amp; Global Rescue 2019: 22 months on average after
 *       political instability);</li>
 *   <li>the travel risk is {@code max(0, R - H)}: a crisis deters travel months after it
 *       begins, most at the end of the perception lag, and less and less as travellers adapt.</li>
 * </ul>
 */
public final class Climate implements java.io.Serializable {
    private static final long serialVersionUID = 2L;

    private final List<Shock> shocks;
    private double tension;
    private double perceivedRisk = Double.NaN;
    private double adaptedRisk = Double.NaN;

    public Climate(List<Shock> shocks) {
        this.shocks = List.copyOf(shocks);
    }

    /**
     * Recomputes tension for the given date and moves the travellers' perceived risk, and the
     * risk they are used to, one week on.
     *
     * @param lagYears        the perceived risk's time constant in years (0: no lag)
     * @param adaptationYears the time constant in years of the risk travellers are used to (&gt; 0)
     */
    public void update(LocalDate date, double baseline, double lagYears, double adaptationYears) {
        double t = baseline;
        for (Shock s : shocks) t += s.contribution(ChronoUnit.DAYS.between(s.date(), date));
        tension = Math.min(1.0, Math.max(0.0, t));
        if (Double.isNaN(perceivedRisk)) {
            perceivedRisk = tension;
            adaptedRisk = baseline;
            return;
        }
        perceivedRisk = lagYears <= 0 ? tension : perceivedRisk + weekShare(lagYears) * (tension - perceivedRisk);
        adaptedRisk += weekShare(adaptationYears) * (perceivedRisk - adaptedRisk);
    }

    /** The share of the way an exponential lag with time constant {@code years} moves in one week. */
    private static double weekShare(double years) {
        return -StrictMath.expm1(-SimCalendar.STEP_YEARS / years);
    }

    /** Current political tension, 0..1. */
    public double tension() { return tension; }

    /** The political tension travellers perceive: tension seen through the perception lag, 0..1. */
    public double perceivedRisk() { return perceivedRisk; }

    /** The political risk travellers act on: the perceived risk above the level they are used to, 0..1. */
    public double travelRisk() { return Math.max(0.0, perceivedRisk - adaptedRisk); }
}
