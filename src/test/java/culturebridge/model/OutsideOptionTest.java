package culturebridge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.policy.OutboundSeries;
import culturebridge.model.policy.OutsideOption;
import culturebridge.model.policy.TravelPolicy;
import culturebridge.output.MonthlySeries;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Travel driven by documented outbound totals: a dated change of an outside option diverts
 * travellers to or from the partner, and the partner's arrivals follow the outbound series.
 */
class OutsideOptionTest {
    /** A's outbound trips per year: its trips to B (0.05 x 1e9) are a fifth of them. */
    private static final double OUTBOUND = 2.5e8;

    private static Params noFeedback() {
        Params p = new Params();
        p.setAgents(20_000);
        p.set(culturebridge.model.params.ParameterCatalogue.TRIP_RATE_SCALE, 1.0);
        p.setSocialTravelEffect(0);
        p.setAttitudeTravelEffect(0);
        p.set(culturebridge.model.params.ParameterCatalogue.FANDOM_TRAVEL_EFFECT, 0.0);
        p.setDirectContactWeight(0);
        p.setWordOfMouthWeight(0);
        return p;
    }

    private static OutboundSeries series(double y2026, double y2027) {
        SortedMap<Integer, Double> a = new TreeMap<>(Map.of(2026, y2026, 2027, y2027));
        SortedMap<Integer, Double> japan = new TreeMap<>(Map.of(2026, 0.1 * y2026, 2027, 0.1 * y2027));
        return new OutboundSeries(List.of(a, new TreeMap<>()), List.of(japan, new TreeMap<>()));
    }

    private static MonthlySeries run(OutboundSeries outbound, List<OutsideOption> outside, int months) {
        TravelPolicy travel = new TravelPolicy(List.of(), List.of(), Map.of(), outbound, outside);
        return WorldRuns.run(TestSetups.setup(TestSetups.singleStage(2).withTravel(travel), noFeedback(), months), 7, 1);
    }

    private static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int m = from; m < to; m++) s += x[m];
        return s / (to - from);
    }

    @Test
    void theRestOfTheWorldMadeMoreAttractiveDivertsTravellersFromThePartnerFromItsDate() {
        OutboundSeries flat = series(OUTBOUND, OUTBOUND);
        OutsideOption cheaper = new OutsideOption("cheap flights elsewhere", LocalDate.of(2026, 7, 1), null, 0,
                OutsideOption.Destination.OTHER, 2.0);
        double[] with = run(flat, List.of(cheaper), 12).series("partner_share.AA.BB");
        double[] without = run(flat, List.of(), 12).series("partner_share.AA.BB");
        for (int m = 0; m < 6; m++) assertEquals(without[m], with[m], 1e-12, "before the change, month " + m);
        double after = mean(with, 7, 12) / mean(without, 7, 12);
        // the logit's ratio: (q0 / (q0 + 2 (1 - q0))) / q0 with q0 = 0.2 / 0.9
        double q0 = 0.2 / 0.9;
        assertEquals(1 / (q0 + 2 * (1 - q0)), after, 0.03, "partner share after / without");
        assertTrue(after < 0.65, "the partner loses travellers: " + after);
        // the partner's share before the change is the tabled rate over the outbound total
        assertEquals(0.2, mean(without, 0, 12), 0.02, "share without any change");
    }

    @Test
    void japanMadeLessAttractiveSendsSomeOfItsTravellersToThePartner() {
        OutboundSeries flat = series(OUTBOUND, OUTBOUND);
        OutsideOption advisory = new OutsideOption("advisory against Japan", LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 30), 0, OutsideOption.Destination.JAPAN, 0.1);
        double[] with = run(flat, List.of(advisory), 12).series("partner_share.AA.BB");
        double[] without = run(flat, List.of(), 12).series("partner_share.AA.BB");
        double japan = 0.1 * 0.1 / (0.1 * 0.1 + 0.9);
        double expected = (1 - japan) / 0.9;
        assertEquals(expected, mean(with, 7, 9) / mean(without, 7, 9), 0.02, "during the advisory");
        assertTrue(mean(with, 7, 9) > mean(without, 7, 9) * 1.05);
        assertEquals(1.0, mean(with, 10, 12) / mean(without, 10, 12), 0.02, "after its end");
    }

    @Test
    void arrivalsFollowTheOutboundTotalsNotTheTabledGrowth() {
        // A's outbound travel doubles from 2026 to 2027; its table says +5% a year
        MonthlySeries doubling = run(series(OUTBOUND, 2 * OUTBOUND), List.of(), 24);
        double[] arrivals = doubling.series("arrivals.AA.BB");
        double[] share = doubling.series("partner_share.AA.BB");
        double[] outbound = doubling.series("outbound.AA");
        // July 2027 against July 2026 (same season): the outbound total doubled between mid-years
        assertEquals(2.0, outbound[18] / outbound[6], 0.05, "documented totals, July to July");
        assertEquals(2.0, arrivals[18] / arrivals[6], 0.12, "arrivals follow them");
        assertEquals(share[6], share[18], 0.02, "the partner's share stays put");
    }
}
