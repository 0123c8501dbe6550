package culturebridge.model;

/**
 * The record of travel in a run, per step and direction (indexed by the travellers' country).
 * Two kinds of figure are kept side by side:
 * <ul>
 *   <li><b>expected</b>: the sum over agents of trip probability x persons represented, and the
 *   group-tour persons, spending and arrivals by destination city that follow from it. These
 *   carry no sampling noise; the aggregate outputs read them.</li>
 *   <li><b>sampled</b>: the traveller units that actually left (each agent's persons are split
 *   into lighter traveller units, see {@code Trips}), with their channel and destination.</li>
 * </ul>
 * Metrics read it; agents never touch it.
 */
public final class TripLog implements java.io.Serializable {
    private static final long serialVersionUID = 2L;

    private final double[][] persons;
    private final double[][] groupPersons;
    private final double[][] receipts;
    private final double[][][] cityPersons;
    private final double[][] expected;
    private final double[][] expectedGroup;
    private final double[][] expectedReceipts;
    private final double[][][] expectedCity;

    /**
     * @param steps  steps in the run
     * @param cities cities per country
     */
    public TripLog(int steps, int[] cities) {
        persons = new double[steps][2];
        groupPersons = new double[steps][2];
        receipts = new double[steps][2];
        cityPersons = new double[steps][2][];
        expected = new double[steps][2];
        expectedGroup = new double[steps][2];
        expectedReceipts = new double[steps][2];
        expectedCity = new double[steps][2][];
        for (int s = 0; s < steps; s++) {
            for (int c = 0; c < 2; c++) {
                cityPersons[s][c] = new double[cities[c]];
                expectedCity[s][c] = new double[cities[c]];
            }
        }
    }

    /**
     * A copy covering more steps (the same record so far, empty after it), for a policy arm
     * that continues a warm-up's world beyond the warm-up's last step.
     */
    public TripLog extendedTo(int steps) {
        if (steps < persons.length) throw new IllegalArgumentException("cannot shrink a trip log from " + persons.length + " to " + steps + " steps");
        TripLog t = new TripLog(steps, new int[] {cityPersons.length > 0 ? cityPersons[0][0].length : 0,
                cityPersons.length > 0 ? cityPersons[0][1].length : 0});
        for (int s = 0; s < persons.length; s++) {
            t.persons[s] = persons[s].clone();
            t.groupPersons[s] = groupPersons[s].clone();
            t.receipts[s] = receipts[s].clone();
            t.expected[s] = expected[s].clone();
            t.expectedGroup[s] = expectedGroup[s].clone();
            t.expectedReceipts[s] = expectedReceipts[s].clone();
            for (int c = 0; c < 2; c++) {
                t.cityPersons[s][c] = cityPersons[s][c].clone();
                t.expectedCity[s][c] = expectedCity[s][c].clone();
            }
        }
        return t;
    }

    /** Records a sampled traveller unit of {@code persons} persons leaving country {@code from} for city {@code city} of the other. */
    public void trip(int step, int from, int city, boolean group, double persons, double spendingUsd) {
        this.persons[step][from] += persons;
        if (group) groupPersons[step][from] += persons;
        receipts[step][1 - from] += persons * spendingUsd;
        cityPersons[step][1 - from][city] += persons;
    }

    /**
     * Records the expected persons leaving country {@code from} at a step, the share of them
     * expected in group tours, their spending per person and their expected persons by
     * destination city (null when not computed).
     */
    public void expected(int step, int from, double persons, double groupShare, double spendingUsd, double[] byCity) {
        expected[step][from] = persons;
        expectedGroup[step][from] = persons * groupShare;
        expectedReceipts[step][1 - from] = persons * spendingUsd;
        if (byCity != null) System.arraycopy(byCity, 0, expectedCity[step][1 - from], 0, byCity.length);
    }

    /** Sampled persons who left country {@code from} during steps [first, last]. */
    public double persons(int from, int first, int last) { return sum(persons, from, first, last); }

    /** Of those, persons in group tours. */
    public double groupPersons(int from, int first, int last) { return sum(groupPersons, from, first, last); }

    /** Sampled spending received by country {@code to} during steps [first, last], US$. */
    public double receipts(int to, int first, int last) { return sum(receipts, to, first, last); }

    /** Sampled persons arriving in city {@code city} of country {@code to} during steps [first, last]. */
    public double cityPersons(int to, int city, int first, int last) { return citySum(cityPersons, to, city, first, last); }

    /** Expected persons leaving country {@code from} during steps [first, last]. */
    public double expected(int from, int first, int last) { return sum(expected, from, first, last); }

    /** Expected persons leaving country {@code from} in group tours during steps [first, last]. */
    public double expectedGroup(int from, int first, int last) { return sum(expectedGroup, from, first, last); }

    /** Expected spending received by country {@code to} during steps [first, last], US$. */
    public double expectedReceipts(int to, int first, int last) { return sum(expectedReceipts, to, first, last); }

    /** Expected persons arriving in city {@code city} of country {@code to} during steps [first, last]. */
    public double expectedCity(int to, int city, int first, int last) { return citySum(expectedCity, to, city, first, last); }

    private static double citySum(double[][][] a, int to, int city, int first, int last) {
        double s = 0;
        for (int k = Math.max(0, first); k <= last && k < a.length; k++) s += a[k][to][city];
        return s;
    }

    private static double sum(double[][] a, int c, int first, int last) {
        double s = 0;
        for (int k = Math.max(0, first); k <= last && k < a.length; k++) s += a[k][c];
        return s;
    }
}
