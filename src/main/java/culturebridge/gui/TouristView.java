package culturebridge.gui;

import culturebridge.model.agent.Tourist;
import java.util.Locale;
import sim.util.Double2D;

/**
 * A traveller on the map as the inspector shows it: one audience agent's trip to the partner
 * country (the persons it stands for), by group tour or individually, from its home city to
 * a destination city and back, drawn on the trip's arc ({@link TripGeometry}).
 */
public final class TouristView {
    private final MapScene scene;
    private final Tourist trip;
    private final Double2D offset;

    TouristView(MapScene scene, Tourist trip, Double2D offset) {
        this.scene = scene;
        this.trip = trip;
        this.offset = offset;
    }

    /** The model's traveller. */
    Tourist trip() { return trip; }

    /** Field position at a step: on the arc, spread a little around the destination. */
    Double2D position(long step) {
        double phase = TripGeometry.phase(trip, step);
        Double2D p = TripGeometry.position(home(), destination(), phase);
        // the spread fades in as the traveller nears the destination and out as it leaves
        double w = 1 - Math.abs(phase - 0.5) * 2;
        return new Double2D(p.x + w * offset.x, p.y + w * offset.y);
    }

    /** Direction of travel at a step (unit vector, field coordinates). */
    Double2D heading(long step) {
        return TripGeometry.heading(home(), destination(), TripGeometry.phase(trip, step));
    }

    Double2D home() { return scene.frame().city(trip.originCountry, trip.originCity); }

    Double2D destination() { return scene.frame().city(trip.destinationCountry, trip.destinationCity); }

    public String getChannel() { return trip.channel == Tourist.Channel.GROUP ? "group tour" : "individual"; }
    public String desChannel() { return "How the trip is sold: a package group tour or individual travel; sets the marker's colour."; }

    public String getFrom() {
        return scene.country(trip.originCountry).cities().get(trip.originCity).name() + ", " + scene.country(trip.originCountry).name();
    }

    public String getTo() {
        return scene.country(trip.destinationCountry).cities().get(trip.destinationCity).name() + ", "
                + scene.country(trip.destinationCountry).name();
    }

    public String getDeparture() { return scene.world().calendar().date(trip.departureStep).toString(); }

    public String getReturn() { return scene.world().calendar().date(trip.returnStep).toString(); }

    public double getTripProgress() { return trip.progress(scene.lastStep()); }
    public String desTripProgress() { return "Share of the trip done: 0 at departure, 1 at return."; }

    public int getAudienceAgent() { return trip.agent; }
    public String desAudienceAgent() { return "Index of the travelling audience agent."; }

    public double getPersonsRepresented() { return trip.persons; }

    public double getSpendingUsdPerPerson() { return trip.spendingUsd; }

    public double getSatisfaction() { return trip.satisfaction; }
    public String desSatisfaction() { return "Satisfaction with the trip, 0-1; it feeds the traveller's attitude and word of mouth."; }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Traveller: %s -> %s (%s)", getFrom(), getTo(), getChannel());
    }
}
