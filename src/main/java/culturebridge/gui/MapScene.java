package culturebridge.gui;

import culturebridge.model.City;
import culturebridge.model.Country;
import culturebridge.model.MapFrame;
import culturebridge.model.World;
import culturebridge.model.agent.Audiences;
import culturebridge.model.agent.SocialNetwork;
import culturebridge.model.agent.Tourist;
import culturebridge.model.market.Studio;
import culturebridge.model.policy.PolicyState;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import sim.field.continuous.Continuous2D;
import sim.util.Bag;
import sim.util.Double2D;

/**
 * What the map shows of the running world, kept on the GUI side: a sample of audience agents
 * placed around their home cities, the cities, the studios, the travellers on their arcs, a
 * sample of social ties, and per-step aggregates (attitudes by country and by city) for the
 * legend and the inspectors.
 *
 * <p>It never changes the model and never draws from the model's random numbers: placement
 * jitter and sampling use the GUI's own generator ({@code GUIState.guirandom}), and the
 * aggregates are computed here from the agents' state rather than through
 * {@code World.summary()}, whose per-step cache a read between two steps would fill with the
 * previous step's state (the same-trajectory test guards this). The model thread calls
 * {@link #rebuild} at each start and {@link #update} after each step, holding the schedule
 * lock; the portrayals read it while painting, under the same lock.
 */
public final class MapScene {

    /** Most audience agents drawn, so the display stays fast at a million agents. */
    public static final int DEFAULT_SAMPLE = 3000;
    /** Most travellers drawn at once. */
    public static final int MAX_TOURISTS_DRAWN = 2000;
    /** Most domestic ties drawn in the network view. */
    public static final int MAX_DOMESTIC_TIES = 6000;

    private final World world;
    private final MapFrame frame;
    private final Basemap basemap;
    private final int sampleSize;

    private final Continuous2D audienceField;
    private final Continuous2D cityField;
    private final Continuous2D studioField;
    private final Continuous2D touristField;

    private Audiences sampledFrom;
    private AudienceView[] sample = new AudienceView[0];
    private final List<CityView> cities = new ArrayList<>();
    private final List<StudioView> studios = new ArrayList<>();
    private Map<Tourist, TouristView> travellers = new IdentityHashMap<>();
    private double[] domesticTies = new double[0];
    private double[] crossTies = new double[0];

    private long step;
    private final double[] favourable = new double[2];
    private final double[] favourableAtStart = new double[2];
    private double[][] cityMeanAttitude = new double[2][];
    private double[][] cityFavourable = new double[2][];
    private int[][] cityResidents = new int[2][];
    private int[][] cityArrivalsNow = new int[2][];
    private final int[] travellersByOrigin = new int[2];
    private final int[] travellersByChannel = new int[Tourist.Channel.values().length];

    /**
     * @param world      the world drawn (its map frame is computed from its countries here,
     *                   exactly as the world computes it at start)
     * @param sampleSize most audience agents drawn
     */
    public MapScene(World world, int sampleSize) {
        if (sampleSize < 1) throw new IllegalArgumentException("sample size must be at least 1, got " + sampleSize);
        this.world = world;
        this.frame = new MapFrame(world.setup().countries());
        this.basemap = new Basemap(frame);
        this.sampleSize = sampleSize;
        audienceField = new Continuous2D(1.0, frame.width(), frame.height());
        cityField = new Continuous2D(1.0, frame.width(), frame.height());
        studioField = new Continuous2D(1.0, frame.width(), frame.height());
        touristField = new Continuous2D(1.0, frame.width(), frame.height());
        for (int c = 0; c < 2; c++) {
            int n = world.setup().countries().get(c).cities().size();
            cityMeanAttitude[c] = new double[n];
            cityFavourable[c] = new double[n];
            cityResidents[c] = new int[n];
            cityArrivalsNow[c] = new int[n];
        }
    }

    // ------------------------------------------------------------------ building

    /**
     * Draws a fresh sample and places everything for a run that has just started (the
     * world's agents, studios and map exist).
     */
    public void rebuild(MersenneTwisterFast guiRandom) {
        audienceField.clear();
        cityField.clear();
        studioField.clear();
        touristField.clear();
        travellers = new IdentityHashMap<>();
        cities.clear();
        studios.clear();

        for (int c = 0; c < 2; c++) {
            List<City> list = country(c).cities();
            for (int i = 0; i < list.size(); i++) {
                CityView v = new CityView(this, c, i);
                cities.add(v);
                cityField.setObjectLocation(v, frame.city(c, i));
            }
        }
        placeStudios();
        sampleAudience(guiRandom);
        sampleTies(guiRandom);
        update();
        System.arraycopy(favourable, 0, favourableAtStart, 0, 2);
    }

    private void sampleAudience(MersenneTwisterFast rng) {
        Audiences a = world.audiences();
        sampledFrom = a;
        int n = a.size();
        List<AudienceView> out = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            int size = a.blockSize(c);
            int k = Math.max(1, Math.min(size, (int) Math.round((double) sampleSize * size / n)));
            int[] picked = pick(size, k, rng);
            for (int j : picked) {
                int agent = a.blockStart(c) + j;
                Double2D pos = placeNear(c, a.city(agent), rng);
                AudienceView v = new AudienceView(this, agent, c);
                out.add(v);
                audienceField.setObjectLocation(v, pos);
            }
        }
        sample = out.toArray(new AudienceView[0]);
    }

    /** k distinct values of 0..n-1, sorted (partial Fisher-Yates on the GUI generator). */
    static int[] pick(int n, int k, MersenneTwisterFast rng) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] out = Arrays.copyOf(idx, k);
        Arrays.sort(out);
        return out;
    }

    /**
     * A drawing position for a resident of a city: the city's position plus Gaussian jitter
     * that grows with the city's population share (big cities sprawl), kept on the country's
     * own land when the basemap knows it (a few redraws, then the city itself).
     */
    Double2D placeNear(int country, int city, MersenneTwisterFast rng) {
        Double2D centre = frame.city(country, city);
        double share = country(country).cities().get(city).populationShare();
        Basemap.Region own = Basemap.regionOf(country(country).code());
        // Korea's cities are a few map units apart, China's ten or more: scale the sprawl
        // to the spacing so that metropolitan areas stay distinct.
        double sd = own == Basemap.Region.SOUTH_KOREA ? 0.12 + 0.6 * share : 0.3 + 2.0 * share;
        for (int attempt = 0; attempt < 25; attempt++) {
            double x = centre.x + sd * rng.nextGaussian();
            double y = centre.y + sd * rng.nextGaussian();
            if (x < 0 || y < 0 || x > frame.width() || y > frame.height()) continue;
            if (own == Basemap.Region.OTHER || basemap.regionAt(x, y) == own) return new Double2D(x, y);
        }
        return centre;
    }

    /**
     * Studios have no city in the model; the map draws each at one of its country's cities,
     * handed out in proportion to the cities' filming appeal (largest remainder), so the
     * production centres hold most of them. Display only.
     */
    private void placeStudios() {
        List<Studio> all = world.studios();
        for (int c = 0; c < 2; c++) {
            List<Studio> mine = new ArrayList<>();
            for (Studio s : all) if (s.country == c) mine.add(s);
            int[] cityOf = studioCities(country(c).cities(), mine.size());
            int[] seen = new int[country(c).cities().size()];
            for (int k = 0; k < mine.size(); k++) {
                int city = cityOf[k];
                StudioView v = new StudioView(this, mine.get(k), city);
                studios.add(v);
                studioField.setObjectLocation(v, studioPosition(c, city, seen[city]++));
            }
        }
    }

    /** Cities of {@code count} studios in order, by largest remainder on filming appeal. */
    static int[] studioCities(List<City> cities, int count) {
        double total = 0;
        for (City c : cities) total += c.filmingAppeal();
        int[] n = new int[cities.size()];
        double[] rem = new double[cities.size()];
        int assigned = 0;
        for (int i = 0; i < cities.size(); i++) {
            double exact = total > 0 ? count * cities.get(i).filmingAppeal() / total : (double) count / cities.size();
            n[i] = (int) Math.floor(exact);
            rem[i] = exact - n[i];
            assigned += n[i];
        }
        while (assigned < count) {
            int best = 0;
            for (int i = 1; i < rem.length; i++) if (rem[i] > rem[best]) best = i;
            n[best]++;
            rem[best] = -1;
            assigned++;
        }
        int[] out = new int[count];
        int pos = 0;
        for (int i = 0; i < n.length; i++) for (int j = 0; j < n[i]; j++) out[pos++] = i;
        return out;
    }

    /**
     * The k-th studio of a city sits on an arc just outside the city's ring (at the map's
     * usual scale), going round from the lower left, so that it neither hides the city nor
     * strays far from it.
     */
    private Double2D studioPosition(int country, int city, int k) {
        Double2D centre = frame.city(country, city);
        double ppu = WorldWithUI.MAP_PIXELS_PER_UNIT * 0.85;
        double ringPx = CityPortrayal.diameter(country(country).cities().get(city).attractiveness(), ppu) / 2;
        double r = (ringPx + 4 + 5 * (k / 10)) / ppu;
        double angle = Math.toRadians(120 + 24 * (k % 10));
        return new Double2D(centre.x + r * Math.cos(angle), centre.y + r * Math.sin(angle));
    }

    /**
     * A sample of social ties for the network view: domestic ties between two sampled agents,
     * and every cross-border tie of a sampled agent (drawn to the partner's home city, since
     * the partner is rarely in the sample).
     */
    private void sampleTies(MersenneTwisterFast rng) {
        Audiences a = world.audiences();
        SocialNetwork net = a.network();
        if (net.complete()) {
            domesticTies = new double[0];
            crossTies = new double[0];
            return;
        }
        Map<Integer, Double2D> position = new java.util.HashMap<>();
        for (AudienceView v : sample) position.put(v.agent(), audienceField.getObjectLocation(v));
        double[] dom = new double[64];
        double[] cross = new double[64];
        int nd = 0;
        int nc = 0;
        for (AudienceView v : sample) {
            int i = v.agent();
            Double2D p = position.get(i);
            for (int t = net.start(i); t < net.end(i); t++) {
                int j = net.target(t);
                int cj = a.country(j);
                if (cj != v.countryIndex()) {
                    Double2D q = position.get(j);
                    if (q == null) q = placeNear(cj, a.city(j), rng);
                    if (nc + 4 > cross.length) cross = Arrays.copyOf(cross, cross.length * 2);
                    cross[nc++] = p.x; cross[nc++] = p.y; cross[nc++] = q.x; cross[nc++] = q.y;
                } else if (j > i && position.containsKey(j) && nd / 4 < MAX_DOMESTIC_TIES) {
                    Double2D q = position.get(j);
                    if (nd + 4 > dom.length) dom = Arrays.copyOf(dom, dom.length * 2);
                    dom[nd++] = p.x; dom[nd++] = p.y; dom[nd++] = q.x; dom[nd++] = q.y;
                }
            }
        }
        domesticTies = Arrays.copyOf(dom, nd);
        crossTies = Arrays.copyOf(cross, nc);
    }

    // ------------------------------------------------------------------ per step

    /** Recomputes the aggregates and moves the travellers for the step just done. */
    public void update() {
        step = world.schedule.getSteps();
        aggregateAttitudes();
        moveTravellers();
    }

    private void aggregateAttitudes() {
        Audiences a = world.audiences();
        for (int c = 0; c < 2; c++) {
            Arrays.fill(cityMeanAttitude[c], 0);
            Arrays.fill(cityFavourable[c], 0);
            Arrays.fill(cityResidents[c], 0);
            int lo = a.blockStart(c);
            int hi = lo + a.blockSize(c);
            int fav = 0;
            for (int i = lo; i < hi; i++) {
                double x = a.attitude(i);
                int city = a.city(i);
                cityMeanAttitude[c][city] += x;
                cityResidents[c][city]++;
                if (x > 0.5) {
                    fav++;
                    cityFavourable[c][city]++;
                }
            }
            int size = hi - lo;
            favourable[c] = size > 0 ? (double) fav / size : Double.NaN;
            for (int k = 0; k < cityResidents[c].length; k++) {
                int r = cityResidents[c][k];
                cityMeanAttitude[c][k] = r > 0 ? cityMeanAttitude[c][k] / r : Double.NaN;
                cityFavourable[c][k] = r > 0 ? cityFavourable[c][k] / r : Double.NaN;
            }
        }
    }

    private void moveTravellers() {
        for (int[] row : cityArrivalsNow) Arrays.fill(row, 0);
        Arrays.fill(travellersByOrigin, 0);
        Arrays.fill(travellersByChannel, 0);
        Continuous2D source = world.tourists();
        Bag all = source == null ? new Bag() : source.getAllObjects();
        Map<Tourist, TouristView> next = new IdentityHashMap<>();
        touristField.clear();
        int total = all.numObjs;
        int stride = Math.max(1, (int) Math.ceil(total / (double) MAX_TOURISTS_DRAWN));
        for (int k = 0; k < total; k++) {
            if (!(all.objs[k] instanceof Tourist t)) continue;
            if (!validCity(t.originCountry, t.originCity) || !validCity(t.destinationCountry, t.destinationCity)) continue;
            travellersByOrigin[t.originCountry]++;
            travellersByChannel[t.channel.ordinal()]++;
            cityArrivalsNow[t.destinationCountry][t.destinationCity]++;
            if (k % stride != 0) continue;
            TouristView v = travellers.get(t);
            if (v == null) v = new TouristView(this, t, jitter(t));
            next.put(t, v);
            touristField.setObjectLocation(v, v.position(lastStep()));
        }
        travellers = next;
    }

    private boolean validCity(int country, int city) {
        return country >= 0 && country < 2 && city >= 0 && city < country(country).cities().size();
    }

    /**
     * A small fixed offset per traveller around the destination city, so that a week's
     * travellers to one city do not all sit on one point. It comes from the traveller's own
     * numbers rather than from a generator, so a traveller keeps it for its whole trip and a
     * replay draws the same picture.
     */
    private static Double2D jitter(Tourist t) {
        long h = 0x9E3779B97F4A7C15L * (t.agent + 1L) ^ (t.departureStep * 0xBF58476D1CE4E5B9L);
        h ^= h >>> 31;
        double angle = (h & 0xFFFF) / 65536.0 * 2 * Math.PI;
        double r = 0.08 + 0.22 * ((h >>> 16) & 0xFFFF) / 65536.0;
        return new Double2D(r * Math.cos(angle), r * Math.sin(angle));
    }

    // ------------------------------------------------------------------ reading

    /** The world drawn. */
    public World world() { return world; }

    /** The map frame (field size and city positions). */
    public MapFrame frame() { return frame; }

    /** The projected land outlines. */
    public Basemap basemap() { return basemap; }

    /** Country c of the world's setup. */
    public Country country(int c) { return world.setup().countries().get(c); }

    /** The audience state the sample was drawn from (the current run's). */
    Audiences sampledAudiences() { return sampledFrom; }

    /** Sampled audience agents, by position. */
    public Continuous2D audienceField() { return audienceField; }

    /** Cities, at their positions. */
    public Continuous2D cityField() { return cityField; }

    /** Studios, each beside the city it is drawn at. */
    public Continuous2D studioField() { return studioField; }

    /** Travellers drawn this step, at their positions on their arcs. */
    public Continuous2D touristField() { return touristField; }

    /** The sampled audience agents. */
    public AudienceView[] sample() { return sample; }

    /** The cities, country 0 first. */
    public List<CityView> cities() { return cities; }

    /** The studios. */
    public List<StudioView> studios() { return studios; }

    /** The travellers drawn this step. */
    public java.util.Collection<TouristView> travellers() { return travellers.values(); }

    /** Sampled domestic ties as x1, y1, x2, y2 quadruples (field coordinates). */
    double[] domesticTies() { return domesticTies; }

    /** Sampled cross-border ties as x1, y1, x2, y2 quadruples (field coordinates). */
    double[] crossTies() { return crossTies; }

    /** Steps done so far when the aggregates were computed. */
    public long step() { return step; }

    /**
     * The step just done, whose state the map shows (travellers are placed for the week
     * they are in); 0 before the first step.
     */
    public long lastStep() { return Math.max(0, step - 1); }

    /** Share of country c's agents with attitude above 0.5, at the last update. */
    public double favourableShare(int c) { return favourable[c]; }

    /** Share of country c's agents with attitude above 0.5 when the run started. */
    public double favourableShareAtStart(int c) { return favourableAtStart[c]; }

    /** Mean attitude of the residents of a city. */
    public double cityMeanAttitude(int c, int city) { return cityMeanAttitude[c][city]; }

    /** Share of a city's residents with attitude above 0.5. */
    public double cityFavourableShare(int c, int city) { return cityFavourable[c][city]; }

    /** Audience agents living in a city. */
    public int cityResidents(int c, int city) { return cityResidents[c][city]; }

    /** Travellers now on a trip to a city. */
    public int cityTravellersNow(int c, int city) { return cityArrivalsNow[c][city]; }

    /** Travellers now on a trip from country c. */
    public int travellersFrom(int c) { return travellersByOrigin[c]; }

    /** Travellers now on a trip by a channel. */
    public int travellersBy(Tourist.Channel channel) { return travellersByChannel[channel.ordinal()]; }

    /** The running policy (stage, reason, events). */
    public PolicyState policy() { return world.policyState(); }
}
