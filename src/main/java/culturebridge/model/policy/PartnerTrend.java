package culturebridge.model.policy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A steady drift, over a dated span, of how attractive the partner is to one country's
 * travellers, beyond what the model explains (visa rules, the group-tour channel, political
 * risk, attitudes and fandom): for Chinese travellers to Korea in the 2010s, the rise of
 * shopping tourism, air and cruise capacity and Korea's visa-facilitation steps, none of which
 * the model represents. It multiplies the partner's weight in the destination choice (ODD
 * 7.11) by {@code exp(perYear x years since start)}, grows only between its start and end,
 * and keeps its end value afterwards: an unexplained trend is not extrapolated beyond the data
 * that identify it. Its size is a calibrated parameter (a prior in the calibration file), so
 * the posterior says how much of the trend the model's own mechanisms leave unexplained.
 *
 * @param name    display name
 * @param from    index of the travellers' country
 * @param start   first day of the drift
 * @param end     last day of the drift (the factor holds its value afterwards)
 * @param perYear drift of the log weight per year
 */
public record PartnerTrend(String name, int from, LocalDate start, LocalDate end, double perYear)
        implements java.io.Serializable {

    /** Days per year of the drift's clock. */
    private static final double DAYS_PER_YEAR = 365.25;

    public PartnerTrend {
        if (end.isBefore(start)) throw new IllegalArgumentException("end " + end + " is before start " + start);
    }

    /** The factor on the partner's weight on a date for travellers from c (1 for other origins and before the start). */
    public double factor(LocalDate d, int c) {
        if (from != c || d.isBefore(start)) return 1;
        LocalDate until = d.isAfter(end) ? end : d;
        return StrictMath.exp(perYear * ChronoUnit.DAYS.between(start, until) / DAYS_PER_YEAR);
    }
}
