package culturebridge.model.market;

import culturebridge.model.Country;
import culturebridge.model.Medium;
import culturebridge.model.Params;
import culturebridge.model.content.ContentMarket;
import culturebridge.model.policy.PolicyState;

/**
 * What the two content markets face in a week, as studios and regulators read it: the rules
 * in force (parameters, the exchange policy's active stage and quotas), the political climate,
 * the countries' market sizes and cultural discounts, the titles in circulation, and how
 * familiar each audience already is with the partner's content. The studios and regulators
 * read the world through this and nothing else.
 */
public interface MarketConditions {

    /** The live parameters. */
    Params params();

    /** Country {@code c} (0 or 1). */
    Country country(int c);

    /** The exchange policy's state: active stage, quotas. */
    PolicyState policyState();

    /** Political tension this week, in [0, 1]. */
    double tension();

    /** The titles made so far and their status in each market. */
    ContentMarket content();

    /** Index of the calendar quarter a step falls in. */
    int quarterIndex(int step);

    /** Share of market {@code market}'s audience that has adopted the partner's medium {@code m}. */
    double adopterShare(int market, Medium m);
}
