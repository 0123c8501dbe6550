package culturebridge.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * House rules read off the sources (design.md): the model never imports display code, and
 * neither the model nor the experiment layer uses unseeded or clock-based randomness,
 * hash-order iteration or transcendental functions whose bits depend on the processor.
 */
class SourceRulesTest {

    private static final Path MAIN = Path.of("src/main/java/culturebridge");

    private static List<String> violations(Path dir, Pattern forbidden) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (forbidden.matcher(lines.get(i)).find()) out.add(f + ":" + (i + 1) + ": " + lines.get(i).trim());
                }
            }
        }
        return out;
    }

    @Test
    void modelImportsNoDisplayCode() throws IOException {
        Pattern gui = Pattern.compile("^\\s*import\\s+(static\\s+)?(sim\\.display|sim\\.portrayal|java\\.awt|javax\\.swing|org\\.jfree)");
        List<String> v = violations(MAIN.resolve("model"), gui);
        assertTrue(v.isEmpty(), "display imports in model: " + v);
    }

    @Test
    void noForbiddenRandomnessOrClockInModelAndExperiment() throws IOException {
        Pattern bad = Pattern.compile("Math\\.random\\(|new\\s+(java\\.util\\.)?Random\\(|ThreadLocalRandom|SplittableRandom"
                + "|System\\.currentTimeMillis|System\\.nanoTime|Instant\\.now|LocalDate(Time)?\\.now|new\\s+(Hash(Map|Set))\\b");
        List<String> v = new ArrayList<>(violations(MAIN.resolve("model"), bad));
        Pattern clockFree = Pattern.compile("Math\\.random\\(|new\\s+(java\\.util\\.)?Random\\(|ThreadLocalRandom|SplittableRandom");
        v.addAll(violations(MAIN.resolve("experiment"), clockFree));
        assertTrue(v.isEmpty(), "forbidden randomness, clock reads or hash-ordered collections: " + v);
    }

    /**
     * {@code Math.exp}, {@code Math.log} and their kin may give different bits on different
     * processors; the model and the experiment layer use StrictMath or PortableMath instead.
     */
    @Test
    void modelAndExperimentUsePortableTranscendentalFunctions() throws IOException {
        Pattern platformMath = Pattern.compile("(?<![\\w.])Math\\.(exp|expm1|log|log10|log1p|pow|sin|cos|tan|asin|acos"
                + "|atan|atan2|sinh|cosh|tanh|cbrt|hypot)\\(");
        List<String> v = new ArrayList<>(violations(MAIN.resolve("model"), platformMath));
        v.addAll(violations(MAIN.resolve("experiment"), platformMath));
        assertTrue(v.isEmpty(), "platform-dependent Math functions (use StrictMath or PortableMath): " + v);
        Path tmp = Files.createTempDirectory("rules");
        Files.writeString(tmp.resolve("Bad.java"), "class Bad { double x = Math.exp(1), y = StrictMath.exp(1); }\n");
        assertEquals(1, violations(tmp, platformMath).size());
    }

    @Test
    void theRuleCatchesAViolation() throws IOException {
        Path tmp = Files.createTempDirectory("rules");
        Files.writeString(tmp.resolve("Bad.java"), "class Bad { double x = Math.random(); }\n");
        assertTrue(!violations(tmp, Pattern.compile("Math\\.random\\(")).isEmpty());
    }
}
