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
 */
public final class ContentShare {
    private ContentShare() {}

    /**
     * Share of {@code origin}'s titles in the gross of {@code market} over steps [from, to].
     *
     * @param medium one medium, or null for all media
     * @param foreignRevenueShare the studio's share of a foreign title's gross
     * @return the share, or 0 when nothing was released
     */
    public static double of(ContentMarket content, int origin, int market, Medium medium, int from, int to,
                            double foreignRevenueShare) {
        double partner = 0;
        double all = 0;
        for (Title t : content.releasedSince(market, from)) {
            if (t.releaseStep(market) > to || (medium != null && t.medium != medium)) continue;
            // a platform's licence fee is what the title grossed there; other foreign revenue is the studio's share
            double gross = t.foreignIn(market) && !t.earnsLicenceFee(market) ? t.revenue(market) / foreignRevenueShare : t.revenue(market);
            all += gross;
            if (t.foreignIn(market) && t.origin == origin) partner += gross;
        }
        return all > 0 ? partner / all : 0;
    }
}
