package culturebridge.model.channel;

/**
 * The rules that make a co-production count as domestic in both markets, checked when the
 * project is proposed (its script is approved before shooting).
 *
 * <p>Under the China-Korea film co-production agreement (signed 3 July 2014, in force 1
 * September 2014; Hollywood Reporter 2014-07; olffi.com treaty summary) an approved
 * co-production is a domestic film in both countries, outside China's import quota; each
 * competent authority approves the project before production and the finished film after, each
 * by its own rules. China's rules (SARFT Stipulation on Chinese-Foreign Film Co-production,
 * 2004; enforced as "all requirements must be met" by SARFT's deputy head, Variety 2012-08-28):
 * at least one third of the principal cast Chinese, Chinese elements in the story, part of the
 * shooting in China, and approval of the script by CFCC and the Film Bureau (40 working days).
 *
 * <p>In the model a project meets the cast rule when its share of principal cast from the
 * licensing country is at least {@link #MIN_CAST_SHARE}, meets the story and shooting rules when
 * its featured city (where it is set and shot) lies in that country, and passes script review
 * with the parameter's probability. Where neither market's regulator licenses at its discretion,
 * only script review applies.
 */
public final class CoproductionRules {
    private CoproductionRules() {}

    /** At least one third of the principal cast from the licensing country (SARFT 2004; Variety 2012-08-28). */
    public static final double MIN_CAST_SHARE = 1.0 / 3.0;

    /**
     * Whether a project qualifies as a co-production.
     *
     * @param licensing          whether one of the two markets licenses at its discretion (China)
     * @param castShare          share of the principal cast from that country
     * @param featuredThere      whether the project is set and shot in that country
     * @param scriptApproved     whether the authorities approved the script
     */
    public static boolean qualifies(boolean licensing, double castShare, boolean featuredThere, boolean scriptApproved) {
        if (!scriptApproved) return false;
        if (!licensing) return true;
        return castShare >= MIN_CAST_SHARE && featuredThere;
    }
}
