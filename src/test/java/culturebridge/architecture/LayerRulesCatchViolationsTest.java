package culturebridge.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link LayerRules} fails on fixture classes that break it (package
 * {@code culturebridge.architecture.fixture}, laid out like the project), naming the offence.
 */
class LayerRulesCatchViolationsTest {
    private static final String ROOT = "culturebridge.architecture.fixture";
    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(ROOT);

    @Test
    void everyRuleFailsOnTheFixtureAndNamesTheOffence() {
        Map<ArchRule, String> expected = new LinkedHashMap<>();
        expected.put(LayerRules.modelDependsOnNoLayerAbove(ROOT), "fixture.output.Recorder");
        expected.put(LayerRules.modelUsesNoDisplayCode(ROOT), "java.awt.Color");
        expected.put(LayerRules.guiDependsOnNoExperiment(ROOT), "fixture.experiment.Runner");
        expected.put(LayerRules.noCyclesBetweenTopLevelPackages(ROOT), "Cycle detected: Slice experiment");
        expected.put(LayerRules.noUnseededRandomness(ROOT), "java.lang.Math.random()");
        expected.put(LayerRules.modelReadsNoClock(ROOT), "java.lang.System.nanoTime()");
        expected.put(LayerRules.modelMakesNoHashOrderedCollections(ROOT), "java.util.HashMap.<init>()");
        expected.put(LayerRules.portableTranscendentalFunctions(ROOT), "java.lang.Math.exp(double)");
        assertEquals(LayerRules.all(ROOT).size(), expected.size(), "every rule has its fixture");
        expected.forEach((rule, offence) -> {
            EvaluationResult r = rule.evaluate(FIXTURE);
            assertTrue(r.hasViolation(), "rule passed on the fixture: " + rule.getDescription());
            String report = r.getFailureReport().toString();
            assertTrue(report.contains(offence), "'" + offence + "' not in: " + report);
        });
    }

    @Test
    void unseededRandomnessIsCaughtInConstructorsToo() {
        String report = LayerRules.noUnseededRandomness(ROOT).evaluate(FIXTURE).getFailureReport().toString();
        assertTrue(report.contains("java.util.Random.<init>()"), report);
    }
}
