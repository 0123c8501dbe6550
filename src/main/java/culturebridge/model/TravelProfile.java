package culturebridge.model;

/**
 * How a country's people travel to the partner country: the trip rate at the scenario's
 * start (under the travel regime in force then), its growth, its seasonality, the share of
 * trips sold as group tours, and spending per trip.
 *
 * @param tripRatePerYear    trips to the partner per person per year at the start (persons' trips / population)
 * @param growthPerYear      growth of the baseline rate, per year (a documented driver such as total outbound travel)
 * @param growthCap          the baseline stops growing at this multiple of its start level (the driver's
 *                           documented plateau); infinite for no cap
 * @param groupShare         share of trips made in group tours while group tours are allowed (0..1)
 * @param spendingPerTripUsd spending per person per trip, US$
 * @param seasonality        12 monthly factors, January first, in any unit: {@link #season} normalises
 *                           them to mean 1. They are kept as given, because a record's constructor
 *                           runs again when it is deserialised (Spark tasks, checkpoints, the warm-up
 *                           key): normalising there changed the factors in the last bit at every
 *                           round trip, so a Spark run and a local run of the same set-up could differ.
 * @param individualSeasonality 12 monthly factors of the trips made outside group tours, or null when
 *                           both channels share {@code seasonality}. Then {@code seasonality} is the profile
 *                           of all trips at {@code groupShare}, and the group tours' own profile is what
 *                           remains: {@code s_g = (s - (1 - g) s_i) / g} (both normalised to mean 1).
 */
public record TravelProfile(double tripRatePerYear, double growthPerYear, double growthCap, double groupShare,
                            double spendingPerTripUsd, double[] seasonality, double[] individualSeasonality)
        implements java.io.Serializable {

    public TravelProfile {
        if (!(growthCap >= 1)) throw new IllegalArgumentException("growthCap must be at least 1, got " + growthCap);
        if (seasonality.length != 12) throw new IllegalArgumentException("seasonality needs 12 monthly factors, got " + seasonality.length);
        double sum = 0;
        for (double f : seasonality) {
            if (!(f >= 0)) throw new IllegalArgumentException("seasonality factors must be >= 0, got " + f);
            sum += f;
        }
        if (sum <= 0) throw new IllegalArgumentException("seasonality factors must not all be 0");
        seasonality = seasonality.clone();
        if (individualSeasonality != null) {
            if (individualSeasonality.length != 12) {
                throw new IllegalArgumentException("individualSeasonality needs 12 monthly factors, got " + individualSeasonality.length);
            }
            individualSeasonality = individualSeasonality.clone();
            for (int m = 1; m <= 12; m++) {
                double g = groupSeason(seasonality, individualSeasonality, groupShare, m);
                if (!(g >= 0)) {
                    throw new IllegalArgumentException("individualSeasonality leaves the group tours a negative factor in month "
                            + m + " at groupShare " + groupShare + ": the individual trips cannot exceed all trips");
                }
            }
        }
    }

    /** A profile whose two channels share one seasonality. */
    public TravelProfile(double tripRatePerYear, double growthPerYear, double growthCap, double groupShare,
                         double spendingPerTripUsd, double[] seasonality) {
        this(tripRatePerYear, growthPerYear, growthCap, groupShare, spendingPerTripUsd, seasonality, null);
    }

    @Override
    public double[] individualSeasonality() {
        return individualSeasonality == null ? null : individualSeasonality.clone();
    }

    /** The seasonal factors as given (a copy: profiles are shared, for example by cached country tables). */
    @Override
    public double[] seasonality() {
        return seasonality.clone();
    }

    /** A profile whose baseline grows without a cap. */
    public TravelProfile(double tripRatePerYear, double growthPerYear, double groupShare, double spendingPerTripUsd,
                         double[] seasonality) {
        this(tripRatePerYear, growthPerYear, Double.POSITIVE_INFINITY, groupShare, spendingPerTripUsd, seasonality);
    }

    /** No travel at all (tables without a travel section). */
    public static final TravelProfile NONE = new TravelProfile(0, 0, 0, 0, flat());

    /**
     * The baseline's growth factor after {@code years} years: {@code (1+g)^years}, at most the
     * cap (a decline, g < 0, is not capped).
     */
    public double growth(double years) {
        double f = StrictMath.pow(1 + growthPerYear, years);
        return Math.min(f, growthCap);
    }

    /** Twelve equal factors. */
    public static double[] flat() {
        double[] f = new double[12];
        java.util.Arrays.fill(f, 1.0);
        return f;
    }

    /** Seasonal factor of a calendar month (1 = January) for all trips at the table's group share, normalised to mean 1. */
    public double season(int month) {
        return normalised(seasonality, month);
    }

    /**
     * Seasonal factor of a calendar month when a share {@code groupChance} of the trips are
     * group tours: the channels' own profiles mixed in that proportion. Group tours follow the
     * holiday peaks more closely than individual trips: Chinese arrivals in Korea were flatter
     * over the year once the 2017 ban had removed most groups (KTO monthly series,
     * data/arrivals_2017_2019.csv). Equal to {@link #season(int)} at the table's group share.
     */
    public double season(int month, double groupChance) {
        if (individualSeasonality == null) return season(month);
        double individual = normalised(individualSeasonality, month);
        if (groupShare <= 0) return individual;
        return groupChance * groupSeason(seasonality, individualSeasonality, groupShare, month) + (1 - groupChance) * individual;
    }

    private static double groupSeason(double[] all, double[] individual, double groupShare, int month) {
        if (groupShare <= 0) return normalised(individual, month);
        return (normalised(all, month) - (1 - groupShare) * normalised(individual, month)) / groupShare;
    }

    private static double normalised(double[] factors, int month) {
        double sum = 0;
        for (double f : factors) sum += f;
        return factors[month - 1] * 12 / sum;
    }
}
