package culturebridge.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The layer and determinism rules of DESIGN.md as ArchUnit rules over compiled classes. Each
 * rule is made for a root package ({@code culturebridge} for the project; the tests of the rules
 * use a root of fixture classes), so the same rule that guards the code is shown to catch a
 * violation.
 *
 * <p>Dependencies point one way: {@code cli -> experiment -> scenario, output -> model} and
 * {@code gui -> chart, output, model}. The model is the simulation alone: it neither reaches
 * up into the layers that load, record, chart, run or show it, nor draws anything.
 */
final class LayerRules {
    private LayerRules() {}

    /** Top-level packages the model must not depend on. */
    static final List<String> ABOVE_MODEL = List.of("scenario", "output", "chart", "experiment", "gui", "cli", "tools");

    /** Display libraries: MASON's console and portrayals, AWT, Swing, JFreeChart. */
    static final List<String> DISPLAY = List.of("sim.display..", "sim.portrayal..", "java.awt..", "javax.swing..", "org.jfree..");

    /** The model depends on none of the layers above it. */
    static ArchRule modelDependsOnNoLayerAbove(String root) {
        return noClasses().that().resideInAPackage(root + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage(ABOVE_MODEL.stream().map(p -> root + "." + p + "..").toArray(String[]::new))
                .because("the model is loaded, recorded, charted, run and shown by the layers above it, never the other way");
    }

    /** The model draws nothing: headless runs, sweeps and Spark executors load no display code. */
    static ArchRule modelUsesNoDisplayCode(String root) {
        return noClasses().that().resideInAPackage(root + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage(DISPLAY.toArray(String[]::new))
                .because("the model runs headless; drawing is the gui's and chart's job");
    }

    /** The GUI shows a world and its charts; running experiments is not its business. */
    static ArchRule guiDependsOnNoExperiment(String root) {
        return noClasses().that().resideInAPackage(root + ".gui..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".experiment..", root + ".tools..", root + ".cli..")
                .because("gui -> chart, output, model: what the GUI needs from the run machinery is handed to it by its caller");
    }

    /** No cycles between the top-level packages. */
    static ArchRule noCyclesBetweenTopLevelPackages(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /**
     * Randomness comes from the world's seeded generator: the model and the experiment layer
     * create no generator of their own and never ask {@code Math.random}.
     */
    static ArchRule noUnseededRandomness(String root) {
        return noClasses().that().resideInAnyPackage(root + ".model..", root + ".experiment..")
                .should().accessTargetWhere(access(Math.class, "random").or(access(Random.class, "<init>")))
                .orShould().dependOnClassesThat().belongToAnyOf(ThreadLocalRandom.class, SplittableRandom.class)
                .because("same scenario and seed must give the same bytes: all randomness comes from state.random");
    }

    /** The model reads no clock: a run's result cannot depend on when it ran. */
    static ArchRule modelReadsNoClock(String root) {
        return noClasses().that().resideInAPackage(root + ".model..")
                .should().accessTargetWhere(access(System.class, "currentTimeMillis", "nanoTime")
                        .or(access(Instant.class, "now")).or(access(LocalDate.class, "now")).or(access(LocalDateTime.class, "now")))
                .because("same scenario and seed must give the same bytes, whenever they run");
    }

    /** The model makes no hash-ordered collections, whose iteration order is no part of the seed. */
    static ArchRule modelMakesNoHashOrderedCollections(String root) {
        return noClasses().that().resideInAPackage(root + ".model..")
                .should().accessTargetWhere(access(HashMap.class, "<init>").or(access(HashSet.class, "<init>")))
                .because("iteration in hash order can differ between JVMs; use LinkedHashMap, TreeMap or arrays");
    }

    /**
     * {@code Math.exp}, {@code Math.log} and their kin may give different bits on different
     * processors (they are allowed to be intrinsics); the model and the experiment layer use
     * {@code StrictMath} or {@code PortableMath}.
     */
    static ArchRule portableTranscendentalFunctions(String root) {
        return noClasses().that().resideInAnyPackage(root + ".model..", root + ".experiment..")
                .should().accessTargetWhere(access(Math.class, "exp", "expm1", "log", "log10", "log1p", "pow", "sin", "cos", "tan",
                        "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "cbrt", "hypot"))
                .because("results must be the same bits on every processor: use StrictMath or PortableMath");
    }

    /** Every rule, for the given root package. */
    static List<ArchRule> all(String root) {
        return List.of(modelDependsOnNoLayerAbove(root), modelUsesNoDisplayCode(root), guiDependsOnNoExperiment(root),
                noCyclesBetweenTopLevelPackages(root), noUnseededRandomness(root), modelReadsNoClock(root),
                modelMakesNoHashOrderedCollections(root), portableTranscendentalFunctions(root));
    }

    /** A call to (or reference of) one of the named methods or constructors ({@code <init>}) of exactly this class. */
    private static DescribedPredicate<JavaAccess<?>> access(Class<?> owner, String... names) {
        Set<String> wanted = Set.of(names);
        String label = owner.getSimpleName() + "." + String.join("|", names).replace("<init>", "new");
        return DescribedPredicate.describe(label,
                a -> a.getTargetOwner().isEquivalentTo(owner) && wanted.contains(a.getTarget().getName()));
    }
}
