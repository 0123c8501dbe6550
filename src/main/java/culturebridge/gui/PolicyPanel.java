package culturebridge.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import javax.swing.JEditorPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;

/**
 * The Console's "Policy" tab: the staged exchange policy now, which stage is active and why,
 * how close the next stage's condition is, the rollback rules and the shocks
 * ({@link PolicyReport}). Swing thread only.
 */
public final class PolicyPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private final JEditorPane pane = new JEditorPane("text/html", "<html><body>Press play to start the run.</body></html>");
    private String shown = "";

    public PolicyPanel() {
        super(new BorderLayout());
        pane.setEditable(false);
        pane.setBackground(Color.WHITE);
        add(new JScrollPane(pane), BorderLayout.CENTER);
    }

    /** Shows a report (Swing thread); the same page twice is not re-rendered. */
    void show(PolicyReport report) {
        String html = report.html();
        if (html.equals(shown)) return;
        shown = html;
        pane.setText(html);
        pane.setCaretPosition(0);
    }

    /** The page now shown (for tests). */
    public String html() { return shown; }
}
