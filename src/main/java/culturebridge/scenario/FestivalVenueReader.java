package culturebridge.scenario;

import culturebridge.model.City;
import culturebridge.model.Country;
import culturebridge.model.policy.Festival;
import java.util.List;

/**
 * Reads the event keys of a festival: its venue ({@code city}, a city of the host country),
 * {@code attendance} (persons), {@code press} (share of the host public reached by coverage,
 * 0-1) and {@code visitors} (extra trips from the partner country during it). Without a city
 * the festival acts on supply only, and the other keys are refused.
 */
final class FestivalVenueReader {
    /** Largest attendance or visitor number accepted: more than any festival has drawn. */
    private static final double MAX_PERSONS = 1e8;

    private FestivalVenueReader() {}

    static Festival read(Yaml.Mapping m, Festival f, Country host) throws ScenarioException {
        if (!m.has("city")) {
            for (String key : List.of("attendance", "press", "visitors")) {
                if (m.has(key)) throw m.req(key).error("festival '" + f.name() + "' sets " + key + " but has no city (its venue)");
            }
            return f;
        }
        Yaml.Field cityField = m.req("city");
        String name = cityField.string();
        List<City> cities = host.cities();
        int city = -1;
        for (int k = 0; k < cities.size(); k++) if (cities.get(k).name().equals(name)) city = k;
        if (city < 0) {
            throw cityField.error("unknown city '" + name + "' for a festival in " + host.code() + "; its cities are "
                    + String.join(", ", cities.stream().map(City::name).toList()));
        }
        double attendance = m.has("attendance") ? m.req("attendance").real(0, MAX_PERSONS) : 0;
        double press = m.has("press") ? m.req("press").real(0, 1) : 0;
        double visitors = m.has("visitors") ? m.req("visitors").real(0, MAX_PERSONS) : 0;
        return new Festival(f.name(), f.start(), f.months(), f.market(), f.medium(), f.boost(), city, attendance, press, visitors);
    }
}
