package culturebridge.gui;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Console's "About" tab: what CultureBridge is and how to read the GUI, in a few
 * paragraphs, with a link to the model's full ODD description.
 */
public final class AboutPage {

    /** Where the ODD description lives in the source tree. */
    public static final String ODD = "src/site/markdown/odd.md";

    private AboutPage() {
    }

    /** The page as HTML (Swing renders HTML 3.2). */
    public static String html() {
        Path odd = Path.of(ODD).toAbsolutePath();
        String link = Files.isRegularFile(odd)
                ? "<a href=\"" + odd.toUri() + "\">" + ODD + "</a>"
                : "<code>" + ODD + "</code> in the source tree";
        return "<html><body style='font-family:sans-serif; font-size:11px; margin:8px'>"
                + "<h2>CultureBridge</h2>"
                + "<p>An agent-based model (MASON) of how two countries' <b>staged opening of cultural-content exchange</b> "
                + "&mdash; films first, then TV dramas, music and digital content; quotas, co-productions, festivals &mdash; "
                + "shapes the popularity of each other's content, mutual favourability (soft power) and tourism between them. "
                + "The default pair is China and South Korea after the January 2026 Beijing summit, where both sides agreed to "
                + "expand exchanges \"gradually and step by step, starting in areas acceptable to both sides\".</p>"
                + "<p>One step is one week. Audience agents take up the partner's content by a network Bass process driven by "
                + "how much of it regulators let in; their attitudes move with that mediated contact, with political news "
                + "(scaled by tension) and with their friends; studios choose what to export under quotas and learn from "
                + "returns; regulators approve within quarterly quotas and block informally when tension rises; audiences travel "
                + "to the partner country, by group tour or individually, with seasons, visas and political risk, and come back "
                + "with direct contact; the policy opens stage by stage, on dates or once observed conditions have held, and "
                + "rolls back after shocks.</p>"
                + "<h3>Reading the GUI</h3>"
                + "<ul>"
                + "<li><b>Map</b>: a sample of audience agents around their home cities, coloured by attitude toward the partner "
                + "(red hostile, white neutral, blue warm); cities sized by tourist attractiveness; studios as small squares; "
                + "travellers as arrows on arcs between cities (orange group tours, green individual trips). The banner names "
                + "the date, the policy stage and why it is active. The Layers menu adds a sample of social ties.</li>"
                + "<li><b>Charts</b>: adoption by medium in each market, attitudes and favourable shares, tourist arrivals, "
                + "soft power and tension, month by month, over the shaded policy stages with shocks and rollbacks marked.</li>"
                + "<li><b>Policy</b> tab: every stage, which one is active and why, how close the next stage's condition is.</li>"
                + "<li><b>Model</b> tab: every parameter with its range and description (hover over a name); changes apply from "
                + "the next step (numbers of agents, studios and ties from the next run). Double-click an agent, city, studio "
                + "or traveller on the map to inspect it.</li>"
                + "</ul>"
                + "<p>A GUI run gives the same monthly metrics as a headless run of the same scenario and seed "
                + "(<code>culturebridge run</code>).</p>"
                + "<p>Full model description (ODD protocol): " + link + ".</p>"
                + "</body></html>";
    }
}
