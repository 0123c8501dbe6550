package culturebridge.gui;

import culturebridge.model.policy.PolicyState;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import sim.portrayal.DrawInfo2D;

/**
 * What the map says in words, kept in view whatever the zoom: a banner at the top left with
 * the date, the policy stage (and why it is active), political tension and both countries'
 * favourable shares; and a legend at the bottom right that explains the attitude colours and
 * the markers. Both are drawn on the map itself, so MASON's snapshot button captures them.
 */
final class OverlayLayer extends MapLayer {
    private static final Color PANEL = new Color(255, 255, 255, 228);
    private static final Color PANEL_EDGE = new Color(0, 0, 0, 60);
    private static final Color TEXT = new Color(0x222222);
    private static final Color MUTED = new Color(0x555555);
    private static final Color TENSION = new Color(0x8B0000);
    private static final Color STAGE = new Color(0x34495E);
    private static final Color STAGE_PASSED = new Color(0xAAB7C4);

    OverlayLayer(MapScene scene) {
        super(scene);
    }

    @Override
    void paint(Graphics2D g, DrawInfo2D info, double xs, double ys) {
        banner(g, info);
        legend(g, info, xs);
    }

    private void banner(Graphics2D g, DrawInfo2D info) {
        MapScene s = scene();
        PolicyState policy = s.policy();
        if (policy == null) return;
        long done = s.step();
        YearMonth month = s.world().calendar().month(s.lastStep());
        String date = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
        // the scenario's week (after a warm-up, the schedule's steps count the history's too)
        String week = "week " + (done - s.world().calendar().firstStep());
        // the ribbon follows the first path (the only one of a joint policy, China's of a two-sided one)
        List<Integer> path = policy.policy().paths().get(0);
        int stages = path.size();
        int at = path.indexOf(policy.activeIndex());
        String stage = (at + 1) + "/" + stages + "  " + policy.active().name();
        double tension = s.world().climate() == null ? 0 : s.world().climate().tension();
        String c0 = s.country(0).code();
        String c1 = s.country(1).code();
        List<String> lines = new ArrayList<>();
        lines.addAll(wrap("why: " + policy.activeReason(), 44, 2));
        lines.add(String.format(Locale.ROOT, "Tension %.2f", tension));
        lines.add(String.format(Locale.ROOT, "Favourable:  %s %.1f%% (%+.1f)   %s %.1f%% (%+.1f)", c0, 100 * s.favourableShare(0),
                100 * (s.favourableShare(0) - s.favourableShareAtStart(0)), c1, 100 * s.favourableShare(1),
                100 * (s.favourableShare(1) - s.favourableShareAtStart(1))));
        if (s.world().tourists() != null) {
            lines.add(String.format(Locale.ROOT, "Travelling:  %s\u2192%s %d   %s\u2192%s %d", c0, c1, s.travellersFrom(0), c1, c0,
                    s.travellersFrom(1)));
        }

        FontMetrics fm = g.getFontMetrics(MapStyle.TEXT_FONT);
        FontMetrics hm = g.getFontMetrics(MapStyle.HEADLINE_FONT);
        FontMetrics bm = g.getFontMetrics(MapStyle.BOLD_FONT);
        double ribbon = stages * 12 + 6;
        double width = Math.max(hm.stringWidth(date) + 8 + fm.stringWidth(week), ribbon + bm.stringWidth(stage));
        for (String l : lines) width = Math.max(width, fm.stringWidth(l) + (l.startsWith("Tension") ? 100 : 0));
        width += 20;
        double line = fm.getHeight();
        double height = 8 + hm.getHeight() + bm.getHeight() + line * lines.size() + 8;
        double x0 = info.clip.x + 8;
        double y0 = info.clip.y + 8;
        panel(g, x0, y0, width, height);

        double x = x0 + 10;
        double y = y0 + 6 + hm.getAscent();
        g.setFont(MapStyle.HEADLINE_FONT);
        g.setPaint(TEXT);
        g.drawString(date, (float) x, (float) y);
        g.setFont(MapStyle.TEXT_FONT);
        g.setPaint(MUTED);
        g.drawString(week, (float) (x + hm.stringWidth(date) + 8), (float) y);

        y += bm.getHeight() + 1;
        // the stage ribbon: one box per stage, the active one filled, passed ones grey
        for (int k = 0; k < stages; k++) {
            Rectangle2D.Double box = new Rectangle2D.Double(x + k * 12, y - bm.getAscent() + 2, 9, 9);
            g.setPaint(k == at ? STAGE : k < at ? STAGE_PASSED : Color.WHITE);
            g.fill(box);
            g.setPaint(STAGE);
            g.setStroke(new BasicStroke(1f));
            g.draw(box);
        }
        g.setFont(MapStyle.BOLD_FONT);
        g.setPaint(TEXT);
        g.drawString(stage, (float) (x + ribbon), (float) y);

        g.setFont(MapStyle.TEXT_FONT);
        for (int i = 0; i < lines.size(); i++) {
            y += line;
            String l = lines.get(i);
            g.setPaint(l.startsWith("why: ") || l.startsWith("  ") ? MUTED : TEXT);
            g.drawString(l, (float) x, (float) y);
            if (l.startsWith("Tension")) {
                double barX = x + fm.stringWidth(l) + 8;
                double barW = 90;
                g.setPaint(new Color(0xE5E5E5));
                g.fill(new Rectangle2D.Double(barX, y - 8, barW, 7));
                g.setPaint(TENSION);
                g.fill(new Rectangle2D.Double(barX, y - 8, barW * Math.max(0, Math.min(1, tension)), 7));
            }
        }
    }

    private void legend(Graphics2D g, DrawInfo2D info, double xs) {
        MapScene s = scene();
        g.setFont(MapStyle.TEXT_FONT);
        FontMetrics fm = g.getFontMetrics();
        double line = fm.getHeight() + 3;
        double barW = 170;
        double width = Math.max(barW + 70, fm.stringWidth("Grey land: not modelled      ") + 20) + 20;
        int rows = 8;
        double height = 12 + fm.getHeight() + 28 + line * rows;
        double x0 = info.clip.x + info.clip.width - width - 8;
        double y0 = info.clip.y + info.clip.height - height - 8;
        panel(g, x0, y0, width, height);

        double x = x0 + 10;
        double y = y0 + 8 + fm.getAscent();
        g.setFont(MapStyle.BOLD_FONT);
        g.setPaint(TEXT);
        g.drawString("Attitude toward the partner country", (float) x, (float) y);
        y += 6;
        // the colour bar, drawn in slices of the scale itself
        int slices = 68;
        for (int i = 0; i < slices; i++) {
            g.setPaint(AttitudeScale.colour((i + 0.5) / slices));
            g.fill(new Rectangle2D.Double(x + barW * i / slices, y, barW / slices + 0.6, 10));
        }
        g.setPaint(PANEL_EDGE);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Rectangle2D.Double(x, y, barW, 10));
        g.draw(new Line2D.Double(x + barW / 2, y - 2, x + barW / 2, y + 12));
        g.setFont(MapStyle.TEXT_FONT);
        g.setPaint(MUTED);
        double ty = y + 12 + fm.getAscent();
        g.drawString("0 hostile", (float) x, (float) ty);
        String mid = "0.5";
        g.drawString(mid, (float) (x + barW / 2 - fm.stringWidth(mid) / 2.0), (float) ty);
        String warm = "1 warm";
        g.drawString(warm, (float) (x + barW - fm.stringWidth(warm)), (float) ty);
        y = ty + 6;

        double mx = x + 8;
        double tx = x + 22;
        y += line;
        double d = AudiencePortrayal.diameter(xs);
        g.setPaint(AttitudeScale.colour(0.3));
        g.fill(new Ellipse2D.Double(mx - d / 2, y - 4 - d / 2, d, d));
        item(g, String.format(Locale.ROOT, "audience agent (%d of %d drawn)", s.sample().length,
                s.sampledAudiences() == null ? 0 : s.sampledAudiences().size()), tx, y);
        y += line;
        g.setPaint(MapStyle.CITY);
        g.setStroke(MapStyle.line(1.4));
        g.draw(new Ellipse2D.Double(mx - 5, y - 9, 10, 10));
        item(g, "city; size = tourist attractiveness", tx, y);
        y += line;
        g.setPaint(MapStyle.STUDIO);
        g.fill(new Rectangle2D.Double(mx - 3, y - 7, 6, 6));
        item(g, "studio", tx, y);
        y += line;
        arrow(g, mx, y - 4, MapStyle.GROUP);
        item(g, "traveller, group tour", tx, y);
        y += line;
        arrow(g, mx, y - 4, MapStyle.INDIVIDUAL);
        item(g, "traveller, individual", tx, y);
        y += line;
        g.setPaint(MapStyle.alpha(MapStyle.FLOW, 0.5));
        g.setStroke(MapStyle.line(2.5));
        g.draw(new Line2D.Double(mx - 7, y - 4, mx + 7, y - 4));
        item(g, "trip route; width = travellers", tx, y);
        y += line;
        g.setPaint(MapStyle.alpha(MapStyle.CROSS_TIE, 0.8));
        g.setStroke(MapStyle.line(1.2));
        g.draw(new Line2D.Double(mx - 7, y - 4, mx + 7, y - 4));
        item(g, "cross-border tie (network layer)", tx, y);
        y += line;
        g.setPaint(MapStyle.OTHER_LAND);
        g.fill(new Rectangle2D.Double(mx - 6, y - 9, 12, 9));
        g.setPaint(MapStyle.COAST);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Rectangle2D.Double(mx - 6, y - 9, 12, 9));
        item(g, "grey land: not modelled", tx, y);
    }

    private static void arrow(Graphics2D g, double x, double y, Color c) {
        var a = TouristPortrayal.arrow(x, y, 1, 0, 11);
        g.setPaint(c);
        g.fill(a);
        g.setPaint(new Color(30, 30, 30, 200));
        g.setStroke(new BasicStroke(0.7f));
        g.draw(a);
    }

    private static void item(Graphics2D g, String text, double x, double y) {
        g.setFont(MapStyle.TEXT_FONT);
        g.setPaint(TEXT);
        g.drawString(text, (float) x, (float) y);
    }

    private static void panel(Graphics2D g, double x, double y, double w, double h) {
        RoundRectangle2D.Double r = new RoundRectangle2D.Double(x, y, w, h, 10, 10);
        g.setPaint(PANEL);
        g.fill(r);
        g.setPaint(PANEL_EDGE);
        g.setStroke(new BasicStroke(1f));
        g.draw(r);
    }

    /**
     * Splits text at spaces into at most {@code maxLines} lines of about {@code width}
     * characters (continuation lines indented), shortening the last with an ellipsis.
     */
    static List<String> wrap(String text, int width, int maxLines) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line = new StringBuilder("  ");
            }
            if (line.length() > 0 && !line.toString().isBlank()) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) out.add(line.toString());
        if (out.size() > maxLines) {
            List<String> cut = new ArrayList<>(out.subList(0, maxLines));
            cut.set(maxLines - 1, shorten(cut.get(maxLines - 1) + " ...", width + 3));
            return cut;
        }
        return out;
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
