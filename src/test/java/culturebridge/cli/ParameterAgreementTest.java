package culturebridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.Params;
import culturebridge.model.params.ParameterCatalogue;
import culturebridge.model.params.ParameterSpec;
import culturebridge.output.ParameterTable;
import culturebridge.scenario.ParamsBinder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import sim.util.Interval;

/**
 * Every place that shows or sets parameters agrees with their declarations: MASON's inspector,
 * the scenario binder, the {@code params} command and the model description's table list the
 * same names with the same types, defaults, units and ranges, and a value outside the valid
 * range is refused by the binder and by the inspector alike, with the same message.
 */
class ParameterAgreementTest {

    private static final List<ParameterSpec> ALL = ParameterCatalogue.all();

    private static List<String> declaredNames() {
        return ALL.stream().map(ParameterSpec::name).toList();
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        assertEquals(0, cl.execute(args), "exit code of params");
        return out.toString();
    }

    @Test
    void everySurfaceListsTheDeclaredNamesAndTypes() {
        Params p = new Params();
        sim.util.Properties inspector = sim.util.Properties.getProperties(p);
        List<String> inspected = new ArrayList<>();
        for (int i = 0; i < inspector.numProperties(); i++) {
            inspected.add(inspector.getName(i));
            ParameterSpec spec = ParameterCatalogue.byName(inspector.getName(i));
            assertEquals(spec.type(), inspector.getType(i), "inspector type of " + spec.name());
            assertEquals(spec.type(), ParamsBinder.propertyType(spec.name()), "binder type of " + spec.name());
            assertTrue(inspector.isReadWrite(i), spec.name() + " is editable in the inspector");
        }
        assertEquals(declaredNames(), inspected, "inspector properties, in declaration order");
        assertEquals(new TreeSet<>(declaredNames()), new TreeSet<>(ParamsBinder.propertyNames()), "binder names");
        assertEquals(declaredNames(), ParameterTable.rows(p).stream().map(ParameterTable.Row::name).toList(), "table rows");

        List<String> listed = new ArrayList<>();
        Matcher plain = Pattern.compile("(?m)^  (\\w+) ").matcher(cli("params"));
        while (plain.find()) if (!plain.group(1).equals("parameter")) listed.add(plain.group(1));
        assertEquals(declaredNames(), listed, "names in `params`");

        List<String> rows = new ArrayList<>();
        Matcher md = Pattern.compile("(?m)^\\| `(\\w+)` \\|").matcher(cli("params", "--markdown"));
        while (md.find()) rows.add(md.group(1));
        assertEquals(declaredNames(), rows, "names in `params --markdown`");
    }

    @Test
    void defaultsUnitsAndRangesAgree() {
        Params p = new Params();
        sim.util.Properties inspector = sim.util.Properties.getProperties(p);
        String markdown = cli("params", "--markdown");
        for (int i = 0; i < ALL.size(); i++) {
            ParameterSpec spec = ALL.get(i);
            Object def = spec.defaultTyped();
            assertEquals(def, inspector.getValue(i), "inspector default of " + spec.name());
            assertEquals(def, ParamsBinder.get(p, spec.name()), "binder default of " + spec.name());
            ParameterTable.Row row = ParameterTable.rows(p).get(i);
            assertEquals(def, row.value(), "table default of " + spec.name());
            assertTrue(inspector.getDescription(i).startsWith(spec.description()), "inspector description of " + spec.name());

            Object domain = inspector.getDomain(i);
            if (spec.kind() == ParameterSpec.Kind.CHOICE) {
                assertNull(domain, "a choice has no slider");
                assertEquals(String.join(", ", spec.choices()), row.range());
            } else {
                Interval slider = (Interval) domain;
                assertEquals(spec.sliderMin(), slider.getMin().doubleValue(), "slider min of " + spec.name());
                assertEquals(spec.sliderMax(), slider.getMax().doubleValue(), "slider max of " + spec.name());
                assertEquals(spec.kind() == ParameterSpec.Kind.INTEGER, !slider.isDouble(), "integral slider of " + spec.name());
                assertEquals("[" + ParameterSpec.number(spec.min()) + ", " + ParameterSpec.number(spec.max()) + "]", row.range());
                assertEquals(spec.unit(), row.unit(), "table unit of " + spec.name());
                assertEquals(spec.hasNarrowerSlider(), row.description().contains("Inspector slider " + spec.sliderText()),
                        "a narrower slider is stated in the table for " + spec.name());
            }
            assertTrue(markdown.contains("| `" + spec.name() + "` | " + row.valueText() + " | " + row.unit() + " | "
                    + row.range() + " | " + row.source() + " | "), "markdown row of " + spec.name());
        }
    }

    /** Values just outside the valid range, as text and typed; for a choice, a name that is none of them. */
    private static List<Object> outside(ParameterSpec spec) {
        return switch (spec.kind()) {
            case CHOICE -> List.of("ring");
            case INTEGER -> List.of((int) spec.min() - 1, (int) spec.max() + 1);
            case REAL -> List.of(spec.min() - 0.5, spec.max() + 0.5);
        };
    }

    @Test
    void binderAndInspectorRefuseTheSameValuesWithTheSameMessage() {
        for (int i = 0; i < ALL.size(); i++) {
            ParameterSpec spec = ALL.get(i);
            for (Object bad : outside(spec)) {
                Params viaBinder = new Params();
                var refused = assertThrows(IllegalArgumentException.class,
                        () -> ParamsBinder.set(viaBinder, spec.name(), String.valueOf(bad)), spec.name() + " = " + bad);
                String expected = spec.kind() == ParameterSpec.Kind.CHOICE
                        ? spec.name() + " must be one of " + String.join(", ", spec.choices()) + ", got " + bad
                        : spec.name() + " must be between " + ParameterSpec.number(spec.min()) + " and "
                                + ParameterSpec.number(spec.max()) + " " + spec.unit() + ", got " + bad;
                assertEquals(expected, refused.getMessage());
                assertEquals(spec.defaultTyped(), ParamsBinder.get(viaBinder, spec.name()), "refused value left unset");

                Params viaInspector = new Params();
                sim.util.Properties inspector = sim.util.Properties.getProperties(viaInspector);
                assertNull(inspector.setValue(i, String.valueOf(bad)), "inspector refuses " + spec.name() + " = " + bad);
                assertEquals(spec.defaultTyped(), viaInspector.get(spec), "refused value left unset in the inspector");
                assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> viaInspector.set(spec, bad)).getMessage());
            }
        }
    }

    @Test
    void binderAndInspectorSetTheSameValidValues() {
        for (int i = 0; i < ALL.size(); i++) {
            ParameterSpec spec = ALL.get(i);
            Object value = switch (spec.kind()) {
                case CHOICE -> spec.choices().get(spec.choices().size() - 1);
                case INTEGER -> (int) spec.sliderMax();
                case REAL -> spec.sliderMax();
            };
            Params viaBinder = new Params();
            ParamsBinder.set(viaBinder, spec.name(), String.valueOf(value));
            Params viaInspector = new Params();
            Object shown = sim.util.Properties.getProperties(viaInspector).setValue(i, String.valueOf(value));
            assertEquals(value, shown, "inspector of " + spec.name());
            assertEquals(viaBinder.values(), viaInspector.values(), spec.name() + " set alike by binder and inspector");
        }
    }
}
