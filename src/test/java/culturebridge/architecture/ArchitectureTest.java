package culturebridge.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The project's main classes keep the layer and determinism rules of {@link LayerRules}. */
@AnalyzeClasses(packages = "culturebridge", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String ROOT = "culturebridge";

    @ArchTest
    static final ArchRule modelDependsOnNoLayerAbove = LayerRules.modelDependsOnNoLayerAbove(ROOT);

    @ArchTest
    static final ArchRule modelUsesNoDisplayCode = LayerRules.modelUsesNoDisplayCode(ROOT);

    @ArchTest
    static final ArchRule guiDependsOnNoExperiment = LayerRules.guiDependsOnNoExperiment(ROOT);

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = LayerRules.noCyclesBetweenTopLevelPackages(ROOT);

    @ArchTest
    static final ArchRule noUnseededRandomness = LayerRules.noUnseededRandomness(ROOT);

    @ArchTest
    static final ArchRule modelReadsNoClock = LayerRules.modelReadsNoClock(ROOT);

    @ArchTest
    static final ArchRule modelMakesNoHashOrderedCollections = LayerRules.modelMakesNoHashOrderedCollections(ROOT);

    @ArchTest
    static final ArchRule portableTranscendentalFunctions = LayerRules.portableTranscendentalFunctions(ROOT);
}
