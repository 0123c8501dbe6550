package culturebridge.gui;

import culturebridge.model.Medium;
import culturebridge.model.market.Studio;
import java.util.Locale;

/**
 * A studio (producer, label, publisher) as the inspector shows it: its capability and what it
 * has learned about exporting each medium. Studios have no city in the model; the map draws
 * each beside one of its country's filming centres ({@link MapScene}).
 */
public final class StudioView {
    private final MapScene scene;
    private final Studio studio;
    private final int city;

    StudioView(MapScene scene, Studio studio, int city) {
        this.scene = scene;
        this.studio = studio;
        this.city = city;
    }

    /** Country index of the studio. */
    int countryIndex() { return studio.country; }

    /** The model's studio. */
    Studio studio() { return studio; }

    public int getStudioIndex() { return studio.index; }

    public String getCountry() { return scene.country(studio.country).name(); }

    public String getDrawnAt() { return scene.country(studio.country).cities().get(city).name(); }
    public String desDrawnAt() { return "City the map draws the studio beside (display only: studios have no city in the model)."; }

    public double getCapability() { return studio.capability; }
    public String desCapability() { return "Mean log quality of the studio's titles."; }

    public String getExportsSubmitted() { return perMedium(m -> studio.exports(m), "%.0f"); }
    public String desExportsSubmitted() { return "Titles submitted for export so far, by medium."; }

    public String getExpectedForeignDemand() { return perMedium(studio::belief, "%.2f"); }
    public String desExpectedForeignDemand() { return "Expected demand multiplier abroad by medium (1 = as at home), learned from realised returns."; }

    private static String perMedium(java.util.function.ToDoubleFunction<Medium> f, String format) {
        StringBuilder s = new StringBuilder();
        for (Medium m : Medium.values()) {
            if (s.length() > 0) s.append(", ");
            s.append(m.key).append(' ').append(String.format(Locale.ROOT, format, f.applyAsDouble(m)));
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return "Studio " + studio.index + " (" + scene.country(studio.country).code() + ", drawn at " + getDrawnAt() + ")";
    }
}
