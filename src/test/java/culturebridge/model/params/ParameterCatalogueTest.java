package culturebridge.model.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The declarations themselves: unique names, sources kept with their text, calibration marked. */
class ParameterCatalogueTest {

    private static final List<ParameterSpec> ALL = ParameterCatalogue.all();

    @Test
    void namesAreUniqueAndIndexesArePositions() {
        for (int i = 0; i < ALL.size(); i++) {
            ParameterSpec p = ALL.get(i);
            assertEquals(i, p.index(), p.name());
            assertTrue(p.name().matches("[a-z][A-Za-z]*"), "a name scenario files can use: " + p.name());
            assertTrue(p == ParameterCatalogue.byName(p.name()), p.name());
        }
        assertEquals(null, ParameterCatalogue.byName("agnets"));
    }

    @Test
    void everyCitationStandsInItsDescription() {
        for (ParameterSpec p : ALL) {
            if (p.citations().isBlank()) continue;
            // "Melitz (2003)" in running text is cited as "Melitz 2003"
            String text = p.description().replaceAll("\\(((?:19|20)\\d{2})\\)", "$1").toLowerCase(Locale.ROOT);
            for (String cited : p.citations().split("; ")) {
                assertTrue(text.contains(cited.toLowerCase(Locale.ROOT)),
                        p.name() + " cites '" + cited + "', which its description does not: " + p.description());
            }
        }
    }

    /** The parameter names under {@code params:} of every scenarios/calibration/posterior-median-*.yaml. */
    private static TreeSet<String> calibratedNames() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        Load yaml = new Load(LoadSettings.builder().build());
        try (Stream<Path> files = Files.list(Path.of("scenarios", "calibration"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("posterior-median-.*\\.yaml")).toList()) {
                Map<?, ?> doc = (Map<?, ?>) yaml.loadFromString(Files.readString(f));
                Map<?, ?> params = (Map<?, ?>) doc.get("params");
                params.keySet().forEach(k -> names.add(k.toString()));
            }
        }
        return names;
    }

    @Test
    void theCalibratedParametersAreMarkedCalibrated() throws IOException {
        TreeSet<String> calibrated = calibratedNames();
        assertFalse(calibrated.isEmpty(), "no calibrated parameters found under scenarios/calibration");
        TreeSet<String> declared = new TreeSet<>();
        for (ParameterSpec p : ALL) if (p.basis() == Basis.CALIBRATED) declared.add(p.name());
        assertEquals(calibrated, declared, "parameters set by scenarios/calibration/posterior-median-*.yaml");
        assertEquals("Dela Cruz & Lacap 2023; calibrated", ParameterCatalogue.ATTITUDE_TRAVEL_EFFECT.sourceText());
    }

    @Test
    void thePopulationShapingParametersAreThoseTheBuildReads() {
        assertEquals(List.of("agents", "firstCountryAgentShare", "networkType", "meanDegree", "rewiringProbability",
                "crossBorderTieShare", "studiosPerCountry"), ParameterCatalogue.populationShaping());
    }

    @Test
    void aDeclarationIsRefusedWhenItContradictsItself() {
        assertThrows(IllegalArgumentException.class, () -> new ParameterSpec(0, "x", ParameterSpec.Kind.REAL,
                Section.TRAVEL, 0.5, "share", 0, 1, 0, 0.5, null, List.of(), Basis.ASSUMPTION, "", "A share.", false),
                "a narrower slider without a reason");
        assertThrows(IllegalArgumentException.class, () -> new ParameterSpec(0, "x", ParameterSpec.Kind.REAL,
                Section.TRAVEL, 0.5, "share", 0, 1, 0, 2, "wider", List.of(), Basis.ASSUMPTION, "", "A share.", false),
                "a slider beyond the valid range");
        assertThrows(IllegalArgumentException.class, () -> new ParameterSpec(0, "x", ParameterSpec.Kind.REAL,
                Section.TRAVEL, 0.5, "share", 0, 1, 0, 1, null, List.of(), Basis.SOURCE, "", "A share.", false),
                "a sourced value without a citation");
        assertThrows(IllegalArgumentException.class, () -> new ParameterSpec(0, "x", ParameterSpec.Kind.REAL,
                Section.TRAVEL, 0.5, "", 0, 1, 0, 1, null, List.of(), Basis.ASSUMPTION, "", "A share.", false),
                "a number without a unit");
    }
}
