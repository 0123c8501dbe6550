package culturebridge.model.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.Country;
import culturebridge.model.Medium;
import culturebridge.model.Params;
import culturebridge.model.params.ParameterCatalogue;
import culturebridge.model.SimCalendar;
import culturebridge.model.TestSetups;
import culturebridge.model.content.ContentMarket;
import culturebridge.model.content.MarketStatus;
import culturebridge.model.content.Title;
import culturebridge.model.policy.PolicyState;
import ec.util.MersenneTwisterFast;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Studios and regulators run on market conditions alone (no world): approvals never exceed a
 * quarter's quota, and exports that are all blocked teach their studios that exporting does not pay.
 */
class MarketTest {

    /** Fixed conditions: the test countries, one stage with a quota of {@code quotaIntoA} into A, a set tension. */
    private static final class Conditions implements MarketConditions {
        final Params params;
        final List<Country> countries = TestSetups.countries();
        final SimCalendar calendar = new SimCalendar(YearMonth.of(2026, 1), 36);
        final PolicyState policy;
        final ContentMarket content = new ContentMarket();
        final double tension;

        Conditions(Params params, int quotaIntoA, double tension) {
            this.params = params;
            this.policy = new PolicyState(TestSetups.singleStage(quotaIntoA), calendar);
            this.tension = tension;
        }

        @Override public Params params() { return params; }
        @Override public Country country(int c) { return countries.get(c); }
        @Override public PolicyState policyState() { return policy; }
        @Override public double tension() { return tension; }
        @Override public ContentMarket content() { return content; }
        @Override public int quarterIndex(int step) { return calendar.quarterIndex(step); }
        @Override public double adopterShare(int market, Medium m) { return 0.2; }

        /** Runs the studios and regulators over the whole calendar. */
        Market run(long seed) {
            Market market = new Market(countries, params.getStudiosPerCountry());
            MersenneTwisterFast random = new MersenneTwisterFast(seed);
            for (int step = 0; step < calendar.steps(); step++) {
                if (calendar.startsQuarter(step)) market.slates(this, random, step);
                market.regulate(this, random, step);
            }
            return market;
        }
    }

    /** Parameters under which every title is worth exporting. */
    private static Params eager() {
        Params p = new Params();
        p.setStudiosPerCountry(6);
        p.setTitlesPerStudioQuarter(3);
        p.set(ParameterCatalogue.EXPORT_FIXED_COST, 0);
        return p;
    }

    @Test
    void approvalsInAQuarterNeverExceedItsQuota() {
        int quota = 2;
        Conditions c = new Conditions(eager(), quota, 0.0);
        c.run(3);
        int quarters = c.calendar.quarterIndex(c.calendar.steps() - 1) + 1;
        int[][] approved = new int[quarters][Medium.COUNT];
        for (Title t : c.content.titles()) {
            if (t.origin == 1 && !t.coproduction && t.status(0) == MarketStatus.RELEASED) {
                approved[c.calendar.quarterIndex(t.releaseStep(0))][t.medium.ordinal()]++;
            }
        }
        int full = 0;
        for (int[] q : approved) {
            for (int n : q) {
                assertTrue(n <= quota, "a quarter released " + n + " imported titles of a medium, quota " + quota);
                if (n == quota) full++;
            }
        }
        // the slates offer far more than the quota, so most quarters fill it
        assertTrue(full > quarters * Medium.COUNT / 2, "quarters at quota: " + full);
    }

    @Test
    void exportsThatAreAllBlockedTeachTheirStudiosNotToExpectReturns() {
        Params p = eager();
        p.setBlockingMidpoint(0.0);
        p.set(ParameterCatalogue.BLOCKING_STEEPNESS, 0.001);
        // country A blocks informally; at tension 1 far above the midpoint it blocks every title
        assertTrue(TestSetups.countries().get(0).informalBlocking());
        Conditions c = new Conditions(p, 5, 1.0);
        Market market = c.run(4);
        long blocked = c.content.titles().stream().filter(t -> t.origin == 1 && t.status(0) == MarketStatus.BLOCKED).count();
        long released = c.content.titles().stream().filter(t -> t.origin == 1 && t.status(0) == MarketStatus.RELEASED).count();
        assertEquals(0, released);
        assertTrue(blocked > 0);
        // B does not block informally, so A's exports to B go through
        assertEquals(0, c.content.titles().stream().filter(t -> t.origin == 0 && t.status(1) == MarketStatus.BLOCKED).count());
        int learned = 0;
        for (Studio s : market.studios()) {
            for (Medium m : Medium.values()) {
                if (s.country == 1 && s.exports(m) > 0) {
                    assertTrue(s.belief(m) < 1.0, "studio " + s.index + " exported " + m + " and learned nothing");
                    learned++;
                }
            }
        }
        assertTrue(learned > 0);
    }
}
