package culturebridge.gui;

import java.awt.Component;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import sim.display.Console;
import sim.display.Display2D;
import sim.portrayal.inspector.PropertyInspector;
import sim.util.Bag;

/**
 * Switches off the parts of MASON 18's GUI that cannot work in this build, so that nothing
 * the user can click throws:
 * <ul>
 *   <li>the inspectors' "chart this property" entries (MASON's {@code sim.util.media.chart}
 *       was built for JFreeChart 1.0, and this project uses JFreeChart 1.5); streaming a
 *       property to a window or file stays;</li>
 *   <li>the display's movie button (it needs JMF, which is not on the class path);</li>
 *   <li>the Console's checkpoint items (the model's metric definitions are functions that do
 *       not serialise, so saving would fail with an error dialog).</li>
 * </ul>
 */
public final class MasonSafety {

    /** Menu items of the Console's File menu that read or write checkpoints. */
    static final java.util.List<String> CHECKPOINT_ITEMS = java.util.List.of("Open...", "Save", "Save As...");

    private MasonSafety() {
    }

    /** Removes MASON's charting property inspectors from the inspectors' menu (idempotent). */
    public static void dropChartingPropertyInspectors() {
        Bag classes = PropertyInspector.getPropertyInspectorClassNames();
        synchronized (classes) {
            for (int i = classes.numObjs - 1; i >= 0; i--) {
                if (isCharting(String.valueOf(classes.objs[i]))) classes.removeNondestructively(i);
            }
        }
    }

    /** Whether a property inspector class is one of MASON's JFreeChart 1.0 charts. */
    static boolean isCharting(String className) {
        return className.startsWith("sim.portrayal.inspector.") && className.contains("Chart");
    }

    /** The property inspectors MASON still offers. */
    public static java.util.List<String> offeredPropertyInspectors() {
        Bag classes = PropertyInspector.getPropertyInspectorClassNames();
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < classes.numObjs; i++) out.add(String.valueOf(classes.objs[i]));
        return out;
    }

    /** Hides the display's movie button. */
    public static void hideMovieButton(Display2D display) {
        if (display.movieButton != null) {
            display.movieButton.setVisible(false);
            display.movieButton.setEnabled(false);
        }
    }

    /**
     * Makes the Console stop at the given step unless the user has chosen a stop step, and
     * shows it in the Console's "Automatically Stop at Step" field. MASON keeps that field
     * private and resets the stop step from it when the Console is built, so the field is set
     * through reflection; without it (another MASON version) only the stop step is set.
     */
    public static void stopAtStep(Console console, long step) {
        if (console.getWhenShouldEnd() != Long.MAX_VALUE) return;
        try {
            java.lang.reflect.Field f = Console.class.getDeclaredField("endField");
            f.setAccessible(true);
            sim.util.gui.PropertyField field = (sim.util.gui.PropertyField) f.get(console);
            field.setValue(field.newValue(Long.toString(step)));
        } catch (ReflectiveOperationException | RuntimeException e) {
            console.setWhenShouldEnd(step);
        }
    }

    /** Disables the Console's checkpoint menu items, saying why in their tooltips. */
    public static void disableCheckpoints(Console console) {
        JMenuBar bar = console.getJMenuBar();
        if (bar == null) return;
        for (int m = 0; m < bar.getMenuCount(); m++) {
            JMenu menu = bar.getMenu(m);
            if (menu == null) continue;
            for (Component item : menu.getMenuComponents()) {
                if (item instanceof JMenuItem mi && CHECKPOINT_ITEMS.contains(mi.getText())) {
                    mi.setEnabled(false);
                    mi.setToolTipText("Checkpoints are not supported by CultureBridge: start a run from its scenario instead.");
                }
            }
        }
    }
}
