package culturebridge.model.agent;

import culturebridge.model.Medium;
import culturebridge.model.World;
import culturebridge.model.content.ContentMarket;
import culturebridge.model.content.Title;
import java.util.List;

/**
 * The filming exposure of a week's departures: for each market and medium, the share of the
 * partner's titles released there within the filming memory that feature each partner city,
 * {@code [market][medium][partner city]} (the destination logit's film term, see {@link Trips}).
 *
 * <p>The titles of the window are counted incrementally: each call adds the releases made since
 * the last one and removes those that have left the window, instead of counting the whole
 * window again in every week with a departure. With a few years of memory the window holds
 * thousands of titles, and in runs of a few thousand agents a recount takes about an eighth of
 * the samples (JFR of a 2,000-agent sweep), so counting incrementally makes such runs a few per
 * cent faster. The shares are the same integer counts
 * divided by the same totals as a recount's, so the doubles are the same. The window slides
 * forward only; a call for an earlier week, another memory or another content market (a world
 * read from a checkpoint) counts afresh, and so does a market whose releases ever came out of
 * step order (which the model does not do).
 */
final class FilmingExposure {
    /**
     * Weeks per year for the filming memory (years, a parameter) in steps: 365.25 / 7 to two
     * decimals, the conversion this memory has always used (changing it would move some
     * memories by a week).
     */
    static final double WEEKS_PER_YEAR = 52.18;

    /** The content market counted, its memory in weeks and the window's first step. */
    private ContentMarket content;
    private int memory = -1;
    private int from = Integer.MIN_VALUE;
    /** Per market, the release log's window: entries [head, tail) are counted. */
    private final int[] head = new int[2];
    private final int[] tail = new int[2];
    /** Titles of the window featuring the partner, by [market][medium][partner city] and [market][medium]. */
    private final int[][][] count = new int[2][Medium.COUNT][];
    private final int[][] total = new int[2][Medium.COUNT];

    /** The exposure at a step. */
    double[][][] at(World w, int step) {
        int mem = (int) Math.round(w.params().getFilmingMemoryYears() * WEEKS_PER_YEAR);
        int start = step - mem;
        ContentMarket market = w.content();
        boolean slide = market == content && mem == memory && start >= from;
        for (int c = 0; c < 2; c++) {
            if (!slide || !market.releasesInStepOrder(c) || count[c][0].length != w.country(1 - c).cities().size()) {
                // afresh, then slide from here
                reset(c, w);
                if (!market.releasesInStepOrder(c)) {
                    // out of step order the window is no cut of the log: count it every time
                    for (Title t : market.releasedSince(c, start)) add(c, t, +1);
                    continue;
                }
            }
            List<Title> log = market.releaseLog(c);
            for (int k = tail[c]; k < log.size(); k++) add(c, log.get(k), +1);
            tail[c] = log.size();
            while (head[c] < tail[c] && log.get(head[c]).releaseStep(c) < start) add(c, log.get(head[c]++), -1);
        }
        content = market;
        memory = mem;
        from = start;
        double[][][] e = new double[2][Medium.COUNT][];
        for (int c = 0; c < 2; c++) {
            for (int m = 0; m < Medium.COUNT; m++) {
                int[] n = count[c][m];
                e[c][m] = new double[n.length];
                if (total[c][m] == 0) continue;
                for (int k = 0; k < n.length; k++) e[c][m][k] = (double) n[k] / total[c][m];
            }
        }
        return e;
    }

    private void add(int market, Title t, int delta) {
        if (t.featuredCountry != 1 - market) return;
        count[market][t.medium.ordinal()][t.featuredCity] += delta;
        total[market][t.medium.ordinal()] += delta;
    }

    private void reset(int market, World w) {
        int cities = w.country(1 - market).cities().size();
        for (int m = 0; m < Medium.COUNT; m++) {
            count[market][m] = new int[cities];
            total[market][m] = 0;
        }
        head[market] = 0;
        tail[market] = 0;
    }
}
