package culturebridge.output;

import culturebridge.model.Country;
import culturebridge.model.Medium;
import culturebridge.model.Setup;
import culturebridge.model.World;
import culturebridge.model.channel.Channel;
import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one list of metric definitions (outputs.md lists them). Names are API: CSV columns, chart
 * series, sweep responses and policy conditions all use them. Countries appear by code;
 * {@code <origin>} is the country whose content it is, {@code <market>} where it is consumed.
 */
public final class Metrics {
    private Metrics() {}

    /** All metrics for a pair of countries, in CSV column order. */
    public static List<Metric> forCountries(List<Country> countries) {
        String[] code = {countries.get(0).code(), countries.get(1).code()};
        List<Metric> out = new ArrayList<>();
        out.add(new Metric("tension", Metric.Kind.LEVEL, "0-1", "political tension between the two countries",
                (w, a, b) -> w.climate().tension()));
        out.add(new Metric("travel_risk", Metric.Kind.LEVEL, "0-1",
                "political risk travellers act on: tension seen through the lag riskPerceptionYears, above the level they have adapted to (riskAdaptationYears)",
                (w, a, b) -> w.climate().travelRisk()));
        for (int market = 0; market < 2; market++) {
            int origin = 1 - market;
            final int mk = market;
            for (Medium m : Medium.values()) {
                out.add(new Metric("adoption." + code[origin] + "." + m.key + ".in." + code[market], Metric.Kind.LEVEL,
                        "share of population", "share of " + code[market] + "'s people consuming " + code[origin] + "'s " + m.key + " content",
                        (w, a, b) -> w.summary().adoptionShare()[mk][m.ordinal()]));
            }
        }
        for (int market = 0; market < 2; market++) {
            int origin = 1 - market;
            final int mk = market;
            for (Medium m : Medium.values()) {
                out.add(new Metric("supply." + code[origin] + "." + m.key + ".in." + code[market], Metric.Kind.LEVEL,
                        "supply index (1 = saturated)", "supply of " + code[origin] + "'s " + m.key + " content in " + code[market]
                        + " at the month's last week (titles in release, festivals, unofficial channel)",
                        (w, a, b) -> w.supply(mk, m)));
            }
        }
        for (int c = 0; c < 2; c++) {
            final int cc = c;
            out.add(new Metric("attitude." + code[c], Metric.Kind.LEVEL, "0-1",
                    "mean attitude of " + code[c] + "'s people toward " + code[1 - c],
                    (w, a, b) -> w.summary().meanAttitude()[cc]));
            out.add(new Metric("favourable." + code[c], Metric.Kind.LEVEL, "share of population",
                    "share of " + code[c] + "'s people favourable toward " + code[1 - c]
                            + " as Pew asks it (very or somewhat favourable: attitude above 0.5; SurveyMapping)",
                    (w, a, b) -> w.summary().favourableShare()[cc]));
            out.add(new Metric("unfavourable." + code[c], Metric.Kind.LEVEL, "share of population",
                    "share of " + code[c] + "'s people unfavourable toward " + code[1 - c]
                            + " as Pew asks it (very or somewhat unfavourable: attitude at most 0.5; SurveyMapping)",
                    (w, a, b) -> 1 - w.summary().favourableShare()[cc]));
            out.add(new Metric("survey_score." + code[c], Metric.Kind.LEVEL, "score 1-5",
                    "mean impression score of " + code[c] + "'s people toward " + code[1 - c]
                            + " on the Tsinghua CISS 1-5 scale (bands cut at 0.16, 0.32, 0.68, 0.84; SurveyMapping)",
                    (w, a, b) -> w.summary().cissMeanScore(cc)));
            out.add(new Metric("survey_favourable." + code[c], Metric.Kind.LEVEL, "share of population",
                    "share of " + code[c] + "'s people with CISS score 4-5 toward " + code[1 - c] + " (attitude at least 0.68)",
                    (w, a, b) -> w.summary().cissFavourable(cc)));
            out.add(new Metric("survey_neutral." + code[c], Metric.Kind.LEVEL, "share of population",
                    "share of " + code[c] + "'s people with CISS score 3 toward " + code[1 - c] + " (attitude 0.32 to 0.68)",
                    (w, a, b) -> w.summary().cissNeutral(cc)));
            out.add(new Metric("survey_unfavourable." + code[c], Metric.Kind.LEVEL, "share of population",
                    "share of " + code[c] + "'s people with CISS score 1-2 toward " + code[1 - c] + " (attitude below 0.32)",
                    (w, a, b) -> w.summary().cissUnfavourable(cc)));
            out.add(new Metric("news_hostile." + code[c], Metric.Kind.LEVEL, "news pressure",
                    "hostile news about " + code[1 - c] + " heard by " + code[c] + "'s public from dated events (data/events.csv)",
                    (w, a, b) -> w.news().hostile(cc)));
            out.add(new Metric("news_friendly." + code[c], Metric.Kind.LEVEL, "news pressure",
                    "friendly news about " + code[1 - c] + " heard by " + code[c] + "'s public from dated events (data/events.csv)",
                    (w, a, b) -> w.news().friendly(cc)));
        }
        for (int market = 0; market < 2; market++) {
            int origin = 1 - market;
            final int mk = market;
            for (Medium m : Medium.values()) {
                out.add(new Metric("content_share." + code[origin] + "." + m.key + ".in." + code[market], Metric.Kind.LEVEL,
                        "share of gross", code[origin] + "'s share of the gross of " + m.key
                                + " titles released in " + code[market] + " over the last 12 months (as KOFIC counts admissions by nationality)",
                        (w, a, b) -> culturebridge.model.opinion.ContentShare.of(w.content(), origin, mk, m,
                                Math.max(0, b - culturebridge.model.SoftPowerIndex.WINDOW_WEEKS + 1), b, w.params().getForeignRevenueShare())));
            }
        }
        for (int market = 0; market < 2; market++) {
            int origin = 1 - market;
            final int mk = market;
            for (Medium m : Medium.values()) {
                out.add(new Metric("titles_released." + code[origin] + "." + m.key + ".in." + code[market], Metric.Kind.FLOW,
                        "titles per month", code[origin] + "'s " + m.key + " titles approved and released in " + code[market],
                        (w, a, b) -> w.content().releasedBetween(origin, m, mk, a, b)));
            }
        }
        out.add(new Metric("coproductions", Metric.Kind.FLOW, "titles per month", "co-productions made (released as domestic in both markets)",
                (w, a, b) -> w.content().coproductionsBetween(a, b)));
        for (int market = 0; market < 2; market++) {
            int origin = 1 - market;
            final int mk = market;
            out.add(new Metric("content_revenue." + code[origin] + ".in." + code[market], Metric.Kind.FLOW,
                    "model revenue units per month (1 = mean domestic title in the larger market)",
                    "revenue of " + code[origin] + "'s studios from exports released in " + code[market],
                    (w, a, b) -> w.content().exportRevenueBetween(origin, mk, a, b)));
        }
        channelMetrics(code, out);
        for (int from = 0; from < 2; from++) {
            final int f = from;
            String dir = code[from] + "." + code[1 - from];
            out.add(new Metric("arrivals." + dir, Metric.Kind.FLOW, "persons per month",
                    "expected visitors from " + code[from] + " arriving in " + code[1 - from]
                            + " (sum of trip probabilities x agent weight; no sampling noise)",
                    (w, a, b) -> w.tripLog().expected(f, a, b)));
            out.add(new Metric("arrivals_sampled." + dir, Metric.Kind.FLOW, "persons per month",
                    "sampled visitors from " + code[from] + " arriving in " + code[1 - from]
                            + " (traveller units who left x persons per unit; see travellerPersons)",
                    (w, a, b) -> w.tripLog().persons(f, a, b)));
            out.add(new Metric("group_share." + dir, Metric.Kind.LEVEL, "share of arrivals",
                    "expected share of visitors from " + code[from] + " to " + code[1 - from]
                            + " who come in group tours, over the weeks starting in the month (0 when none are expected)",
                    (w, a, b) -> {
                        double all = w.tripLog().expected(f, a, b);
                        return all > 0 ? w.tripLog().expectedGroup(f, a, b) / all : 0;
                    }));
        }
        for (int to = 0; to < 2; to++) {
            final int t = to;
            out.add(new Metric("receipts." + code[to], Metric.Kind.FLOW, "US$ per month",
                    "expected spending of visitors from " + code[1 - to] + " in " + code[to] + " (expected arrivals x spending per trip)",
                    (w, a, b) -> w.tripLog().expectedReceipts(t, a, b)));
        }
        for (int to = 0; to < 2; to++) {
            final int t = to;
            List<culturebridge.model.City> cities = countries.get(to).cities();
            for (int k = 0; k < cities.size(); k++) {
                final int city = k;
                out.add(new Metric("arrivals_city." + code[to] + "." + cities.get(k).name(), Metric.Kind.FLOW, "persons per month",
                        "expected visitors from " + code[1 - to] + " whose destination is " + cities.get(k).name()
                                + " (expected arrivals x destination-choice probabilities)",
                        (w, a, b) -> w.tripLog().expectedCity(t, city, a, b)));
            }
        }
        for (int c = 0; c < 2; c++) {
            final int cc = c;
            out.add(new Metric("festival_attendance." + code[c], Metric.Kind.FLOW, "persons per month",
                    "persons attending festivals of " + code[1 - c] + "'s content held in " + code[c]
                            + " (sampled from agents near the venue x agent weight; in a festival's first week)",
                    (w, a, b) -> w.trips().festivals().attendance(cc, a, b)));
        }
        for (int c = 0; c < 2; c++) {
            final int cc = c;
            out.add(new Metric("soft_power." + code[c], Metric.Kind.LEVEL, "index 0-100",
                    "soft-power index of " + code[c] + " among " + code[1 - c] + "'s people",
                    (w, a, b) -> w.softPower(cc).index()));
            out.add(new Metric("soft_power." + code[c] + ".favourable", Metric.Kind.LEVEL, "share of population",
                    "share of " + code[1 - c] + "'s people favourable toward " + code[c] + " (Pew reading)",
                    (w, a, b) -> w.softPower(cc).favourable()));
            out.add(new Metric("soft_power." + code[c] + ".content_share", Metric.Kind.LEVEL, "share of gross",
                    code[c] + "'s share of the gross of all titles released in " + code[1 - c] + " over the last 12 months",
                    (w, a, b) -> w.softPower(cc).contentShare()));
            out.add(new Metric("soft_power." + code[c] + ".visitors_per_1000", Metric.Kind.LEVEL, "persons per 1,000 per year",
                    "expected visitors from " + code[1 - c] + " to " + code[c] + " over the last 12 months per 1,000 residents of " + code[c]
                            + " (tourism intensity, Defert's tourist function)",
                    (w, a, b) -> w.softPower(cc).visitorsPer1000()));
        }
        return out;
    }

    /**
     * Per-channel releases, platform licence revenue, co-production approvals and joint ventures
     * (the channels and their gates: ODD 7.6-7.7).
     */
    private static void channelMetrics(String[] code, List<Metric> out) {
        out.add(new Metric("coproductions_refused", Metric.Kind.FLOW, "projects per month",
                "co-production projects refused approval (made as the lead studio's domestic titles)",
                (w, a, b) -> w.content().coproductionsRefusedBetween(a, b)));
        for (int market = 0; market < 2; market++) {
            int origin = 1 - market;
            final int mk = market;
            String dir = code[origin] + ".in." + code[market];
            for (Channel ch : Channel.values()) {
                out.add(new Metric("releases." + ch.key + "." + dir, Metric.Kind.FLOW, "titles per month",
                        code[origin] + "'s titles released in " + code[market] + " through " + ch.key + " (approved past the channel's gate)",
                        (w, a, b) -> w.content().releasedViaBetween(origin, ch, mk, a, b)));
            }
            out.add(new Metric("platform_revenue." + dir, Metric.Kind.FLOW,
                    "model revenue units per month (1 = mean domestic title in the larger market)",
                    "licence fees paid to " + code[origin] + "'s studios by " + code[market] + "'s streaming platforms (part of content_revenue)",
                    (w, a, b) -> w.content().platformRevenueBetween(origin, mk, a, b)));
            out.add(new Metric("jv_releases." + dir, Metric.Kind.FLOW, "titles per month",
                    code[origin] + "'s games published in " + code[market] + " by joint ventures (domestic titles there)",
                    (w, a, b) -> w.content().jointVentureReleasesBetween(origin, mk, a, b)));
            out.add(new Metric("joint_ventures." + dir, Metric.Kind.LEVEL, "studios",
                    code[origin] + "'s studios with a joint venture in " + code[market],
                    (w, a, b) -> w.studios().stream().filter(st -> st.country == origin && st.hasJointVenture()).count()));
        }
    }

    /**
     * The metrics of a setup: those of its countries plus, for each direction with observed
     * arrivals in the scenario, {@code arrivals_observed.<from>.<to>} (NaN in months without
     * an observation).
     */
    public static List<Metric> forSetup(Setup setup) {
        List<Metric> out = forCountries(setup.countries());
        Map<String, SortedMap<YearMonth, Double>> observed = setup.policy().travel().observed();
        for (String name : new TreeSet<>(observed.keySet())) {
            SortedMap<YearMonth, Double> series = observed.get(name);
            // LEVEL: the month's observed total, read once at the month's last step
            out.add(new Metric(name, Metric.Kind.LEVEL, "persons per month", "observed arrivals (data named by the scenario)",
                    (w, a, b) -> series.getOrDefault(w.calendar().month(b), Double.NaN)));
        }
        out.addAll(destinationChoice(setup));
        return out;
    }

    /**
     * For each origin whose outbound travel the scenario documents: {@code outbound.<origin>},
     * its outbound trips, and {@code partner_share.<from>.<to>}, the partner's share of them
     * (expected arrivals over outbound trips of the month; ODD 7.11).
     */
    private static List<Metric> destinationChoice(Setup setup) {
        List<Metric> out = new ArrayList<>();
        List<Country> countries = setup.countries();
        for (int from = 0; from < 2; from++) {
            if (!setup.policy().travel().outbound().covers(from)) continue;
            final int f = from;
            String origin = countries.get(from).code();
            String dir = origin + "." + countries.get(1 - from).code();
            out.add(new Metric("outbound." + origin, Metric.Kind.FLOW, "persons per month",
                    "documented outbound trips of " + origin + "'s people (all destinations; scenario input, data/outbound_totals.csv)",
                    (w, a, b) -> culturebridge.model.agent.DestinationChoice.outboundPersons(w, f, a, b)));
            out.add(new Metric("partner_share." + dir, Metric.Kind.LEVEL, "share of outbound trips",
                    "share of " + origin + "'s outbound trips that go to " + countries.get(1 - from).code()
                            + " (expected arrivals over outbound trips of the month)",
                    (w, a, b) -> {
                        double all = culturebridge.model.agent.DestinationChoice.outboundPersons(w, f, a, b);
                        return all > 0 ? w.tripLog().expected(f, a, b) / all : 0;
                    }));
        }
        return out;
    }

    /** The metric names for a pair of countries (for validating scenario conditions). */
    public static Set<String> names(List<Country> countries) {
        Set<String> names = new LinkedHashSet<>();
        for (Metric m : forCountries(countries)) names.add(m.name());
        return names;
    }
}
