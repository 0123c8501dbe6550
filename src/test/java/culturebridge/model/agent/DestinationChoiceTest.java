package culturebridge.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The destination logit: anchored at the start, diversion to and from the outside options, bounded shares. */
class DestinationChoiceTest {
    private static final double S0 = 0.2;
    private static final double J0 = 0.1;

    @Test
    void reproducesTheStartShareAtTheStart() {
        assertEquals(S0, DestinationChoice.partnerShare(S0, J0, J0, 1, 1, 1), 1e-12);
    }

    @Test
    void aBetterOutsideOptionTakesTravellersFromThePartnerAndAWorseOneSendsThemBack() {
        double better = DestinationChoice.partnerShare(S0, J0, J0, 1, 2, 1);
        double worse = DestinationChoice.partnerShare(S0, J0, J0, 1, 0.5, 1);
        assertTrue(better < S0, "the rest of the world made twice as attractive: " + better);
        assertTrue(worse > S0, "the rest of the world made half as attractive: " + worse);
        // the logit's exact shares: the partner holds q0 = S0 / (1 - J0) of the non-Japan trips
        double q0 = S0 / (1 - J0);
        assertEquals((1 - J0) * q0 / (q0 + 2 * (1 - q0)), better, 1e-12);
    }

    @Test
    void japanLessAttractiveDivertsSomeOfItsTravellersToThePartner() {
        double share = DestinationChoice.partnerShare(S0, J0, J0, 0.5, 1, 1);
        double japan = J0 * 0.5 / (J0 * 0.5 + 1 - J0);
        assertEquals((1 - japan) / (1 - J0) * S0, share, 1e-12);
        assertTrue(share > S0);
    }

    @Test
    void japansDocumentedShareTakesFromEveryoneElseInProportion() {
        assertEquals(S0 * (1 - 0.3) / (1 - J0), DestinationChoice.partnerShare(S0, J0, 0.3, 1, 1, 1), 1e-12);
    }

    @Test
    void aMoreAttractivePartnerGainsButNeverTakesMoreThanTheNonJapanTrips() {
        double twice = DestinationChoice.partnerShare(S0, J0, J0, 1, 1, 2);
        assertTrue(twice > S0 && twice < 2 * S0, "doubling the partner's weight is less than doubling its share: " + twice);
        double huge = DestinationChoice.partnerShare(S0, J0, J0, 1, 1, 1e9);
        assertTrue(huge <= 1 - J0 && huge > 0.89, "bounded by the non-Japan trips: " + huge);
        assertEquals(0.0, DestinationChoice.partnerShare(S0, J0, J0, 1, 1, 0), 0.0);
    }
}
