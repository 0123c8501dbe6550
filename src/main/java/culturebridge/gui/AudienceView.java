package culturebridge.gui;

import culturebridge.model.Medium;
import culturebridge.model.agent.Audiences;
import java.util.Locale;

/**
 * One sampled audience agent as MASON's inspector shows it when the agent is clicked on the
 * map: a person (standing for many) in a home city, with an attitude toward the partner
 * country and the partner's media it consumes. The model keeps agents as array slots, not
 * objects; this read-only view reads the slot of the run it was sampled from.
 */
public final class AudienceView {
    private final MapScene scene;
    private final Audiences audiences;
    private final int agent;
    private final int country;

    AudienceView(MapScene scene, int agent, int country) {
        this.scene = scene;
        this.audiences = scene.world().audiences();
        this.agent = agent;
        this.country = country;
    }

    /** Index of the agent in the model's audience arrays. */
    int agent() { return agent; }

    /** Index of the agent's country. */
    int countryIndex() { return country; }

    /** Current attitude, read by the portrayal every frame. */
    double attitude() { return audiences.attitude(agent); }

    public int getAgentIndex() { return agent; }
    public String desAgentIndex() { return "Index of this agent in the model's audience arrays."; }

    public String getCountry() { return scene.country(country).name(); }
    public String desCountry() { return "Country the agent lives in."; }

    public String getHomeCity() { return scene.country(country).cities().get(audiences.city(agent)).name(); }
    public String desHomeCity() { return "City the agent lives in (it is drawn around it)."; }

    public double getAttitude() { return audiences.attitude(agent); }
    public String desAttitude() {
        return "Attitude toward " + scene.country(1 - country).name() + ", 0 (hostile) to 1 (warm); favourable above 0.5. Sets the dot's colour.";
    }

    public double getInitialAttitude() { return audiences.initialAttitude(agent); }
    public String desInitialAttitude() { return "Attitude at the start of the run, the anchor it is pulled back to."; }

    public boolean isFavourable() { return audiences.attitude(agent) > 0.5; }
    public String desFavourable() { return "Whether the attitude is above 0.5 (counted in favourable." + scene.country(country).code() + ")."; }

    public String getConsumesPartnerMedia() {
        StringBuilder s = new StringBuilder();
        for (Medium m : Medium.values()) {
            if (!audiences.adopts(agent, m)) continue;
            if (s.length() > 0) s.append(", ");
            s.append(m.key);
        }
        return s.length() == 0 ? "none" : s.toString();
    }
    public String desConsumesPartnerMedia() { return "Media of " + scene.country(1 - country).name() + "'s content the agent consumes now."; }

    public boolean isEverConsumedPartnerContent() { return audiences.everAdopted(agent); }
    public String desEverConsumedPartnerContent() { return "Whether the agent has ever consumed the partner's content (familiarity in the soft-power index)."; }

    public String getLastAdoption() {
        int s = audiences.lastAdoptStep(agent);
        if (s < 0) return "before the run or never";
        return scene.world().calendar().date(s).toString();
    }
    public String desLastAdoption() { return "Date the agent last took up a partner medium."; }

    public double getIncomeUsdPerYear() { return audiences.income(agent); }
    public String desIncomeUsdPerYear() { return "Disposable income, US$ per year."; }

    public int getSocialTies() { return audiences.network().complete() ? audiences.size() - 1 : audiences.network().degree(agent); }
    public String desSocialTies() { return "Number of the agent's social ties."; }

    public int getCrossBorderTies() { return audiences.crossBorderTies(agent); }
    public String desCrossBorderTies() { return "Ties to people in the partner country."; }

    public double getPersonsRepresented() { return audiences.weight(country); }
    public String desPersonsRepresented() { return "Persons this agent stands for."; }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Audience agent %d (%s, %s), attitude %.2f", agent, getHomeCity(),
                scene.country(country).code(), getAttitude());
    }
}
