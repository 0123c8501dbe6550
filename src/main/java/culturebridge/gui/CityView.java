package culturebridge.gui;

import culturebridge.model.City;
import java.util.Locale;

/**
 * A city on the map as the inspector shows it: where audience agents live and travellers go,
 * with its tourist attractiveness (which sets the size of its disc), its filming appeal and,
 * updated every step, its residents' attitudes and the travellers now heading there.
 */
public final class CityView {
    private final MapScene scene;
    private final int country;
    private final int city;

    CityView(MapScene scene, int country, int city) {
        this.scene = scene;
        this.country = country;
        this.city = city;
    }

    /** Country index. */
    int countryIndex() { return country; }

    /** City index within its country. */
    int cityIndex() { return city; }

    /** The model's city record. */
    City city() { return scene.country(country).cities().get(city); }

    public String getName() { return city().name(); }

    public String getCountry() { return scene.country(country).name(); }

    public double getAttractiveness() { return city().attractiveness(); }
    public String desAttractiveness() { return "Tourist attractiveness, a logit utility in [0, 5]; sets the size of the city's disc."; }

    public double getFilmingAppeal() { return city().filmingAppeal(); }
    public String desFilmingAppeal() { return "Chance weight that a domestic title features this city (0-1)."; }

    public double getPopulationShare() { return city().populationShare(); }
    public String desPopulationShare() { return "Share of the country's represented population living here."; }

    public int getAgentsLivingHere() { return scene.cityResidents(country, city); }
    public String desAgentsLivingHere() { return "Audience agents whose home city this is (all of them, not only those drawn)."; }

    public double getMeanAttitudeOfResidents() { return scene.cityMeanAttitude(country, city); }
    public String desMeanAttitudeOfResidents() { return "Mean attitude of the residents toward the partner country (0-1)."; }

    public double getFavourableShareOfResidents() { return scene.cityFavourableShare(country, city); }
    public String desFavourableShareOfResidents() { return "Share of the residents with attitude above 0.5."; }

    public int getTravellersHeadingHereNow() { return scene.cityTravellersNow(country, city); }
    public String desTravellersHeadingHereNow() { return "Travellers (agents) now on a trip to this city."; }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s), attractiveness %.1f", getName(), scene.country(country).code(), getAttractiveness());
    }
}
