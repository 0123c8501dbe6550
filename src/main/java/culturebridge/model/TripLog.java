package culturebridge.model;

/**
 * The record of travel in a run, per step and direction (indexed by the travellers' country):
 * persons who left (sampled trips x agent weight), of whom in group tours, the expected
 * persons (sum of trip probabilities x weight), spending received by the destination, and
 * persons by destination city. Metrics read it; agents never touch it.
 */
public final class TripLog implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final double[][] persons;
    private final double[][] groupPersons;
    private final double[][] expected;
    private final double[][] receipts;
    private final double[][][] cityPersons;

    /**
     * @param steps  steps in the run
     * @param cities cities per country
     */
    public TripLog(int steps, int[] cities) {
        persons = new double[steps][2];
        groupPersons = new double[steps][2];
        expected = new double[steps][2];
        receipts = new double[steps][2];
        cityPersons = new double[steps][2][];
        for (int s = 0; s < steps; s++) {
            for (int c = 0; c < 2; c++) cityPersons[s][c] = new double[cities[c]];
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
            t.expected[s] = expected[s].clone();
            t.receipts[s] = receipts[s].clone();
            for (int c = 0; c < 2; c++) t.cityPersons[s][c] = cityPersons[s][c].clone();
        }
        return t;
    }

    /** Records a departure from country {@code from} to city {@code city} of the other. */
    public void trip(int step, int from, int city, boolean group, double weight, double spendingUsd) {
        persons[step][from] += weight;
        if (group) groupPersons[step][from] += weight;
        receipts[step][1 - from] += weight * spendingUsd;
        cityPersons[step][1 - from][city] += weight;
    }

    /** Records the expected persons leaving from a country at a step. */
    public void expected(int step, int from, double persons) { expected[step][from] = persons; }

    /** Persons who left country {@code from} during steps [first, last]. */
    public double persons(int from, int first, int last) { return sum(persons, from, first, last); }

    /** Of those, persons in group tours. */
    public double groupPersons(int from, int first, int last) { return sum(groupPersons, from, first, last); }

    /** Expected persons leaving country {@code from} during steps [first, last]. */
    public double expected(int from, int first, int last) { return sum(expected, from, first, last); }

    /** Spending received by country {@code to} during steps [first, last], US$. */
    public double receipts(int to, int first, int last) { return sum(receipts, to, first, last); }

    /** Persons arriving in city {@code city} of country {@code to} during steps [first, last]. */
    public double cityPersons(int to, int city, int first, int last) {
        double s = 0;
        for (int k = Math.max(0, first); k <= last && k < cityPersons.length; k++) s += cityPersons[k][to][city];
        return s;
    }

    private static double sum(double[][] a, int c, int first, int last) {
        double s = 0;
        for (int k = Math.max(0, first); k <= last && k < a.length; k++) s += a[k][c];
        return s;
    }
}
