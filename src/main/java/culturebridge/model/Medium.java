package culturebridge.model;

/**
 * A medium of cultural content that an exchange policy opens or closes separately.
 *
 * <p>The four media follow the order of the January 2026 agreement's "films and dramas first"
 * and the stage list of Korea's 1998-2004 opening to Japanese culture (films, then
 * performances, then records and games; see {@code src/site/markdown/model-literature.md} §8).
 *
 * <p>{@link #releaseWeeks} is how long a released title keeps supplying its market: a
 * theatrical run of about two months for films, a season plus re-runs for dramas, a chart
 * life for music, a live-service life for digital titles (games, webtoons). These windows are
 * design assumptions to be calibrated; no source gives them for China-Korea flows.
 */
public enum Medium {
    FILM("film", 8),
    DRAMA("drama", 26),
    MUSIC("music", 26),
    DIGITAL("digital", 52);

    /** The lower-case name used in scenario files and metric names. */
    public final String key;
    /** Weeks a released title counts towards its market's supply (assumption). */
    public final int releaseWeeks;

    Medium(String key, int releaseWeeks) {
        this.key = key;
        this.releaseWeeks = releaseWeeks;
    }

    /** Number of media; adoption state is a bit mask of this many bits. */
    public static final int COUNT = values().length;

    /** The medium for a scenario-file name such as {@code drama}, or null if none. */
    public static Medium byKey(String key) {
        for (Medium m : values()) {
            if (m.key.equals(key)) return m;
        }
        return null;
    }
}
