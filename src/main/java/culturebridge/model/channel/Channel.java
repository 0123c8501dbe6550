package culturebridge.model.channel;

import culturebridge.model.Medium;

/**
 * A route by which a partner title reaches a market's audience, each with its own gate besides
 * the stage's quota for the title's medium (7.6, 7.7 of the model description):
 *
 * <ul>
 *   <li>{@link #CINEMA}: theatrical release of films, within the stage's import quota (China's 34
 *       revenue-share films a year, chinadaily 2017-02-10) after the regulator's review.</li>
 *   <li>{@link #BROADCAST}: TV dramas on broadcasters, within the broadcast slots the importing
 *       market gives the partner's content each quarter (a policy lever; China has kept foreign
 *       dramas out of prime time since SARFT's 2004 rules, Korea's broadcasting slots for Chinese
 *       content are a lever of the January 2026 plan).</li>
 *   <li>{@link #STREAMING}: licensed online platforms (iQiyi, Youku, Tencent Video; music
 *       platforms), which decide whether to buy a title's licence and pay per episode
 *       (data/platform_licence_prices.csv), within the platform licences the market allows a year
 *       (a policy lever), after the full-season review of foreign series (SARFT notice of
 *       September 2014).</li>
 *   <li>{@link #GAMES}: games through a local publisher, within the licences a licensing
 *       regulator grants the partner's games a year (China's NPPA "banhao": 13 Korean games of
 *       228 imported in 2016, none from March 2017 to 2019; data/game_licences.csv).</li>
 * </ul>
 */
public enum Channel {
    CINEMA("cinema"),
    BROADCAST("broadcast"),
    STREAMING("streaming"),
    GAMES("games");

    /** The lower-case name used in metric names. */
    public final String key;

    Channel(String key) {
        this.key = key;
    }

    /** Number of channels. */
    public static final int COUNT = values().length;

    /**
     * Whether a medium can take this route: films go to cinemas, dramas to broadcasters or
     * platforms, music to platforms, digital titles (games, webtoons) through game publishers.
     */
    public boolean carries(Medium m) {
        return switch (this) {
            case CINEMA -> m == Medium.FILM;
            case BROADCAST -> m == Medium.DRAMA;
            case STREAMING -> m == Medium.DRAMA || m == Medium.MUSIC;
            case GAMES -> m == Medium.DIGITAL;
        };
    }
}
