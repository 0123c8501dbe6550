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
 * neutral, somewhat favourable, very favourable): five equal bands of width 0.2, so score
 * {@code s = min(5, 1 + floor(5 a))}; favourable is {@code s >= 4} ({@code a >= 0.6}), neutral
 * {@code s = 3} ({@code 0.4 <= a < 0.6}), unfavourable {@code s <= 2} ({@code a < 0.4}).
 * Assumption: equal-width bands.</li>
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
    public static final double CISS_UNFAVOURABLE_BELOW = 0.4;
    /** CISS: favourable (score 4-5) at or above. */
    public static final double CISS_FAVOURABLE_FROM = 0.6;

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
        int s = 1 + (int) Math.floor(5 * Math.max(0, a));
        return Math.min(5, s);
    }
}
