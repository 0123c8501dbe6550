package culturebridge.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The compiler policy's directives are accepted by this JVM as written (a typo in the resource
 * would otherwise be lost silently, since the policy never stops a run), match the model's
 * packages, and {@code CULTUREBRIDGE_JIT=default} leaves the JVM alone.
 */
class CompilerPolicyTest {

    private static final String DCMD = "com.sun.management:type=DiagnosticCommand";

    @Test
    void defaultLeavesTheJvmAlone() {
        assertTrue(CompilerPolicy.apply("default").startsWith("not applied"));
        assertTrue(CompilerPolicy.apply(" DEFAULT ").startsWith("not applied"));
    }

    @Test
    void everyDirectiveIsAcceptedAndTheModelKeepsTheOptimisingCompiler() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName dcmd = new ObjectName(DCMD);
        Assumptions.assumeTrue(server.isRegistered(dcmd), "not a HotSpot JVM with diagnostic commands");
        String resource;
        try (InputStream in = CompilerPolicy.class.getResourceAsStream(CompilerPolicy.RESOURCE)) {
            assertTrue(in != null, CompilerPolicy.RESOURCE + " is not on the class path");
            resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int written = 0;
        for (Matcher m = Pattern.compile("\\bmatch\\s*:").matcher(resource); m.find(); ) written++;

        String answer = CompilerPolicy.apply(null);
        Matcher added = Pattern.compile("(\\d+) compiler directives added").matcher(answer);
        assertTrue(added.find(), "the JVM refused the directives: " + answer);
        int count = Integer.parseInt(added.group(1));
        try {
            assertEquals(written, count, answer);
            String printed = String.valueOf(server.invoke(dcmd, "compilerDirectivesPrint",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()}));
            assertTrue(printed.contains("culturebridge/model/*"), printed);
        } finally {
            // leave the test JVM's compilers as they were for the tests after this one
            for (int i = 0; i < count; i++) {
                server.invoke(dcmd, "compilerDirectivesRemove", new Object[] {new String[0]},
                        new String[] {String[].class.getName()});
            }
        }
    }
}
