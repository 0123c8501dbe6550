package culturebridge.model.channel;

import culturebridge.model.Medium;
import culturebridge.model.Params;
import culturebridge.model.policy.ChannelGates;
import culturebridge.model.policy.PolicyState;
import culturebridge.model.policy.Stage;

/**
 * The gates of each channel into one importing market, read from the levers of the stage in
 * force ({@link ChannelGates} through {@link PolicyState}) and the parameters: titles a quarter
 * and a year the route admits, and the review delay before a title may pass. The stage's quota
 * for the title's medium applies on top of these ({@code Regulator}).
 *
 * <ul>
 *   <li>cinema: no limit of its own (the stage's film quota is the import quota);</li>
 *   <li>broadcast: the market's broadcast and screen slots for the partner's titles a quarter;</li>
 *   <li>streaming: the titles licensed streaming platforms may add a quarter;</li>
 *   <li>games: {@code gameLicencesPerYear} a year where the market's regulator licenses at its
 *       discretion (China's "banhao"; Korea's GRAC rates games without a licence count).</li>
 * </ul>
 */
public final class RouteGates {
    private RouteGates() {}

    /** Titles of the partner a route admits into a market per calendar quarter ({@link Stage#UNLIMITED} if none). */
    public static int perQuarter(Channel ch, int market, Medium m, PolicyState policy) {
        return switch (ch) {
            case BROADCAST -> policy.broadcastSlots(market, m);
            case STREAMING -> policy.platformLicences(market, m);
            default -> Stage.UNLIMITED;
        };
    }

    /** Titles of the partner a route admits into a market per calendar year ({@link Stage#UNLIMITED} if none). */
    public static int perYear(Channel ch, Params params, boolean licensingRegulator) {
        return ch == Channel.GAMES && licensingRegulator ? params.getGameLicencesPerYear() : Stage.UNLIMITED;
    }

    /**
     * Whether titles on this route count against the route's own licences instead of the stage's
     * import quota: where the stage licenses streaming platforms for a medium, online series are
     * licensed apart from broadcast and cinema imports (SAPPRFT notice of Sept. 2014 on overseas
     * series online; as a rule of the model, an assumption).
     */
    public static boolean replacesQuota(Channel ch, int market, Medium m, PolicyState policy) {
        return ch == Channel.STREAMING && policy.platformLicences(market, m) != Stage.UNLIMITED;
    }

    /** Titles of medium m a quarter that may enter a market on this route: its licences where they replace the quota, else the quota. */
    public static int admissions(Channel ch, int market, Medium m, PolicyState policy) {
        return replacesQuota(ch, market, m, policy) ? policy.platformLicences(market, m) : policy.quota(market, m);
    }

    /** Whether the route admits any title of medium m at all this quarter and year (before counting). */
    public static boolean open(Channel ch, int market, Medium m, PolicyState policy, Params params, boolean licensingRegulator) {
        return perQuarter(ch, market, m, policy) > 0 && perYear(ch, params, licensingRegulator) > 0;
    }

    /**
     * Weeks a submitted title waits for review on this route: a licensing regulator's game review
     * for games; otherwise the stage's review delay for the market where it sets one, else the
     * regulator's review of films and series.
     */
    public static int reviewWeeks(Channel ch, int market, PolicyState policy, Params params, boolean licensingRegulator) {
        if (ch == Channel.GAMES && licensingRegulator) return params.getGameReviewWeeks();
        int staged = policy.reviewWeeks(market);
        return staged == ChannelGates.PARAMETER_REVIEW ? params.getReviewWeeks() : staged;
    }
}
