package culturebridge.model.channel;

import culturebridge.model.Params;
import culturebridge.model.policy.PolicyState;
import culturebridge.model.policy.Stage;

/**
 * The gates of each channel into one importing market, read from the policy's levers and the
 * parameters: titles a quarter and a year the route admits, and the review delay before a
 * title may pass. The stage's quota for the title's medium applies on top of these
 * ({@code Regulator}).
 *
 * <ul>
 *   <li>cinema: no limit of its own (the stage's film quota is the import quota);</li>
 *   <li>broadcast: {@link PolicyState#broadcastSlotsForPartner} a quarter;</li>
 *   <li>streaming: {@link PolicyState#platformLicencesPerYear} a year;</li>
 *   <li>games: {@code gameLicencesPerYear} a year where the market's regulator licenses at its
 *       discretion (China's "banhao"; Korea's GRAC rates games without a licence count).</li>
 * </ul>
 */
public final class ChannelGates {
    private ChannelGates() {}

    /** Titles of the partner a route admits into a market per calendar quarter ({@link Stage#UNLIMITED} if none). */
    public static int perQuarter(Channel ch, int market, PolicyState policy) {
        if (ch == Channel.BROADCAST) return limit(policy.broadcastSlotsForPartner(market));
        return Stage.UNLIMITED;
    }

    /** Titles of the partner a route admits into a market per calendar year ({@link Stage#UNLIMITED} if none). */
    public static int perYear(Channel ch, int market, PolicyState policy, Params params, boolean licensingRegulator) {
        return switch (ch) {
            case STREAMING -> limit(policy.platformLicencesPerYear(market));
            case GAMES -> licensingRegulator ? params.getGameLicencesPerYear() : Stage.UNLIMITED;
            default -> Stage.UNLIMITED;
        };
    }

    /** Whether the route admits any title at all this quarter and year (before counting). */
    public static boolean open(Channel ch, int market, PolicyState policy, Params params, boolean licensingRegulator) {
        return perQuarter(ch, market, policy) > 0 && perYear(ch, market, policy, params, licensingRegulator) > 0;
    }

    /**
     * Weeks a submitted title waits for review on this route: a licensing regulator's game review
     * for games, the regulator's review of films and series otherwise.
     */
    public static int reviewWeeks(Channel ch, Params params, boolean licensingRegulator) {
        return ch == Channel.GAMES && licensingRegulator ? params.getGameReviewWeeks() : params.getReviewWeeks();
    }

    private static int limit(int lever) {
        return lever == PolicyState.UNSET ? Stage.UNLIMITED : lever;
    }
}
