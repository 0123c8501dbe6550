package culturebridge.model.opinion;

/**
 * How an attitude {@code a} in [0, 1] toward the partner country is read as an answer to the
 * surveys the model is compared with.
 *
 * <ul>
 * <li><b>Pew Global Attitudes</b> ("Please tell me if you have a very favorable, somewhat
 * favorable, somewhat unfavorable or very unfavorable opinion of China"): four categories and
 * no neutral answer, so the cut between favourable and unfavourable is the scale's midpoint,
 * {@value #PEW_CUT}; the outer categories ("very") start at {@value #PEW_VERY_LOW} and
 * {@value #PEW_VERY_HIGH}. Pew's "don't know" (3-6% of Korean answers) has no counterpart: the
 * model's favourable and unfavourable shares add to 1 and are compared with Pew's shares as
 * published. Assumption: equal-width categories on the attitude scale.</li>
 * <li><b>Tsinghua CISS</b> 1-5 impression score (very unfavourable, somewhat unfavourable,
 * neutral, somewhat favourable, very favourable), and other questions with a middle answer
 * (Chosun Ilbo-SNU's "friendly / unfriendly"): favourable is {@code a >= }{@value #CISS_FAVOURABLE_FROM},
 * neutral {@value #CISS_UNFAVOURABLE_BELOW}{@code  <= a < }{@value #CISS_FAVOURABLE_FROM},
 * unfavourable {@code a < }{@value #CISS_UNFAVOURABLE_BELOW}. The favourable cut is set from the one
 * reading of a question with a middle answer in the calibration window: Chosun Ilbo-SNU 2015, 23.1%
 * of Koreans friendly toward China, is the model's share of Koreans at or above 0.68 over 2015 (the
 * history's first two seeds, 20,000 agents: 22.9% and 23.1%), the model's Korean public of 2015
 * being pinned by Pew 2015 at the midpoint. The unfavourable cut mirrors it about Pew's midpoint
 * (assumption: the middle answer is symmetric). Each side's band is split in half between its
 * "somewhat" and "very" answers (assumption): score 1 below {@value #CISS_VERY_LOW}, 5 from
 * {@value #CISS_VERY_HIGH}. No survey of 2020 on was used.</li>
 * </ul>
 */
public final class SurveyMapping {
    private SurveyMapping() {}

    /** Pew: favourable above, unfavourable below. */
    public static final double PEW_CUT = 0.5;
    /** Pew: "very unfavourable" below. */
    public static final double PEW_VERY_LOW = 0.25;
    /** Pew: "very favourable" at or above. */
    public static final double PEW_VERY_HIGH = 0.75;
    /** CISS: unfavourable (score 1-2) below. */
    public static final double CISS_UNFAVOURABLE_BELOW = 0.32;
    /** CISS: favourable (score 4-5) at or above. */
    public static final double CISS_FAVOURABLE_FROM = 0.68;
    /** CISS: "very unfavourable" (score 1) below. */
    public static final double CISS_VERY_LOW = 0.16;
    /** CISS: "very favourable" (score 5) at or above. */
    public static final double CISS_VERY_HIGH = 0.84;

    /** Pew reading: favourable. */
    public static boolean pewFavourable(double a) { return a > PEW_CUT; }

    /** Pew reading: unfavourable (every attitude that is not favourable). */
    public static boolean pewUnfavourable(double a) { return !pewFavourable(a); }

    /** Pew's four categories: 1 very unfavourable, 2 somewhat unfavourable, 3 somewhat favourable, 4 very favourable. */
    public static int pewCategory(double a) {
        if (a < PEW_VERY_LOW) return 1;
        if (!pewFavourable(a)) return 2;
        if (a < PEW_VERY_HIGH) return 3;
        return 4;
    }

    /** CISS 1-5 score. */
    public static int cissScore(double a) {
        if (a < CISS_VERY_LOW) return 1;
        if (a < CISS_UNFAVOURABLE_BELOW) return 2;
        if (a < CISS_FAVOURABLE_FROM) return 3;
        if (a < CISS_VERY_HIGH) return 4;
        return 5;
    }
}
