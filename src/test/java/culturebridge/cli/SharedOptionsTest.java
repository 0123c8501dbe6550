package culturebridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The shared options take each command's own help text and default from the bundle. */
class SharedOptionsTest {

    @Test
    void everySharedOptionOfEveryCommandHasItsHelpText() {
        ResourceBundle bundle = ResourceBundle.getBundle(SharedOptions.BUNDLE);
        int checked = 0;
        for (Map.Entry<String, CommandLine> e : Main.commandLine().getSubcommands().entrySet()) {
            for (CommandSpec mixin : e.getValue().getCommandSpec().mixins().values()) {
                Object options = mixin.userObject();
                if (options == null || options.getClass().getEnclosingClass() != SharedOptions.class) continue;
                for (OptionSpec o : mixin.options()) {
                    String key = "culturebridge." + e.getKey() + "." + o.longestName().substring(2);
                    assertTrue(bundle.containsKey(key), "no help text " + key);
                    // picocli formats help texts: a lone % would print a warning and the raw text
                    assertFalse(bundle.getString(key).replace("%%", "").contains("%"), "unescaped % in " + key);
                    checked++;
                }
            }
        }
        assertEquals(41, checked, "shared options in all commands");
    }

    @Test
    void eachCommandHasItsOwnDefault() {
        CommandLine cl = Main.commandLine();
        assertEquals(1L, ((BenchCommand) leaf(cl, "bench")).seed.value);
        assertEquals(20260105L, ((SelftestCommand) leaf(cl, "selftest")).seed.value);
        assertEquals(2, ((SelftestCommand) leaf(cl, "selftest")).replicates.count);
        RunCommand run = (RunCommand) leaf(cl, "run", "status-quo-2026");
        assertNull(run.seed.value, "run takes the scenario's seed");
        assertEquals(1, run.replicates.count);
    }

    private static Object leaf(CommandLine cl, String... args) {
        return cl.parseArgs(args).subcommand().commandSpec().userObject();
    }
}
