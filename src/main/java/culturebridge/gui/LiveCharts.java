package culturebridge.gui;

import culturebridge.output.MonthlySeries;
import culturebridge.output.TimelineEvent;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/**
 * The live chart window's content: a status line (date, policy stage, tension) over a grid
 * of charts ({@link LiveChartSet}) that grow month by month. Each slot shows a short note
 * until its chart has data: before the first month ends, and for tourist arrivals while the
 * model reports none. Swing thread only.
 */
public final class LiveCharts extends JPanel {
    private static final long serialVersionUID = 1L;

    private final List<String> codes;
    private final Map<String, String> names;
    private final YearMonth first;
    private final YearMonth last;
    private final JLabel status = new JLabel(" ");
    private final Map<String, ChartPanel> panels = new LinkedHashMap<>();
    private final Map<String, JPanel> slots = new LinkedHashMap<>();
    private final Map<String, JLabel> notes = new LinkedHashMap<>();
    private Map<String, JFreeChart> current = Map.of();
    private int shownRun = -1;
    private int shownMonths = -1;

    /**
     * @param codes the two country codes in the world's order
     * @param names display names by code
     * @param first first month of the scenario
     * @param last  last month of the scenario
     */
    public LiveCharts(List<String> codes, Map<String, String> names, YearMonth first, YearMonth last) {
        super(new BorderLayout());
        this.codes = List.copyOf(codes);
        this.names = Map.copyOf(names);
        this.first = first;
        this.last = last;
        setBackground(Color.WHITE);
        status.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        status.setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
        add(status, BorderLayout.NORTH);
        JPanel grid = new JPanel(new GridLayout(0, 2, 4, 4));
        grid.setBackground(Color.WHITE);
        for (String key : LiveChartSet.KEYS) {
            ChartPanel p = new ChartPanel(null, false);
            p.setMinimumDrawWidth(200);
            p.setMinimumDrawHeight(150);
            p.setMaximumDrawWidth(2400);
            p.setMaximumDrawHeight(1600);
            p.setPreferredSize(new Dimension(300, 240));
            JLabel note = new JLabel(waitingText(key), SwingConstants.CENTER);
            note.setForeground(new Color(0x666666));
            JPanel slot = new JPanel(new CardLayout());
            slot.setBackground(Color.WHITE);
            slot.add(note, "note");
            slot.add(p, "chart");
            panels.put(key, p);
            slots.put(key, slot);
            notes.put(key, note);
            grid.add(slot);
        }
        add(grid, BorderLayout.CENTER);
    }

    private String waitingText(String key) {
        return "<html><center>" + title(key) + "<br>shown when the first month is complete</center></html>";
    }

    private String title(String key) {
        return switch (key) {
            case "adoption.0" -> "Adoption in " + names.getOrDefault(codes.get(0), codes.get(0));
            case "adoption.1" -> "Adoption in " + names.getOrDefault(codes.get(1), codes.get(1));
            case "attitudes" -> "Attitudes";
            case "arrivals" -> "Tourist arrivals";
            case "soft_power" -> "Soft power";
            default -> "Political tension";
        };
    }

    /** Applies an update from the model (Swing thread). */
    void apply(ChartsUpdate u) {
        status.setText(u.status());
        int months = u.series().months().size();
        if (u.run() == shownRun && months == shownMonths) return;
        shownRun = u.run();
        shownMonths = months;
        show(u.series(), u.events());
    }

    /** Rebuilds the charts from the months so far; an empty series clears them (a new run). */
    public void show(MonthlySeries series, List<TimelineEvent> events) {
        if (series.months().isEmpty()) {
            current = Map.of();
            for (String key : LiveChartSet.KEYS) {
                panels.get(key).setChart(null);
                notes.get(key).setText(waitingText(key));
                ((CardLayout) slots.get(key).getLayout()).show(slots.get(key), "note");
            }
            return;
        }
        current = LiveChartSet.build(series, events, codes, names, first, last);
        for (String key : LiveChartSet.KEYS) {
            JFreeChart chart = current.get(key);
            JPanel slot = slots.get(key);
            if (chart == null) {
                notes.get(key).setText("<html><center>" + title(key) + "<br>not reported by this model<br>(no "
                        + (key.equals("arrivals") ? "arrivals.*" : key) + " metrics)</center></html>");
                ((CardLayout) slot.getLayout()).show(slot, "note");
            } else {
                panels.get(key).setChart(chart);
                ((CardLayout) slot.getLayout()).show(slot, "chart");
            }
        }
    }

    /** The charts now shown, by key (for screenshots and tests). */
    public Map<String, JFreeChart> charts() { return current; }
}
