package culturebridge.model;

import java.util.List;

/**
 * One of the two countries that exchange content: its represented population, cities,
 * income distribution and the survey distribution of its people's attitude toward the partner.
 *
 * <p>Income is log-normal with the given median; {@code incomeGini} sets the log-sd by the
 * log-normal identity {@code G = 2 Phi(sigma / sqrt 2) - 1} (Aitchison &amp; Brown 1957).
 * Initial attitudes are logit-normal: {@code a = 1 / (1 + exp(-(mu + sd Z)))} with {@code mu}
 * chosen so that the share with {@code a > 0.5} equals {@code initialFavourableShare}, the
 * survey's favourable share (e.g. Pew for Korea, Tsinghua CISS for China).
 *
 * @param code                  ISO-like code used in metric names (e.g. {@code CN})
 * @param name                  display name
 * @param population            persons represented by the audience agents
 * @param incomeMedianUsd       median annual disposable income per person, US$
 * @param incomeGini            Gini coefficient of income (0..1)
 * @param initialFavourableShare share of people favourable toward the partner at the start (0..1)
 * @param attitudeLogitSd       spread of initial attitudes on the logit scale (assumption)
 * @param culturalDiscount      share of a partner title's value and reach lost on this market (Hoskins &amp; Mirus 1988)
 * @param marketSize            relative size of this content market (revenue scale; the larger is 1)
 * @param studioCapability      mean log quality of this country's studios
 * @param cities                cities, population shares summing to 1
 * @param travel                how its people travel to the partner ({@link TravelProfile#NONE} for none)
 * @param informalBlocking      whether its regulator blocks partner titles informally as tension
 *                              rises (China since 2016; data/events.csv), rather than only by quota
 */
public record Country(String code, String name, double population, double incomeMedianUsd,
                      double incomeGini, double initialFavourableShare, double attitudeLogitSd,
                      double culturalDiscount, double marketSize, double studioCapability,
                      List<City> cities, TravelProfile travel, boolean informalBlocking) implements java.io.Serializable {

    public Country {
        cities = List.copyOf(cities);
        if (travel == null) travel = TravelProfile.NONE;
    }

    /** A country whose regulator does not block informally. */
    public Country(String code, String name, double population, double incomeMedianUsd, double incomeGini,
                   double initialFavourableShare, double attitudeLogitSd, double culturalDiscount, double marketSize,
                   double studioCapability, List<City> cities, TravelProfile travel) {
        this(code, name, population, incomeMedianUsd, incomeGini, initialFavourableShare, attitudeLogitSd,
                culturalDiscount, marketSize, studioCapability, cities, travel, false);
    }

    /** A country without a travel profile. */
    public Country(String code, String name, double population, double incomeMedianUsd, double incomeGini,
                   double initialFavourableShare, double attitudeLogitSd, double culturalDiscount, double marketSize,
                   double studioCapability, List<City> cities) {
        this(code, name, population, incomeMedianUsd, incomeGini, initialFavourableShare, attitudeLogitSd,
                culturalDiscount, marketSize, studioCapability, cities, TravelProfile.NONE, false);
    }

    /** Index of the city with this name, or -1. */
    public int cityIndex(String cityName) {
        for (int i = 0; i < cities.size(); i++) {
            if (cities.get(i).name().equals(cityName)) return i;
        }
        return -1;
    }
}
