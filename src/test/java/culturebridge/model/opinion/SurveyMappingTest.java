package culturebridge.model.opinion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The reading of attitudes as survey answers is monotone and cuts where the class says. */
class SurveyMappingTest {

    @Test
    void answersNeverFallAsAttitudeRises() {
        int lastScore = 1;
        int lastPew = 1;
        boolean lastFavourable = false;
        for (int k = 0; k <= 10_000; k++) {
            double a = k / 10_000.0;
            int score = SurveyMapping.cissScore(a);
            int pew = SurveyMapping.pewCategory(a);
            boolean fav = SurveyMapping.pewFavourable(a);
            assertTrue(score >= lastScore && score >= 1 && score <= 5, "CISS score at " + a);
            assertTrue(pew >= lastPew && pew >= 1 && pew <= 4, "Pew category at " + a);
            assertTrue(fav || !lastFavourable, "favourable at " + a);
            assertEquals(!fav, SurveyMapping.pewUnfavourable(a));
            lastScore = score;
            lastPew = pew;
            lastFavourable = fav;
        }
    }

    @Test
    void cutPointsAreTheStatedOnes() {
        assertFalse(SurveyMapping.pewFavourable(0.5));
        assertTrue(SurveyMapping.pewFavourable(0.5000001));
        assertEquals(1, SurveyMapping.pewCategory(0.2499));
        assertEquals(2, SurveyMapping.pewCategory(0.25));
        assertEquals(3, SurveyMapping.pewCategory(0.51));
        assertEquals(4, SurveyMapping.pewCategory(0.75));
        assertEquals(1, SurveyMapping.cissScore(0.0));
        assertEquals(1, SurveyMapping.cissScore(0.1599));
        assertEquals(2, SurveyMapping.cissScore(0.16));
        assertEquals(2, SurveyMapping.cissScore(0.3199));
        assertEquals(3, SurveyMapping.cissScore(SurveyMapping.CISS_UNFAVOURABLE_BELOW));
        assertEquals(3, SurveyMapping.cissScore(0.5));
        assertEquals(3, SurveyMapping.cissScore(0.6799));
        assertEquals(4, SurveyMapping.cissScore(SurveyMapping.CISS_FAVOURABLE_FROM));
        assertEquals(4, SurveyMapping.cissScore(0.8399));
        assertEquals(5, SurveyMapping.cissScore(0.84));
        assertEquals(5, SurveyMapping.cissScore(1.0));
    }
}
