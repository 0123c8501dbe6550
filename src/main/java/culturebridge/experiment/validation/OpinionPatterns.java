package culturebridge.experiment.validation;

import culturebridge.model.Country;
import culturebridge.model.Medium;
import culturebridge.model.SimCalendar;
import culturebridge.model.World;
import culturebridge.model.opinion.ContentShare;
import culturebridge.output.MonthlySeries;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The opinion, content-reach and soft-power rows of the validation table, each held against a
 * survey or a published figure of the project's data ({@code data/opinion_surveys.csv},
 * {@code data/content_reach.csv}) over replicate runs of the history. A row gives the mean over
 * replicates and their range (with five seeds, about a 90% interval); the criterion applies to
 * the mean. Rows are split into the calibration window (to 2019), which parameters may have
 * been fitted to, and out of sample (2020 on), which nothing was fitted to.
 *
 * <p>Each reading is compared with the months of its fieldwork: Pew's is in spring (March to May
 * or June), so a Pew year is compared with the mean of March to June of that year; CISS 2023
 * (released May 2023) was fielded in November 2022; CISS 2025 in July and November 2025. Where
 * the fieldwork months are not reported (CISS 2024, Chosun Ilbo-SNU), the reading's year or the
 * months before its publication stand in.
 */
final class OpinionPatterns {
    private OpinionPatterns() {}

    static final String IN_WINDOW = "in window (to 2019)";
    static final String OUT_OF_SAMPLE = "out of sample (2020 on)";

    /** Pew Global Attitudes: Koreans unfavourable toward China (data/opinion_surveys.csv). */
    private static final int[] PEW_YEARS = {2015, 2017, 2018, 2019, 2020, 2021, 2022};
    private static final double[] PEW_UNFAVOURABLE = {0.37, 0.61, 0.60, 0.63, 0.75, 0.77, 0.80};

    /** Chinese films released in Chinese cinemas in 2015, about 300 of 357 new releases (data/film_releases.csv). */
    static final double CN_FILMS_2015 = 300;
    /** Korean films released in Korean cinemas in 2017, KOFIC (data/film_releases.csv). */
    static final double KR_FILMS_2017 = 376;

    static List<PatternCheck> checks(List<World> worlds, List<MonthlySeries> runs, List<Country> table2026) {
        List<PatternCheck> out = new ArrayList<>();
        String kr = code(worlds, "KR");
        String cn = code(worlds, "CN");
        double[] pew = new double[PEW_YEARS.length];
        for (int k = 0; k < PEW_YEARS.length; k++) {
            int year = PEW_YEARS[k];
            boolean window = year <= 2019;
            double tol = window ? 0.10 : 0.15;
            double[] v = perRun(runs, s -> mean(s, "unfavourable." + kr, YearMonth.of(year, 3), YearMonth.of(year, 6)));
            pew[k] = mean(v);
            out.add(row(window ? IN_WINDOW : OUT_OF_SAMPLE, "Korean views of China, Pew " + year,
                    "unfavourable." + kr + ", mean of Mar-Jun " + year, v, PEW_UNFAVOURABLE[k], "Pew Global Attitudes " + year,
                    tol));
        }
        boolean rises = pew[0] < pew[1] && pew[1] < pew[3] + 0.05;
        out.add(new PatternCheck("Korean views of China worsen 2015 -> 2017-2019, as in Pew",
                "unfavourable." + kr + ": 2015 below 2017, 2017 not far above 2019 (Mar-Jun means)",
                String.format(Locale.ROOT, "%.0f%% -> %.0f%%, %.0f%%, %.0f%%", 100 * pew[0], 100 * pew[1], 100 * pew[2], 100 * pew[3]),
                "37% -> 61%, 60%, 63% (Pew)", "2015 < 2017 and 2017 < 2019 + 5 points", rises, IN_WINDOW));
        boolean keeps = pew[4] < pew[5] && pew[5] < pew[6];
        out.add(new PatternCheck("Korean views of China keep worsening 2020-2022, as in Pew",
                "unfavourable." + kr + ": 2020 < 2021 < 2022 (Mar-Jun means)",
                String.format(Locale.ROOT, "%.0f%%, %.0f%%, %.0f%%", 100 * pew[4], 100 * pew[5], 100 * pew[6]),
                "75%, 77%, 80% (Pew)", "rising", keeps, OUT_OF_SAMPLE));
        // CISS 2023 was fielded in November 2022 (CISS, "2023 Public Opinion Polls", chinausfocus.com)
        YearMonth cissFrom = YearMonth.of(2022, 11);
        YearMonth cissTo = YearMonth.of(2022, 11);
        out.add(row(OUT_OF_SAMPLE, "Chinese views of Korea, CISS 2023: favourable", "survey_favourable." + cn + ", November 2022 (fieldwork)",
                perRun(runs, s -> mean(s, "survey_favourable." + cn, cissFrom, cissTo)), 0.139, "Tsinghua CISS 2023", 0.07));
        out.add(row(OUT_OF_SAMPLE, "Chinese views of Korea, CISS 2023: neutral", "survey_neutral." + cn + ", November 2022 (fieldwork)",
                perRun(runs, s -> mean(s, "survey_neutral." + cn, cissFrom, cissTo)), 0.476, "Tsinghua CISS 2023", 0.10));
        out.add(row(OUT_OF_SAMPLE, "Chinese views of Korea, CISS 2023: unfavourable", "survey_unfavourable." + cn + ", November 2022 (fieldwork)",
                perRun(runs, s -> mean(s, "survey_unfavourable." + cn, cissFrom, cissTo)), 0.384, "Tsinghua CISS 2023", 0.10));
        double[] score = perRun(runs, s -> mean(s, "survey_score." + cn, cissFrom, cissTo));
        // CISS 2023: very unfavourable 17.4%, somewhat 21.0%, neutral 47.6%, somewhat favourable 11.8%, very 2.1%
        double ciss = (1 * 17.4 + 2 * 21.0 + 3 * 47.6 + 4 * 11.8 + 5 * 2.1) / 99.9;
        out.add(new PatternCheck("Chinese views of Korea, CISS 2023: mean 1-5 score", "survey_score." + cn + ", November 2022 (fieldwork)",
                interval(score, "%.2f", 1), String.format(Locale.ROOT, "%.2f (Tsinghua CISS 2023, from its five shares)", ciss),
                "within 0.3", Math.abs(mean(score) - ciss) <= 0.3, OUT_OF_SAMPLE));

        // CISS's later waves give only the mean score (data/opinion_surveys.csv): 2024 over the year
        // (fieldwork months not reported), 2025 over its two rounds, July and November
        double[] score2024 = perRun(runs, s -> mean(s, "survey_score." + cn, YearMonth.of(2024, 1), YearMonth.of(2024, 12)));
        out.add(scoreRow("Chinese views of Korea, CISS 2024: mean 1-5 score", "survey_score." + cn + ", mean of 2024", score2024, 2.10,
                "Tsinghua CISS 2024"));
        double[] score2025 = perRun(runs, s -> (mean(s, "survey_score." + cn, YearMonth.of(2025, 7), YearMonth.of(2025, 7))
                + mean(s, "survey_score." + cn, YearMonth.of(2025, 11), YearMonth.of(2025, 11))) / 2);
        out.add(scoreRow("Chinese views of Korea, CISS 2025: mean 1-5 score", "survey_score." + cn + ", mean of July and November 2025",
                score2025, 2.61, "Tsinghua CISS 2025"));
        // KOCIS 2019 national image survey, fielded 18 July - 22 August 2019: the one in-window reading
        // of Chinese views of Korea (online, about 500 respondents; a question about the country's image)
        out.add(row(IN_WINDOW, "Chinese views of Korea, KOCIS 2019: positive image", "survey_favourable." + cn + ", mean of Jul-Aug 2019",
                perRun(runs, s -> mean(s, "survey_favourable." + cn, YearMonth.of(2019, 7), YearMonth.of(2019, 8))), 0.616,
                "KOCIS national image survey 2019", 0.20));
        // Chosun Ilbo-SNU: "friendly / unfriendly toward China" with a middle answer, read like CISS's five answers
        out.add(row(IN_WINDOW, "Korean views of China, Chosun Ilbo-SNU 2015: friendly (the reading the favourable cut is set from)",
                "survey_favourable." + kr + ", mean of 2015",
                perRun(runs, s -> mean(s, "survey_favourable." + kr, YearMonth.of(2015, 1), YearMonth.of(2015, 12))), 0.231,
                "Chosun Ilbo-SNU 2015", 0.10));
        out.add(row(OUT_OF_SAMPLE, "Korean views of China, Chosun Ilbo-SNU 2025: friendly", "survey_favourable." + kr + ", mean of Nov-Dec 2025",
                perRun(runs, s -> mean(s, "survey_favourable." + kr, YearMonth.of(2025, 11), YearMonth.of(2025, 12))), 0.129,
                "Chosun Ilbo-SNU 2025", 0.10));
        out.add(row(OUT_OF_SAMPLE, "Korean views of China, Chosun Ilbo-SNU 2025: unfriendly", "survey_unfavourable." + kr + ", mean of Nov-Dec 2025",
                perRun(runs, s -> mean(s, "survey_unfavourable." + kr, YearMonth.of(2025, 11), YearMonth.of(2025, 12))), 0.568,
                "Chosun Ilbo-SNU 2025", 0.10));

        // the 2026 country table's survey values, held against the state every 2026 arm starts from,
        // each in the reading of its source (cn-kr.yaml): China's 13.9% is CISS 2023's favourable
        // answers (a question with a middle answer), Korea's 19% Pew 2022's
        for (int c = 0; c < 2; c++) {
            Country k = table2026.get(c);
            String code = k.code();
            String column = (code.equals(cn) ? "survey_favourable." : "favourable.") + code;
            String reading = code.equals(cn) ? "CISS 2023 reading" : "Pew 2022 reading";
            double[] dec = perRun(runs, s -> mean(s, column, YearMonth.of(2025, 12), YearMonth.of(2025, 12)));
            out.add(row(OUT_OF_SAMPLE, "State at the 2026 fork vs the 2026 country table: " + code + " favourable",
                    column + ", December 2025", dec, k.initialFavourableShare(),
                    "initialFavourableShare of cn-kr.yaml, " + reading, 0.10));
        }

        out.addAll(contentReach(worlds, runs, kr, cn));
        out.addAll(softPower(runs, kr, cn));
        return out;
    }

    /** Content shares and reach against KOFIC, China's box office and the reach of a hit drama. */
    private static List<PatternCheck> contentReach(List<World> worlds, List<MonthlySeries> runs, String kr, String cn) {
        List<PatternCheck> out = new ArrayList<>();
        int krIndex = worlds.get(0).country(0).code().equals(kr) ? 0 : 1;
        int cnIndex = 1 - krIndex;
        double[] cnInKr = new double[worlds.size()];
        double[] krInCn = new double[worlds.size()];
        for (int r = 0; r < worlds.size(); r++) {
            World w = worlds.get(r);
            double share = w.params().getForeignRevenueShare();
            int from2015 = first(w, YearMonth.of(2015, 1));
            int to2015 = last(w, YearMonth.of(2015, 12));
            int from2017 = first(w, YearMonth.of(2017, 1));
            int to2017 = last(w, YearMonth.of(2017, 6));
            // each model film stands for real ones (ContentShare): China's slate 2015, Korea's H1 2017
            double chinaWeight = CN_FILMS_2015 / Math.max(1, ContentShare.domesticReleases(w.content(), cnIndex, Medium.FILM,
                    from2015, to2015));
            double koreaWeight = KR_FILMS_2017 / 2 / Math.max(1, ContentShare.domesticReleases(w.content(), krIndex, Medium.FILM,
                    from2017, to2017));
            // Chinese films in Korea face no quota: they are a sample of China's slate, at its weight
            cnInKr[r] = ContentShare.weighted(w.content(), cnIndex, krIndex, Medium.FILM, from2017, to2017, share,
                    koreaWeight, chinaWeight);
            // Korean films in China come in under its import quota, whose numbers are the real ones
            krInCn[r] = ContentShare.weighted(w.content(), krIndex, cnIndex, Medium.FILM, from2015, to2015, share,
                    chinaWeight, 1);
        }
        // KOFIC H1 2017: Chinese films 0.2% of admissions, Korean 42.8%: 0.2 / 43.0 of the two
        out.add(factor(IN_WINDOW, "Chinese films' share of Korean cinema, H1 2017",
                "gross share of " + cn + " films among " + cn + " and " + kr + " films released in " + kr + ", Jan-Jun 2017, each film"
                        + " weighted by the real films it stands for (data/film_releases.csv)",
                cnInKr, 0.2 / 43.0, "KOFIC H1 2017: 0.2% of admissions (Korean films 42.8%), 0.47% of the two", 3));
        // China 2015: box office US$6.78 bn, Chinese films 61.6%; "Assassination", the Korean
        // release of the year, US$6.73 million: 0.10% of all, 0.16% of Chinese and Korean films
        out.add(factor(IN_WINDOW, "Korean films' share of Chinese cinema, 2015",
                "gross share of " + kr + " films among " + kr + " and " + cn + " films released in " + cn + ", 2015, Chinese films"
                        + " weighted by the real films they stand for (data/film_releases.csv)",
                krInCn, 0.0010 / 0.617, "SAPPRFT 2015 box office and 'Assassination' (US$6.73 m): 0.16% of the two", 3));
        // "Descendants of the Sun" (2016): 2.3 billion iQiyi views after 14 episodes, about 164
        // million a episode, 12% of China's 1.37 billion people (data/content_reach.csv)
        double[] drama = perRun(runs, s -> mean(s, "adoption." + kr + ".drama.in." + cn, YearMonth.of(2016, 1), YearMonth.of(2016, 6)));
        out.add(factor(IN_WINDOW, "Reach of Korean dramas in China, H1 2016",
                "adoption." + kr + ".drama.in." + cn + " (share consuming, i.e. watched in the past year), mean of Jan-Jun 2016",
                drama, 0.12, "about 12% a episode of 'Descendants of the Sun' (iQiyi views / population)", 3));
        return out;
    }

    /** Korea's soft-power parts among Chinese people against China's among Koreans, 2010-2016. */
    private static List<PatternCheck> softPower(List<MonthlySeries> runs, String kr, String cn) {
        List<PatternCheck> out = new ArrayList<>();
        String[] parts = {"", ".favourable", ".content_share", ".visitors_per_1000"};
        for (String part : parts) {
            int years = 0;
            int above = 0;
            for (int year = 2010; year <= 2016; year++) {
                int y = year;
                double k = mean(perRun(runs, s -> mean(s, "soft_power." + kr + part, YearMonth.of(y, 1), YearMonth.of(y, 12))));
                double c = mean(perRun(runs, s -> mean(s, "soft_power." + cn + part, YearMonth.of(y, 1), YearMonth.of(y, 12))));
                years++;
                if (k > c) above++;
            }
            String name = part.isEmpty() ? "composite index" : part.substring(1);
            out.add(new PatternCheck("Soft power, Hallyu asymmetry 2010-2016: " + name,
                    "years 2010-2016 in which soft_power." + kr + part + " (among " + cn + ") > soft_power." + cn + part + " (among " + kr + ")",
                    above + " of " + years, "every year (Hallyu in China; Chinese content marginal in Korea, KOFIC)",
                    "7 of 7", above == years, IN_WINDOW));
        }
        return out;
    }

    private static String code(List<World> worlds, String code) {
        World w = worlds.get(0);
        if (!w.country(0).code().equals(code) && !w.country(1).code().equals(code)) {
            throw new IllegalStateException("the history does not include " + code);
        }
        return code;
    }

    private static int first(World w, YearMonth m) {
        SimCalendar cal = w.calendar();
        for (int s = 0; s < cal.steps(); s++) if (!cal.month(s).isBefore(m)) return s;
        return cal.steps();
    }

    private static int last(World w, YearMonth m) {
        SimCalendar cal = w.calendar();
        int out = -1;
        for (int s = 0; s < cal.steps(); s++) if (!cal.month(s).isAfter(m)) out = s;
        return out;
    }

    private static double[] perRun(List<MonthlySeries> runs, ToDoubleFunction<MonthlySeries> f) {
        double[] v = new double[runs.size()];
        for (int i = 0; i < v.length; i++) v[i] = f.applyAsDouble(runs.get(i));
        return v;
    }

    /** Mean of a metric over months [from, to]. */
    static double mean(MonthlySeries s, String metric, YearMonth from, YearMonth to) {
        double[] x = s.series(metric);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            YearMonth m = s.months().get(i);
            if (m.isBefore(from) || m.isAfter(to)) continue;
            sum += x[i];
            n++;
        }
        if (n == 0) throw new IllegalStateException("no months of " + metric + " between " + from + " and " + to);
        return sum / n;
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    /** "mean [min, max] (n seeds)", values scaled (100 for percentages). */
    static String interval(double[] v, String format, double scale) {
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        String f = format + " [" + format + ", " + format + "] (%d seeds)";
        return String.format(Locale.ROOT, f, scale * mean(v), scale * sorted[0], scale * sorted[sorted.length - 1], v.length);
    }

    private static PatternCheck row(String window, String pattern, String measure, double[] v, double observed, String source,
                                    double tolerance) {
        double m = mean(v);
        return new PatternCheck(pattern, measure, interval(v, "%.1f%%", 100),
                String.format(Locale.ROOT, "%.1f%% (%s)", 100 * observed, source),
                String.format(Locale.ROOT, "mean within %.0f points", 100 * tolerance), Math.abs(m - observed) <= tolerance + 1e-12,
                window);
    }

    private static PatternCheck scoreRow(String pattern, String measure, double[] v, double observed, String source) {
        return new PatternCheck(pattern, measure, interval(v, "%.2f", 1), String.format(Locale.ROOT, "%.2f (%s)", observed, source),
                "within 0.3", Math.abs(mean(v) - observed) <= 0.3, OUT_OF_SAMPLE);
    }

    private static PatternCheck factor(String window, String pattern, String measure, double[] v, double observed, String source,
                                       double factor) {
        double m = mean(v);
        boolean pass = m > 0 && m <= observed * factor && m >= observed / factor;
        return new PatternCheck(pattern, measure, interval(v, "%.2f%%", 100), String.format(Locale.ROOT, "%.2f%% (%s)", 100 * observed, source),
                String.format(Locale.ROOT, "mean within a factor %.0f", factor), pass, window);
    }
}
