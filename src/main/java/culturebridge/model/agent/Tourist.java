package culturebridge.model.agent;

/**
 * One trip of an audience agent to the partner country, from departure to return: who
 * travels (the agent and how many persons it stands for), by which channel, to which city,
 * when, what it spends and how satisfied it comes back. Tourists live on the world's
 * {@code Continuous2D} map while travelling, so displays can draw them moving.
 */
public final class Tourist implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** How the trip is sold: a package group tour or individual travel (FIT). */
    public enum Channel { GROUP, INDIVIDUAL }

    public final int agent;
    public final int originCountry;
    public final int originCity;
    public final int destinationCountry;
    public final int destinationCity;
    public final Channel channel;
    public final int departureStep;
    public final int returnStep;
    /** Persons represented (the agent's weight). */
    public final double persons;
    /** Spending per person, US$. */
    public final double spendingUsd;
    /** Satisfaction with the trip, 0..1. */
    public final double satisfaction;

    public Tourist(int agent, int originCountry, int originCity, int destinationCountry, int destinationCity,
                   Channel channel, int departureStep, int returnStep, double persons, double spendingUsd,
                   double satisfaction) {
        this.agent = agent;
        this.originCountry = originCountry;
        this.originCity = originCity;
        this.destinationCountry = destinationCountry;
        this.destinationCity = destinationCity;
        this.channel = channel;
        this.departureStep = departureStep;
        this.returnStep = returnStep;
        this.persons = persons;
        this.spendingUsd = spendingUsd;
        this.satisfaction = satisfaction;
    }

    /** Share of the trip done at a step: 0 at departure, 1 at return (for drawing the arc). */
    public double progress(long step) {
        int length = Math.max(1, returnStep - departureStep);
        return Math.max(0, Math.min(1, (step - departureStep) / (double) length));
    }

    // MASON inspector read-outs
    public String getChannel() { return channel.name().toLowerCase(java.util.Locale.ROOT); }
    public int getAgent() { return agent; }
    public int getDepartureStep() { return departureStep; }
    public int getReturnStep() { return returnStep; }
    public double getPersons() { return persons; }
    public double getSpendingUsd() { return spendingUsd; }
    public double getSatisfaction() { return satisfaction; }

    @Override
    public String toString() {
        return "Tourist[agent " + agent + ", " + getChannel() + ", city " + destinationCity + " of country "
                + destinationCountry + ", weeks " + departureStep + "-" + returnStep + "]";
    }
}
