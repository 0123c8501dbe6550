package culturebridge.model.opinion;

import culturebridge.model.Medium;
import culturebridge.model.content.ContentMarket;
import culturebridge.model.content.Title;

/**
 * A partner's share of the content consumed in a market, as box-office statistics count it
 * (KOFIC's shares of admissions by film nationality): the gross of the partner's titles
 * released in the market over a period, over the gross of all titles released there (the
 * market's own, the partner's and co-productions). A foreign title's recorded revenue is its
 * studio's share of the gross, so its gross is that revenue over the foreign revenue share.
 * The model's market holds only the two countries' titles, so a share of a market that also
 * shows third countries' content (Hollywood) is compared with the observed share among the two.
 *
 * <p>Each of the model's studios stands for many real ones: a country's model slate (about 40
 * films a year) is a sample of its real slate (about 300 Chinese and 376 Korean films released
 * in cinemas in 2015 and 2017, {@code data/film_releases.csv}). Imports under a quota are not
 * sampled: the quota is the real number of titles let in. A share held against box-office
 * statistics therefore weighs each title by the real titles it stands for
 * ({@link #weighted}): the market's own titles by {@code real domestic releases / model domestic
 * releases}, the partner's by its own sampling weight (1 under a quota). Without the weights the
 * partner's few imports are set against a domestic slate an order of magnitude too small.
 */
public final class ContentShare {
    private ContentShare() {}

    /**
     * Share of {@code origin}'s titles in the gross of {@code market} over steps [from, to],
     * every title counting once.
     *
     * @param medium one medium, or null for all media
     * @param foreignRevenueShare the studio's share of a foreign title's gross
     * @return the share, or 0 when nothing was released
     */
    public static double of(ContentMarket content, int origin, int market, Medium medium, int from, int to,
                            double foreignRevenueShare) {
        return weighted(content, origin, market, medium, from, to, foreignRevenueShare, 1, 1);
    }

    /**
     * Share of {@code origin}'s titles in the gross of {@code market} over steps [from, to], the
     * market's own titles (and co-productions, domestic there) weighing {@code domesticWeight}
     * each and the partner's {@code partnerWeight}: the real titles each model title stands for.
     *
     * @return the share, or 0 when nothing was released
     */
    public static double weighted(ContentMarket content, int origin, int market, Medium medium, int from, int to,
                                  double foreignRevenueShare, double domesticWeight, double partnerWeight) {
        double partner = 0;
        double all = 0;
        for (Title t : content.releasedSince(market, from)) {
            if (t.releaseStep(market) > to || (medium != null && t.medium != medium)) continue;
            if (t.foreignIn(market)) {
                // a platform's licence fee is what the title grossed there; other foreign revenue is the studio's share
                double gross = partnerWeight * (t.earnsLicenceFee(market) ? t.revenue(market) : t.revenue(market) / foreignRevenueShare);
                all += gross;
                if (t.origin == origin) partner += gross;
            } else {
                all += domesticWeight * t.revenue(market);
            }
        }
        return all > 0 ? partner / all : 0;
    }

    /** Titles of a market's own slate (its own titles and co-productions) released there in steps [from, to]. */
    public static int domesticReleases(ContentMarket content, int market, Medium medium, int from, int to) {
        int n = 0;
        for (Title t : content.releasedSince(market, from)) {
            if (t.releaseStep(market) > to || (medium != null && t.medium != medium)) continue;
            if (!t.foreignIn(market)) n++;
        }
        return n;
    }
}
