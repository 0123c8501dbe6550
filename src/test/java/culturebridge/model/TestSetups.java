package culturebridge.model;

import culturebridge.model.policy.Condition;
import culturebridge.model.policy.ExchangePolicy;
import culturebridge.model.policy.Festival;
import culturebridge.model.policy.RollbackRule;
import culturebridge.model.policy.Shock;
import culturebridge.model.policy.Stage;
import culturebridge.model.policy.StageEntry;
import java.time.YearMonth;
import java.util.List;

/** Small hand-built setups for model tests, independent of the scenario loader. */
public final class TestSetups {
    private TestSetups() {}

    /** Two stylised countries, A and B, with two cities each; both travel at 0.05 trips per person-year. */
    public static List<Country> countries() {
        return countries(0.3, 0.7);
    }

    /** As {@link #countries()}, with B's second city featured by B's titles with weight {@code b2Appeal}. */
    public static List<Country> countries(double b1Appeal, double b2Appeal) {
        double[] summerPeak = {0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.5, 1.6, 1.1, 1.0, 0.9, 0.8};
        Country a = new Country("AA", "Country A", 1.0e9, 5000, 0.45, 0.2, 1.0, 0.3, 1.0, 0.0,
                List.of(new City("A1", 0, 0, 0.6, 2.0, 0.5), new City("A2", 1, 1, 0.4, 1.0, 0.5)),
                new TravelProfile(0.05, 0.05, 0.4, 2700, summerPeak), true);
        Country b = new Country("BB", "Country B", 5.0e7, 25000, 0.32, 0.2, 1.0, 0.3, 0.2, 0.3,
                List.of(new City("B1", 5, 0, 0.7, 3.0, b1Appeal), new City("B2", 6, 1, 0.3, 1.5, b2Appeal)),
                new TravelProfile(0.05, 0.03, 0.2, 1000, TravelProfile.flat()));
        return List.of(a, b);
    }

    /** A quota table: market 0 (A) gets {@code intoA} per medium per quarter, B unlimited. */
    public static int[][] quota(int intoA) {
        int[][] q = new int[2][Medium.COUNT];
        for (int m = 0; m < Medium.COUNT; m++) {
            q[0][m] = intoA;
            q[1][m] = Stage.UNLIMITED;
        }
        return q;
    }

    /** A single-stage policy with the given quota into A. */
    public static ExchangePolicy singleStage(int intoA) {
        return new ExchangePolicy(List.of(new Stage("only", null, quota(intoA), new boolean[Medium.COUNT], List.of())),
                List.of(), List.of());
    }

    /** A setup with the given policy and parameters. */
    public static Setup setup(ExchangePolicy policy, Params p, int months) {
        return new Setup("test", YearMonth.of(2026, 1), months, countries(), policy, p);
    }

    /** Two-stage opening with a shock and rollback, for policy tests. */
    public static ExchangePolicy openingWithShock() {
        Stage closed = new Stage("closed", null, quota(0), new boolean[Medium.COUNT], List.of());
        Stage open = new Stage("open", new StageEntry(YearMonth.of(2026, 4), null, null), quota(5),
                new boolean[] {true, true, false, false},
                List.of(new Festival("fest", YearMonth.of(2026, 6), 1, 0, Medium.FILM, 0.3)));
        return new ExchangePolicy(List.of(closed, open),
                List.of(new RollbackRule(new Condition("tension", true, 0.6, 1), 0, 6)),
                List.of(new Shock("shock", java.time.LocalDate.of(2027, 1, 10), 0.7, 3)));
    }
}
