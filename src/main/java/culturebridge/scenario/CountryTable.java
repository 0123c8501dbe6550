package culturebridge.scenario;

import culturebridge.model.City;
import culturebridge.model.Country;
import culturebridge.model.MapProjection;
import culturebridge.model.TravelProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import sim.util.Double2D;

/**
 * The table of the two countries a scenario is about: their populations, incomes, survey
 * attitudes toward each other, content markets and cities. A table is a YAML list of two
 * countries; the default China-Korea table ships as the resource
 * {@code culturebridge/countries/cn-kr.yaml}, and a scenario may name it, point to its own
 * table file, or list the two countries inline.
 *
 * <p>Every field is required, so a table says where each number comes from (in comments) and
 * nothing is silently defaulted. City positions are given as longitude and latitude and
 * projected with {@link MapProjection}.
 */
public final class CountryTable {
    /** The table used when nothing else is asked for. */
    public static final String DEFAULT = "cn-kr";
    /** Names of the tables shipped with the model. */
    public static final List<String> BUILT_IN = List.of(DEFAULT, "cn-kr-2010", "jp-kr-1998");
    /** Class-path folder of the built-in tables. */
    public static final String RESOURCE_DIR = "culturebridge/countries/";

    static final List<String> COUNTRY_KEYS = List.of("code", "name", "population", "incomeMedianUsd",
            "incomeGini", "initialFavourableShare", "attitudeLogitSd", "culturalDiscount", "marketSize",
            "studioCapability", "cities", "travel", "informalBlocking");
    static final List<String> TRAVEL_KEYS = List.of("tripRatePerYear", "growthPerYear", "growthCap", "groupShare",
            "spendingPerTripUsd", "seasonality", "individualSeasonality");
    static final List<String> CITY_KEYS = List.of("name", "lon", "lat", "populationShare",
            "attractiveness", "filmingAppeal");

    /** Codes appear in metric names such as {@code favourable.CN}, so they may not hold dots. */
    private static final Pattern CODE = Pattern.compile("[A-Z]{2,3}");
    private static final double SHARE_TOLERANCE = 1e-6;

    private CountryTable() {
    }

    /** Whether a built-in table of this name exists. */
    public static boolean isBuiltIn(String name) {
        return BUILT_IN.contains(name);
    }

    /**
     * Built-in tables already read. A sweep builds the scenario of every design point, and
     * reading the table each time costs about 4% of a sweep of small runs; the tables are
     * immutable (records of numbers and immutable lists).
     */
    private static final Map<String, List<Country>> BUILT_IN_READ = new ConcurrentHashMap<>();

    /** The built-in table of this name, e.g. {@code cn-kr}. */
    public static List<Country> builtIn(String name) throws ScenarioException {
        List<Country> read = BUILT_IN_READ.get(name);
        if (read != null) return read;
        read = readBuiltIn(name);
        BUILT_IN_READ.putIfAbsent(name, read);
        return read;
    }

    private static List<Country> readBuiltIn(String name) throws ScenarioException {
        String resource = RESOURCE_DIR + name + ".yaml";
        if (!isBuiltIn(name)) {
            throw new ScenarioException(resource, 0, 0, "", "no built-in country table '" + name
                    + "'" + Suggestions.didYouMeanThen(name, BUILT_IN) + "Built-in tables: " + String.join(", ", BUILT_IN));
        }
        byte[] bytes;
        try (InputStream in = CountryTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ScenarioException(resource, 0, 0, "", "built-in country table is missing from the class path");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ScenarioException(resource, 0, 0, "", "cannot read built-in country table: " + e.getMessage());
        }
        return parse(resource, bytes);
    }

    /** A country table from a file. */
    public static List<Country> load(Path file) throws ScenarioException {
        byte[] bytes;
        try {
            bytes = InputFiles.read(file, file.toString(), "country table file");
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), 0, 0, "", "cannot read country table: " + e);
        }
        return parse(file.toString(), bytes);
    }

    private static List<Country> parse(String label, byte[] bytes) throws ScenarioException {
        Yaml.Field root = Yaml.parse(label, Yaml.decode(label, bytes));
        if (root == null) {
            throw new ScenarioException(label, 0, 0, "", "the country table is empty; it must list two countries");
        }
        return read(new Yaml.Field(label, "countries", root.node));
    }

    /** Reads a list of two countries (a table file or a scenario's inline {@code countries:}). */
    static List<Country> read(Yaml.Field field) throws ScenarioException {
        List<Yaml.Field> items = field.list("a list of two countries");
        if (items.size() != 2) {
            throw field.error("a country table lists exactly two countries, got " + items.size());
        }
        List<Country> out = new ArrayList<>();
        for (Yaml.Field item : items) {
            Country c = country(item);
            if (!out.isEmpty() && out.get(0).code().equals(c.code())) {
                throw item.mapping("a country").req("code").error(
                        "both countries have code '" + c.code() + "'; codes must differ");
            }
            out.add(c);
        }
        return List.copyOf(out);
    }

    private static Country country(Yaml.Field item) throws ScenarioException {
        Yaml.Mapping m = item.mapping("a country (a mapping with " + String.join(", ", COUNTRY_KEYS) + ")")
                .allowOnly("a country", COUNTRY_KEYS);
        Yaml.Field codeField = m.req("code");
        String code = codeField.string();
        if (!CODE.matcher(code).matches()) {
            throw codeField.error("code must be two or three capital letters (e.g. CN), got '" + code + "'");
        }
        String name = m.req("name").string();
        double population = m.req("population").real(1, 1e10);
        double income = m.req("incomeMedianUsd").real(1, 1e7);
        double gini = m.req("incomeGini").real(0, 0.99);
        Yaml.Field favField = m.req("initialFavourableShare");
        double favourable = favField.real(0, 1);
        if (favourable == 0 || favourable == 1) {
            // The logit-normal start needs a finite mean: everyone on one side has none.
            throw favField.error("must be strictly between 0 and 1, got " + favourable);
        }
        Yaml.Field sdField = m.req("attitudeLogitSd");
        double sd = sdField.real(0, 10);
        if (sd == 0) throw sdField.error("must be greater than 0, got 0");
        double discount = m.req("culturalDiscount").real(0, 1);
        Yaml.Field sizeField = m.req("marketSize");
        double size = sizeField.real(0, 1);
        if (size == 0) throw sizeField.error("must be greater than 0 (relative size, the larger market is 1), got 0");
        double capability = m.req("studioCapability").real(-5, 5);
        List<City> cities = cities(m.req("cities"));
        TravelProfile travel = m.has("travel") ? travel(m.req("travel")) : TravelProfile.NONE;
        boolean blocking = m.has("informalBlocking") && Values.bool(m.req("informalBlocking").string());
        return new Country(code, name, population, income, gini, favourable, sd, discount, size, capability, cities, travel,
                blocking);
    }

    /** A country's optional travel section: how its people travel to the partner. */
    private static TravelProfile travel(Yaml.Field field) throws ScenarioException {
        Yaml.Mapping m = field.mapping("a travel profile (a mapping with " + String.join(", ", TRAVEL_KEYS) + ")")
                .allowOnly("a travel profile", TRAVEL_KEYS);
        double rate = m.req("tripRatePerYear").real(0, 10);
        double growth = m.req("growthPerYear").real(-0.5, 1);
        double cap = m.has("growthCap") ? m.req("growthCap").real(1, 1000) : Double.POSITIVE_INFINITY;
        double group = m.req("groupShare").real(0, 1);
        double spending = m.req("spendingPerTripUsd").real(0, 1e6);
        Yaml.Field seasonField = m.req("seasonality");
        List<Yaml.Field> items = seasonField.list("a list of 12 monthly factors, January first");
        if (items.size() != 12) throw seasonField.error("seasonality needs 12 monthly factors, January first; got " + items.size());
        double[] season = new double[12];
        double sum = 0;
        for (int i = 0; i < 12; i++) {
            season[i] = items.get(i).real(0, 100);
            sum += season[i];
        }
        if (sum <= 0) throw seasonField.error("seasonality factors must not all be 0");
        double[] individual = null;
        if (m.has("individualSeasonality")) {
            Yaml.Field f = m.req("individualSeasonality");
            List<Yaml.Field> ind = f.list("a list of 12 monthly factors, January first");
            if (ind.size() != 12) throw f.error("individualSeasonality needs 12 monthly factors, January first; got " + ind.size());
            individual = new double[12];
            for (int i = 0; i < 12; i++) individual[i] = ind.get(i).real(0.001, 100);
        }
        try {
            return new TravelProfile(rate, growth, cap, group, spending, season, individual);
        } catch (IllegalArgumentException e) {
            throw seasonField.error(e.getMessage());
        }
    }

    private static List<City> cities(Yaml.Field field) throws ScenarioException {
        List<Yaml.Field> items = field.list("a list of cities");
        if (items.isEmpty()) throw field.error("a country needs at least one city");
        List<City> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        double shareSum = 0;
        for (Yaml.Field item : items) {
            Yaml.Mapping m = item.mapping("a city (a mapping with " + String.join(", ", CITY_KEYS) + ")")
                    .allowOnly("a city", CITY_KEYS);
            Yaml.Field nameField = m.req("name");
            String name = nameField.string();
            if (!names.add(name)) throw nameField.error("city '" + name + "' is listed twice");
            double lon = m.req("lon").real(-180, 180);
            double lat = m.req("lat").real(-90, 90);
            double share = m.req("populationShare").real(0, 1);
            double attractiveness = m.req("attractiveness").real(0, 5);
            double appeal = m.req("filmingAppeal").real(0, 1);
            Double2D p = MapProjection.project(lon, lat);
            out.add(new City(name, p.x, p.y, share, attractiveness, appeal));
            shareSum += share;
        }
        if (Math.abs(shareSum - 1) > SHARE_TOLERANCE) {
            throw field.error("the cities' populationShare values must sum to 1 (within 1e-6), got " + shareSum);
        }
        return out;
    }
}
