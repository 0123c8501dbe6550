package culturebridge.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import culturebridge.output.MonthlySeries;
import culturebridge.output.TimelineEvent;
import culturebridge.output.TimelineEvent.Kind;

/**
 * Made-up monthly runs with the model's metric names for CN and KR, shaped like what the
 * model should produce (Bass-shaped adoption after each medium opens, a fall after a
 * rollback), so charts can be tested and looked at without running the model.
 */
final class SyntheticRuns {

    static final List<String> COUNTRIES = List.of("CN", "KR");
    static final List<String> MEDIA = List.of("film", "drama", "music", "digital");
    static final YearMonth START = YearMonth.of(2026, 1);

    /** Month index at which each medium opens (stages 1, 2, 3, 3). */
    private static final int[] OPENS = {2, 8, 14, 14};
    private static final int SHOCK = 17;
    private static final int ROLLBACK = 19;

    private SyntheticRuns() {
    }

    static List<TimelineEvent> events() {
        return List.of(
                new TimelineEvent(START.plusMonths(OPENS[0]).atDay(1), Kind.STAGE, "Stage 1: films"),
                new TimelineEvent(START.plusMonths(OPENS[1]).atDay(1), Kind.STAGE, "Stage 2: dramas and co-productions"),
                new TimelineEvent(START.plusMonths(OPENS[2]).atDay(1), Kind.STAGE, "Stage 3: music and digital"),
                new TimelineEvent(LocalDate.of(2026, 10, 3), Kind.FESTIVAL, "Busan International Film Festival"),
                new TimelineEvent(LocalDate.of(2027, 10, 2), Kind.FESTIVAL, "Busan International Film Festival"),
                new TimelineEvent(START.plusMonths(SHOCK).atDay(15), Kind.SHOCK, "missile-defence dispute"),
                new TimelineEvent(START.plusMonths(ROLLBACK).atDay(1), Kind.ROLLBACK, "rollback: informal content ban"));
    }

    static List<String> columns() {
        List<String> c = new ArrayList<>();
        c.add("tension");
        for (String market : COUNTRIES) {
            for (String m : MEDIA) c.add("adoption." + partner(market) + "." + m + ".in." + market);
        }
        for (String country : COUNTRIES) c.add("attitude." + country);
        for (String country : COUNTRIES) c.add("favourable." + country);
        for (String from : COUNTRIES) c.add("arrivals." + from + "." + partner(from));
        for (String market : COUNTRIES) {
            for (String m : MEDIA) c.add("titles_released." + partner(market) + "." + m + ".in." + market);
        }
        c.add("coproductions");
        for (String market : COUNTRIES) c.add("content_revenue." + partner(market) + ".in." + market);
        for (String country : COUNTRIES) {
            c.add("soft_power." + country);
            for (String part : List.of("familiarity", "reputation", "influence", "pull")) c.add("soft_power." + country + "." + part);
        }
        return c;
    }

    static String partner(String c) {
        return c.equals("CN") ? "KR" : "CN";
    }

    /** {@code n} replicates of {@code months} months. */
    static List<MonthlySeries> replicates(int n, int months) {
        List<MonthlySeries> out = new ArrayList<>();
        for (int r = 0; r < n; r++) out.add(run(1000 + r, months));
        return out;
    }

    static MonthlySeries run(long seed, int months) {
        Random rnd = new Random(seed);
        List<String> cols = columns();
        List<YearMonth> ms = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        double[][] v = new double[months][cols.size()];
        for (int t = 0; t < months; t++) {
            ms.add(START.plusMonths(t));
            stages.add(t < OPENS[0] ? "closed" : t < OPENS[1] ? "films" : t < OPENS[2] ? "dramas" : "music and digital");
            double tension = 0.3 + (t >= SHOCK ? 0.45 * Math.pow(0.5, (t - SHOCK) / 6.0) : 0) + 0.02 * rnd.nextGaussian();
            set(v[t], cols, "tension", clamp(tension, 0, 1));
            for (String market : COUNTRIES) {
                double ceiling = market.equals("CN") ? 0.35 : 0.18;
                for (int m = 0; m < MEDIA.size(); m++) {
                    double a = bass(t - OPENS[m], 0.01, 0.35) * ceiling * (1 - 0.15 * m) * (1 + 0.05 * rnd.nextGaussian());
                    if (t >= ROLLBACK && market.equals("CN")) a *= Math.exp(-(t - ROLLBACK) / 3.0);
                    set(v[t], cols, "adoption." + partner(market) + "." + MEDIA.get(m) + ".in." + market, clamp(a, 0, 1));
                    double rate = t < OPENS[m] || (t >= ROLLBACK && market.equals("CN")) ? 0.2 : 3 + 2 * m;
                    set(v[t], cols, "titles_released." + partner(market) + "." + MEDIA.get(m) + ".in." + market, poisson(rnd, rate));
                }
            }
            for (String c : COUNTRIES) {
                double base = c.equals("CN") ? 0.52 : 0.38;
                double att = base + 0.08 * bass(t - OPENS[0], 0.02, 0.3) - 0.12 * (tension - 0.3) + 0.01 * rnd.nextGaussian();
                set(v[t], cols, "attitude." + c, clamp(att, 0, 1));
                set(v[t], cols, "favourable." + c, clamp(0.5 + 1.6 * (att - 0.5), 0, 1));
                double season = 1 + 0.25 * Math.sin(2 * Math.PI * (t % 12 - 3) / 12.0);
                double arrivals = (c.equals("CN") ? 450_000 : 380_000) * season * (1 - 0.5 * Math.max(0, tension - 0.3) * 2)
                        * (1 + 0.03 * rnd.nextGaussian());
                set(v[t], cols, "arrivals." + c + "." + partner(c), Math.round(arrivals));
                double sp = 100 * (0.3 + 0.4 * bass(t - OPENS[0], 0.02, 0.25)) * (1 - 0.3 * Math.max(0, tension - 0.3));
                set(v[t], cols, "soft_power." + partner(c), clamp(sp + rnd.nextGaussian(), 0, 100));
            }
            set(v[t], cols, "coproductions", t >= OPENS[1] ? poisson(rnd, 1.5) : 0);
        }
        return new MonthlySeries(seed, cols, ms, stages, v);
    }

    /** Bass adoption share t months after launch (0 before). */
    static double bass(double t, double p, double q) {
        if (t < 0) return 0;
        double e = Math.exp(-(p + q) * t);
        return (1 - e) / (1 + (q / p) * e);
    }

    private static double poisson(Random rnd, double mean) {
        double l = Math.exp(-mean);
        double prod = rnd.nextDouble();
        int k = 0;
        while (prod > l) {
            prod *= rnd.nextDouble();
            k++;
        }
        return k;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    private static void set(double[] row, List<String> cols, String name, double value) {
        int i = cols.indexOf(name);
        if (i < 0) throw new IllegalArgumentException(name);
        row[i] = value;
    }
}
