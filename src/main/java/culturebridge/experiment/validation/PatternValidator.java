package culturebridge.experiment.validation;

import culturebridge.experiment.Warmups;
import culturebridge.model.Medium;
import culturebridge.model.Setup;
import culturebridge.model.World;
import culturebridge.model.content.Title;
import culturebridge.output.Metrics;
import culturebridge.output.MonthlySeries;
import culturebridge.scenario.CountryTable;
import culturebridge.scenario.ScenarioException;
import culturebridge.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pattern table of the model's validation (pattern-oriented modelling, Grimm et al. 2005;
 * the patterns of section 1 of odd.md): Bass-shaped adoption after a medium
 * opens; title revenues' Pareto tail (Hill estimate near 2; Sinha &amp; Pan 2005) and top-20%
 * share near 80% (De Vany 2006); the seasonality of Chinese arrivals in Korea against KTO's
 * 2010-2016 monthly profile; the MERS dip of June-July 2015; Korea's 1998-2004 staged opening to
 * Japanese culture (Japanese films' share of the Korean market 0.7% in 1999, 11.7% in H1 2000)
 * in direction and order of magnitude; and the survey readings of each public's view of the
 * other, the content shares and the soft-power asymmetry over replicate histories
 * ({@link OpinionPatterns}), each row marked as in the calibration window (to 2019) or out of
 * sample (2020 on).
 */
public final class PatternValidator {

    /** Replicates pooled for the Japan-Korea film share. */
    static final int JAPAN_REPLICATES = 10;

    private final Path scenarios;
    private final int agents;
    private final long seed;
    private final int threads;
    private final int replicates;

    /**
     * @param scenarios folder holding the scenario files
     * @param agents    audience agents per run
     * @param seed      seed of every run
     * @param threads   threads of each run's audience phase
     * @param replicates runs of the history (seeds seed, seed + 1, ...) for the opinion,
     *                  content and soft-power rows
     */
    public PatternValidator(Path scenarios, int agents, long seed, int threads, int replicates) {
        if (replicates < 1) throw new IllegalArgumentException("replicates must be at least 1, got " + replicates);
        this.scenarios = scenarios;
        this.agents = agents;
        this.seed = seed;
        this.threads = threads;
        this.replicates = replicates;
    }

    /** One run of the history per replicate. */
    public PatternValidator(Path scenarios, int agents, long seed, int threads) {
        this(scenarios, agents, seed, threads, 1);
    }

    /** Runs the scenarios the checks need and returns the table. */
    public List<PatternCheck> run() throws ScenarioException {
        List<PatternCheck> out = new ArrayList<>();
        out.add(bassShape());
        // 2010-2019, the decade the revenue, seasonality and MERS patterns describe
        Run hist = run("history-2010-2025.yaml", Map.of("months", "120"));
        out.addAll(revenueTail(hist.world));
        out.add(seasonality(hist.series));
        out.add(mers(hist.series));
        out.add(japanKorea());
        List<World> worlds = new ArrayList<>();
        List<MonthlySeries> series = new ArrayList<>();
        for (int k = 0; k < replicates; k++) {
            Run r = run("history-2010-2025.yaml", Map.of("seed", Long.toString(seed + k)), seed + k);
            worlds.add(r.world);
            series.add(r.series);
        }
        out.addAll(OpinionPatterns.checks(worlds, series, CountryTable.builtIn(CountryTable.DEFAULT)));
        out.add(arrivals2024(series.get(0)));
        return out;
    }

    private record Run(World world, MonthlySeries series) {}

    private Run run(String file, Map<String, String> extra) throws ScenarioException {
        return run(file, extra, seed);
    }

    private Run run(String file, Map<String, String> extra, long runSeed) throws ScenarioException {
        Map<String, String> sets = new LinkedHashMap<>();
        sets.put("agents", Integer.toString(agents));
        sets.putAll(extra);
        Setup setup = ScenarioLoader.load(scenarios.resolve(file), sets, Metrics::names).setup();
        // as researchers run it: a 2026 scenario continues its warm-up
        Warmups.Prepared p = Warmups.standard().prepare(setup, runSeed, threads, null);
        World w = p.world();
        while (!p.done()) w.schedule.step(w);
        w.finish();
        return new Run(w, p.collector().series(runSeed));
    }

    /** Music opens in China in October 2026 in rapid-opening-2026: its adoption should follow a Bass curve. */
    private PatternCheck bassShape() throws ScenarioException {
        Run r = run("rapid-opening-2026.yaml", Map.of());
        double[] a = r.series.series("adoption.KR.music.in.CN");
        int open = r.series.months().indexOf(YearMonth.of(2026, 10));
        int n = a.length - open;
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = (i + 0.5) / 12.0;
            y[i] = a[open + i];
        }
        double[] fit = PatternStatistics.fitBass(t, y);
        return new PatternCheck("Bass-shaped adoption after a medium opens",
                "adoption.KR.music.in.CN from 2026-10 (rapid-opening-2026): Bass fit R^2",
                String.format(Locale.ROOT, "R^2 = %.3f (p = %.3f, q = %.3f per year, ceiling %.2f)", fit[3], fit[0], fit[1], fit[2]),
                "Bass (1969) curve", "R^2 >= 0.95", fit[3] >= 0.95);
    }

    /** Revenues of every title of the historical run, both markets together. */
    private List<PatternCheck> revenueTail(World w) {
        List<Title> titles = w.content().titles();
        double[] rev = new double[titles.size()];
        for (int i = 0; i < rev.length; i++) rev[i] = titles.get(i).totalRevenue();
        int k = Math.max(10, rev.length / 10);
        double alpha = PatternStatistics.hill(rev, k);
        double top = PatternStatistics.topShare(rev, 0.2);
        return List.of(
                new PatternCheck("Heavy-tailed title revenues", "Hill estimate of the Pareto tail index, top 10% of "
                        + rev.length + " titles (history-2010-2025, 2010-2019)", String.format(Locale.ROOT, "%.2f", alpha),
                        "about 2 (Sinha & Pan 2005)", "1.5 <= alpha <= 2.5", alpha >= 1.5 && alpha <= 2.5),
                new PatternCheck("Revenue concentration", "share of revenue earned by the top 20% of titles",
                        String.format(Locale.ROOT, "%.0f%%", 100 * top), "about 80% (De Vany 2006)", "65% to 90%",
                        top >= 0.65 && top <= 0.9));
    }

    /** Monthly profile of CN->KR arrivals 2010-2016 without 2015, simulated against observed. */
    private PatternCheck seasonality(MonthlySeries s) {
        double[] sim = profile(s, s.series("arrivals.CN.KR"));
        double[] obs = profile(s, s.series("arrivals_observed.CN.KR"));
        double r = PatternStatistics.correlation(sim, obs);
        int simPeak = argmax(sim) + 1;
        int obsPeak = argmax(obs) + 1;
        return new PatternCheck("Seasonality of Chinese arrivals in Korea",
                "correlation of the 12 monthly factors, 2010-2016 without 2015; peak month",
                String.format(Locale.ROOT, "r = %.3f; peak %d", r, simPeak), String.format(Locale.ROOT, "KTO profile; peak %d", obsPeak),
                "r >= 0.9 and same peak", r >= 0.9 && simPeak == obsPeak, OpinionPatterns.IN_WINDOW);
    }

    private static double[] profile(MonthlySeries s, double[] x) {
        double[] f = new double[12];
        for (int year = 2010; year <= 2016; year++) {
            if (year == 2015) continue;
            double total = 0;
            for (int i = 0; i < x.length; i++) if (s.months().get(i).getYear() == year) total += x[i];
            for (int i = 0; i < x.length; i++) {
                YearMonth m = s.months().get(i);
                if (m.getYear() == year) f[m.getMonthValue() - 1] += x[i] / total * 12 / 6;
            }
        }
        return f;
    }

    /** Dip = 1 - (June+July 2015) / mean of June+July 2014 and 2016. */
    private PatternCheck mers(MonthlySeries s) {
        double sim = dip(s, s.series("arrivals.CN.KR"));
        double obs = dip(s, s.series("arrivals_observed.CN.KR"));
        return new PatternCheck("MERS dip, June-July 2015",
                "1 - arrivals in Jun-Jul 2015 / mean of Jun-Jul 2014 and 2016",
                String.format(Locale.ROOT, "%.0f%%", 100 * sim), String.format(Locale.ROOT, "%.0f%%", 100 * obs),
                "within a factor 1.5 of the observed dip", sim >= obs / 1.5 && sim <= obs * 1.5, OpinionPatterns.IN_WINDOW);
    }

    private static double dip(MonthlySeries s, double[] x) {
        return 1 - months(s, x, 2015) / ((months(s, x, 2014) + months(s, x, 2016)) / 2);
    }

    private static double months(MonthlySeries s, double[] x, int year) {
        return x[s.months().indexOf(YearMonth.of(year, 6))] + x[s.months().indexOf(YearMonth.of(year, 7))];
    }

    /**
     * Japanese films' share of Korean film gross in 1999 and the first half of 2000, pooled
     * over {@link #JAPAN_REPLICATES} replicates: with a handful of imported titles a year and
     * Pareto-tailed revenues, one run's share is mostly the luck of one or two titles.
     */
    private PatternCheck japanKorea() throws ScenarioException {
        double[] y1999 = new double[2];
        double[] h2000 = new double[2];
        for (int k = 0; k < JAPAN_REPLICATES; k++) {
            World w = run("japan-korea-1998-2004.yaml", Map.of("seed", Long.toString(seed + k)), seed + k).world;
            add(y1999, filmGross(w, YearMonth.of(1999, 1), YearMonth.of(1999, 12)));
            add(h2000, filmGross(w, YearMonth.of(2000, 1), YearMonth.of(2000, 6)));
        }
        double s1999 = y1999[0] / y1999[1];
        double s2000 = h2000[0] / h2000[1];
        boolean direction = s2000 > s1999;
        // the model's market holds Japanese and Korean films only: 1999's 0.7% of all admissions is
        // 0.7 / (0.7 + 39.7) of the two (Korean films 39.7% in 1999, data/film_releases.csv). Korea's
        // share in H1 2000 is not in the data, so H1 2000 is held against the 11.7% of all admissions,
        // a lower bound of the share among the two.
        double obs1999 = 0.7 / (0.7 + 39.7);
        boolean magnitude = Math.abs(StrictMath.log10(s2000 / 0.117)) <= 0.5 && Math.abs(StrictMath.log10(Math.max(s1999, 1e-6) / obs1999)) <= 0.5;
        return new PatternCheck("Staged opening: Korea to Japanese culture 1998-2004",
                "Japanese films' share of Korean film gross: 1999; H1 2000 (japan-korea-1998-2004)",
                String.format(Locale.ROOT, "%.1f%%; %.1f%% (pooled over %d replicates)", 100 * s1999, 100 * s2000, JAPAN_REPLICATES),
                String.format(Locale.ROOT, "%.1f%% (0.7%% of all, Korean films 39.7%%); 11.7%% of all (Japan Times 2000-09-15; KFC)", 100 * obs1999),
                "rises, each within a factor 3 of observed", direction && magnitude);
    }

    /** Chinese arrivals in Korea in 2024, after the reopening (4.60 million, KTO), never fitted. */
    private PatternCheck arrivals2024(MonthlySeries s) {
        double arrivals = yearSum(s, "arrivals.CN.KR", 2024);
        return new PatternCheck("Out of sample: Chinese arrivals in Korea after the reopening",
                "arrivals.CN.KR, total of 2024 (history-2010-2025)",
                String.format(Locale.ROOT, "%.2f million", arrivals / 1e6), "4.60 million (KTO)",
                "within 25%", Math.abs(arrivals / 4.60e6 - 1) <= 0.25, OpinionPatterns.OUT_OF_SAMPLE);
    }

    private static double yearSum(MonthlySeries s, String metric, int year) {
        double[] x = s.series(metric);
        double sum = 0;
        for (int i = 0; i < x.length; i++) if (s.months().get(i).getYear() == year) sum += x[i];
        return sum;
    }

    private static void add(double[] sum, double[] x) {
        sum[0] += x[0];
        sum[1] += x[1];
    }

    /**
     * Gross of Japanese films and of all films released in Korea in a period. A foreign
     * title's recorded revenue is its studio's share, so its gross is revenue divided by the
     * foreign revenue share.
     */
    private static double[] filmGross(World w, YearMonth from, YearMonth to) {
        int kr = w.country(0).code().equals("KR") ? 0 : 1;
        double share = w.params().getForeignRevenueShare();
        double foreign = 0;
        double all = 0;
        for (Title t : w.content().titles()) {
            if (t.medium != Medium.FILM) continue;
            int r = t.releaseStep(kr);
            if (r < 0) continue;
            YearMonth m = w.calendar().month(r);
            if (m.isBefore(from) || m.isAfter(to)) continue;
            double gross = t.foreignIn(kr) ? t.revenue(kr) / share : t.revenue(kr);
            all += gross;
            if (t.foreignIn(kr)) foreign += gross;
        }
        return new double[] {foreign, all};
    }

    private static int argmax(double[] x) {
        int b = 0;
        for (int i = 1; i < x.length; i++) if (x[i] > x[b]) b = i;
        return b;
    }
}
