package culturebridge.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.Medium;
import culturebridge.model.Params;
import culturebridge.model.StreamRandom;
import culturebridge.model.TestSetups;
import culturebridge.model.World;
import culturebridge.model.opinion.NewsEvent;
import culturebridge.model.opinion.PublicNews;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The opinion rules of the weekly audience step: mediated contact of both signs, news that
 * reaches only the public it names, and attitudes that steer take-up and drop-out.
 */
class OpinionRulesTest {

    /** A started world with only the rule under test acting on attitudes (no talk, no persistence, no travel). */
    private static World world(Params p) {
        p.setAgents(4_000);
        p.setSocialInteractionsPerWeek(0);
        p.setAnchoringPerYear(0);
        p.setInitialAdoptionShare(0.2);
        World w = new World(TestSetups.setup(TestSetups.singleStage(5), p, 12), 3);
        w.start();
        return w;
    }

    private static double[][] supply(double s) {
        double[][] out = new double[2][Medium.COUNT];
        for (double[] row : out) java.util.Arrays.fill(row, s);
        return out;
    }

    private static AudienceBehaviour week(World w, double[][] supply, PublicNews news) {
        return new AudienceBehaviour(w.audiences(), w.params(), new StreamRandom(7), 1, supply, news, null);
    }

    @Test
    void negativeContactLowersAndPositiveContactRaisesConsumersAttitudes() {
        for (double negative : new double[] {0.0, 1.0}) {
            Params p = new Params();
            p.setFilmNegativeShare(negative);
            p.setDramaNegativeShare(negative);
            p.setMusicNegativeShare(negative);
            p.setDigitalNegativeShare(negative);
            World w = world(p);
            Audiences a = w.audiences();
            week(w, supply(0.5), null).step(0, a.size());
            int consumers = 0;
            for (int i = 0; i < a.size(); i++) {
                double before = a.attitude[i];
                double after = a.attitudeNext[i];
                if (a.adopted[i] == 0 || before <= 0 || before >= 1) {
                    assertEquals(before, after, 1e-6, "a non-consumer hears no news here");
                    continue;
                }
                consumers++;
                if (negative == 1.0) assertTrue(after < before, "negative contact lowers agent " + i);
                else assertTrue(after > before, "positive contact raises agent " + i);
            }
            assertTrue(consumers > 100);
        }
    }

    @Test
    void anEventNamingOnePublicMovesOnlyThatPublic() {
        Params p = new Params();
        p.setMediatedContactPerYear(0);
        World w = world(p);
        Audiences a = w.audiences();
        week(w, supply(0.5), null).step(0, a.size());
        float[] quiet = a.attitudeNext.clone();
        PublicNews news = new PublicNews(List.of(new NewsEvent("dispute", w.calendar().date(1).minusDays(7),
                new boolean[] {false, true}, -0.6, 6)));
        news.update(w.calendar().date(1));
        week(w, supply(0.5), news).step(0, a.size());
        int moved = 0;
        for (int i = 0; i < a.size(); i++) {
            if (a.country(i) == 0) {
                assertEquals(quiet[i], a.attitudeNext[i], "the other public is untouched: agent " + i);
            } else if (a.attitude[i] > 0 && a.attitude[i] < 1) {
                assertTrue(a.attitudeNext[i] < quiet[i], "hostile news lowers agent " + i);
                moved++;
            }
        }
        assertTrue(moved > 100);
    }

    @Test
    void aLowAttitudeMeansFewerTakeUpsAndMoreDropOuts() {
        Params p = new Params();
        p.setAttitudeAdoptionEffect(4);
        World w = world(p);
        Audiences a = w.audiences();
        float[] original = a.attitude.clone();
        int[] low = changes(w, 0.1f);
        int[] high = changes(w, 0.9f);
        System.arraycopy(original, 0, a.attitude, 0, original.length);
        assertTrue(low[0] < high[0], "take-ups: " + low[0] + " at a = 0.1, " + high[0] + " at a = 0.9");
        assertTrue(low[1] > high[1], "drop-outs: " + low[1] + " at a = 0.1, " + high[1] + " at a = 0.9");
    }

    /** Take-ups and drop-outs of one week with every attitude set to {@code att}, summed over the weeks' seeds. */
    private static int[] changes(World w, float att) {
        Audiences a = w.audiences();
        java.util.Arrays.fill(a.attitude, att);
        int up = 0;
        int down = 0;
        for (int seed = 0; seed < 20; seed++) {
            new AudienceBehaviour(a, w.params(), new StreamRandom(seed), 1, supply(0.5), null, null).step(0, a.size());
            for (int i = 0; i < a.size(); i++) {
                up += Integer.bitCount(a.adoptedNext[i] & ~a.adopted[i]);
                down += Integer.bitCount(a.adopted[i] & ~a.adoptedNext[i]);
            }
        }
        return new int[] {up, down};
    }

    @Test
    void selectionFactorIsOneAtTheMidpointAndRisesWithAttitude() {
        assertEquals(1.0, AudienceBehaviour.selection(2, 0.5), 1e-12);
        assertEquals(1.0, AudienceBehaviour.selection(0, 0.1), 0.0);
        assertTrue(AudienceBehaviour.selection(2, 0.1) < 1 && AudienceBehaviour.selection(2, 0.9) > 1);
    }
}
