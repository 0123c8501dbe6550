package culturebridge.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The project's main classes keep every rule of {@link LayerRules}, each a test of its own. */
class ArchitectureTest {
    private static final String ROOT = "culturebridge";

    @TestFactory
    Stream<DynamicTest> mainClassesKeepEveryRule() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
        return LayerRules.all(ROOT).stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(main)));
    }
}
