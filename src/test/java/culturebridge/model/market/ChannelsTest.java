package culturebridge.model.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.Country;
import culturebridge.model.Medium;
import culturebridge.model.Params;
import culturebridge.model.SimCalendar;
import culturebridge.model.TestSetups;
import culturebridge.model.channel.Channel;
import culturebridge.model.content.ContentMarket;
import culturebridge.model.content.MarketStatus;
import culturebridge.model.content.Title;
import culturebridge.model.params.ParameterCatalogue;
import culturebridge.model.policy.ChannelGates;
import culturebridge.model.policy.ExchangePolicy;
import culturebridge.model.policy.PolicyState;
import culturebridge.model.policy.Stage;
import ec.util.MersenneTwisterFast;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Each channel's gate binds on its own (an import quota, a review delay, a licence count, a
 * platform's purchase decision, broadcast slots, platform licences), a co-production refused
 * approval is not domestic, a joint venture's game is, and platform licence fees reach the
 * studios' returns. Country A (market 0) licenses at its discretion (China's role); B does not.
 */
class ChannelsTest {

    private static final int A = 0;
    private static final int B = 1;

    /** Fixed conditions over three years from January 2026: one stage, no tension. */
    private static final class Conditions implements MarketConditions {
        final Params params;
        final List<Country> countries = TestSetups.countries();
        final SimCalendar calendar = new SimCalendar(YearMonth.of(2026, 1), 36);
        final PolicyState policy;
        final ContentMarket content = new ContentMarket();
        Market market;

        Conditions(Params params, int[][] quota, boolean[] coproduction) {
            this(params, quota, coproduction, ChannelGates.OPEN);
        }

        Conditions(Params params, int[][] quota, boolean[] coproduction, ChannelGates gates) {
            this.params = params;
            Stage only = new Stage("only", null, quota, coproduction, List.of(), Stage.JOINT, gates);
            this.policy = new PolicyState(new ExchangePolicy(List.of(only), List.of(), List.of()), calendar);
        }

        Conditions(Params params, int quotaIntoA) {
            this(params, TestSetups.quota(quotaIntoA), new boolean[Medium.COUNT]);
        }

        @Override public Params params() { return params; }
        @Override public Country country(int c) { return countries.get(c); }
        @Override public PolicyState policyState() { return policy; }
        @Override public double tension() { return 0.0; }
        @Override public ContentMarket content() { return content; }
        @Override public int quarterIndex(int step) { return calendar.quarterIndex(step); }
        @Override public double adopterShare(int market, Medium m) { return 0.2; }

        Conditions run(long seed) {
            market = new Market(countries, params.getStudiosPerCountry());
            MersenneTwisterFast random = new MersenneTwisterFast(seed);
            for (int step = 0; step < calendar.steps(); step++) {
                if (calendar.startsQuarter(step)) market.slates(this, random, step);
                market.regulate(this, random, step);
            }
            return this;
        }

        long count(Predicate<Title> test) {
            return content.titles().stream().filter(test).count();
        }

        /** B's titles released in A through a channel. */
        long releasedInA(Channel ch) {
            return count(t -> t.origin == B && t.status(A) == MarketStatus.RELEASED && t.channel(A) == ch);
        }
    }

    /** Parameters under which every title is worth exporting and nothing is co-produced. */
    private static Params eager() {
        Params p = new Params();
        p.setStudiosPerCountry(6);
        p.setTitlesPerStudioQuarter(3);
        p.set(ParameterCatalogue.EXPORT_FIXED_COST, 0);
        p.set(ParameterCatalogue.BLOCKING_STEEPNESS, 0.001);
        return p;
    }

    private static int[][] quota(int film, int drama, int music, int digital) {
        int[][] q = TestSetups.quota(0);
        q[A] = new int[] {film, drama, music, digital};
        return q;
    }

    @Test
    void everyMediumTakesItsChannelAndTheDefaultsLetEachThrough() {
        Conditions c = new Conditions(eager(), 3).run(1);
        for (Channel ch : new Channel[] {Channel.CINEMA, Channel.STREAMING, Channel.GAMES}) {
            assertTrue(c.releasedInA(ch) > 0, "no title released in A through " + ch);
        }
        for (Title t : c.content.titles()) {
            if (t.origin == B && t.status(A) != MarketStatus.NOT_SUBMITTED) {
                assertNotNull(t.channel(A), t + " was offered without a route");
                assertTrue(t.channel(A).carries(t.medium), t + " took " + t.channel(A));
            }
        }
    }

    @Test
    void aZeroImportQuotaStopsCinemaReleases() {
        Conditions c = new Conditions(eager(), quota(0, 3, 3, 3), new boolean[Medium.COUNT]).run(2);
        assertEquals(0, c.releasedInA(Channel.CINEMA));
        assertEquals(0, c.count(t -> t.origin == B && t.medium == Medium.FILM && t.status(A) != MarketStatus.NOT_SUBMITTED));
        assertTrue(c.releasedInA(Channel.STREAMING) > 0, "the other channels stay open");
    }

    @Test
    void aReviewDelayDelaysEveryRelease() {
        Params p = eager();
        p.set(ParameterCatalogue.REVIEW_WEEKS, 20);
        Conditions c = new Conditions(p, 3).run(3);
        Params q = eager();
        q.set(ParameterCatalogue.REVIEW_WEEKS, 0);
        Conditions quick = new Conditions(q, 3).run(3);
        long checked = 0;
        for (Title t : c.content.titles()) {
            if (t.origin == B && t.status(A) == MarketStatus.RELEASED && t.channel(A) != Channel.GAMES) {
                assertTrue(t.releaseStep(A) - t.submittedStep() >= 20, t + " released after " + (t.releaseStep(A) - t.submittedStep()) + " weeks");
                checked++;
            }
        }
        assertTrue(checked > 0);
        assertTrue(quick.count(t -> t.origin == B && t.status(A) == MarketStatus.RELEASED && t.releaseStep(A) - t.submittedStep() < 20) > 0,
                "without review some titles pass within 20 weeks");
    }

    @Test
    void zeroGameLicencesStopGamesWhereTheRegulatorLicenses() {
        Params p = eager();
        p.set(ParameterCatalogue.GAME_LICENCES_PER_YEAR, 0);
        Conditions c = new Conditions(p, 5).run(4);
        assertEquals(0, c.releasedInA(Channel.GAMES));
        assertEquals(0, c.count(t -> t.origin == B && t.medium == Medium.DIGITAL && t.status(A) == MarketStatus.RELEASED));
        // B's regulator does not license games: A's games still reach B
        assertTrue(c.count(t -> t.origin == A && t.status(B) == MarketStatus.RELEASED && t.channel(B) == Channel.GAMES) > 0);
    }

    @Test
    void gameLicencesCapApprovalsInEachCalendarYear() {
        Params p = eager();
        p.set(ParameterCatalogue.GAME_LICENCES_PER_YEAR, 3);
        p.set(ParameterCatalogue.GAME_REVIEW_WEEKS, 0);
        Conditions c = new Conditions(p, Stage.UNLIMITED).run(5);
        int[] perYear = new int[3];
        for (Title t : c.content.titles()) {
            if (t.origin == B && t.status(A) == MarketStatus.RELEASED && t.channel(A) == Channel.GAMES) {
                perYear[c.calendar.quarterIndex(t.releaseStep(A)) / 4]++;
            }
        }
        for (int y = 0; y < 3; y++) assertEquals(3, perYear[y], "licences in year " + y);
    }

    @Test
    void aPlatformThatNeverBuysMeansNoStreamingSupply() {
        Params p = eager();
        p.set(ParameterCatalogue.PLATFORM_PURCHASE_PROBABILITY, 0.0);
        Conditions c = new Conditions(p, 5).run(6);
        assertEquals(0, c.releasedInA(Channel.STREAMING));
        assertTrue(c.count(t -> t.origin == B && t.status(A) == MarketStatus.DECLINED) > 0, "titles were offered and declined");
        int last = c.calendar.steps() - 1;
        assertEquals(0.0, c.content.releasedSupply(A, Medium.MUSIC, last, 4.0), "music reaches A only through platforms");
        assertEquals(0.0, c.content.releasedSupply(A, Medium.DRAMA, last, 4.0), "dramas offered to platforms that do not buy");
        assertTrue(c.content.releasedSupply(A, Medium.DIGITAL, last, 4.0) > 0, "games do not go through platforms");
    }

    @Test
    void closedPlatformsSendDramasToBroadcastSlots() {
        Params p = eager();
        ChannelGates gates = ChannelGates.OPEN.copy();
        java.util.Arrays.fill(gates.platformLicences()[A], 0);
        java.util.Arrays.fill(gates.broadcastSlots()[A], 2);
        Conditions c = new Conditions(p, TestSetups.quota(Stage.UNLIMITED), new boolean[Medium.COUNT], gates).run(7);
        assertEquals(0, c.releasedInA(Channel.STREAMING));
        int[] perQuarter = new int[12];
        for (Title t : c.content.titles()) {
            if (t.origin == B && t.status(A) == MarketStatus.RELEASED && t.channel(A) == Channel.BROADCAST) {
                perQuarter[c.calendar.quarterIndex(t.releaseStep(A))]++;
            }
        }
        int full = 0;
        for (int n : perQuarter) {
            assertTrue(n <= 2, "a quarter broadcast " + n + " partner dramas, 2 slots");
            if (n == 2) full++;
        }
        assertTrue(full >= 8, "the slots fill most quarters: " + full);
    }

    @Test
    void platformLicencesCapStreamingReleasesInEachQuarter() {
        Params p = eager();
        ChannelGates gates = ChannelGates.OPEN.copy();
        java.util.Arrays.fill(gates.platformLicences()[A], 1);
        Conditions c = new Conditions(p, TestSetups.quota(Stage.UNLIMITED), new boolean[Medium.COUNT], gates).run(8);
        int[][] perQuarter = new int[Medium.COUNT][12];
        for (Title t : c.content.titles()) {
            if (t.origin == B && t.status(A) == MarketStatus.RELEASED && t.channel(A) == Channel.STREAMING) {
                perQuarter[t.medium.ordinal()][c.calendar.quarterIndex(t.releaseStep(A))]++;
            }
        }
        for (Medium m : Medium.values()) {
            for (int n : perQuarter[m.ordinal()]) {
                assertTrue(n <= 1, "a quarter's platforms added " + n + " partner " + m.key + " titles, 1 licence");
            }
        }
        int full = 0;
        for (int n : perQuarter[Medium.DRAMA.ordinal()]) if (n == 1) full++;
        assertTrue(full >= 10, "the licences fill most quarters for dramas: " + full);
    }

    @Test
    void licensedPlatformsAddDramasBesideAClosedQuota() {
        Params p = eager();
        int[][] closed = quota(0, 0, 0, 0);
        Conditions quotaOnly = new Conditions(p, closed, new boolean[Medium.COUNT]).run(12);
        assertEquals(0, quotaOnly.releasedInA(Channel.STREAMING), "without licences a closed quota closes the platforms too");
        ChannelGates gates = ChannelGates.OPEN.copy();
        gates.platformLicences()[A][Medium.DRAMA.ordinal()] = 2;
        Conditions licensed = new Conditions(p, closed, new boolean[Medium.COUNT], gates).run(12);
        int[] perQuarter = new int[12];
        for (Title t : licensed.content.titles()) {
            if (t.origin == B && t.status(A) == MarketStatus.RELEASED) {
                assertEquals(Channel.STREAMING, t.channel(A), "only the licensed platforms admit B's titles");
                assertEquals(Medium.DRAMA, t.medium);
                perQuarter[licensed.calendar.quarterIndex(t.releaseStep(A))]++;
            }
        }
        int total = 0;
        for (int n : perQuarter) {
            assertTrue(n <= 2, "a quarter's platforms added " + n + " dramas, 2 licences");
            total += n;
        }
        assertTrue(total >= 16, "the licences admit dramas in most quarters: " + total);
    }

    @Test
    void aCoproductionRefusedApprovalIsNotDomestic() {
        Params p = eager();
        p.set(ParameterCatalogue.COPRODUCTION_PROPENSITY, 1.0);
        p.set(ParameterCatalogue.SCRIPT_APPROVAL_PROBABILITY, 0.0);
        // digital titles left out: a studio's joint venture would publish them as domestic titles
        boolean[] copro = {true, true, true, false};
        Conditions c = new Conditions(p, quota(0, 0, 0, 0), copro).run(9);
        assertEquals(0, c.count(t -> t.coproduction), "no project passes script review");
        assertTrue(c.count(Title::coproductionRefused) > 0);
        // with A's quotas at zero, B's refused projects never reach A: they are foreign there
        for (Title t : c.content.titles()) {
            if (t.coproductionRefused() && t.origin == B) {
                assertTrue(t.foreignIn(A));
                assertFalse(t.status(A) == MarketStatus.RELEASED, t + " reached A without a quota");
            }
        }
    }

    @Test
    void approvedCoproductionsMeetChinasRulesAndWaitForTheirReview() {
        Params p = eager();
        p.set(ParameterCatalogue.COPRODUCTION_PROPENSITY, 1.0);
        p.set(ParameterCatalogue.SCRIPT_APPROVAL_PROBABILITY, 1.0);
        boolean[] copro = {true, true, false, false};
        Conditions c = new Conditions(p, quota(0, 0, 0, 0), copro).run(10);
        long approved = c.count(t -> t.coproduction);
        long refused = c.count(Title::coproductionRefused);
        assertTrue(approved > 0 && refused > 0, "approved " + approved + ", refused " + refused);
        for (Title t : c.content.titles()) {
            if (!t.coproduction) continue;
            // set and shot in A, the licensing country (SARFT 2004 rules)
            assertEquals(A, t.featuredCountry, t + " is set outside the licensing country");
            int partner = 1 - t.origin;
            assertFalse(t.foreignIn(partner));
            if (t.status(partner) == MarketStatus.RELEASED) {
                assertEquals(8, t.releaseStep(partner) - t.releaseStep(t.origin), "the finished film's review takes 8 weeks");
            }
        }
    }

    @Test
    void aJointVentureGameCountsAsDomestic() {
        Params p = eager();
        p.set(ParameterCatalogue.JOINT_VENTURE_PROPENSITY, 1.0);
        boolean[] copro = {false, false, false, true};
        // A admits no partner title at all, yet joint ventures publish B's games there
        Conditions c = new Conditions(p, quota(0, 0, 0, 0), copro).run(11);
        assertTrue(c.market.studios().stream().allMatch(Studio::hasJointVenture));
        long jv = c.count(t -> t.origin == B && t.jointVenture() && t.status(A) == MarketStatus.RELEASED);
        assertTrue(jv > 0);
        assertEquals(0, c.releasedInA(Channel.GAMES));
        for (Title t : c.content.titles()) {
            if (t.jointVenture()) {
                assertEquals(Medium.DIGITAL, t.medium);
                assertFalse(t.foreignIn(1 - t.origin));
            }
        }
        int last = c.calendar.steps() - 1;
        assertEquals(jv, c.content.jointVentureReleasesBetween(B, A, 0, last));
        assertTrue(c.content.releasedSupply(A, Medium.DIGITAL, last, 4.0) > 0, "joint-venture games supply B's content in A");
    }

    @Test
    void platformLicenceFeesAreInTheStudiosReturns() {
        Conditions c = new Conditions(eager(), 5).run(12);
        int last = c.calendar.steps() - 1;
        double fees = c.content.platformRevenueBetween(B, A, 0, last);
        assertTrue(fees > 0);
        double booked = 0;
        for (Studio s : c.market.studios()) {
            if (s.country == B) booked += s.platformRevenue();
        }
        assertEquals(fees, booked, 1e-9 * fees, "the studios booked the fees the platforms paid");
        assertTrue(c.content.exportRevenueBetween(B, A, 0, last) > fees, "fees are part of the export revenue");
        // a drama's fee: US$ 4,700 x 16 episodes x quality / US$ 5 million in the larger market,
        // times a mean-one Pareto draw of tail index 2, which is at least 1/2
        int licensed = 0;
        for (Title t : c.content.titles()) {
            if (t.origin == B && t.medium == Medium.DRAMA && t.status(A) == MarketStatus.RELEASED) {
                assertTrue(t.earnsLicenceFee(A));
                assertTrue(t.revenue(A) >= 0.5 * 0.01504 * t.quality * (1 - 1e-12), t + " earned " + t.revenue(A));
                licensed++;
            }
        }
        assertTrue(licensed > 0);
    }
}
