package culturebridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command's {@code --help} reads as complete sentences. picocli starts a new line for each
 * element of a description and wraps long elements itself, so an element that stops
 * mid-sentence shows as a sentence cut off ("... total for a sobol") with the rest on the next line.
 */
class HelpTextTest {

    private static List<CommandSpec> allCommands() {
        List<CommandSpec> out = new ArrayList<>();
        collect(Main.commandLine(), out);
        return out;
    }

    private static void collect(CommandLine cl, List<CommandSpec> out) {
        out.add(cl.getCommandSpec());
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (!out.contains(sub.getCommandSpec())) collect(sub, out);
        }
    }

    @Test
    void everyCommandDescriptionIsMadeOfWholeSentences() {
        List<String> cut = new ArrayList<>();
        List<CommandSpec> commands = allCommands();
        assertTrue(commands.size() > 10, "found only " + commands.size() + " commands");
        for (CommandSpec c : commands) {
            String[] lines = c.usageMessage().description();
            if (c.name().equals("help")) continue; // picocli's own
            assertTrue(lines.length > 0, c.qualifiedName() + " has no description");
            for (String line : lines) {
                String t = line.strip();
                if (!t.matches("(?s).*[.!?:]")) cut.add(c.qualifiedName() + ": \"" + t + "\"");
            }
        }
        assertEquals(List.of(), cut, "description lines that stop mid-sentence");
    }

    @Test
    void everyOptionIsDescribedOnOneLine() {
        List<String> bad = new ArrayList<>();
        for (CommandSpec c : allCommands()) {
            if (c.name().equals("help")) continue;
            List<ArgSpec> args = new ArrayList<>(c.options());
            args.addAll(c.positionalParameters());
            for (ArgSpec a : args) {
                String[] d = a.description();
                String name = c.qualifiedName() + " " + (a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName()
                        : a.paramLabel());
                if (d.length != 1 || d[0].isBlank()) {
                    bad.add(name + ": " + d.length + " description lines");
                    continue;
                }
                String t = d[0].strip();
                // a description ending in a connective or an open parenthesis was cut
                if (t.matches("(?s).*(\\b(and|or|for|a|an|the|of|to|with|when|by|in|on)|[(,;])")) bad.add(name + ": \"" + t + "\"");
                int open = t.length() - t.replace("(", "").length();
                int close = t.length() - t.replace(")", "").length();
                if (open != close) bad.add(name + ": unbalanced parentheses in \"" + t + "\"");
            }
        }
        assertEquals(List.of(), bad, "option descriptions that are cut or split");
    }
}
